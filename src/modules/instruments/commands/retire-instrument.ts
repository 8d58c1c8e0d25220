import type { Transaction } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { audit } from '../../../plugins/audit.js';
import { conflict, notFound } from '../../../plugins/errors.js';
import { snapshot } from './shared.js';

/** Retiring keeps the record and its history; it only leaves the active registry and the matrix. */
export async function setInstrumentRetired(tx: Transaction<Database>, userId: number, code: string, version: number, retired: boolean, reason?: string): Promise<number> {
  const row = await tx.selectFrom('instruments').select(['id', 'version', 'retired_at']).where('code', '=', code).forUpdate().executeTakeFirst();
  if (!row) throw notFound('instrument', code);
  if (row.version !== version) throw conflict('INSTRUMENT_STALE', `Instrument ${code} was changed by someone else (version ${row.version})`, { currentVersion: row.version });
  if ((row.retired_at !== null) === retired) throw conflict(retired ? 'INSTRUMENT_RETIRED' : 'INSTRUMENT_ACTIVE', `Instrument ${code} is already ${retired ? 'retired' : 'active'}`);
  const before = await snapshot(tx, row.id);
  await tx.updateTable('instruments').set({ retired_at: retired ? new Date() : null, updated_at: new Date(), version: sql`version + 1` }).where('id', '=', row.id).execute();
  const after = await snapshot(tx, row.id);
  await audit(tx, { userId, entityType: 'instrument', entityId: code, action: retired ? 'retire' : 'restore', before, after: { ...after, reason: reason ?? null } });
  return row.id;
}
