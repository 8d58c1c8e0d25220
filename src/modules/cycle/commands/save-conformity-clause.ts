import { sql } from 'kysely';
import { audit } from '../../../plugins/audit.js';
import { notFound } from '../../../plugins/errors.js';
import { stale } from '../errors.js';
import type { CreateConformityInput, UpdateConformityInput } from '../schemas.js';
import { conformitySnapshot, References, type Tx } from './shared.js';

async function columns(tx: Tx, input: CreateConformityInput) {
  const refs = new References(tx);
  const actorId = await refs.actor('actor', input.actor);
  // "Since" dates a clause that is planned or included; an absent clause has no date.
  if (input.since && input.status === 'absent') refs.add('since', 'an absent clause has no date', 'cycleSinceNeedsStatus');
  refs.check();
  return {
    actor_id: actorId!, agreement_nl: input.agreement.nl, agreement_en: input.agreement.en, status: input.status, since: input.since ?? null,
    note_nl: input.note?.nl ?? '', note_en: input.note?.en ?? '', source: input.source?.trim() || null,
  };
}

/** R2.1: whether an actor's management agreement (convenant) has taken up the digital transformation plan. */
export async function createConformityClause(tx: Tx, userId: number | null, input: CreateConformityInput): Promise<number> {
  const { id } = await tx.insertInto('conformity_clauses').values(await columns(tx, input)).returning('id').executeTakeFirstOrThrow();
  await audit(tx, { userId, entityType: 'conformity_clause', entityId: id, action: 'create', after: await conformitySnapshot(tx, id) });
  return id;
}

export async function updateConformityClause(tx: Tx, userId: number | null, id: number, input: UpdateConformityInput): Promise<number> {
  const row = await tx.selectFrom('conformity_clauses').select(['id', 'version']).where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw notFound('conformity clause', id);
  if (row.version !== input.version) throw stale('Conformity clause', id, row.version, input.version);
  const before = await conformitySnapshot(tx, id);
  await tx.updateTable('conformity_clauses').set({ ...(await columns(tx, input)), updated_at: new Date(), version: sql`version + 1` }).where('id', '=', id).execute();
  await audit(tx, { userId, entityType: 'conformity_clause', entityId: id, action: 'update', before, after: await conformitySnapshot(tx, id) });
  return id;
}
