import { findItem, findPlan, prioritiesOf, relevanceOf } from '../queries.js';
import type { Tx } from './shared.js';

/** The state of a record as the audit log keeps it (before/after). */
export async function planSnapshot(tx: Tx, id: number) {
  const plan = await findPlan(tx, id);
  if (!plan) return null;
  return {
    id: plan.id, organisationId: plan.organisationId, assessmentId: plan.assessmentId, reassessOn: plan.reassessOn, scenarioNote: plan.scenarioNote,
    priorities: (await prioritiesOf(tx, id)).map((p) => ({ dimension: p.dimension, reason: p.reason })),
    relevance: Object.fromEntries(await relevanceOf(tx, id)), version: plan.version,
  };
}

export async function itemSnapshot(tx: Tx, id: number) {
  const i = await findItem(tx, id);
  return i ? { id: i.id, planId: i.planId, dimension: i.dimension, stepId: i.stepId, text: i.text, owner: i.owner, dueOn: i.dueOn, status: i.status, version: i.version } : null;
}
