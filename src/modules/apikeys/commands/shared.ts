import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { can, type Role } from '../../../plugins/permissions.js';
import { notOwner, platformKeyRefused } from '../errors.js';

export type Tx = Transaction<Database>;
export interface Actor { id: number; role: Role }

/**
 * Whether the actor manages the keys of this organisation (null: platform-wide keys). Owners
 * manage their organisation's keys; the transition team and admins manage every key, so that
 * they can act on a leak. Throws the reason when not.
 */
export async function assertManages(tx: Tx, actor: Actor, organisationId: number | null, creating: boolean): Promise<void> {
  const platform = can(actor.role, 'apikeys.managePlatform');
  if (organisationId === null) {
    if (!platform) throw platformKeyRefused();
    return;
  }
  // A key acts as its creator, so only an owner may create one for the organisation, even on the team.
  if (platform && !creating) return;
  const owner = await tx.selectFrom('organisation_members as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select('m.user_id')
    .where('m.organisation_id', '=', organisationId).where('m.user_id', '=', actor.id)
    .where('m.role', '=', 'owner').where('o.retired_at', 'is', null)
    .executeTakeFirst();
  if (!owner) throw notOwner(organisationId);
}
