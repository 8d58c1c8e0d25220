import { sql } from 'kysely';
import { audit } from '../../../plugins/audit.js';
import { notFound } from '../../../plugins/errors.js';
import { stale } from '../errors.js';
import type { CreateActionLineInput, UpdateActionLineInput } from '../schemas.js';
import { actionLineSnapshot, References, type Tx } from './shared.js';

export async function writeActionLineLinks(tx: Tx, id: number, input: Pick<CreateActionLineInput, 'recommendations' | 'challenges'>): Promise<void> {
  await tx.deleteFrom('action_line_recommendations').where('action_line_id', '=', id).execute();
  await tx.deleteFrom('action_line_challenges').where('action_line_id', '=', id).execute();
  const recs = input.recommendations ?? [];
  if (recs.length) await tx.insertInto('action_line_recommendations').values(recs.map((r) => ({ action_line_id: id, recommendation_code: r }))).execute();
  const challenges = input.challenges ?? [];
  if (challenges.length) await tx.insertInto('action_line_challenges').values(challenges.map((c) => ({ action_line_id: id, challenge: c }))).execute();
}

/** Optimistic: the edit names the version it started from; a save in between answers 409 and writes nothing. */
export async function updateActionLine(tx: Tx, userId: number | null, code: string, input: UpdateActionLineInput): Promise<number> {
  const row = await tx.selectFrom('action_lines').select(['id', 'version']).where('code', '=', code).forUpdate().executeTakeFirst();
  if (!row) throw notFound('action line', code);
  if (row.version !== input.version) throw stale('Action line', code, row.version, input.version);
  const refs = new References(tx);
  const ownerId = await refs.actor('owner', input.owner);
  await refs.recommendations('recommendations', input.recommendations);
  await refs.challenges('challenges', input.challenges);
  refs.check();
  const before = await actionLineSnapshot(tx, row.id);
  await tx.updateTable('action_lines').set({
    title_nl: input.title.nl, title_en: input.title.en,
    description_nl: input.description?.nl ?? '', description_en: input.description?.en ?? '', owner_actor_id: ownerId,
    updated_at: new Date(), version: sql`version + 1`,
  }).where('id', '=', row.id).execute();
  await writeActionLineLinks(tx, row.id, input);
  await audit(tx, { userId, entityType: 'action_line', entityId: code, action: 'update', before, after: await actionLineSnapshot(tx, row.id) });
  return row.id;
}
