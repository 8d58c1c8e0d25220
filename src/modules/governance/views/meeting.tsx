import { principalOf } from '../../../plugins/auth.js';
import { can } from '../../../plugins/permissions.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge } from '../../../web/components.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { HistoryEntry } from '../../../plugins/audit.js';
import { PUBLICATION_ORDER, type MeetingState, type Publication } from '../queries.js';
import type { FrozenContent } from '../snapshot.js';
import { formatDateTime } from '../time.js';
import { GovernanceHistory, meetingTitle, SavedNotice, StatusBadge, StepButton } from './parts.js';
import { ItemType, memberName, ProceedingsFacts, VotersTable } from './minutes-parts.js';
import { capital, FrozenView, PublicationSteps, VersionLine, votesText } from './publication.js';

export const MEETING_NOTICES = ['created', 'updated', 'itemAdded', 'itemUpdated', 'treatment', 'attendance', 'prepared', 'refreshed', 'approved', 'published'] as const;

/** A meeting as visitors see it: its published versions only, described by the newest of them. */
export function PublicMeetingPage({ ctx, meetingId, publications }: { ctx: ViewContext; meetingId: number; publications: Publication[] }) {
  const { t, lang } = ctx;
  const newest = [...publications].sort((a, b) => (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0))[0]!;
  const header = (newest.content as unknown as FrozenContent).meeting;
  const title = meetingTitle(ctx, header.body.name, header.startsAt);
  return (
    <Layout ctx={ctx} title={title} crumbs={[[t('gov.bodies.title'), '/bodies'], [header.body.name[lang], `/bodies/${header.body.code}`]]}>
      <h1>{title} <DemoBadge t={t} isDemo={header.isDemo} /></h1>
      {header.isDemo ? <div class="notice notice-demo"><p>{t('gov.demoNotice')}</p></div> : null}
      <dl class="facts">
        <dt>{t('gov.meeting.body')}</dt><dd><a href={`/bodies/${header.body.code}`}>{header.body.name[lang]}</a></dd>
        <dt>{t('gov.meeting.when')}</dt><dd><time datetime={header.startsAt}>{formatDateTime(header.startsAt, lang)}</time></dd>
        <dt>{t('gov.meeting.place')}</dt><dd>{header.place || '—'}</dd>
        <dt>{t('gov.meeting.status')}</dt><dd>{t(`gov.meetingStatus.${header.status}`)}</dd>
      </dl>
      <p>{t('gov.meeting.publicLead')}</p>
      {PUBLICATION_ORDER.map((kind) => {
        const versions = publications.filter((p) => p.kind === kind);
        const latest = versions[0];
        return (
          <section aria-labelledby={`pub-${kind}`}>
            <h2 id={`pub-${kind}`}>{t(`gov.pubTitle.${kind}`)}</h2>
            {!latest ? <p class="muted">{t('gov.pub.notYet')}</p> : [
              <VersionLine ctx={ctx} p={latest} />,
              <FrozenView ctx={ctx} content={latest.content as unknown as FrozenContent} level={2} />,
              versions.length > 1 ? <VersionList ctx={ctx} versions={versions} kind={kind} /> : null,
            ]}
          </section>
        );
      })}
      <div class="actions"><a href={`/api/meetings/${meetingId}`}>{t('common.asJson')}</a></div>
    </Layout>
  );
}

function VersionList({ ctx, versions, kind }: { ctx: ViewContext; versions: Publication[]; kind: string }): Html {
  const { t, lang } = ctx;
  return (
    <details>
      <summary>{t('gov.pub.versions', { count: versions.length, kind: t(`gov.pubKind.${kind}`) })}</summary>
      <ul>{versions.map((v) => {
        const note = (v.content as unknown as FrozenContent).note;
        return <li><a href={`/meetings/${v.meetingId}/publications/${v.kind}/${v.version}`}>{t('gov.pub.version', { version: v.version })}</a>{' '}
          <StatusBadge t={t} status={v.status} />{v.publishedAt ? ` ${t('gov.pub.publishedOn', { when: formatDateTime(v.publishedAt, lang) })}` : ''}{note ? `. ${note[lang]}` : ''}</li>;
      })}</ul>
    </details>
  );
}

/** The meeting as the transition team and steering committee work on it: live records and every version. */
export function InternalMeetingPage({ ctx, state, publications, history, notice }: {
  ctx: ViewContext; state: MeetingState; publications: Publication[]; history: HistoryEntry[] | null; notice?: string | undefined;
}) {
  const { t, lang } = ctx;
  const { meeting } = state;
  const principal = principalOf(ctx.user);
  const edit = can(principal, 'governance.editMeetings');
  const decide = can(principal, 'governance.editDecisions');
  const prepare = can(principal, 'governance.preparePublications');
  const title = meetingTitle(ctx, meeting.body.name, meeting.startsAt);
  const chair = state.members.find((m) => m.id === meeting.chairMemberId);
  const recorded = state.attendance.size > 0;
  const base = `/meetings/${meeting.id}`;
  const byId = (ids: number[]) => ids.map((id) => state.members.find((m) => m.id === id)).filter((m) => m !== undefined);
  const votersOf = (v: { for: number[]; against: number[]; abstain: number[] }) => ({ for: byId(v.for), against: byId(v.against), abstain: byId(v.abstain) });
  const draftKeys: Record<string, string> = { created: `meeting:${meeting.body.code}:new`, updated: `meeting:${meeting.id}`, itemAdded: `agenda:${meeting.id}:new`, attendance: `attendance:${meeting.id}`,
    prepared: PUBLICATION_ORDER.map((k) => `correction:${meeting.id}:${k}`).join(' ') };
  return (
    <Layout ctx={ctx} title={title} crumbs={[[t('gov.bodies.title'), '/bodies'], [meeting.body.name[lang], `/bodies/${meeting.body.code}`]]}>
      <h1>{title} <DemoBadge t={t} isDemo={meeting.isDemo} /></h1>
      <SavedNotice t={t} scope="meeting" notice={notice} draftKey={notice ? draftKeys[notice] : undefined} />
      <div class="notice"><p>{t('gov.meeting.internalLead')}</p></div>
      {meeting.isDemo ? <div class="notice notice-demo"><p>{t('gov.demoNotice')}</p></div> : null}
      <dl class="facts">
        <dt>{t('gov.meeting.body')}</dt><dd><a href={`/bodies/${meeting.body.code}`}>{meeting.body.name[lang]}</a></dd>
        <dt>{t('gov.meeting.when')}</dt><dd><time datetime={meeting.startsAt.toISOString()}>{formatDateTime(meeting.startsAt, lang)}</time></dd>
        <dt>{t('gov.meeting.place')}</dt><dd>{meeting.place || '—'}</dd>
        <dt>{t('gov.meeting.chair')}</dt><dd>{chair ? memberName(chair) : '—'}</dd>
        <dt>{t('gov.meeting.status')}</dt><dd>{t(`gov.meetingStatus.${meeting.status}`)}</dd>
      </dl>
      <ProceedingsFacts ctx={ctx} startedAt={meeting.startedAt} endedAt={meeting.endedAt} secretary={state.members.find((m) => m.id === meeting.secretaryMemberId)} />
      {edit ? <p><a class="button button-secondary" href={`${base}/edit`}>{t('gov.meeting.edit')}</a></p> : null}

      <h2 id="attendance">{t('gov.attendance.title')}</h2>
      {!recorded ? <p>{t('gov.attendance.notRecorded')}</p> : (
        <dl class="facts">
          <dt>{t('gov.attendance.present')}</dt><dd>{state.members.filter((m) => state.attendance.get(m.id)).map((m) => m.actor.name).join(', ') || '—'}</dd>
          <dt>{t('gov.attendance.absent')}</dt><dd>{state.members.filter((m) => state.attendance.get(m.id) === false).map((m) => m.actor.name).join(', ') || '—'}</dd>
        </dl>
      )}
      {edit ? <p><a href={`${base}/attendance`}>{t('gov.attendance.record')}</a></p> : null}

      <h2 id="agenda">{t('gov.agenda.title')}</h2>
      {state.items.length === 0 ? <p>{t('gov.agenda.empty')}</p> : (
        <ol class="agenda">{state.items.map((i) => (
          <li>
            <h3>{i.title[lang]}{i.isPublic ? '' : ` (${t('gov.agenda.closed')})`}</h3>
            <ItemType ctx={ctx} type={i.type} />
            {i.description[lang] ? <p>{i.description[lang]}</p> : null}
            {i.treatment ? (
              <p><strong>{t('gov.treatment.title')}:</strong> {capital(t(`gov.outcome.${i.treatment.outcome}`))}{i.treatment.isPublic ? '' : `, ${t('gov.treatment.closed')}`}
                {votesText(ctx, i.treatment) ? `. ${votesText(ctx, i.treatment)}` : ''}{i.treatment.notes[lang] ? `. ${i.treatment.notes[lang]}` : ''}</p>
            ) : <p class="muted">{t('gov.treatment.none')}</p>}
            {i.treatment ? <VotersTable ctx={ctx} item={i.title[lang]} voters={votersOf(i.treatment.voters)} /> : null}
            {i.decisions.length ? (
              <ul>{i.decisions.map((d) => <li><a href={`/decisions/${d.code}`}>{d.code}</a>: {d.title[lang]} <StatusBadge t={t} status={d.status} /></li>)}</ul>
            ) : null}
            <p class="actions">
              {edit ? <a href={`${base}/agenda-items/${i.id}/edit`}>{t('gov.agenda.editItem')}<span class="visually-hidden">: {i.title[lang]}</span></a> : null}
              {edit ? <a href={`${base}/agenda-items/${i.id}/treatment`}>{t(i.treatment ? 'gov.treatment.edit' : 'gov.treatment.record')}<span class="visually-hidden">: {i.title[lang]}</span></a> : null}
              {decide && i.treatment ? <a href={`${base}/agenda-items/${i.id}/decisions/new`}>{t('gov.decision.record')}<span class="visually-hidden">: {i.title[lang]}</span></a> : null}
            </p>
          </li>
        ))}</ol>
      )}
      {edit ? <p><a class="button" href={`${base}/agenda-items/new`}>{t('gov.agenda.add')}</a></p> : null}

      <h2 id="publications">{t('gov.pub.title')}</h2>
      <p>{t('gov.pub.lead')}</p>
      {PUBLICATION_ORDER.map((kind) => {
        const versions = publications.filter((p) => p.kind === kind);
        const latest = versions[0];
        return (
          <section aria-labelledby={`pub-${kind}`}>
            <h3 id={`pub-${kind}`}>{t(`gov.pubTitle.${kind}`)}</h3>
            {versions.length === 0 ? <p class="muted">{t('gov.pub.none')}</p> : (
              <ul>{versions.map((v) => (
                <li>
                  <a href={`${base}/publications/${v.kind}/${v.version}`}>{t('gov.pub.version', { version: v.version })}</a>{' '}<StatusBadge t={t} status={v.status} />
                  {(v.content as unknown as FrozenContent).note ? ` ${(v.content as unknown as FrozenContent).note![lang]}` : ''}
                  <PublicationSteps ctx={ctx} p={v} />
                </li>
              ))}</ul>
            )}
            {prepare && !latest ? <StepButton ctx={ctx} action={`${base}/publications`} label={t('gov.pub.prepare', { kind: t(`gov.pubKind.${kind}`) })} fields={{ kind }} /> : null}
            {prepare && latest?.status === 'published' ? <p><a href={`${base}/publications/new?kind=${kind}`}>{t('gov.pub.prepareCorrection', { kind: t(`gov.pubKind.${kind}`) })}</a></p> : null}
          </section>
        );
      })}
      <GovernanceHistory ctx={ctx} history={history} statuses="gov.meetingStatus" />
      <div class="actions"><a href={`/api/meetings/${meeting.id}`}>{t('common.asJson')}</a></div>
    </Layout>
  );
}
