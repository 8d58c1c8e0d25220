import { sql } from 'kysely';
import { audit } from '../../../plugins/audit.js';
import { notFound } from '../../../plugins/errors.js';
import { loadModel } from '../../maturity/model.js';
import { fieldError, noPlan, stale } from '../errors.js';
import { currentPlan, findItem } from '../queries.js';
import type { CreateItemInput, UpdateItemInput } from '../schemas.js';
import type { Tx } from './shared.js';
import { itemSnapshot } from './snapshots.js';

/** An item of the organisation's own, in any dimension of the plan's model. */
export async function addItem(tx: Tx, userId: number, organisationId: number, input: CreateItemInput): Promise<number> {
  const plan = await currentPlan(tx, organisationId);
  if (!plan) throw noPlan(organisationId);
  const assessment = await tx.selectFrom('assessments').select('model_id').where('id', '=', plan.assessmentId).executeTakeFirstOrThrow();
  const model = await loadModel(tx, assessment.model_id);
  if (!model?.dimensions.some((d) => d.code === input.dimension)) throw fieldError('dimension', `dimension ${input.dimension} is not in the plan's model`);
  if (!input.text.trim()) throw fieldError('text', 'is required', 'required');
  const { id } = await tx.insertInto('improvement_items').values({
    plan_id: plan.id, dimension_code: input.dimension, text: input.text.trim(), owner: input.owner?.trim() ?? '',
    due_on: input.dueOn ?? null, status: input.status ?? 'todo',
  }).returning('id').executeTakeFirstOrThrow();
  await audit(tx, { userId, entityType: 'improvement_item', entityId: id, action: 'create', after: await itemSnapshot(tx, id) });
  return id;
}

/** Only items of the current plan can change; those of earlier plans are part of their history. */
export async function updateItem(tx: Tx, userId: number, organisationId: number, itemId: number, input: UpdateItemInput): Promise<number> {
  const plan = await currentPlan(tx, organisationId);
  const item = await findItem(tx, itemId);
  if (!plan || !item || item.planId !== plan.id) throw notFound('improvement item', itemId);
  const locked = await tx.selectFrom('improvement_items').select('version').where('id', '=', itemId).forUpdate().executeTakeFirstOrThrow();
  if (locked.version !== input.version) throw stale('Item', itemId, locked.version, input.version);
  if (!input.text.trim()) throw fieldError('text', 'is required', 'required');
  const before = await itemSnapshot(tx, itemId);
  await tx.updateTable('improvement_items').set({
    text: input.text.trim(), owner: input.owner?.trim() ?? '', due_on: input.dueOn ?? null, status: input.status,
    updated_at: new Date(), version: sql`version + 1`,
  }).where('id', '=', itemId).execute();
  await audit(tx, { userId, entityType: 'improvement_item', entityId: itemId, action: 'update', before, after: await itemSnapshot(tx, itemId) });
  return itemId;
}
