import { audit } from '../../../plugins/audit.js';
import { invalid, notFound } from '../../../plugins/errors.js';
import { planExists, rollOverAnnualOnly } from '../errors.js';
import { OPEN_STATUSES } from '../progress.js';
import { actionSnapshot, planSnapshot, type Tx } from './shared.js';

/**
 * "Start next year's plan": the annual plan for year + 1, made from this year's open actions
 * (planned or running). Each is copied with a link to where it came from, with its contributors,
 * the decisions behind it and its open milestones; done and stopped actions stay behind. The
 * external id stays with the original (it is unique); partners follow `carriedTo` to the copy.
 */
export async function rollOverPlan(tx: Tx, userId: number | null, id: number): Promise<number> {
  const source = await tx.selectFrom('plans').innerJoin('action_lines', 'action_lines.id', 'plans.action_line_id')
    .select(['plans.id', 'plans.kind', 'plans.year_from', 'plans.action_line_id', 'plans.is_demo', 'action_lines.code'])
    .where('plans.id', '=', id).executeTakeFirst();
  if (!source) throw notFound('plan', id);
  if (source.kind !== 'annual') throw rollOverAnnualOnly(id);
  const year = source.year_from + 1;
  if (year > 2100) throw invalid([{ field: 'yearFrom', message: 'next year would be after 2100', code: 'maximum' }]);
  const exists = await tx.selectFrom('plans').select('id')
    .where('action_line_id', '=', source.action_line_id).where('kind', '=', 'annual').where('year_from', '=', year).executeTakeFirst();
  if (exists) throw planExists(source.code, year);
  const { id: planId } = await tx.insertInto('plans').values({
    action_line_id: source.action_line_id, kind: 'annual', year_from: year, year_to: year, rolled_from_plan_id: id, is_demo: source.is_demo,
  }).returning('id').executeTakeFirstOrThrow();

  const open = await tx.selectFrom('actions').selectAll().where('plan_id', '=', id).where('status', 'in', [...OPEN_STATUSES]).orderBy('code').execute();
  const carried: number[] = [];
  for (const a of open) {
    const { id: copyId } = await tx.insertInto('actions').values({
      plan_id: planId, code: a.code, title_nl: a.title_nl, title_en: a.title_en, description_nl: a.description_nl, description_en: a.description_en,
      responsible_actor_id: a.responsible_actor_id, status: a.status, starts_on: a.starts_on, ends_on: a.ends_on,
      budget_planned: a.budget_planned, budget_committed: a.budget_committed, budget_spent: a.budget_spent,
      external_id: null, carried_from_action_id: a.id, is_demo: a.is_demo,
    }).returning('id').executeTakeFirstOrThrow();
    const contributors = await tx.selectFrom('action_contributors').select('actor_id').where('action_id', '=', a.id).execute();
    if (contributors.length) await tx.insertInto('action_contributors').values(contributors.map((c) => ({ action_id: copyId, actor_id: c.actor_id }))).execute();
    const decisions = await tx.selectFrom('action_decisions').select('decision_id').where('action_id', '=', a.id).execute();
    if (decisions.length) await tx.insertInto('action_decisions').values(decisions.map((d) => ({ action_id: copyId, decision_id: d.decision_id }))).execute();
    const milestones = await tx.selectFrom('milestones').selectAll().where('action_id', '=', a.id).where('done_on', 'is', null).orderBy('due_on').orderBy('id').execute();
    if (milestones.length) {
      await tx.insertInto('milestones').values(milestones.map((m) => ({
        action_id: copyId, title_nl: m.title_nl, title_en: m.title_en, due_on: m.due_on, done_on: null, weight: m.weight,
      }))).execute();
    }
    carried.push(copyId);
    await audit(tx, { userId, entityType: 'action', entityId: copyId, action: 'create', after: await actionSnapshot(tx, copyId) });
  }
  await audit(tx, { userId, entityType: 'plan', entityId: planId, action: 'create', after: { ...(await planSnapshot(tx, planId)), rolledFrom: id, carriedActions: carried } });
  return planId;
}
