import type { Lang, Translate } from '../../plugins/i18n.js';
import type { CallRecord, OverviewRow, ReviewerRow, StepEntry } from './queries.js';
import type { Ranking } from './ranking.js';
import { currentStep, type WorkflowStep } from './workflow.js';

/** Row -> API shape, explicit fields only. */
export const TIE_RULE = 'Equal weighted scores (to two decimals) are ordered by the mean on each criterion, heaviest weight first; then by the smaller requested amount; then by the earlier submission; then by the lower application number.';

export function presentCall(call: CallRecord) {
  const weights = call.criteria.reduce((s, c) => s + c.weight, 0) || 1;
  return {
    code: call.code, title: call.title, isDemo: call.isDemo, budget: call.budget, maxGrant: call.maxGrant, closesAt: call.closesAt,
    criteria: call.criteria.map((c) => ({ code: c.code, label: c.label, weight: c.weight, share: Math.round((c.weight / weights) * 10000) / 10000 })),
  };
}

export function presentSteps(steps: readonly WorkflowStep[]) {
  return steps.map((s) => ({ code: s.code, kind: s.kind, actorRole: s.actorRole, label: s.label }));
}

export function presentRanking(call: CallRecord, ranking: Ranking) {
  return {
    call: presentCall(call), tieRule: TIE_RULE,
    budget: ranking.budget, requestedTotal: ranking.requestedTotal, granted: ranking.granted, budgetRunsOutAt: ranking.budgetRunsOutAt,
    rows: ranking.rows.map((r) => ({
      rank: r.rank, id: r.id, title: r.title, lead: r.leadName, isDemo: r.isDemo, status: r.status, currentStep: r.currentStep,
      requested: r.requested, score: r.score, reviews: r.reviews, cumulative: r.cumulative, withinBudget: r.withinBudget,
      criteria: r.criteria, decision: r.decision,
    })),
  };
}

export function presentOverview(call: CallRecord, steps: readonly WorkflowStep[], rows: OverviewRow[]) {
  return {
    call: presentCall(call), steps: presentSteps(steps),
    applications: rows.map((r) => ({
      id: r.id, title: r.title, lead: r.leadName, status: r.status, currentStep: currentStep(steps, { status: r.status, current_step: r.currentStep })?.code ?? null,
      requested: r.requested, submittedAt: r.submittedAt, isDemo: r.isDemo, version: r.version, reviews: r.submittedReviews, conflicts: r.conflicts,
    })),
  };
}

export const presentReviewer = (r: ReviewerRow) => ({ userId: r.userId, name: r.name, email: r.email, assignedAt: r.assignedAt, declared: r.declared, submitted: r.submitted, conflicts: r.conflicts });

export const presentHistory = (h: StepEntry[]) => h.map((e) => ({ step: e.stepCode, outcome: e.outcome, note: e.note, by: e.by, at: e.at }));

/** The CSV of a ranking: one line per application, semicolons for spreadsheets set to Dutch. */
export function rankingCsv(call: CallRecord, ranking: Ranking, lang: Lang, t: Translate): string {
  const esc = (v: unknown) => { const s = v === null || v === undefined ? '' : String(v); return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; };
  const num = (n: number | null) => (n === null ? '' : lang === 'nl' ? String(n).replace('.', ',') : String(n));
  // Each criterion by its name in the reader's language: "Innovatie: gemiddelde".
  const perCriterion = call.criteria.flatMap((c) => (['mean', 'min', 'max'] as const).map((m) => t(`review.csv.criterion.${m}`, { criterion: c.label[lang] })));
  const head = [...['rank', 'id', 'title', 'lead', 'status', 'score', 'reviews'].map((k) => t(`review.csv.${k}`)), ...perCriterion,
    ...['requested', 'cumulative', 'withinBudget', 'demo'].map((k) => t(`review.csv.${k}`))];
  const lines = [head.map(esc).join(';')];
  for (const r of ranking.rows) {
    lines.push([
      r.rank, r.id, r.title, r.leadName, t(`review.status.${r.status}`), num(r.score), r.reviews,
      ...r.criteria.flatMap((c) => [num(c.mean), num(c.min), num(c.max)]),
      num(r.requested), num(r.cumulative), r.withinBudget ? t('review.csv.yes') : t('review.csv.no'), r.isDemo ? 'demo' : '',
    ].map(esc).join(';'));
  }
  return '\ufeff' + lines.join('\r\n') + '\r\n';
}
