import type { Transaction } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { audit } from '../../../plugins/audit.js';
import { conflict, notFound } from '../../../plugins/errors.js';
import type { UpdateInstrumentInput } from '../schemas.js';
import { checkReferences, snapshot, writeLinks } from './shared.js';

/**
 * Optimistic concurrency: the edit names the version it started from; if someone saved in
 * between, nothing is written and the caller gets 409 with the current version to compare.
 */
export async function updateInstrument(tx: Transaction<Database>, userId: number, code: string, input: UpdateInstrumentInput): Promise<number> {
  const row = await tx.selectFrom('instruments').select(['id', 'version', 'retired_at']).where('code', '=', code).forUpdate().executeTakeFirst();
  if (!row) throw notFound('instrument', code);
  if (row.version !== input.version) {
    throw conflict('INSTRUMENT_STALE', `Instrument ${code} was changed by someone else (version ${row.version}, your edit started from ${input.version})`, { currentVersion: row.version });
  }
  if (row.retired_at) throw conflict('INSTRUMENT_RETIRED', `Instrument ${code} is retired; restore it before editing`);
  const { actorId } = await checkReferences(tx, input);
  const before = await snapshot(tx, row.id);
  await tx.updateTable('instruments').set({
    name_nl: input.name.nl, name_en: input.name.en, description_nl: input.description.nl, description_en: input.description.en,
    type: input.type, responsible_actor_id: actorId, since_year: input.sinceYear ?? null, source: input.source ?? null,
    updated_at: new Date(), version: sql`version + 1`,
  }).where('id', '=', row.id).execute();
  await writeLinks(tx, row.id, input);
  await audit(tx, { userId, entityType: 'instrument', entityId: code, action: 'update', before, after: await snapshot(tx, row.id) });
  return row.id;
}
