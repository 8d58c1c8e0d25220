import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { audit } from '../../../plugins/audit.js';

const LINK_BY_EMAIL = 'oidc.link_by_verified_email';

/** May a provider identity join an existing account by its verified e-mail address? Off by default. */
export async function linkByVerifiedEmail(db: Kysely<Database> | Transaction<Database>): Promise<boolean> {
  const row = await db.selectFrom('app_settings').select('value').where('key', '=', LINK_BY_EMAIL).executeTakeFirst();
  return row?.value === 'true';
}

export async function setLinkByVerifiedEmail(tx: Transaction<Database>, actorId: number, allowed: boolean): Promise<void> {
  const before = await linkByVerifiedEmail(tx);
  if (before === allowed) return;
  await tx.insertInto('app_settings').values({ key: LINK_BY_EMAIL, value: String(allowed) })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(allowed) })).execute();
  await audit(tx, { userId: actorId, entityType: 'setting', entityId: LINK_BY_EMAIL, action: 'update', before: { allowed: before }, after: { allowed } });
}
