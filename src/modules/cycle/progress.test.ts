import { describe, expect, it } from 'vitest';
import {
  actionProgress, actionWeights, budgetFlags, currentAnnualPlan, daysBetween, effectiveWeights, isAtRisk, isOverdue, planFigures, planProgress,
  todayInBrussels, type ActionFacts, type MilestoneFacts,
} from './progress.js';

const ms = (doneOn: string | null, weight: number | null = null, dueOn = '2026-06-30'): MilestoneFacts => ({ dueOn, doneOn, weight });
const act = (status: ActionFacts['status'], budgetPlanned: number | null, milestones: MilestoneFacts[]): ActionFacts & { budgetCommitted: number | null; budgetSpent: number | null } =>
  ({ status, budgetPlanned, milestones, budgetCommitted: null, budgetSpent: null });

describe('effective milestone weights', () => {
  it('weighs every milestone 1 when no weight is given', () => {
    expect(effectiveWeights([null, null, null])).toEqual([1, 1, 1]);
  });
  it('keeps the given weights when all are given', () => {
    expect(effectiveWeights([1, 2, 3])).toEqual([1, 2, 3]);
  });
  it('gives a missing weight the mean of the given ones', () => {
    expect(effectiveWeights([2, null, 4])).toEqual([2, 3, 4]);
    expect(effectiveWeights([null, 5])).toEqual([5, 5]);
  });
  it('has nothing to weigh without milestones', () => {
    expect(effectiveWeights([])).toEqual([]);
  });
});

describe('action progress', () => {
  it('is 0 without milestones, unless the action is done', () => {
    expect(actionProgress({ status: 'planned', milestones: [] })).toBe(0);
    expect(actionProgress({ status: 'running', milestones: [] })).toBe(0);
    expect(actionProgress({ status: 'stopped', milestones: [] })).toBe(0);
    expect(actionProgress({ status: 'done', milestones: [] })).toBe(1);
  });
  it('counts done milestones equally when all weights are missing', () => {
    expect(actionProgress({ status: 'running', milestones: [ms('2026-01-01'), ms(null), ms(null), ms('2026-02-01')] })).toBe(0.5);
  });
  it('weighs done milestones by their weights', () => {
    expect(actionProgress({ status: 'running', milestones: [ms('2026-01-01', 1), ms(null, 3)] })).toBe(0.25);
  });
  it('fills missing weights with the mean of the given ones', () => {
    // weights 2, (3), 4: done 2 + 3 of 9
    expect(actionProgress({ status: 'running', milestones: [ms('2026-01-01', 2), ms('2026-01-02'), ms(null, 4)] })).toBeCloseTo(5 / 9);
  });
  it('follows milestones, not status: a done action with an open milestone is not at 100%', () => {
    expect(actionProgress({ status: 'done', milestones: [ms('2026-01-01'), ms(null)] })).toBe(0.5);
    expect(actionProgress({ status: 'planned', milestones: [ms('2026-01-01')] })).toBe(1);
  });
});

describe('overdue and at risk', () => {
  const today = '2026-05-10';
  it('is overdue when due before today and not done', () => {
    expect(isOverdue(ms(null, null, '2026-05-09'), today)).toBe(true);
    expect(isOverdue(ms(null, null, '2026-05-10'), today)).toBe(false);
    expect(isOverdue(ms('2026-05-20', null, '2026-05-01'), today)).toBe(false);
  });
  it('puts an action with an overdue milestone at risk, unless it was stopped', () => {
    const late = [ms('2026-01-01', null, '2026-01-01'), ms(null, null, '2026-04-30')];
    expect(isAtRisk({ status: 'running', milestones: late }, today)).toBe(true);
    expect(isAtRisk({ status: 'planned', milestones: late }, today)).toBe(true);
    expect(isAtRisk({ status: 'done', milestones: late }, today)).toBe(true);
    expect(isAtRisk({ status: 'stopped', milestones: late }, today)).toBe(false);
    expect(isAtRisk({ status: 'running', milestones: [ms(null, null, '2026-12-31')] }, today)).toBe(false);
    expect(isAtRisk({ status: 'running', milestones: [] }, today)).toBe(false);
  });
});

describe('plan roll-up', () => {
  it('weighs actions by planned budget', () => {
    const actions = [act('running', 300, [ms('2026-01-01')]), act('running', 100, [ms(null)])];
    expect(planProgress(actions)).toBe(0.75);
  });
  it('gives an action without budget the mean planned budget', () => {
    expect(actionWeights([act('running', 100, []), act('running', null, []), act('running', 300, [])])).toEqual([100, 200, 300]);
    const actions = [act('running', 100, [ms('2026-01-01')]), act('running', null, [ms(null)]), act('running', 300, [ms(null)])];
    expect(planProgress(actions)).toBeCloseTo(100 / 600);
  });
  it('weighs all actions equally when none has a budget', () => {
    expect(actionWeights([act('running', null, []), act('planned', null, [])])).toEqual([1, 1]);
    expect(planProgress([act('done', null, []), act('planned', null, [])])).toBe(0.5);
  });
  it('weighs all actions equally when every budget is zero', () => {
    expect(actionWeights([act('running', 0, []), act('running', 0, []), act('running', null, [])])).toEqual([1, 1, 1]);
    expect(planProgress([act('done', 0, []), act('running', 0, [])])).toBe(0.5);
  });
  it('lets an action with a zero budget weigh nothing next to budgeted ones', () => {
    expect(actionWeights([act('running', 0, []), act('running', 100, [])])).toEqual([0, 100]);
    expect(planProgress([act('done', 0, []), act('running', 100, [ms(null)])])).toBe(0);
  });
  it('leaves stopped actions out of the roll-up and out of the mean budget', () => {
    expect(actionWeights([act('stopped', 1000, []), act('running', 100, []), act('running', null, [])])).toEqual([0, 100, 100]);
    const actions = [act('stopped', 1000, [ms(null)]), act('done', 100, [])];
    expect(planProgress(actions)).toBe(1);
  });
  it('has no progress without unstopped actions', () => {
    expect(planProgress([])).toBeNull();
    expect(planProgress([act('stopped', 100, [])])).toBeNull();
  });
  it('sums figures: counts, actions at risk and budgets', () => {
    const f = planFigures([
      { ...act('running', 100.1, [ms(null, null, '2020-01-01')]), budgetCommitted: 150, budgetSpent: 20.2 },
      { ...act('stopped', 50, [ms(null, null, '2020-01-01')]), budgetCommitted: null, budgetSpent: 10 },
      { ...act('done', null, []), budgetCommitted: 5, budgetSpent: null },
    ], '2026-01-01');
    expect(f).toMatchObject({ actions: 3, atRisk: 1, stopped: 1, done: 1, budget: { planned: 150.1, committed: 155, spent: 30.2 } });
    expect(f.progress).toBeCloseTo(100.1 / 200.2);
  });
});

describe('current annual plan of a line', () => {
  const plans = [
    { id: 1, kind: 'multi_year' as const, yearFrom: 2025 },
    { id: 2, kind: 'annual' as const, yearFrom: 2025 },
    { id: 3, kind: 'annual' as const, yearFrom: 2027 },
  ];
  it("is this year's annual plan when there is one", () => {
    expect(currentAnnualPlan(plans, 2025)?.id).toBe(2);
  });
  it('is otherwise the latest annual plan', () => {
    expect(currentAnnualPlan(plans, 2026)?.id).toBe(3);
  });
  it('is none without annual plans', () => {
    expect(currentAnnualPlan([plans[0]!], 2025)).toBeUndefined();
  });
});

describe('helpers', () => {
  it('flags committed or spent money above the planned budget', () => {
    expect(budgetFlags({ budgetPlanned: 100, budgetCommitted: 120, budgetSpent: 100 })).toEqual({ overCommitted: true, overSpent: false });
    expect(budgetFlags({ budgetPlanned: null, budgetCommitted: null, budgetSpent: 1 })).toEqual({ overCommitted: false, overSpent: true });
  });
  it('counts days between ISO dates and takes today in Brussels', () => {
    expect(daysBetween('2025-06-30', '2025-09-30')).toBe(92);
    expect(daysBetween('2025-09-30', '2025-06-30')).toBe(-92);
    // 23:30 UTC on 31 December is already New Year in Brussels.
    expect(todayInBrussels(new Date('2025-12-31T23:30:00Z'))).toBe('2026-01-01');
  });
});
