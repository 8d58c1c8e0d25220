import type { Db } from '../../db/database.js';
import type { Bilingual } from '../../catalog/types.js';

/**
 * Everything an annual report shows, gathered from the data for one year. Published reports
 * store this object as it was, so a published report is rendered from its snapshot only.
 */
export interface ReportData {
  year: number;
  generatedAt: string;
  actionLines: Array<{
    code: string; title: Bilingual; isDemo: boolean; progress: number; atRisk: number;
    actions: Array<{ code: string; title: Bilingual; status: string; progress: number; atRisk: boolean; budgetPlanned: number | null; budgetSpent: number | null; responsible: string | null }>;
  }>;
  milestones: {
    reached: Array<{ action: string; title: Bilingual; due: string; done: string; late: boolean }>;
    missed: Array<{ action: string; title: Bilingual; due: string }>;
  };
  kpis: Array<{
    code: string; name: Bilingual; unit: string; direction: 'increase' | 'decrease'; isDemo: boolean;
    baseline: number | null; baselineDate: string | null; target: number | null; value: number | null; period: string | null;
    onTrack: boolean | null;
  }>;
  decisions: Array<{ code: string; title: Bilingual; body: Bilingual; decidedOn: string | null }>;
}

const bi = (nl: string, en: string): Bilingual => ({ nl, en });

/** Progress of one action from its milestones: weighted share done (missing weights weigh the mean, or 1). */
export function milestoneProgress(milestones: Array<{ weight: number | null; done: boolean }>, status: string): number {
  if (milestones.length === 0) return status === 'done' ? 1 : 0;
  const given = milestones.map((m) => m.weight).filter((w): w is number => w !== null && w > 0);
  const fallback = given.length ? given.reduce((a, b) => a + b, 0) / given.length : 1;
  const weight = (m: { weight: number | null }) => (m.weight !== null && m.weight > 0 ? m.weight : fallback);
  const total = milestones.reduce((sum, m) => sum + weight(m), 0);
  return total === 0 ? 0 : milestones.filter((m) => m.done).reduce((sum, m) => sum + weight(m), 0) / total;
}

/** On track when the value has reached the year's target in the KPI's direction of improvement. */
export function onTrack(direction: 'increase' | 'decrease', value: number | null, target: number | null): boolean | null {
  if (value === null || target === null) return null;
  return direction === 'increase' ? value >= target : value <= target;
}

export async function gatherReportData(db: Db, year: number, today = new Date().toISOString().slice(0, 10)): Promise<ReportData> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [lines, plans, actions, milestones, actors, kpis, targets, measurements, decisions] = await Promise.all([
    db.selectFrom('action_lines').selectAll().where('retired_at', 'is', null).orderBy('code').execute(),
    db.selectFrom('plans').selectAll().where('kind', '=', 'annual').where('year_from', '=', year).execute(),
    db.selectFrom('actions').innerJoin('plans', 'plans.id', 'actions.plan_id')
      .selectAll('actions').where('plans.kind', '=', 'annual').where('plans.year_from', '=', year).orderBy('actions.code').execute(),
    db.selectFrom('milestones').innerJoin('actions', 'actions.id', 'milestones.action_id').innerJoin('plans', 'plans.id', 'actions.plan_id')
      .select(['milestones.id', 'milestones.action_id', 'milestones.title_nl', 'milestones.title_en', 'milestones.due_on', 'milestones.done_on', 'milestones.weight', 'actions.code as action_code'])
      .where('plans.kind', '=', 'annual').where('plans.year_from', '=', year).orderBy('milestones.due_on').execute(),
    db.selectFrom('actors').select(['id', 'name']).execute(),
    db.selectFrom('kpis').selectAll().where('retired_at', 'is', null).orderBy('code').execute(),
    db.selectFrom('kpi_targets').selectAll().where('year', '=', year).execute(),
    db.selectFrom('measurements').select(['kpi_id', 'period', 'period_start', 'value'])
      .where('subsector', '=', '').where('province', '=', '').where('period_start', '>=', from).where('period_start', '<=', to)
      .orderBy('period_start', 'desc').execute(),
    db.selectFrom('decisions').innerJoin('bodies', 'bodies.id', 'decisions.body_id')
      .select(['decisions.code', 'decisions.title_nl', 'decisions.title_en', 'decisions.decided_on', 'bodies.name_nl', 'bodies.name_en'])
      .where('decisions.status', '=', 'published').where('decisions.decided_on', '>=', from).where('decisions.decided_on', '<=', to)
      .orderBy('decisions.decided_on').execute(),
  ]);
  const actorName = new Map(actors.map((a) => [a.id, a.name]));
  const milestonesOf = new Map<number, typeof milestones>();
  for (const m of milestones) milestonesOf.set(m.action_id, [...(milestonesOf.get(m.action_id) ?? []), m]);
  const overdue = (m: { due_on: string; done_on: string | null }) => m.done_on === null && m.due_on < today;
  const planLine = new Map(plans.map((p) => [p.id, p.action_line_id]));

  const actionViews = actions.map((a) => {
    const ms = milestonesOf.get(a.id) ?? [];
    return {
      lineId: planLine.get(a.plan_id)!,
      view: {
        code: a.code, title: bi(a.title_nl, a.title_en), status: a.status,
        progress: milestoneProgress(ms.map((m) => ({ weight: m.weight, done: m.done_on !== null })), a.status),
        atRisk: a.status !== 'stopped' && a.status !== 'done' && ms.some(overdue),
        budgetPlanned: a.budget_planned, budgetSpent: a.budget_spent,
        responsible: a.responsible_actor_id !== null ? actorName.get(a.responsible_actor_id) ?? null : null,
      },
      weight: a.budget_planned,
    };
  });

  const actionLines = lines.map((line) => {
    const own = actionViews.filter((a) => a.lineId === line.id);
    const budgets = own.map((a) => a.weight).filter((b): b is number => b !== null && b > 0);
    const mean = budgets.length ? budgets.reduce((x, y) => x + y, 0) / budgets.length : 1;
    const w = (a: (typeof own)[number]) => (a.weight !== null && a.weight > 0 ? a.weight : mean);
    const total = own.reduce((s, a) => s + w(a), 0);
    return {
      code: line.code, title: bi(line.title_nl, line.title_en), isDemo: line.is_demo,
      progress: total ? own.reduce((s, a) => s + w(a) * a.view.progress, 0) / total : 0,
      atRisk: own.filter((a) => a.view.atRisk).length,
      actions: own.map((a) => a.view),
    };
  }).filter((l) => l.actions.length > 0);

  const targetOf = new Map(targets.map((t) => [t.kpi_id, t.value]));
  const latestOf = new Map<number, { value: number; period: string }>();
  for (const m of measurements) if (!latestOf.has(m.kpi_id)) latestOf.set(m.kpi_id, { value: m.value, period: m.period });

  return {
    year,
    generatedAt: new Date().toISOString(),
    actionLines,
    milestones: {
      reached: milestones.filter((m) => m.done_on !== null && m.done_on >= from && m.done_on <= to)
        .map((m) => ({ action: m.action_code, title: bi(m.title_nl, m.title_en), due: m.due_on, done: m.done_on!, late: m.done_on! > m.due_on })),
      missed: milestones.filter((m) => m.due_on <= to && m.due_on < today && (m.done_on === null || m.done_on > to))
        .map((m) => ({ action: m.action_code, title: bi(m.title_nl, m.title_en), due: m.due_on })),
    },
    kpis: kpis.map((k) => {
      const latest = latestOf.get(k.id) ?? null;
      const target = targetOf.get(k.id) ?? null;
      return {
        code: k.code, name: bi(k.name_nl, k.name_en), unit: k.unit, direction: k.direction, isDemo: k.is_demo,
        baseline: k.baseline_value, baselineDate: k.baseline_date, target, value: latest?.value ?? null, period: latest?.period ?? null,
        onTrack: onTrack(k.direction, latest?.value ?? null, target),
      };
    }),
    decisions: decisions.map((d) => ({ code: d.code, title: bi(d.title_nl, d.title_en), body: bi(d.name_nl, d.name_en), decidedOn: d.decided_on })),
  };
}
