import { audit } from '../../../plugins/audit.js';
import { notFound } from '../../../plugins/errors.js';
import { notMember, questionClosed, stale } from '../errors.js';
import { findQuestion, memberRole } from '../queries.js';
import type { CloseInput, QuestionInput } from '../schemas.js';
import type { Actor, Tx } from './shared.js';

/** Owners and members ask on behalf of their organisation; respondents only answer assessments. */
export async function assertAsker(tx: Tx, user: Actor, organisationId: number) {
  const role = await memberRole(tx, user.id, organisationId);
  if (role !== 'owner' && role !== 'member') throw notMember(organisationId);
}

export async function askQuestion(tx: Tx, user: Actor, input: QuestionInput): Promise<number> {
  const org = await tx.selectFrom('organisations').select(['id']).where('id', '=', input.organisationId).where('retired_at', 'is', null).executeTakeFirst();
  if (!org) throw notMember(input.organisationId);
  await assertAsker(tx, user, input.organisationId);
  const row = await tx.insertInto('guide_questions').values({
    organisation_id: input.organisationId, asked_by: user.id, question: input.question.trim(),
    dimension_code: input.dimension ?? null, pillar: input.pillar ?? null, level: input.level ?? null,
    visible_to_providers: input.visibleToProviders ?? false,
  }).returningAll().executeTakeFirstOrThrow();
  await audit(tx, { userId: user.id, entityType: 'guide_question', entityId: row.id, action: 'create', after: row });
  return row.id;
}

export async function closeQuestion(tx: Tx, user: Actor, id: number, input: CloseInput): Promise<void> {
  const question = await findQuestion(tx, id);
  if (!question) throw notFound('question', id);
  await assertAsker(tx, user, question.organisationId);
  if (question.status === 'closed') throw questionClosed(id);
  const updated = await tx.updateTable('guide_questions').set({ status: 'closed', closed_at: new Date(), updated_at: new Date(), version: question.version + 1 })
    .where('id', '=', id).where('version', '=', input.version).returningAll().executeTakeFirst();
  if (!updated) throw stale('question', id, question.version, input.version);
  await audit(tx, { userId: user.id, entityType: 'guide_question', entityId: id, action: 'update', before: question, after: updated });
}
