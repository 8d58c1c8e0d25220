import { daysBetween, type ActionStatus } from './progress.js';

/**
 * The content of a plan as a baseline freezes it at adoption (plan_baselines.content), and the
 * same shape for the plan as it is now: plan-versus-actual compares the two.
 */
export interface BaselineMilestone { id: number; title: { nl: string; en: string }; dueOn: string; doneOn: string | null; weight: number | null }
export interface BaselineAction {
  id: number; code: string; title: { nl: string; en: string }; status: ActionStatus;
  responsibleActor: string | null; startsOn: string | null; endsOn: string | null;
  budgetPlanned: number | null; budgetCommitted: number | null; budgetSpent: number | null;
  milestones: BaselineMilestone[];
}
export interface PlanContent {
  plan: { kind: 'multi_year' | 'annual'; yearFrom: number; yearTo: number };
  actions: BaselineAction[];
}

export type Change = 'same' | 'changed' | 'added' | 'removed';

export interface MilestoneComparison {
  id: number; title: { nl: string; en: string }; change: Change;
  baselineDueOn: string | null; dueOn: string | null; doneOn: string | null;
  /** Days the due date moved since the baseline (positive = later). */
  slipDays: number | null;
}

export interface ActionComparison {
  id: number; code: string; title: { nl: string; en: string }; change: Change;
  baselineStatus: ActionStatus | null; status: ActionStatus | null;
  baselineBudgetPlanned: number | null; budgetPlanned: number | null; budgetCommitted: number | null; budgetSpent: number | null;
  baselineEndsOn: string | null; endsOn: string | null; endSlipDays: number | null;
  milestones: MilestoneComparison[];
}

export interface PlanComparison {
  baselineVersion: number;
  actions: ActionComparison[];
  totals: { baselinePlanned: number; planned: number; committed: number; spent: number };
  counts: { added: number; removed: number; changed: number; slipped: number };
}

const money = (x: number | null) => x ?? 0;
const round = (x: number) => Math.round(x * 100) / 100;
const slip = (a: string | null, b: string | null) => (a && b ? daysBetween(a, b) : null);

function compareMilestones(before: BaselineMilestone[], after: BaselineMilestone[]): MilestoneComparison[] {
  const now = new Map(after.map((m) => [m.id, m]));
  const then = new Map(before.map((m) => [m.id, m]));
  const rows: MilestoneComparison[] = before.map((b) => {
    const a = now.get(b.id);
    if (!a) return { id: b.id, title: b.title, change: 'removed', baselineDueOn: b.dueOn, dueOn: null, doneOn: null, slipDays: null };
    const changed = a.dueOn !== b.dueOn || a.weight !== b.weight || a.title.nl !== b.title.nl || a.title.en !== b.title.en;
    return { id: a.id, title: a.title, change: changed ? 'changed' : 'same', baselineDueOn: b.dueOn, dueOn: a.dueOn, doneOn: a.doneOn, slipDays: slip(b.dueOn, a.dueOn) };
  });
  for (const a of after) {
    if (!then.has(a.id)) rows.push({ id: a.id, title: a.title, change: 'added', baselineDueOn: null, dueOn: a.dueOn, doneOn: a.doneOn, slipDays: null });
  }
  return rows;
}

/** Plan-versus-actual: per action what the baseline said and what holds now. */
export function compareWithBaseline(baseline: PlanContent, current: PlanContent, baselineVersion: number): PlanComparison {
  const now = new Map(current.actions.map((a) => [a.id, a]));
  const then = new Map(baseline.actions.map((a) => [a.id, a]));
  const actions: ActionComparison[] = baseline.actions.map((b) => {
    const a = now.get(b.id);
    if (!a) {
      return {
        id: b.id, code: b.code, title: b.title, change: 'removed', baselineStatus: b.status, status: null,
        baselineBudgetPlanned: b.budgetPlanned, budgetPlanned: null, budgetCommitted: null, budgetSpent: null,
        baselineEndsOn: b.endsOn, endsOn: null, endSlipDays: null, milestones: compareMilestones(b.milestones, []),
      };
    }
    const milestones = compareMilestones(b.milestones, a.milestones);
    const changed = a.status !== b.status || a.budgetPlanned !== b.budgetPlanned || a.endsOn !== b.endsOn || a.startsOn !== b.startsOn
      || a.code !== b.code || a.responsibleActor !== b.responsibleActor || milestones.some((m) => m.change !== 'same');
    return {
      id: a.id, code: a.code, title: a.title, change: changed ? 'changed' : 'same', baselineStatus: b.status, status: a.status,
      baselineBudgetPlanned: b.budgetPlanned, budgetPlanned: a.budgetPlanned, budgetCommitted: a.budgetCommitted, budgetSpent: a.budgetSpent,
      baselineEndsOn: b.endsOn, endsOn: a.endsOn, endSlipDays: slip(b.endsOn, a.endsOn), milestones,
    };
  });
  for (const a of current.actions) {
    if (then.has(a.id)) continue;
    actions.push({
      id: a.id, code: a.code, title: a.title, change: 'added', baselineStatus: null, status: a.status,
      baselineBudgetPlanned: null, budgetPlanned: a.budgetPlanned, budgetCommitted: a.budgetCommitted, budgetSpent: a.budgetSpent,
      baselineEndsOn: null, endsOn: a.endsOn, endSlipDays: null, milestones: compareMilestones([], a.milestones),
    });
  }
  return {
    baselineVersion,
    actions,
    totals: {
      baselinePlanned: round(baseline.actions.reduce((s, a) => s + money(a.budgetPlanned), 0)),
      planned: round(current.actions.reduce((s, a) => s + money(a.budgetPlanned), 0)),
      committed: round(current.actions.reduce((s, a) => s + money(a.budgetCommitted), 0)),
      spent: round(current.actions.reduce((s, a) => s + money(a.budgetSpent), 0)),
    },
    counts: {
      added: actions.filter((a) => a.change === 'added').length,
      removed: actions.filter((a) => a.change === 'removed').length,
      changed: actions.filter((a) => a.change === 'changed').length,
      slipped: actions.reduce((n, a) => n + a.milestones.filter((m) => (m.slipDays ?? 0) > 0).length, 0),
    },
  };
}
