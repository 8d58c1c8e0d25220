import { audit } from '../../../plugins/audit.js';
import { notFound } from '../../../plugins/errors.js';
import { decisionLinked } from '../errors.js';
import type { LinkDecisionInput } from '../schemas.js';
import { actionSnapshot, References, type Tx } from './shared.js';

/** Records a decision (governance) behind an action; the decision must exist. */
export async function linkActionDecision(tx: Tx, userId: number | null, actionId: number, input: LinkDecisionInput): Promise<void> {
  const action = await tx.selectFrom('actions').select('id').where('id', '=', actionId).forUpdate().executeTakeFirst();
  if (!action) throw notFound('action', actionId);
  const refs = new References(tx);
  await refs.decision('decisionId', input.decisionId);
  refs.check();
  const linked = await tx.selectFrom('action_decisions').select('action_id').where('action_id', '=', actionId).where('decision_id', '=', input.decisionId).executeTakeFirst();
  if (linked) throw decisionLinked(actionId, input.decisionId);
  const before = await actionSnapshot(tx, actionId);
  await tx.insertInto('action_decisions').values({ action_id: actionId, decision_id: input.decisionId }).execute();
  await audit(tx, { userId, entityType: 'action', entityId: actionId, action: 'update', before, after: { ...(await actionSnapshot(tx, actionId)), event: 'linkDecision' } });
}
