import { principalOf } from '../../../plugins/auth.js';
import { can } from '../../../plugins/permissions.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, FilterSelect, Pagination, ScrollTable } from '../../../web/components.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { HistoryEntry } from '../../../plugins/audit.js';
import type { Body, Decision, FollowUp, Page } from '../queries.js';
import type { DecisionListQuery } from '../schemas.js';
import { formatDate, formatDateTime } from '../time.js';
import { GovernanceHistory, SavedNotice, StatusBadge, StepButton } from './parts.js';
import { capital, votesText } from './publication.js';

export const DECISION_NOTICES = ['created', 'updated', 'approved', 'published'] as const;

export function DecisionListPage({ ctx, page, query, bodies }: { ctx: ViewContext; page: Page<Decision>; query: DecisionListQuery; bodies: Body[] }) {
  const { t, lang } = ctx;
  const drafts = can(principalOf(ctx.user), 'governance.viewDrafts');
  return (
    <Layout ctx={ctx} title={t('gov.decisions.title')} crumbs={[[t('gov.bodies.title'), '/bodies']]}>
      <h1>{t('gov.decisions.title')}</h1>
      <p class="lead">{t(drafts ? 'gov.decisions.leadInternal' : 'gov.decisions.lead')}</p>
      <form method="get" action="/decisions" class="filters" role="search" aria-label={t('list.filters')}>
        <FilterSelect name="body" label={t('gov.decision.body')} value={query.body} all={t('list.all')} options={bodies.map((b) => [b.code, b.name[lang]])} />
        {drafts ? <FilterSelect name="status" label={t('gov.decision.status')} value={query.status} all={t('list.all')}
          options={(['draft', 'approved', 'published'] as const).map((s) => [s, t(`gov.status.${s}`)])} /> : null}
        <div><button type="submit" class="button">{t('list.apply')}</button></div>
      </form>
      <p class="result-count" role="status">{t('list.count', { count: page.total })}</p>
      {page.items.length === 0 ? <p>{t('gov.decisions.none')}</p> : (
        <ScrollTable caption={t('gov.decisions.title')} class="data-table" captionClass="visually-hidden">
          <thead><tr>
            <th scope="col">{t('gov.decision.code')}</th><th scope="col">{t('gov.decision.titleLabel')}</th><th scope="col">{t('gov.decision.body')}</th>
            <th scope="col">{t('gov.decision.decidedOn')}</th>{drafts ? <th scope="col">{t('gov.decision.status')}</th> : null}
          </tr></thead>
          <tbody>{page.items.map((d) => (
            <tr>
              <td><a href={`/decisions/${d.code}`}>{d.code}</a></td>
              <td>{d.title[lang]} <DemoBadge t={t} isDemo={d.isDemo} /></td>
              <td>{d.body.name[lang]}</td>
              <td>{d.decidedOn ? formatDate(d.decidedOn, lang) : '—'}</td>
              {drafts ? <td><StatusBadge t={t} status={d.status} /></td> : null}
            </tr>
          ))}</tbody>
        </ScrollTable>
      )}
      <Pagination t={t} path="/decisions" query={query} page={page.page} pages={page.pages} />
    </Layout>
  );
}

export function DecisionPage({ ctx, decision: d, followUp, meetingPublic, history, notice }: {
  ctx: ViewContext; decision: Decision; followUp: FollowUp; meetingPublic: boolean; history: HistoryEntry[] | null; notice?: string | undefined;
}) {
  const { t, lang } = ctx;
  const principal = principalOf(ctx.user);
  const drafts = can(principal, 'governance.viewDrafts');
  const buttons: Html[] = [];
  if (d.status === 'draft' && can(principal, 'governance.editDecisions')) buttons.push(<a class="button button-secondary" href={`/decisions/${d.code}/edit`}>{t('gov.edit')}</a>);
  if (d.status === 'draft' && can(principal, 'governance.approve')) buttons.push(<StepButton ctx={ctx} action={`/decisions/${d.code}/approve`} label={t('gov.decision.approve')} fields={{ version: d.version }} />);
  if (d.status === 'approved' && can(principal, 'governance.publish')) buttons.push(<StepButton ctx={ctx} action={`/decisions/${d.code}/publish`} label={t('gov.decision.publish')} fields={{ version: d.version }} />);
  const canEstablish = d.body.kind === 'steering_committee' && d.status !== 'draft' && can(principal, 'governance.manageBodies');
  const nothingFollowed = !followUp.actions.length && !followUp.plans.length && !followUp.baselines.length && !followUp.workingGroups.length;
  return (
    <Layout ctx={ctx} title={d.title[lang]} crumbs={[[t('gov.decisions.title'), '/decisions']]}>
      <h1>{d.title[lang]} <DemoBadge t={t} isDemo={d.isDemo} /></h1>
      <SavedNotice t={t} scope="decision" notice={notice} draftKey={notice === 'created' ? `decision:new:${d.agendaItem?.id ?? ''}` : notice === 'updated' ? `decision:${d.code}` : undefined} />
      {d.status !== 'published' ? <div class="notice"><p>{t('gov.decision.notPublic')}</p></div> : null}
      {d.isDemo ? <div class="notice notice-demo"><p>{t('gov.demoNotice')}</p></div> : null}
      {d.text[lang] ? <p class="lead">{d.text[lang]}</p> : null}
      <dl class="facts">
        <dt>{t('gov.decision.code')}</dt><dd>{d.code}</dd>
        <dt>{t('gov.decision.status')}</dt><dd><StatusBadge t={t} status={d.status} />{d.publishedAt ? ` ${t('gov.status.since', { when: formatDateTime(d.publishedAt, lang) })}` : ''}</dd>
        <dt>{t('gov.decision.decidedOn')}</dt><dd>{d.decidedOn ? formatDate(d.decidedOn, lang) : '—'}</dd>
      </dl>
      {buttons.length ? <div class="actions">{buttons}</div> : null}

      {d.motivation[lang] || d.inForceOn || d.documentType ? [
        <h2 id="legal">{t('gov.decision.legal')}</h2>,
        d.motivation[lang] ? [<h3>{t('gov.decision.motivation')}</h3>, <p class="motivation">{d.motivation[lang]}</p>] : null,
        d.inForceOn || d.documentType ? (
          <dl class="facts">
            {d.inForceOn ? [<dt>{t('gov.decision.inForceOn')}</dt>, <dd><time datetime={d.inForceOn}>{formatDate(d.inForceOn, lang)}</time></dd>] : null}
            {d.documentType ? [<dt>{t('gov.decision.documentType')}</dt>, <dd>{t(`gov.documentType.${d.documentType}`)}</dd>] : null}
          </dl>
        ) : null,
      ] : null}

      <h2>{t('gov.decision.origin')}</h2>
      <dl class="facts">
        <dt>{t('gov.decision.body')}</dt><dd><a href={`/bodies/${d.body.code}`}>{d.body.name[lang]}</a></dd>
        {d.meeting ? [<dt>{t('gov.decision.meeting')}</dt>, <dd>{meetingPublic || drafts
          ? <a href={`/meetings/${d.meeting.id}`}>{formatDateTime(d.meeting.startsAt, lang)}</a> : formatDateTime(d.meeting.startsAt, lang)}</dd>] : null}
        {d.agendaItem ? [<dt>{t('gov.decision.agendaItem')}</dt>, <dd>{d.agendaItem.position}. {d.agendaItem.title[lang]}{d.agendaItem.isPublic ? '' : ` (${t('gov.agenda.closed')})`}</dd>] : null}
        {d.treatment ? [<dt>{t('gov.treatment.title')}</dt>, <dd>{capital(t(`gov.outcome.${d.treatment.outcome}`))}{d.treatment.isPublic ? '' : `, ${t('gov.treatment.closed')}`}
          {d.treatment.isPublic && votesText(ctx, d.treatment) ? `. ${votesText(ctx, d.treatment)}` : ''}</dd>] : null}
      </dl>

      <h2>{t('gov.decision.about')}</h2>
      {d.subjects.length === 0 ? <p>{t('gov.decision.noSubjects')}</p> : (
        <ul>{d.subjects.map((s) => {
          const label = s.title?.[lang] ?? `${s.code ?? s.id} (${t('gov.subject.missing')})`;
          return <li>{t(`gov.subject.${s.type}`)}: {s.href ? <a href={s.href}>{label}</a> : label}{s.code ? <span class="muted"> ({s.code})</span> : null}</li>;
        })}</ul>
      )}

      <h2>{t('gov.decision.followUp')}</h2>
      {nothingFollowed ? <p>{t('gov.decision.nothingFollowed')}</p> : null}
      {followUp.workingGroups.length ? [<h3>{t('gov.followUp.workingGroups')}</h3>,
        <ul>{followUp.workingGroups.map((g) => <li><a href={`/bodies/${g.code}`}>{g.name[lang]}</a> <DemoBadge t={t} isDemo={g.isDemo} />{g.endsOn ? ` (${t('gov.period.to', { to: formatDate(g.endsOn, lang) })})` : ''}</li>)}</ul>] : null}
      {followUp.plans.length ? [<h3>{t('gov.followUp.plans')}</h3>,
        <ul>{followUp.plans.map((p) => <li>{t(`gov.planKind.${p.kind}`)} {p.yearFrom === p.yearTo ? p.yearFrom : `${p.yearFrom}-${p.yearTo}`}: {p.actionLine.title[lang]}</li>)}</ul>] : null}
      {followUp.baselines.length ? [<h3>{t('gov.followUp.baselines')}</h3>,
        <ul>{followUp.baselines.map((b) => <li>{b.actionLine.title[lang]}: {t('gov.followUp.baselineVersion', { version: b.version })}{b.reason ? `. ${b.reason}` : ''}</li>)}</ul>] : null}
      {followUp.actions.length ? [<h3>{t('gov.followUp.actions')}</h3>,
        <ul>{followUp.actions.map((a) => <li>{a.code}: {a.title[lang]} <span class="muted">({t(`gov.actionStatus.${a.status}`)})</span></li>)}</ul>] : null}
      {canEstablish ? <p><a class="button button-secondary" href={`/bodies/new?decision=${encodeURIComponent(d.code)}`}>{t('gov.decision.establishWorkingGroup')}</a></p> : null}

      <GovernanceHistory ctx={ctx} history={history} statuses="gov.status" />
      <div class="actions"><a href={`/api/decisions/${d.code}`}>{t('common.asJson')}</a></div>
    </Layout>
  );
}
