import type { KeyRow } from './queries.js';

export type KeyStatus = 'active' | 'expired' | 'revoked';

export function statusOf(row: Pick<KeyRow, 'revoked_at' | 'expires_at'>, now = new Date()): KeyStatus {
  if (row.revoked_at) return 'revoked';
  if (row.expires_at && row.expires_at.getTime() <= now.getTime()) return 'expired';
  return 'active';
}

/** A key as the API shows it: never the secret or its hash. */
export function presentKey(row: KeyRow) {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    organisation: row.organisation_id === null ? null : { id: row.organisation_id, name: row.organisation_name ?? '' },
    permissions: [...row.permissions].sort(),
    owner: row.owner_name,
    createdAt: row.created_at.toISOString(),
    expiresAt: row.expires_at?.toISOString() ?? null,
    lastUsedAt: row.last_used_at?.toISOString() ?? null,
    revokedAt: row.revoked_at?.toISOString() ?? null,
    status: statusOf(row),
  };
}
export type PresentedKey = ReturnType<typeof presentKey>;
