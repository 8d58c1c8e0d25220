import type { FundingRow } from '../../knowledge/index.js';
import type { Catalog } from '../../../catalog/catalog.js';
import { principalOf } from '../../../plugins/auth.js';
import { can } from '../../../plugins/permissions.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, ScrollTable } from '../../../web/components.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { ActionLineWithFigures, HistoryEntry } from '../queries.js';
import { History, PlanStatus, Progress, RulesBox, SavedNotice, money, planName } from './parts.js';
import { formatDay } from '../../../i18n/formats.js';

export function ActionLinePage({ ctx, catalog, line, history, notice, funding }: {
  ctx: ViewContext; catalog: Catalog; line: ActionLineWithFigures; history: HistoryEntry[] | null; notice?: string | undefined;
  /** Funding and network opportunities linked to this line (knowledge space). */
  funding: FundingRow[];
}) {
  const { t, lang } = ctx;
  const principal = principalOf(ctx.user);
  const owner = line.ownerActorId !== null ? catalog.actors.get(line.ownerActorId) : undefined;
  const current = line.currentPlan;
  return (
    <Layout ctx={ctx} title={line.title[lang]} crumbs={[[t('cycle.lines.title'), '/action-lines']]}>
      <h1>{line.title[lang]} <DemoBadge t={t} isDemo={line.isDemo} /></h1>
      <SavedNotice t={t} notice={notice} draftKey={notice === 'cycle.saved.lineCreated' ? 'action-line:new' : `action-line:${line.code}`} />
      {line.isDemo ? <div class="notice notice-demo"><p>{t('cycle.demoNotice')}</p></div> : null}
      {line.description[lang] ? <p class="lead">{line.description[lang]}</p> : null}
      <dl class="facts">
        <dt>{t('cycle.code')}</dt><dd><code>{line.code}</code></dd>
        <dt>{t('cycle.owner')}</dt><dd>{owner ? <a href={`/actors/${owner.code}`}>{owner.name}</a> : '—'}</dd>
        <dt>{t('cycle.currentPlan')}</dt>
        <dd>{current ? <a href={`/plans/${current.id}`}>{planName(t, current)}</a> : <span class="muted">{t('cycle.noAnnualPlan')}</span>}</dd>
        <dt>{t('cycle.progress')}</dt><dd><Progress t={t} lang={lang} value={current?.figures.progress ?? null} /></dd>
        <dt>{t('cycle.actionsAtRisk')}</dt>
        <dd>{current ? (current.figures.atRisk ? <span class="badge badge-gap">{String(current.figures.atRisk)}</span> : '0') : '—'}</dd>
      </dl>

      <h2>{t('cycle.recommendations')}</h2>
      {line.recommendations.length === 0 ? <p>{t('cycle.noRecommendations')}</p> : (
        <ul>{line.recommendations.map((code) => <li><a href={`/recommendations/${code}`}>{code}</a> {catalog.recommendation(code)?.title[lang] ?? ''}</li>)}</ul>
      )}
      <h2>{t('cycle.challenges')}</h2>
      {line.challenges.length === 0 ? <p>{t('cycle.noChallenges')}</p> : (
        <ul>
          {line.challenges.map((n) => {
            const c = catalog.challenge(n);
            const p = c ? catalog.pillar(c.pillar) : undefined;
            return <li><a href={`/challenges/${n}`}>{n}. {c?.title[lang] ?? ''}</a>{p ? <span class="muted"> ({t('cycle.pillarN', { n: p.number })}: {p.name[lang]})</span> : null}</li>;
          })}
        </ul>
      )}

      <h2>{t('cycle.funding')}</h2>
      {funding.length === 0 ? <p>{t('cycle.noFunding')}</p> : (
        <ul>
          {funding.map((f) => (
            <li>
              <a href={`/funding/${f.code}`}>{lang === 'nl' ? f.title_nl : f.title_en}</a> <span class="muted">({f.provider_name}{f.deadline_on ? `, ${t('cycle.fundingDeadline', { date: formatDay(lang, f.deadline_on) })}` : ''})</span>
              {' '}<DemoBadge t={t} isDemo={f.is_demo} />
            </li>
          ))}
        </ul>
      )}

      <h2>{t('cycle.plans')}</h2>
      {line.plans.length === 0 ? <p>{t('cycle.noPlans')}</p> : (
        <ScrollTable caption={t('cycle.plansCaption', { title: line.title[lang] })} class="data-table">
          <thead>
            <tr>
              <th scope="col">{t('cycle.plan')}</th>
              <th scope="col">{t('cycle.planStatus')}</th>
              <th scope="col">{t('cycle.actions')}</th>
              <th scope="col">{t('cycle.progress')}</th>
              <th scope="col">{t('cycle.actionsAtRisk')}</th>
              <th scope="col">{t('cycle.budget.planned')}</th>
              <th scope="col">{t('cycle.budget.committed')}</th>
              <th scope="col">{t('cycle.budget.spent')}</th>
            </tr>
          </thead>
          <tbody>
            {line.plans.map((p) => (
              <tr>
                <th scope="row"><a href={`/plans/${p.id}`}>{planName(t, p)}</a>{current?.id === p.id ? <span class="muted"> ({t('cycle.current')})</span> : null}</th>
                <td><PlanStatus t={t} status={p.status} /></td>
                <td>{String(p.figures.actions)}</td>
                <td><Progress t={t} lang={lang} value={p.figures.progress} /></td>
                <td>{p.figures.atRisk ? <span class="badge badge-gap">{String(p.figures.atRisk)}</span> : '0'}</td>
                <td>{money(lang, p.figures.budget.planned)}</td>
                <td>{money(lang, p.figures.budget.committed)}</td>
                <td>{money(lang, p.figures.budget.spent)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <div class="actions">
        {can(principal, 'cycle.createPlan') ? <a class="button" href={`/action-lines/${line.code}/plans/new`}>{t('cycle.plan.new')}</a> : null}
        {can(principal, 'cycle.updateActionLine') ? <a class="button button-secondary" href={`/action-lines/${line.code}/edit`}>{t('cycle.lines.edit')}</a> : null}
        <a href={`/api/action-lines/${line.code}`}>{t('common.asJson')}</a>
      </div>
      <RulesBox t={t} />
      <History ctx={ctx} entries={history} />
    </Layout>
  );
}
