import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

type Reader = Kysely<Database> | Transaction<Database>;

/** Active organisations the account owns: the ones it may create and manage keys for. */
export async function ownedOrganisations(db: Reader, userId: number) {
  return db.selectFrom('organisation_members as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['o.id', 'o.name'])
    .where('m.user_id', '=', userId).where('m.role', '=', 'owner').where('o.retired_at', 'is', null)
    .orderBy('o.name').orderBy('o.id')
    .execute();
}

const keyColumns = [
  'k.id', 'k.name', 'k.prefix', 'k.organisation_id', 'k.permissions', 'k.user_id', 'k.created_at', 'k.expires_at',
  'k.last_used_at', 'k.revoked_at', 'o.name as organisation_name', 'u.display_name as owner_name',
] as const;

function keys(db: Reader) {
  return db.selectFrom('api_keys as k')
    .innerJoin('users as u', 'u.id', 'k.user_id')
    .leftJoin('organisations as o', 'o.id', 'k.organisation_id')
    .select(keyColumns);
}

/**
 * The keys an account manages: those of the organisations it owns, plus (for the transition team
 * and admins) every key. Newest first; revoked keys stay listed as a record.
 */
export async function listKeys(db: Reader, viewer: { id: number; everything: boolean }) {
  let query = keys(db);
  if (!viewer.everything) {
    query = query.where((eb) => eb('k.organisation_id', 'in', eb.selectFrom('organisation_members')
      .select('organisation_id').where('user_id', '=', viewer.id).where('role', '=', 'owner')));
  }
  return query.orderBy('k.created_at', 'desc').orderBy('k.id', 'desc').execute();
}
export type KeyRow = Awaited<ReturnType<typeof listKeys>>[number];

export async function findKey(db: Reader, id: number) {
  return keys(db).where('k.id', '=', id).executeTakeFirst();
}
