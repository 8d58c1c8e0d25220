import type { Catalog } from '../../../catalog/catalog.js';
import { principalOf } from '../../../plugins/auth.js';
import type { FieldError } from '../../../plugins/errors.js';
import { can } from '../../../plugins/permissions.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, ScrollTable } from '../../../web/components.js';
import { Csrf, ErrorSummary, Select } from '../../../web/forms.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { budgetFlags, effectiveWeights } from '../progress.js';
import type { ActionDetail, DecisionRef, HistoryEntry } from '../queries.js';
import { ActionStatus, DateText, History, Progress, RiskBadge, RulesBox, SavedNotice, money, planName } from './parts.js';

export function ActionPage({ ctx, catalog, detail, decisions, history, notice, linkErrors }: {
  ctx: ViewContext; catalog: Catalog; detail: ActionDetail; decisions: DecisionRef[] | null; history: HistoryEntry[] | null;
  notice?: string | undefined; linkErrors?: FieldError[] | undefined;
}) {
  const { t, lang } = ctx;
  const { action: a, plan, line } = detail;
  const principal = principalOf(ctx.user);
  const title = `${a.code} ${a.title[lang]}`;
  const actor = a.responsibleActorId !== null ? catalog.actors.get(a.responsibleActorId) : undefined;
  const flags = budgetFlags(a);
  const weights = effectiveWeights(a.milestones.map((m) => m.weight));
  const overdue = new Set(detail.overdue);
  const canEditMilestones = can(principal, 'cycle.updateMilestone');
  const linkable = (decisions ?? []).filter((d) => !detail.decisions.some((x) => x.id === d.id));
  return (
    <Layout ctx={ctx} title={title} crumbs={[[t('cycle.lines.title'), '/action-lines'], [line.title[lang], `/action-lines/${line.code}`], [planName(t, plan), `/plans/${plan.id}`]]}>
      <h1>{title} <DemoBadge t={t} isDemo={a.isDemo} /></h1>
      <SavedNotice t={t} notice={notice} draftKey={notice === 'cycle.saved.actionCreated' ? `action:${plan.id}:new`
        : notice === 'cycle.saved.milestoneCreated' ? `milestone:${a.id}:new`
        : notice === 'cycle.saved.milestoneUpdated' ? a.milestones.map((m) => `milestone:${m.id}`).join(' ') : `action:${a.id}`} />
      <ErrorSummary t={t} errors={linkErrors ?? []} labels={{ decisionId: t('cycle.decision') }} />
      {a.isDemo ? <div class="notice notice-demo"><p>{t('cycle.demoNotice')}</p></div> : null}
      {a.description[lang] ? <p class="lead">{a.description[lang]}</p> : null}
      <dl class="facts">
        <dt>{t('cycle.plan')}</dt><dd><a href={`/plans/${plan.id}`}>{planName(t, plan)}</a> · <a href={`/action-lines/${line.code}`}>{line.title[lang]}</a></dd>
        <dt>{t('cycle.responsible')}</dt><dd>{actor ? <a href={`/actors/${actor.code}`}>{actor.name}</a> : '—'}</dd>
        <dt>{t('cycle.contributors')}</dt>
        <dd>{a.contributorIds.length === 0 ? '—' : (
          <ul class="tags">{a.contributorIds.map((id) => catalog.actors.get(id)).filter((x) => x !== undefined).map((c) => <li><a class="tag" href={`/actors/${c!.code}`}>{c!.name}</a></li>)}</ul>
        )}</dd>
        <dt>{t('cycle.actionStatus')}</dt><dd><ActionStatus t={t} status={a.status} /> <RiskBadge t={t} atRisk={a.atRisk} /></dd>
        <dt>{t('cycle.period')}</dt><dd><DateText lang={lang} iso={a.startsOn} /> – <DateText lang={lang} iso={a.endsOn} /></dd>
        <dt>{t('cycle.progress')}</dt><dd><Progress t={t} lang={lang} value={a.progress} /></dd>
        {a.externalId ? [<dt>{t('cycle.externalId')}</dt>, <dd><code>{a.externalId}</code></dd>] : null}
        {detail.carriedFrom ? [<dt>{t('cycle.carriedFrom')}</dt>, <dd><a href={`/actions/${detail.carriedFrom.actionId}`}>{t('cycle.plan.annualN', { year: detail.carriedFrom.year })}</a></dd>] : null}
        {detail.carriedTo ? [<dt>{t('cycle.carriedTo')}</dt>, <dd><a href={`/actions/${detail.carriedTo.actionId}`}>{t('cycle.plan.annualN', { year: detail.carriedTo.year })}</a></dd>] : null}
      </dl>

      <h2>{t('cycle.budget')}</h2>
      <ScrollTable caption={t('cycle.budget')} class="data-table" captionClass="visually-hidden">
        <thead><tr><th scope="col">{t('cycle.budget.planned')}</th><th scope="col">{t('cycle.budget.committed')}</th><th scope="col">{t('cycle.budget.spent')}</th></tr></thead>
        <tbody>
          <tr>
            <td>{money(lang, a.budgetPlanned)}</td>
            <td>{money(lang, a.budgetCommitted)}{flags.overCommitted ? [' ', <span class="badge badge-weak">{t('cycle.overPlanned')}</span>] : null}</td>
            <td>{money(lang, a.budgetSpent)}{flags.overSpent ? [' ', <span class="badge badge-weak">{t('cycle.overPlanned')}</span>] : null}</td>
          </tr>
        </tbody>
      </ScrollTable>

      <h2>{t('cycle.milestones')}</h2>
      {a.milestones.length === 0 ? <p>{t(a.status === 'done' ? 'cycle.noMilestonesDone' : 'cycle.noMilestones')}</p> : (
        <ScrollTable caption={t('cycle.milestonesCaption', { action: a.code })} class="data-table">
          <thead>
            <tr>
              <th scope="col">{t('cycle.milestone')}</th>
              <th scope="col">{t('cycle.dueOn')}</th>
              <th scope="col">{t('cycle.doneOnLabel')}</th>
              <th scope="col">{t('cycle.weight')}</th>
              {canEditMilestones ? <th scope="col">{t('cycle.manage')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {a.milestones.map((m, i) => (
              <tr>
                <th scope="row">{m.title[lang]} {overdue.has(m.id) ? <span class="badge badge-gap">{t('cycle.overdue')}</span> : null}</th>
                <td><DateText lang={lang} iso={m.dueOn} /></td>
                <td>{m.doneOn ? <DateText lang={lang} iso={m.doneOn} /> : <span class="muted">{t('cycle.notDone')}</span>}</td>
                <td>{m.weight === null ? <span>{formatWeight(weights[i]!)} <span class="muted">({t('cycle.weightDerived')})</span></span> : formatWeight(m.weight)}</td>
                {canEditMilestones ? (
                  <td>
                    <div class="actions">
                      <a href={`/milestones/${m.id}/edit`}>{t('cycle.milestone.editShort')}<span class="visually-hidden">: {m.title[lang]}</span></a>
                      {m.doneOn ? null : (
                        <form method="post" action={`/milestones/${m.id}/done`} class="inline-form">
                          <Csrf token={ctx.csrfToken} />
                          <input type="hidden" name="version" value={m.version} />
                          <button type="submit" class="button button-secondary">{t('cycle.markDone')}<span class="visually-hidden">: {m.title[lang]}</span></button>
                        </form>
                      )}
                    </div>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      {can(principal, 'cycle.createMilestone') ? <p><a class="button" href={`/actions/${a.id}/milestones/new`}>{t('cycle.milestone.new')}</a></p> : null}

      <h2>{t('cycle.decisions')}</h2>
      {detail.decisions.length === 0 ? <p>{t('cycle.noDecisions')}</p> : (
        <ul>{detail.decisions.map((d) => <li><a href={`/decisions/${d.code}`}>{d.code}</a> {d.title[lang]}{d.decidedOn ? [' (', <DateText lang={lang} iso={d.decidedOn} />, ')'] : null}</li>)}</ul>
      )}
      {decisions !== null ? (
        linkable.length === 0 ? <p class="hint">{t('cycle.noDecisionsToLink')}</p> : (
          <form method="post" action={`/actions/${a.id}/decisions`} class="narrow">
            <Csrf token={ctx.csrfToken} />
            <Select t={t} name="decisionId" label={t('cycle.linkDecision')} value="" errors={linkErrors} empty={t('form.choose')} required
              options={linkable.map((d) => [String(d.id), `${d.code}: ${d.title[lang]}`])} />
            <button type="submit" class="button button-secondary">{t('cycle.linkDecisionSubmit')}</button>
          </form>
        )
      ) : null}

      <div class="actions">
        {can(principal, 'cycle.updateAction') ? <a class="button" href={`/actions/${a.id}/edit`}>{t('cycle.action.edit')}</a> : null}
        <a href={`/api/actions/${a.id}`}>{t('common.asJson')}</a>
      </div>
      <RulesBox t={t} />
      <History ctx={ctx} entries={history} />
    </Layout>
  );
}

function formatWeight(w: number): string {
  return String(Math.round(w * 100) / 100);
}
