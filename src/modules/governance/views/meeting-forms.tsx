import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { Select, TextArea, TextField, errorFor, fieldMessage } from '../../../web/forms.js';
import { h } from '../../../web/jsx.js';
import { voteField, type Form } from '../form-mapping.js';
import type { Member } from '../queries.js';
import { MEETING_STATUSES, OUTCOMES, VOTE_CHOICES, type AgendaItemType, type PublicationKind } from '../schemas.js';
import { Checkbox, FormShell } from './parts.js';

type Stale = { currentVersion: number } | undefined;
export interface MeetingRef { id: number; title: string; bodyCode: string; bodyName: string }
const crumbs = (ctx: ViewContext, m: MeetingRef): Array<[string, string]> =>
  [[ctx.t('gov.bodies.title'), '/bodies'], [m.bodyName, `/bodies/${m.bodyCode}`], [m.title, `/meetings/${m.id}`]];
const memberLabel = (m: Member) => `${m.actor.name}${m.personName ? ` (${m.personName})` : ''}`;

export function MeetingFormPage({ ctx, body, members, form, errors, mode, meeting, stale }: {
  ctx: ViewContext; body: { code: string; name: string }; members: Member[]; form: Form; errors: FieldError[]; mode: 'create' | 'edit'; meeting?: MeetingRef; stale?: Stale;
}) {
  const { t } = ctx;
  const labels: Record<string, string> = {
    startsAt: t('gov.meeting.when'), place: t('gov.meeting.place'), chair: t('gov.meeting.chair'), status: t('gov.meeting.status'),
    startedAt: t('gov.field.startedAt'), endedAt: t('gov.field.endedAt'), secretary: t('gov.field.secretary'),
  };
  const title = mode === 'create' ? t('gov.meetings.newFor', { name: body.name }) : t('gov.meeting.editTitle', { name: meeting!.title });
  return (
    <FormShell ctx={ctx} title={title} crumbs={meeting ? crumbs(ctx, meeting) : [[t('gov.bodies.title'), '/bodies'], [body.name, `/bodies/${body.code}`]]}
      action={mode === 'create' ? `/bodies/${body.code}/meetings` : `/meetings/${meeting!.id}`} cancel={mode === 'create' ? `/bodies/${body.code}` : `/meetings/${meeting!.id}`}
      draftKey={mode === 'create' ? `meeting:${body.code}:new` : `meeting:${meeting!.id}`} version={mode === 'edit' ? form.version : undefined}
      errors={errors} labels={labels} stale={stale && meeting ? { ...stale, href: `/meetings/${meeting.id}` } : undefined}>
      <TextField t={t} name="startsAt" type="datetime-local" label={labels.startsAt!} value={form.startsAt} required errors={errors} hint={t('gov.meeting.whenHint')} />
      <TextField t={t} name="place" label={labels.place!} value={form.place} errors={errors} />
      <Select t={t} name="chair" label={labels.chair!} value={form.chair} errors={errors} empty={t('form.none')} options={members.map((m) => [String(m.id), memberLabel(m)])} />
      {mode === 'edit' ? <Select t={t} name="status" label={labels.status!} value={form.status} required errors={errors} options={MEETING_STATUSES.map((s) => [s, t(`gov.meetingStatus.${s}`)])} /> : null}
      {mode === 'edit' ? (
        <fieldset>
          <legend>{t('gov.proceedingsHint')}</legend>
          <TextField t={t} name="startedAt" type="datetime-local" label={labels.startedAt!} value={form.startedAt} errors={errors} />
          <TextField t={t} name="endedAt" type="datetime-local" label={labels.endedAt!} value={form.endedAt} errors={errors} />
          <Select t={t} name="secretary" label={labels.secretary!} value={form.secretary} errors={errors} empty={t('form.none')} options={members.map((m) => [String(m.id), memberLabel(m)])} />
        </fieldset>
      ) : null}
    </FormShell>
  );
}

/**
 * What the form says about an item's type: a new item's follows from whether the meeting is held;
 * an existing item keeps the type it got when it was put on the agenda.
 */
function ItemTypeNote({ ctx, mode, type }: { ctx: ViewContext; mode: 'create' | 'edit'; type: AgendaItemType | null }) {
  const { t } = ctx;
  const label = type ? t(`gov.agendaItemType.${type}`) : '';
  const text = mode === 'create' && type ? t('gov.agenda.typeNew', { type: label, why: t(`gov.agenda.typeWhy.${type}`) })
    : type ? t('gov.agenda.typeKept', { type: label }) : t('gov.agenda.typeKeptUnknown');
  return (
    <div class="field item-type">
      <p><strong>{t('gov.agenda.type')}:</strong> {type ? label : t('gov.agenda.typeUnknown')}</p>
      <p class="hint">{text}</p>
    </div>
  );
}

export function AgendaItemFormPage({ ctx, meeting, form, errors, mode, itemId, count, stale, type }: {
  ctx: ViewContext; meeting: MeetingRef; form: Form; errors: FieldError[]; mode: 'create' | 'edit'; itemId?: number; count: number; stale?: Stale;
  /** The type a new item will get, or the type of the item being edited (null where not recorded). */
  type: AgendaItemType | null;
}) {
  const { t } = ctx;
  const labels: Record<string, string> = {
    title_nl: t('gov.agenda.titleNl'), title_en: t('gov.agenda.titleEn'), description_nl: t('gov.agenda.descriptionNl'), description_en: t('gov.agenda.descriptionEn'),
    isPublic: t('gov.agenda.isPublic'), position: t('gov.agenda.position'),
  };
  return (
    <FormShell ctx={ctx} title={mode === 'create' ? t('gov.agenda.add') : t('gov.agenda.editItem')} crumbs={crumbs(ctx, meeting)}
      action={mode === 'create' ? `/meetings/${meeting.id}/agenda-items` : `/meetings/${meeting.id}/agenda-items/${itemId}`} cancel={`/meetings/${meeting.id}`}
      draftKey={mode === 'create' ? `agenda:${meeting.id}:new` : `agenda:${meeting.id}:${itemId}`} version={form.version}
      errors={errors} labels={labels} stale={stale ? { ...stale, href: `/meetings/${meeting.id}` } : undefined}>
      <TextField t={t} name="title_nl" label={labels.title_nl!} value={form.title_nl} required errors={errors} lang="nl" />
      <TextField t={t} name="title_en" label={labels.title_en!} value={form.title_en} required errors={errors} lang="en" />
      <TextArea t={t} name="description_nl" label={labels.description_nl!} value={form.description_nl} errors={errors} lang="nl" rows={3} />
      <TextArea t={t} name="description_en" label={labels.description_en!} value={form.description_en} errors={errors} lang="en" rows={3} />
      <Checkbox t={t} name="isPublic" label={labels.isPublic!} checked={form.isPublic === 'true'} hint={t('gov.agenda.isPublicHint')} errors={errors} />
      <TextField t={t} name="position" label={labels.position!} value={form.position} errors={errors} inputmode="numeric" hint={t('gov.agenda.positionHint', { count })} />
      <ItemTypeNote ctx={ctx} mode={mode} type={type} />
    </FormShell>
  );
}

export function TreatmentFormPage({ ctx, meeting, itemId, itemTitle, form, voters, errors, stale }: {
  ctx: ViewContext; meeting: MeetingRef; itemId: number; itemTitle: string; form: Form; voters: Member[]; errors: FieldError[]; stale?: Stale;
}) {
  const { t } = ctx;
  const labels: Record<string, string> = {
    outcome: t('gov.treatment.outcome'), isPublic: t('gov.treatment.isPublic'), votesFor: t('gov.treatment.votesFor'), votesAgainst: t('gov.treatment.votesAgainst'),
    abstentions: t('gov.treatment.abstentions'), notes_nl: t('gov.treatment.notesNl'), notes_en: t('gov.treatment.notesEn'),
  };
  for (const m of voters) labels[voteField(m.id)] = memberLabel(m);
  return (
    <FormShell ctx={ctx} title={t('gov.treatment.formTitle', { item: itemTitle })} crumbs={crumbs(ctx, meeting)}
      action={`/meetings/${meeting.id}/agenda-items/${itemId}/treatment`} cancel={`/meetings/${meeting.id}`} draftKey={`treatment:${itemId}`} version={form.version}
      errors={errors} labels={labels} stale={stale ? { ...stale, href: `/meetings/${meeting.id}` } : undefined}>
      <Select t={t} name="outcome" label={labels.outcome!} value={form.outcome} required errors={errors} empty={t('form.choose')} options={OUTCOMES.map((o) => [o, t(`gov.outcome.${o}`)])} />
      <Checkbox t={t} name="isPublic" label={labels.isPublic!} checked={form.isPublic === 'true'} hint={t('gov.treatment.isPublicHint')} errors={errors} />
      <TextField t={t} name="votesFor" label={labels.votesFor!} value={form.votesFor} errors={errors} inputmode="numeric" />
      <TextField t={t} name="votesAgainst" label={labels.votesAgainst!} value={form.votesAgainst} errors={errors} inputmode="numeric" />
      <TextField t={t} name="abstentions" label={labels.abstentions!} value={form.abstentions} errors={errors} inputmode="numeric" />
      {voters.length ? (
        <fieldset>
          <legend>{t('gov.field.voters')}</legend>
          <p class="hint">{t('gov.votersHint')}</p>
          {voters.map((m) => <Select t={t} name={voteField(m.id)} label={labels[voteField(m.id)]!} value={form[voteField(m.id)]} errors={errors} empty={t('gov.vote.none')}
            options={VOTE_CHOICES.map((c) => [c, t(`gov.vote.${c}`)])} />)}
        </fieldset>
      ) : null}
      <TextArea t={t} name="notes_nl" label={labels.notes_nl!} value={form.notes_nl} errors={errors} lang="nl" rows={3} />
      <TextArea t={t} name="notes_en" label={labels.notes_en!} value={form.notes_en} errors={errors} lang="en" rows={3} />
    </FormShell>
  );
}

export function AttendanceFormPage({ ctx, meeting, members, present, version, errors, stale }: {
  ctx: ViewContext; meeting: MeetingRef; members: Member[]; present: Set<string>; version: string; errors: FieldError[]; stale?: Stale;
}) {
  const { t } = ctx;
  const error = errorFor(errors, 'present');
  return (
    <FormShell ctx={ctx} title={t('gov.attendance.record')} crumbs={crumbs(ctx, meeting)} action={`/meetings/${meeting.id}/attendance`} cancel={`/meetings/${meeting.id}`}
      draftKey={`attendance:${meeting.id}`} version={version} errors={errors} labels={{ present: t('gov.attendance.present') }}
      stale={stale ? { ...stale, href: `/meetings/${meeting.id}` } : undefined}>
      <fieldset id="f-present">
        <legend>{t('gov.attendance.who')}</legend>
        {error ? <p class="error-text">{fieldMessage(t, error)}</p> : null}
        {members.map((m) => <Checkbox t={t} name="present" value={String(m.id)} label={memberLabel(m)} checked={present.has(String(m.id))} />)}
      </fieldset>
    </FormShell>
  );
}

/** A correction of a published version: it says what it changes, and goes through approval again. */
export function CorrectionFormPage({ ctx, meeting, kind, form, errors, published, problem }: {
  ctx: ViewContext; meeting: MeetingRef; kind: PublicationKind; form: Form; errors: FieldError[]; published: number; problem?: string | undefined;
}) {
  const { t } = ctx;
  const labels: Record<string, string> = { note_nl: t('gov.pub.noteNl'), note_en: t('gov.pub.noteEn'), kind: t('gov.pub.kind') };
  return (
    <FormShell ctx={ctx} title={t('gov.pub.prepareCorrection', { kind: t(`gov.pubKind.${kind}`) })} crumbs={crumbs(ctx, meeting)}
      action={`/meetings/${meeting.id}/publications`} cancel={`/meetings/${meeting.id}`} draftKey={`correction:${meeting.id}:${kind}`}
      errors={errors} labels={labels} lead={t('gov.pub.correctionLead', { version: published })} problem={problem}>
      <input type="hidden" name="kind" value={kind} />
      <TextArea t={t} name="note_nl" label={labels.note_nl!} value={form.note_nl} required errors={errors} lang="nl" rows={3} />
      <TextArea t={t} name="note_en" label={labels.note_en!} value={form.note_en} required errors={errors} lang="en" rows={3} />
    </FormShell>
  );
}
