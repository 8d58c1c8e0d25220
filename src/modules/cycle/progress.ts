import { dateTimeFormat } from '../../i18n/formats.js';
/**
 * The follow-up cycle's derived numbers (R2). Progress is never typed in: it follows from
 * milestones, plans roll up from their actions, action lines from their current annual plan.
 * Pure functions only, so that every rule is tested on its own and the same rule serves the
 * pages, the API and other modules (dashboards, annual reports).
 *
 * The rules, in words (the plan page shows the same text from the message files):
 * 1. Action progress = sum of the weights of done milestones / sum of all weights.
 *    - No milestone has a weight: every milestone weighs 1.
 *    - Some milestones have a weight: each one without weighs the mean of the given weights
 *      (so leaving a weight out never makes a milestone count more or less than a typical one).
 *    - An action without milestones has progress 0, unless its status is done (then 1).
 *    Status (planned, running, done, stopped) stays separate: it is never derived from progress.
 * 2. Plan progress = the actions' progress weighted by their planned budget.
 *    - An action without a planned budget weighs the mean planned budget of the others.
 *    - No action has a budget, or all budgets are 0: every action weighs the same.
 *    - Stopped actions are left out: they no longer aim at a result (they stay visible, counted apart).
 *    - A plan with no (unstopped) actions has no progress (null), which is not the same as 0.
 * 3. An action line's progress is that of its current annual plan: the plan of this year, or
 *    when there is none, the latest annual plan. Without annual plans it has none (null).
 * 4. An action is at risk when a milestone is overdue: due before today, not done, and the
 *    action is not stopped. Plans and lines count their actions at risk.
 */

export const ACTION_STATUSES = ['planned', 'running', 'done', 'stopped'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
/** Statuses of an action that is still open: these are carried into next year's plan. */
export const OPEN_STATUSES: readonly ActionStatus[] = ['planned', 'running'];

export interface MilestoneFacts {
  dueOn: string;
  doneOn: string | null;
  weight: number | null;
}

export interface ActionFacts {
  status: ActionStatus;
  budgetPlanned: number | null;
  milestones: readonly MilestoneFacts[];
}

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
const mean = (xs: readonly number[]) => (xs.length ? sum(xs) / xs.length : 0);

/** The weight each milestone counts with (rule 1): given weights, the mean of them for the missing, or all 1. */
export function effectiveWeights(weights: ReadonlyArray<number | null>): number[] {
  const given = weights.filter((w): w is number => w !== null && Number.isFinite(w) && w > 0);
  if (given.length === 0) return weights.map(() => 1);
  const fill = mean(given);
  return weights.map((w) => (w !== null && Number.isFinite(w) && w > 0 ? w : fill));
}

/** An action's progress between 0 and 1 (rule 1). */
export function actionProgress(action: Pick<ActionFacts, 'status' | 'milestones'>): number {
  if (action.milestones.length === 0) return action.status === 'done' ? 1 : 0;
  const weights = effectiveWeights(action.milestones.map((m) => m.weight));
  const total = sum(weights);
  const done = sum(weights.filter((_, i) => action.milestones[i]!.doneOn !== null));
  return total > 0 ? done / total : 0;
}

/** Due before today and not done. Dates are ISO calendar dates (YYYY-MM-DD), compared as text. */
export function isOverdue(milestone: MilestoneFacts, today: string): boolean {
  return milestone.doneOn === null && milestone.dueOn < today;
}

/** Rule 4: an overdue milestone puts an action at risk, unless the action was stopped. */
export function isAtRisk(action: Pick<ActionFacts, 'status' | 'milestones'>, today: string): boolean {
  return action.status !== 'stopped' && action.milestones.some((m) => isOverdue(m, today));
}

/** The weight each action counts with in its plan (rule 2); stopped actions weigh 0. */
export function actionWeights(actions: ReadonlyArray<Pick<ActionFacts, 'status' | 'budgetPlanned'>>): number[] {
  const counted = actions.map((a) => a.status !== 'stopped');
  const budgets = actions.filter((a, i) => counted[i] && a.budgetPlanned !== null).map((a) => Math.max(0, a.budgetPlanned!));
  const fill = mean(budgets);
  const raw = actions.map((a, i) => (!counted[i] ? 0 : a.budgetPlanned !== null ? Math.max(0, a.budgetPlanned) : fill));
  if (sum(raw) > 0) return raw;
  return counted.map((c) => (c ? 1 : 0));
}

/** A plan's progress between 0 and 1, or null when it has no unstopped action (rule 2). */
export function planProgress(actions: readonly ActionFacts[]): number | null {
  const weights = actionWeights(actions);
  const total = sum(weights);
  if (total === 0) return null;
  return sum(actions.map((a, i) => actionProgress(a) * weights[i]!)) / total;
}

export interface BudgetTotals { planned: number; committed: number; spent: number }

export interface PlanFigures {
  progress: number | null;
  actions: number;
  atRisk: number;
  stopped: number;
  done: number;
  budget: BudgetTotals;
}

/** Everything a plan shows about itself, from its actions. */
export function planFigures(actions: ReadonlyArray<ActionFacts & { budgetCommitted: number | null; budgetSpent: number | null }>, today: string): PlanFigures {
  return {
    progress: planProgress(actions),
    actions: actions.length,
    atRisk: actions.filter((a) => isAtRisk(a, today)).length,
    stopped: actions.filter((a) => a.status === 'stopped').length,
    done: actions.filter((a) => a.status === 'done').length,
    budget: {
      planned: roundCents(sum(actions.map((a) => a.budgetPlanned ?? 0))),
      committed: roundCents(sum(actions.map((a) => a.budgetCommitted ?? 0))),
      spent: roundCents(sum(actions.map((a) => a.budgetSpent ?? 0))),
    },
  };
}

export interface PlanRef { kind: 'multi_year' | 'annual'; yearFrom: number }

/** Rule 3: the annual plan of `year`, else the latest annual plan; undefined without annual plans. */
export function currentAnnualPlan<P extends PlanRef>(plans: readonly P[], year: number): P | undefined {
  const annual = plans.filter((p) => p.kind === 'annual');
  return annual.find((p) => p.yearFrom === year) ?? [...annual].sort((a, b) => b.yearFrom - a.yearFrom)[0];
}

/** Committed or spent money above what was planned is allowed, but shown. */
export function budgetFlags(b: { budgetPlanned: number | null; budgetCommitted: number | null; budgetSpent: number | null }) {
  const planned = b.budgetPlanned ?? 0;
  return {
    overCommitted: b.budgetCommitted !== null && b.budgetCommitted > planned,
    overSpent: b.budgetSpent !== null && b.budgetSpent > planned,
  };
}

function roundCents(x: number): number { return Math.round(x * 100) / 100; }

/** Today as a calendar date in Flanders: "overdue" follows the local day, not UTC. */
export function todayInBrussels(now: Date = new Date()): string {
  return dateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** Whole days from `from` to `to` (ISO dates); positive when `to` is later. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
