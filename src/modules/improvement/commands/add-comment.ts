import { audit } from '../../../plugins/audit.js';
import { fieldError, noPlan } from '../errors.js';
import { currentPlan } from '../queries.js';
import type { CommentInput } from '../schemas.js';
import type { Tx } from './shared.js';

export async function addComment(tx: Tx, userId: number, organisationId: number, input: CommentInput): Promise<number> {
  const plan = await currentPlan(tx, organisationId);
  if (!plan) throw noPlan(organisationId);
  const body = input.body.trim();
  if (!body) throw fieldError('body', 'is required', 'required');
  const { id } = await tx.insertInto('improvement_comments').values({ plan_id: plan.id, user_id: userId, body }).returning('id').executeTakeFirstOrThrow();
  await audit(tx, { userId, entityType: 'improvement_comment', entityId: id, action: 'create', after: { planId: plan.id, body } });
  return id;
}
