import type { Db } from '../../db/database.js';
import type { Bilingual } from '../../catalog/types.js';
import { groupBy } from '../../catalog/load.js';
import { kpiSummary } from '../monitoring/index.js';
import { actionProgress, isAtRisk, planProgress, todayInBrussels, type ActionFacts } from '../cycle/index.js';

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

export async function gatherReportData(db: Db, year: number, today = todayInBrussels()): Promise<ReportData> {
  const plan = await gatherPlanParts(db, year, today);
  return { year, generatedAt: new Date().toISOString(), ...plan, kpis: await gatherKpis(db, year) };
}

/** What the report shows of the plans and decisions: everything but the KPIs. */
export type PlanParts = Pick<ReportData, 'actionLines' | 'milestones' | 'decisions'>;

/**
 * The action lines, milestones and decisions of a year (read from the framework, actors,
 * governance and cycle areas; what is late or at risk depends on `today`).
 */
export async function gatherPlanParts(db: Db, year: number, today = todayInBrussels()): Promise<PlanParts> {
  // The year's milestones serve both the action lines' progress and the milestone section: read once.
  const yearMilestones = await milestonesOfYear(db, year);
  const actionLines = await gatherActionLines(db, year, today, yearMilestones);
  const milestones = await gatherMilestones(db, year, today, yearMilestones);
  return { actionLines, milestones, decisions: await gatherDecisions(db, year) };
}

/** The KPIs' results for the year, and "on track" by the monitoring module's rule (kpiSummary). */
export async function gatherKpis(db: Db, year: number): Promise<ReportData['kpis']> {
  return (await kpiSummary(db, year)).map((k) => ({
    code: k.code, name: k.name, unit: k.unit, direction: k.direction, isDemo: k.isDemo,
    baseline: k.baseline?.value ?? null, baselineDate: k.baseline?.date ?? null, target: k.target?.value ?? null,
    value: k.latest?.value ?? null, period: k.latest?.period ?? null, onTrack: k.onTrack,
  }));
}

type Milestones = Awaited<ReturnType<typeof milestonesOfYear>>;
function milestonesOfYear(db: Db, year: number) {
  return db.selectFrom('milestones').innerJoin('actions', 'actions.id', 'milestones.action_id').innerJoin('plans', 'plans.id', 'actions.plan_id')
    .select(['milestones.id', 'milestones.action_id', 'milestones.title_nl', 'milestones.title_en', 'milestones.due_on', 'milestones.done_on', 'milestones.weight', 'actions.code as action_code'])
    .where('plans.kind', '=', 'annual').where('plans.year_from', '=', year).orderBy('milestones.due_on').execute();
}

async function gatherMilestones(db: Db, year: number, today: string, rows?: Milestones): Promise<ReportData['milestones']> {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const milestones = rows ?? await milestonesOfYear(db, year);
  return {
    reached: milestones.filter((m) => m.done_on !== null && m.done_on >= from && m.done_on <= to)
      .map((m) => ({ action: m.action_code, title: bi(m.title_nl, m.title_en), due: m.due_on, done: m.done_on!, late: m.done_on! > m.due_on })),
    missed: milestones.filter((m) => m.due_on <= to && m.due_on < today && (m.done_on === null || m.done_on > to))
      .map((m) => ({ action: m.action_code, title: bi(m.title_nl, m.title_en), due: m.due_on })),
  };
}

async function gatherDecisions(db: Db, year: number): Promise<ReportData['decisions']> {
  const rows = await db.selectFrom('decisions').innerJoin('bodies', 'bodies.id', 'decisions.body_id')
    .select(['decisions.code', 'decisions.title_nl', 'decisions.title_en', 'decisions.decided_on', 'bodies.name_nl', 'bodies.name_en'])
    .where('decisions.status', '=', 'published').where('decisions.decided_on', '>=', `${year}-01-01`).where('decisions.decided_on', '<=', `${year}-12-31`)
    .orderBy('decisions.decided_on').execute();
  return rows.map((d) => ({ code: d.code, title: bi(d.title_nl, d.title_en), body: bi(d.name_nl, d.name_en), decidedOn: d.decided_on }));
}

/** The action lines with actions in the year's annual plans, with derived progress and risks. */
export async function gatherActionLines(db: Db, year: number, today = todayInBrussels(), yearMilestones?: Milestones): Promise<ReportData['actionLines']> {
  const [lines, plans, actions, milestones] = await Promise.all([
    db.selectFrom('action_lines').selectAll().where('retired_at', 'is', null).orderBy('code').execute(),
    db.selectFrom('plans').selectAll().where('kind', '=', 'annual').where('year_from', '=', year).execute(),
    // Only the responsible actors' names: the directory holds thousands of actors.
    db.selectFrom('actions').innerJoin('plans', 'plans.id', 'actions.plan_id').leftJoin('actors', 'actors.id', 'actions.responsible_actor_id')
      .selectAll('actions').select('actors.name as responsible_name')
      .where('plans.kind', '=', 'annual').where('plans.year_from', '=', year).orderBy('actions.code').execute(),
    yearMilestones ?? milestonesOfYear(db, year),
  ]);
  const milestonesOf = groupBy(milestones, (m) => m.action_id);
  const planLine = new Map(plans.map((p) => [p.id, p.action_line_id]));

  // Progress and risk follow the follow-up cycle's own rules (src/modules/cycle/progress.ts).
  const actionViews = actions.map((a) => {
    const facts: ActionFacts = {
      status: a.status, budgetPlanned: a.budget_planned,
      milestones: (milestonesOf.get(a.id) ?? []).map((m) => ({ dueOn: m.due_on, doneOn: m.done_on, weight: m.weight })),
    };
    return {
      lineId: planLine.get(a.plan_id)!,
      facts,
      view: {
        code: a.code, title: bi(a.title_nl, a.title_en), status: a.status,
        progress: actionProgress(facts), atRisk: isAtRisk(facts, today),
        budgetPlanned: a.budget_planned, budgetSpent: a.budget_spent,
        responsible: a.responsible_name ?? null,
      },
    };
  });
  const byLine = groupBy(actionViews, (a) => a.lineId);

  return lines.map((line) => {
    const own = byLine.get(line.id) ?? [];
    return {
      code: line.code, title: bi(line.title_nl, line.title_en), isDemo: line.is_demo,
      progress: planProgress(own.map((a) => a.facts)) ?? 0,
      atRisk: own.filter((a) => a.view.atRisk).length,
      actions: own.map((a) => a.view),
    };
  }).filter((l) => l.actions.length > 0);
}
