import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { Select, TextArea, TextField } from '../../../web/forms.js';
import { h } from '../../../web/jsx.js';
import type { Form } from '../form-mapping.js';
import type { Body } from '../queries.js';
import { MEMBER_ROLES, MEMBER_STATUSES } from '../schemas.js';
import { FormShell } from './parts.js';

/** A new working group, established by an approved decision of the steering committee. */
export function WorkingGroupFormPage({ ctx, form, errors, decisions }: { ctx: ViewContext; form: Form; errors: FieldError[]; decisions: Array<{ code: string; title: string }> }) {
  const { t } = ctx;
  const labels: Record<string, string> = {
    code: t('gov.body.code'), name_nl: t('gov.body.nameNl'), name_en: t('gov.body.nameEn'), description_nl: t('gov.body.descriptionNl'), description_en: t('gov.body.descriptionEn'),
    mandate_nl: t('gov.body.mandateNl'), mandate_en: t('gov.body.mandateEn'), establishedByDecision: t('gov.body.establishedBy'),
    startsOn: t('gov.body.startsOn'), endsOn: t('gov.body.endsOn'), meetingsPerYear: t('gov.body.meetingsPerYear'), parentBody: t('gov.body.reportsTo'),
  };
  return (
    <FormShell ctx={ctx} title={t('gov.bodies.newWorkingGroup')} crumbs={[[t('gov.bodies.title'), '/bodies']]} action="/bodies" cancel="/bodies"
      draftKey="body:new" errors={errors} labels={labels} lead={t('gov.workingGroup.lead')}>
      <Select t={t} name="establishedByDecision" label={labels.establishedByDecision!} value={form.establishedByDecision} required errors={errors}
        empty={t('form.choose')} options={decisions.map((d) => [d.code, `${d.code}: ${d.title}`])} hint={t('gov.workingGroup.decisionHint')} />
      <TextField t={t} name="code" label={labels.code!} value={form.code} required errors={errors} hint={t('gov.body.codeHint')} />
      <TextField t={t} name="name_nl" label={labels.name_nl!} value={form.name_nl} required errors={errors} lang="nl" />
      <TextField t={t} name="name_en" label={labels.name_en!} value={form.name_en} required errors={errors} lang="en" />
      <TextArea t={t} name="mandate_nl" label={labels.mandate_nl!} value={form.mandate_nl} required errors={errors} lang="nl" />
      <TextArea t={t} name="mandate_en" label={labels.mandate_en!} value={form.mandate_en} required errors={errors} lang="en" />
      <TextArea t={t} name="description_nl" label={labels.description_nl!} value={form.description_nl} errors={errors} lang="nl" rows={3} />
      <TextArea t={t} name="description_en" label={labels.description_en!} value={form.description_en} errors={errors} lang="en" rows={3} />
      <TextField t={t} name="startsOn" type="date" label={labels.startsOn!} value={form.startsOn} errors={errors} />
      <TextField t={t} name="endsOn" type="date" label={labels.endsOn!} value={form.endsOn} required errors={errors} />
      <TextField t={t} name="meetingsPerYear" label={labels.meetingsPerYear!} value={form.meetingsPerYear} errors={errors} inputmode="numeric" />
    </FormShell>
  );
}

/** Seat a member, or change a member's role and term. */
export function MemberFormPage({ ctx, body, form, errors, mode, memberId, actors, actorName, stale }: {
  ctx: ViewContext; body: Body; form: Form; errors: FieldError[]; mode: 'create' | 'edit'; memberId?: number;
  actors: Array<{ code: string; name: string }>; actorName?: string; stale?: { currentVersion: number } | undefined;
}) {
  const { t, lang } = ctx;
  const labels: Record<string, string> = {
    actor: t('gov.members.actor'), personName: t('gov.members.person'), role: t('gov.members.role'), startsOn: t('gov.members.startsOn'), endsOn: t('gov.members.endsOn'),
    status: t('gov.field.status'), appointedByDecision: t('gov.field.appointedByDecision'),
  };
  const title = mode === 'create' ? t('gov.members.addTo', { name: body.name[lang] }) : t('gov.members.editTitle', { name: actorName ?? '' });
  const back = `/bodies/${body.code}`;
  return (
    <FormShell ctx={ctx} title={title} crumbs={[[t('gov.bodies.title'), '/bodies'], [body.name[lang], back]]}
      action={mode === 'create' ? `${back}/members` : `${back}/members/${memberId}`} cancel={back}
      draftKey={mode === 'create' ? `member:${body.code}:new` : `member:${memberId}`} version={mode === 'edit' ? form.version : undefined}
      errors={errors} labels={labels} stale={stale ? { ...stale, href: back } : undefined} lead={mode === 'edit' ? t('gov.members.editLead') : undefined}>
      {mode === 'create'
        ? <Select t={t} name="actor" label={labels.actor!} value={form.actor} required errors={errors} empty={t('form.choose')} options={actors.map((a) => [a.code, a.name])} />
        : null}
      <TextField t={t} name="personName" label={labels.personName!} value={form.personName} errors={errors} hint={t('gov.members.personHint')} />
      <Select t={t} name="role" label={labels.role!} value={form.role || 'member'} required errors={errors} options={MEMBER_ROLES.map((r) => [r, t(`gov.role.${r}`)])} />
      <TextField t={t} name="startsOn" type="date" label={labels.startsOn!} value={form.startsOn} errors={errors} />
      <TextField t={t} name="endsOn" type="date" label={labels.endsOn!} value={form.endsOn} errors={errors} />
      <Select t={t} name="status" label={labels.status!} value={form.status} errors={errors} empty={t('form.none')} options={MEMBER_STATUSES.map((s) => [s, t(`gov.memberStatus.${s}`)])} />
      <TextField t={t} name="appointedByDecision" label={labels.appointedByDecision!} value={form.appointedByDecision} errors={errors} />
    </FormShell>
  );
}
