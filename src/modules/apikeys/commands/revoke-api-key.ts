import { audit } from '../../../plugins/audit.js';
import { alreadyRevoked, keyNotFound } from '../errors.js';
import { assertManages, type Actor, type Tx } from './shared.js';

/**
 * Revokes a key for good. The caller forgets remembered keys after the commit, so the next
 * request with it is refused.
 */
export async function revokeApiKey(tx: Tx, actor: Actor, id: number, now = new Date()): Promise<void> {
  const key = await tx.selectFrom('api_keys').select(['id', 'name', 'prefix', 'organisation_id', 'revoked_at'])
    .where('id', '=', id).forUpdate().executeTakeFirst();
  if (!key) throw keyNotFound(id);
  await assertManages(tx, actor, key.organisation_id, false);
  if (key.revoked_at) throw alreadyRevoked(id);
  await tx.updateTable('api_keys').set({ revoked_at: now, revoked_by: actor.id }).where('id', '=', id).execute();
  await audit(tx, {
    userId: actor.id, entityType: 'api_key', entityId: id, action: 'retire',
    before: { name: key.name, prefix: key.prefix, revokedAt: null }, after: { name: key.name, prefix: key.prefix, revokedAt: now.toISOString() },
  });
}
