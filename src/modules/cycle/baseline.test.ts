import { describe, expect, it } from 'vitest';
import { compareWithBaseline, type BaselineAction, type PlanContent } from './baseline.js';

const t = (s: string) => ({ nl: s, en: s });
const action = (id: number, over: Partial<BaselineAction> = {}): BaselineAction => ({
  id, code: `A${id}`, title: t(`Action ${id}`), status: 'running', responsibleActor: null, startsOn: '2026-01-01', endsOn: '2026-12-31',
  budgetPlanned: 100, budgetCommitted: null, budgetSpent: null, milestones: [], ...over,
});
const content = (actions: BaselineAction[]): PlanContent => ({ plan: { kind: 'annual', yearFrom: 2026, yearTo: 2026 }, actions });

describe('plan versus actual', () => {
  it('finds nothing changed when nothing changed', () => {
    const c = compareWithBaseline(content([action(1)]), content([action(1)]), 1);
    expect(c.actions.map((a) => a.change)).toEqual(['same']);
    expect(c.counts).toEqual({ added: 0, removed: 0, changed: 0, slipped: 0 });
  });

  it('shows budgets, end dates and milestone due dates then and now', () => {
    const m = { id: 7, title: t('M'), dueOn: '2026-03-31', doneOn: null, weight: null };
    const before = content([action(1, { milestones: [m] }), action(2)]);
    const after = content([
      action(1, { budgetPlanned: 150, budgetCommitted: 170, endsOn: '2027-01-31', milestones: [{ ...m, dueOn: '2026-05-31' }] }),
      action(3, { budgetPlanned: null }),
    ]);
    const c = compareWithBaseline(before, after, 2);
    expect(c.baselineVersion).toBe(2);
    const [one, two, three] = c.actions;
    expect(one).toMatchObject({ id: 1, change: 'changed', baselineBudgetPlanned: 100, budgetPlanned: 150, budgetCommitted: 170, endSlipDays: 31 });
    expect(one!.milestones[0]).toMatchObject({ id: 7, change: 'changed', baselineDueOn: '2026-03-31', dueOn: '2026-05-31', slipDays: 61 });
    expect(two).toMatchObject({ id: 2, change: 'removed', status: null });
    expect(three).toMatchObject({ id: 3, change: 'added', baselineStatus: null });
    expect(c.totals).toEqual({ baselinePlanned: 200, planned: 150, committed: 170, spent: 0 });
    expect(c.counts).toEqual({ added: 1, removed: 1, changed: 1, slipped: 1 });
  });

  it('counts a status change and a done milestone without calling it a slip', () => {
    const m = { id: 1, title: t('M'), dueOn: '2026-03-31', doneOn: null, weight: 1 };
    const c = compareWithBaseline(content([action(1, { milestones: [m] })]), content([action(1, { status: 'stopped', milestones: [{ ...m, doneOn: '2026-03-01' }] })]), 1);
    expect(c.actions[0]).toMatchObject({ change: 'changed', baselineStatus: 'running', status: 'stopped' });
    expect(c.actions[0]!.milestones[0]).toMatchObject({ change: 'same', doneOn: '2026-03-01', slipDays: 0 });
    expect(c.counts.slipped).toBe(0);
  });
});
