import type { Catalog } from '../../../catalog/catalog.js';
import { principalOf } from '../../../plugins/auth.js';
import { can } from '../../../plugins/permissions.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, ScrollTable } from '../../../web/components.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { ActionLineWithFigures } from '../queries.js';
import { PlanStatus, Progress, RulesBox, planName } from './parts.js';

export function ActionLinesPage({ ctx, catalog, lines }: { ctx: ViewContext; catalog: Catalog; lines: ActionLineWithFigures[] }) {
  const { t, lang } = ctx;
  const principal = principalOf(ctx.user);
  return (
    <Layout ctx={ctx} title={t('cycle.lines.title')}>
      <h1>{t('cycle.lines.title')}</h1>
      <p class="lead">{t('cycle.lines.lead')}</p>
      <div class="actions">
        {can(principal, 'cycle.createActionLine') ? <a class="button" href="/action-lines/new">{t('cycle.lines.new')}</a> : null}
        <a href="/conformity">{t('cycle.conformity.title')}</a>
      </div>
      {lines.length === 0 ? <p>{t('cycle.lines.none')}</p> : (
        <ScrollTable caption={t('cycle.lines.caption', { count: lines.length })} class="data-table">
          <thead>
            <tr>
              <th scope="col">{t('cycle.line')}</th>
              <th scope="col">{t('cycle.owner')}</th>
              <th scope="col">{t('cycle.recommendations')}</th>
              <th scope="col">{t('cycle.pillarsChallenges')}</th>
              <th scope="col">{t('cycle.currentPlan')}</th>
              <th scope="col">{t('cycle.progress')}</th>
              <th scope="col">{t('cycle.actionsAtRisk')}</th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => {
              const owner = l.ownerActorId !== null ? catalog.actors.get(l.ownerActorId) : undefined;
              const pillars = [...new Set(l.challenges.map((c) => catalog.challenge(c)?.pillar).filter((p): p is number => p !== undefined))].sort();
              const current = l.currentPlan;
              return (
                <tr>
                  <th scope="row"><a href={`/action-lines/${l.code}`}>{l.title[lang]}</a> <DemoBadge t={t} isDemo={l.isDemo} /></th>
                  <td>{owner ? <a href={`/actors/${owner.code}`}>{owner.name}</a> : '—'}</td>
                  <td>{l.recommendations.length ? l.recommendations.map((r, i) => [i ? ', ' : '', <a href={`/recommendations/${r}`}>{r}</a>]) : '—'}</td>
                  <td>
                    {pillars.length ? `${t('cycle.pillarsShort')} ${pillars.join(', ')}` : '—'}
                    {l.challenges.length ? [<br />, `${t('cycle.challengesShort')} ${l.challenges.join(', ')}`] : null}
                  </td>
                  <td>{current ? [<a href={`/plans/${current.id}`}>{planName(t, current)}</a>, ' ', <PlanStatus t={t} status={current.status} />] : <span class="muted">{t('cycle.noAnnualPlan')}</span>}</td>
                  <td><Progress t={t} lang={lang} value={current?.figures.progress ?? null} /></td>
                  <td>{current ? (current.figures.atRisk ? <span class="badge badge-gap">{String(current.figures.atRisk)}</span> : '0') : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </ScrollTable>
      )}
      <RulesBox t={t} />
    </Layout>
  );
}
