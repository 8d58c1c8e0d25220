import type { Kysely, Transaction } from 'kysely';
import type { CurrentUser } from '../../plugins/auth.js';
import type { Database } from '../../db/schema.js';
import { can } from '../../plugins/permissions.js';
import { notEditor } from './errors.js';

type Reader = Kysely<Database> | Transaction<Database>;

/** The actors (ids) this account may publish for, as an editor granted by the transition team. */
export async function editorActorIds(db: Reader, userId: number): Promise<number[]> {
  const rows = await db.selectFrom('actor_editors').select('actor_id').where('user_id', '=', userId).orderBy('actor_id').execute();
  return rows.map((r) => r.actor_id);
}

export const editsAll = (user: CurrentUser | null): boolean => user !== null && can(user.role, 'knowledge.editAll');

/**
 * May this account maintain an entry owned by this actor (null: owned by no actor)? The team may
 * maintain everything; an editor only the entries of its own actors.
 */
export async function mayEditFor(db: Reader, user: CurrentUser | null, actorId: number | null): Promise<boolean> {
  if (!user) return false;
  if (editsAll(user)) return true;
  if (actorId === null) return false;
  const row = await db.selectFrom('actor_editors').select('actor_id').where('actor_id', '=', actorId).where('user_id', '=', user.id).executeTakeFirst();
  return row !== undefined;
}

/** Throws 403 unless the account may maintain entries of every one of these actors. */
export async function requireEditorOf(db: Reader, user: CurrentUser, ...actorIds: Array<number | null>): Promise<void> {
  for (const id of new Set(actorIds)) {
    if (await mayEditFor(db, user, id)) continue;
    const actor = id === null ? null : await db.selectFrom('actors').select('code').where('id', '=', id).executeTakeFirst();
    throw notEditor(actor?.code ?? (id === null ? null : String(id)));
  }
}
