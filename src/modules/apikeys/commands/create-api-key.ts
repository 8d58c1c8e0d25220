import { audit } from '../../../plugins/audit.js';
import { newApiKeySecret } from '../../../plugins/api-key-auth.js';
import { expiryInPast, permissionNotGrantable } from '../errors.js';
import { grantablePermissions } from '../grantable.js';
import type { CreateApiKeyInput } from '../schemas.js';
import { assertManages, type Actor, type Tx } from './shared.js';

/**
 * Creates a key that acts for the actor, limited to the given permissions and organisation.
 * Returns the secret: it exists only in this answer; the database keeps its hash.
 */
export async function createApiKey(tx: Tx, actor: Actor, input: CreateApiKeyInput, now = new Date()): Promise<{ id: number; secret: string }> {
  const organisationId = input.organisationId ?? null;
  await assertManages(tx, actor, organisationId, true);
  const grantable = new Set(grantablePermissions(actor.role));
  input.permissions.forEach((action, index) => { if (!grantable.has(action)) throw permissionNotGrantable(index, action); });
  const expiresAt = input.expiresAt ? new Date(input.expiresAt) : null;
  if (expiresAt && expiresAt.getTime() <= now.getTime()) throw expiryInPast();

  const { secret, prefix, hash } = newApiKeySecret();
  const record = { name: input.name.trim(), prefix, organisation_id: organisationId, permissions: [...input.permissions].sort(), expires_at: expiresAt };
  const { id } = await tx.insertInto('api_keys')
    .values({ ...record, secret_hash: hash, user_id: actor.id, created_at: now })
    .returning('id').executeTakeFirstOrThrow();
  await audit(tx, {
    userId: actor.id, entityType: 'api_key', entityId: id, action: 'create',
    after: { name: record.name, prefix, organisationId, permissions: record.permissions, expiresAt: expiresAt?.toISOString() ?? null },
  });
  return { id, secret };
}
