import { principalOf } from '../../../plugins/auth.js';
import { can } from '../../../plugins/permissions.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, ScrollTable } from '../../../web/components.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { Body, Decision, MeetingListEntry, Member } from '../queries.js';
import { formatDate, formatDateTime } from '../time.js';
import { ProposalBadge, ProposalNotice, SavedNotice, StatusBadge } from './parts.js';

export function period(ctx: ViewContext, from: string | null, to: string | null): string {
  const { t, lang } = ctx;
  if (!from && !to) return '—';
  if (from && to) return t('gov.period.fromTo', { from: formatDate(from, lang), to: formatDate(to, lang) });
  return from ? t('gov.period.from', { from: formatDate(from, lang) }) : t('gov.period.to', { to: formatDate(to!, lang) });
}

const perYear = (ctx: ViewContext, count: number) => ctx.t(count === 1 ? 'gov.bodies.perYearOne' : 'gov.bodies.perYear', { count });

function BodyCard({ ctx, body: b, lead }: { ctx: ViewContext; body: Body; lead?: boolean }) {
  const { t, lang } = ctx;
  return (
    <li class="card">
      <h3><a href={`/bodies/${b.code}`}>{b.name[lang]}</a></h3>
      <p><ProposalBadge t={t} isProposal={b.isProposal} /> <DemoBadge t={t} isDemo={b.isDemo} /></p>
      {lead ? <p>{t(`gov.kindLead.${b.kind}`)}</p> : null}
      <p class="muted">{t(b.memberCount === 1 ? 'gov.bodies.memberCountOne' : 'gov.bodies.memberCount', { count: b.memberCount })}
        {b.meetingsPerYear !== null ? ` · ${perYear(ctx, b.meetingsPerYear)}` : ''}
        {b.endsOn ? ` · ${t('gov.period.to', { to: formatDate(b.endsOn, lang) })}` : ''}</p>
    </li>
  );
}

export function BodiesPage({ ctx, bodies }: { ctx: ViewContext; bodies: Body[] }) {
  const { t } = ctx;
  const principal = principalOf(ctx.user);
  const standing = bodies.filter((b) => b.kind !== 'working_group');
  const groups = bodies.filter((b) => b.kind === 'working_group');
  return (
    <Layout ctx={ctx} title={t('gov.bodies.title')}>
      <h1>{t('gov.bodies.title')}</h1>
      <p class="lead">{t('gov.bodies.lead')} <a href="/recommendations/R1.3">{t('gov.proposal.link')}</a></p>
      <p><a href="/decisions">{t('gov.decisions.all')}</a></p>
      <section aria-labelledby="standing">
        <h2 id="standing">{t('gov.bodies.standing')}</h2>
        {standing.length === 0 ? <p class="muted">{t('gov.bodies.noneOfKind')}</p> : <ul class="cards">{standing.map((b) => <BodyCard ctx={ctx} body={b} lead />)}</ul>}
      </section>
      <section aria-labelledby="working-groups">
        <h2 id="working-groups">{t('gov.kinds.working_group')}</h2>
        <p>{t('gov.kindLead.working_group')}</p>
        {can(principal, 'governance.manageBodies') ? <p><a class="button" href="/bodies/new">{t('gov.bodies.newWorkingGroup')}</a></p> : null}
        {groups.length === 0 ? <p class="muted">{t('gov.bodies.noneOfKind')}</p> : <ul class="cards">{groups.map((b) => <BodyCard ctx={ctx} body={b} />)}</ul>}
      </section>
    </Layout>
  );
}

export function BodyPage({ ctx, body, members, meetings, decisions, notice }: {
  ctx: ViewContext; body: Body; members: Member[]; meetings: MeetingListEntry[]; decisions: Decision[]; notice?: string | undefined;
}) {
  const { t, lang } = ctx;
  const principal = principalOf(ctx.user);
  const drafts = can(principal, 'governance.viewDrafts');
  const manage = can(principal, 'governance.manageBodies');
  const proposed = members.filter((m) => m.isProposal).length;
  // When every member is a proposal one sentence says so; a badge per row only marks a mix.
  const mixed = proposed > 0 && proposed < members.length;
  return (
    <Layout ctx={ctx} title={body.name[lang]} crumbs={[[t('gov.bodies.title'), '/bodies']]}>
      <h1>{body.name[lang]} <ProposalBadge t={t} isProposal={body.isProposal} /> <DemoBadge t={t} isDemo={body.isDemo} /></h1>
      <SavedNotice t={t} scope="body" notice={notice} draftKey={notice === 'bodyCreated' ? 'body:new' : notice === 'memberAdded' ? `member:${body.code}:new` : undefined} />
      {body.isProposal ? <ProposalNotice t={t} source={body.source} /> : null}
      {body.isDemo ? <div class="notice notice-demo"><p>{t('gov.demoNotice')}</p></div> : null}
      {body.description[lang] ? <p class="lead">{body.description[lang]}</p> : null}
      <dl class="facts">
        <dt>{t('gov.body.kind')}</dt><dd>{t(`gov.kind.${body.kind}`)}</dd>
        <dt>{t('gov.body.meetings')}</dt><dd>{body.meetingsPerYear !== null ? perYear(ctx, body.meetingsPerYear) : t('gov.body.noRhythm')}</dd>
        {body.parent ? [<dt>{t('gov.body.reportsTo')}</dt>, <dd><a href={`/bodies/${body.parent.code}`}>{body.parent.name[lang]}</a></dd>] : null}
        {body.kind === 'working_group' || body.startsOn || body.endsOn ? [<dt>{t('gov.body.period')}</dt>, <dd>{period(ctx, body.startsOn, body.endsOn)}</dd>] : null}
        {body.establishedBy ? [
          <dt>{t('gov.body.establishedBy')}</dt>,
          <dd>{drafts || body.establishedBy.status === 'published'
            ? <a href={`/decisions/${body.establishedBy.code}`}>{body.establishedBy.code}: {body.establishedBy.title[lang]}</a>
            : t('gov.body.decisionNotPublished')}</dd>,
        ] : null}
      </dl>
      {body.mandate[lang] ? [<h2>{t('gov.body.mandate')}</h2>, <p>{body.mandate[lang]}</p>] : null}

      <h2 id="members">{t('gov.members.title')}</h2>
      {proposed ? <p>{t(mixed ? 'gov.members.proposalLead' : 'gov.members.allProposed')}</p> : null}
      {members.length === 0 ? <p>{t('gov.members.none')}</p> : (
        <ScrollTable caption={t('gov.members.caption', { name: body.name[lang] })} class="data-table" captionClass="visually-hidden">
          <thead><tr>
            <th scope="col">{t('gov.members.actor')}</th><th scope="col">{t('gov.members.person')}</th><th scope="col">{t('gov.members.role')}</th>
            <th scope="col">{t('gov.members.term')}</th><th scope="col">{t('gov.members.status')}</th><th scope="col">{t('gov.members.appointedBy')}</th>{manage ? <th scope="col"><span class="visually-hidden">{t('gov.actions')}</span></th> : null}
          </tr></thead>
          <tbody>{members.map((m) => (
            <tr>
              <td><a href={`/actors/${m.actor.code}`}>{m.actor.name}</a> <ProposalBadge t={t} isProposal={mixed && m.isProposal} /></td>
              <td>{m.personName ?? <span class="muted">{t('gov.members.noPerson')}</span>}</td>
              <td>{t(`gov.role.${m.role}`)}</td>
              <td>{period(ctx, m.startsOn, m.endsOn)}</td>
              <td>{m.status ? t(`gov.memberStatus.${m.status}`) : <span class="muted">{t('gov.members.noStatus')}</span>}</td>
              <td>{!m.appointedBy ? <span class="muted">{t('gov.members.notAppointed')}</span>
                : drafts || m.appointedBy.status === 'published' ? <a href={`/decisions/${m.appointedBy.code}`}>{m.appointedBy.code}</a> : t('gov.body.decisionNotPublished')}</td>
              {manage ? <td><a href={`/bodies/${body.code}/members/${m.id}/edit`}>{t('gov.edit')}<span class="visually-hidden">: {m.actor.name}</span></a></td> : null}
            </tr>
          ))}</tbody>
        </ScrollTable>
      )}
      {manage ? <p><a class="button button-secondary" href={`/bodies/${body.code}/members/new`}>{t('gov.members.add')}</a></p> : null}

      <h2 id="meetings">{t('gov.meetings.title')}</h2>
      {can(principal, 'governance.editMeetings') ? <p><a class="button" href={`/bodies/${body.code}/meetings/new`}>{t('gov.meetings.new')}</a></p> : null}
      {meetings.length === 0 ? <p>{t(drafts ? 'gov.meetings.none' : 'gov.meetings.nonePublished')}</p> : (
        <ScrollTable caption={t('gov.meetings.caption', { name: body.name[lang] })} class="data-table" captionClass="visually-hidden">
          <thead><tr><th scope="col">{t('gov.meeting.when')}</th><th scope="col">{t('gov.meeting.place')}</th><th scope="col">{t('gov.meeting.status')}</th><th scope="col">{t('gov.meetings.published')}</th></tr></thead>
          <tbody>{meetings.map((m) => (
            <tr>
              <td><a href={`/meetings/${m.id}`}>{formatDateTime(m.startsAt, lang)}</a> <DemoBadge t={t} isDemo={m.isDemo} /></td>
              <td>{m.place || '—'}</td>
              <td>{t(`gov.meetingStatus.${m.status}`)}</td>
              <td>{m.published.length ? m.published.map((k) => t(`gov.pubKind.${k}`)).join(', ') : <span class="muted">{t('gov.meetings.nothingPublished')}</span>}</td>
            </tr>
          ))}</tbody>
        </ScrollTable>
      )}

      <h2 id="decisions">{t('gov.decisions.title')}</h2>
      {decisions.length === 0 ? <p>{t('gov.decisions.none')}</p> : (
        <ul>{decisions.map((d) => (
          <li><a href={`/decisions/${d.code}`}>{d.code}</a>: {d.title[lang]} {drafts ? <StatusBadge t={t} status={d.status} /> : null}</li>
        ))}</ul>
      )}
      <div class="actions"><a href={`/api/bodies/${body.code}`}>{t('common.asJson')}</a></div>
    </Layout>
  );
}
