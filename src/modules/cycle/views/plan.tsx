import type { Catalog } from '../../../catalog/catalog.js';
import { principalOf } from '../../../plugins/auth.js';
import { can } from '../../../plugins/permissions.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, ScrollTable } from '../../../web/components.js';
import { Csrf } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { PlanComparison } from '../baseline.js';
import { budgetFlags } from '../progress.js';
import type { HistoryEntry, PlanDetail } from '../queries.js';
import { ActionStatus, DateText, History, PlanStatus, Progress, RiskBadge, RulesBox, SavedNotice, day, money, planName } from './parts.js';

export function PlanPage({ ctx, catalog, detail, history, notice }: {
  ctx: ViewContext; catalog: Catalog; detail: PlanDetail; history: HistoryEntry[] | null; notice?: string | undefined;
}) {
  const { t, lang } = ctx;
  const { plan, line, actions } = detail;
  const principal = principalOf(ctx.user);
  const name = planName(t, plan);
  const title = `${name}: ${line.title[lang]}`;
  const f = plan.figures;
  const canRoll = plan.kind === 'annual' && !detail.nextAnnualExists && plan.yearFrom < 2100 && can(principal, 'cycle.rollOverPlan');
  return (
    <Layout ctx={ctx} title={title} crumbs={[[t('cycle.lines.title'), '/action-lines'], [line.title[lang], `/action-lines/${line.code}`]]}>
      <h1>{title} <DemoBadge t={t} isDemo={plan.isDemo} /></h1>
      <SavedNotice t={t} notice={notice} draftKey={notice === 'cycle.saved.planCreated' ? `plan:${line.code}:new` : `plan:${plan.id} plan:${plan.id}:adopt plan:${plan.id}:rebaseline`} />
      {plan.isDemo ? <div class="notice notice-demo"><p>{t('cycle.demoNotice')}</p></div> : null}
      <dl class="facts">
        <dt>{t('cycle.line')}</dt><dd><a href={`/action-lines/${line.code}`}>{line.title[lang]}</a></dd>
        <dt>{t('cycle.planKind')}</dt><dd>{t(`cycle.planKind.${plan.kind}`)} ({plan.yearFrom === plan.yearTo ? String(plan.yearFrom) : `${plan.yearFrom}–${plan.yearTo}`})</dd>
        <dt>{t('cycle.planStatus')}</dt>
        <dd>
          <PlanStatus t={t} status={plan.status} />
          {plan.adoptedAt ? [' ', t('cycle.adoptedOn', { date: day(lang, plan.adoptedAt) })] : null}
          {detail.adoptedBy ? [' ', t('cycle.byDecision'), ' ', <strong>{detail.adoptedBy.code}</strong>, ` (${detail.adoptedBy.title[lang]})`] : null}
        </dd>
        {detail.rolledFrom ? [<dt>{t('cycle.rolledFrom')}</dt>, <dd><a href={`/plans/${detail.rolledFrom.id}`}>{t('cycle.plan.annualN', { year: detail.rolledFrom.year })}</a></dd>] : null}
        {detail.rolledTo ? [<dt>{t('cycle.rolledTo')}</dt>, <dd><a href={`/plans/${detail.rolledTo.id}`}>{t('cycle.plan.annualN', { year: detail.rolledTo.year })}</a></dd>] : null}
        <dt>{t('cycle.progress')}</dt><dd><Progress t={t} lang={lang} value={f.progress} /></dd>
        <dt>{t('cycle.actions')}</dt><dd>{t('cycle.actionCounts', { count: f.actions, actions: f.actions, done: f.done, stopped: f.stopped })}</dd>
        <dt>{t('cycle.actionsAtRisk')}</dt><dd>{f.atRisk ? <span class="badge badge-gap">{String(f.atRisk)}</span> : '0'} <span class="muted">{t('cycle.asOf', { date: day(lang, detail.today) })}</span></dd>
        <dt>{t('cycle.budget')}</dt>
        <dd>{t('cycle.budgetLine', { planned: money(lang, f.budget.planned), committed: money(lang, f.budget.committed), spent: money(lang, f.budget.spent) })}</dd>
      </dl>

      <h2>{t('cycle.actions')}</h2>
      {actions.length === 0 ? <p>{t('cycle.noActions')}</p> : (
        <ScrollTable caption={t('cycle.actionsCaption', { plan: name })} class="data-table">
          <thead>
            <tr>
              <th scope="col">{t('cycle.action')}</th>
              <th scope="col">{t('cycle.responsible')}</th>
              <th scope="col">{t('cycle.actionStatus')}</th>
              <th scope="col">{t('cycle.progress')}</th>
              <th scope="col">{t('cycle.budget.planned')}</th>
              <th scope="col">{t('cycle.budget.committed')}</th>
              <th scope="col">{t('cycle.budget.spent')}</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((a) => {
              const actor = a.responsibleActorId !== null ? catalog.actors.get(a.responsibleActorId) : undefined;
              const flags = budgetFlags(a);
              return (
                <tr>
                  <th scope="row">
                    <a href={`/actions/${a.id}`}>{a.code} {a.title[lang]}</a> <RiskBadge t={t} atRisk={a.atRisk} />
                    {a.carriedTo ? [<br />, <span class="muted">{t('cycle.carriedTo')} </span>, <a href={`/actions/${a.carriedTo.actionId}`}>{t('cycle.plan.annualN', { year: a.carriedTo.year })}</a>] : null}
                    {a.carriedFromActionId !== null ? [<br />, <span class="muted">{t('cycle.carriedOver')}</span>] : null}
                  </th>
                  <td>{actor ? actor.name : '—'}</td>
                  <td><ActionStatus t={t} status={a.status} /></td>
                  <td><Progress t={t} lang={lang} value={a.progress} /></td>
                  <td>{money(lang, a.budgetPlanned)}</td>
                  <td>{money(lang, a.budgetCommitted)}{flags.overCommitted ? [' ', <span class="badge badge-weak">{t('cycle.overPlanned')}</span>] : null}</td>
                  <td>{money(lang, a.budgetSpent)}{flags.overSpent ? [' ', <span class="badge badge-weak">{t('cycle.overPlanned')}</span>] : null}</td>
                </tr>
              );
            })}
          </tbody>
        </ScrollTable>
      )}

      <div class="actions">
        {can(principal, 'cycle.createAction') ? <a class="button" href={`/plans/${plan.id}/actions/new`}>{t('cycle.action.new')}</a> : null}
        {plan.status === 'draft' && can(principal, 'cycle.updatePlan') ? <a class="button button-secondary" href={`/plans/${plan.id}/edit`}>{t('cycle.plan.edit')}</a> : null}
        {canRoll ? (
          <form method="post" action={`/plans/${plan.id}/roll-over`} class="inline-form">
            <Csrf token={ctx.csrfToken} />
            <button type="submit" class="button button-secondary">{t('cycle.rollOver', { year: plan.yearFrom + 1 })}</button>
          </form>
        ) : null}
        {plan.status === 'draft' && can(principal, 'cycle.adoptPlan') ? <a class="button" href={`/plans/${plan.id}/adopt`}>{t('cycle.adopt')}</a> : null}
        {plan.status === 'adopted' && can(principal, 'cycle.rebaselinePlan') ? <a class="button button-secondary" href={`/plans/${plan.id}/rebaseline`}>{t('cycle.rebaseline')}</a> : null}
        <a href={`/api/plans/${plan.id}`}>{t('common.asJson')}</a>
      </div>
      {canRoll ? <p class="hint">{t('cycle.rollOverHint')}</p> : null}

      <h2>{t('cycle.baselines')}</h2>
      {detail.baselines.length === 0 ? <p>{t('cycle.noBaseline')}</p> : (
        <ScrollTable caption={t('cycle.baselines')} class="data-table" captionClass="visually-hidden">
          <thead><tr><th scope="col">{t('cycle.baselineVersion')}</th><th scope="col">{t('cycle.frozenAt')}</th><th scope="col">{t('cycle.decision')}</th><th scope="col">{t('cycle.reason')}</th></tr></thead>
          <tbody>
            {detail.baselines.map((b) => (
              <tr>
                <th scope="row"><a href={`/api/plans/${plan.id}/baselines/${b.version}`}>{t('cycle.baselineN', { version: b.version })}</a></th>
                <td><time datetime={b.frozenAt}>{day(lang, b.frozenAt)}</time>{b.frozenBy ? ` (${b.frozenBy})` : ''}</td>
                <td>{b.decision ? `${b.decision.code}: ${b.decision.title[lang]}` : '—'}</td>
                <td>{b.reason || '—'}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      {detail.comparison ? <Comparison ctx={ctx} comparison={detail.comparison} /> : null}
      <RulesBox t={t} />
      <History ctx={ctx} entries={history} />
    </Layout>
  );
}

function slipText(ctx: ViewContext, days: number | null): string {
  if (days === null || days === 0) return '';
  return ` (${ctx.t(days > 0 ? 'cycle.slipLater' : 'cycle.slipEarlier', { days: Math.abs(days) })})`;
}

/** Plan-versus-actual: the latest baseline next to the plan as it is now. */
function Comparison({ ctx, comparison }: { ctx: ViewContext; comparison: PlanComparison }): Html {
  const { t, lang } = ctx;
  const c = comparison;
  return (
    <section aria-labelledby="comparison-title">
      <h2 id="comparison-title">{t('cycle.comparison.title', { version: c.baselineVersion })}</h2>
      <p>{t('cycle.comparison.summary', {
        baseline: money(lang, c.totals.baselinePlanned), planned: money(lang, c.totals.planned), committed: money(lang, c.totals.committed), spent: money(lang, c.totals.spent),
        changed: c.counts.changed, added: c.counts.added, removed: c.counts.removed, slipped: c.counts.slipped,
      })}</p>
      <ScrollTable caption={t('cycle.comparison.title', { version: c.baselineVersion })} class="data-table" captionClass="visually-hidden">
        <thead>
          <tr>
            <th scope="col">{t('cycle.action')}</th>
            <th scope="col">{t('cycle.comparison.change')}</th>
            <th scope="col">{t('cycle.comparison.budget')}</th>
            <th scope="col">{t('cycle.comparison.end')}</th>
            <th scope="col">{t('cycle.milestones')}</th>
          </tr>
        </thead>
        <tbody>
          {c.actions.map((a) => (
            <tr>
              <th scope="row">{a.change === 'removed' ? `${a.code} ${a.title[lang]}` : <a href={`/actions/${a.id}`}>{a.code} {a.title[lang]}</a>}</th>
              <td>{t(`cycle.change.${a.change}`)}{a.baselineStatus && a.status && a.baselineStatus !== a.status ? [<br />, `${t(`cycle.status.${a.baselineStatus}`)} → ${t(`cycle.status.${a.status}`)}`] : null}</td>
              <td>
                {t('cycle.comparison.baselineValue')}: {money(lang, a.baselineBudgetPlanned)}<br />
                {t('cycle.comparison.nowValue')}: {money(lang, a.budgetPlanned)}<br />
                {t('cycle.budget.committed')}: {money(lang, a.budgetCommitted)}; {t('cycle.budget.spent')}: {money(lang, a.budgetSpent)}
              </td>
              <td>
                {t('cycle.comparison.baselineValue')}: <DateText lang={lang} iso={a.baselineEndsOn} /><br />
                {t('cycle.comparison.nowValue')}: <DateText lang={lang} iso={a.endsOn} />{slipText(ctx, a.endSlipDays)}
              </td>
              <td>
                {a.milestones.length === 0 ? '—' : (
                  <ul>
                    {a.milestones.map((m) => (
                      <li>
                        {m.title[lang]}: {m.change === 'added' ? t('cycle.change.added')
                          : m.change === 'removed' ? t('cycle.change.removed')
                          : [<DateText lang={lang} iso={m.baselineDueOn} />, m.dueOn !== m.baselineDueOn ? [' → ', <DateText lang={lang} iso={m.dueOn} />] : null, slipText(ctx, m.slipDays)]}
                        {m.doneOn ? [' · ', t('cycle.doneOn', { date: day(lang, m.doneOn) })] : null}
                      </li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </ScrollTable>
    </section>
  );
}
