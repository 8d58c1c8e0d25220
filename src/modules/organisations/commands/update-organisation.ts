import { sql } from 'kysely';
import { audit } from '../../../plugins/audit.js';
import { notFound } from '../../../plugins/errors.js';
import { consentOwnerOnly, nameTaken, stale } from '../errors.js';
import { nameInUse } from '../queries.js';
import type { UpdateOrganisationInput } from '../schemas.js';
import { organisationSnapshot, profileColumns, type Tx } from './shared.js';

/**
 * Optimistic: the edit names the version it started from; a save in between answers 409 and
 * writes nothing. Members edit the profile; only owners change what the organisation shares, so
 * a member's edit that leaves consent out (or repeats it) keeps it as it is.
 */
export async function updateOrganisation(tx: Tx, actor: { id: number; owner: boolean }, id: number, input: UpdateOrganisationInput): Promise<void> {
  const row = await tx.selectFrom('organisations').select(['version', 'share_with_team', 'contactable'])
    .where('id', '=', id).where('retired_at', 'is', null).forUpdate().executeTakeFirst();
  if (!row) throw notFound('organisation', id);
  if (row.version !== input.version) throw stale(id, row.version, input.version);
  const shareWithTeam = input.shareWithTeam ?? row.share_with_team;
  const contactable = input.contactable ?? row.contactable;
  if (!actor.owner && (shareWithTeam !== row.share_with_team || contactable !== row.contactable)) throw consentOwnerOnly();
  const columns = profileColumns(input);
  if (await nameInUse(tx, columns.name, id)) throw nameTaken(columns.name);
  const before = await organisationSnapshot(tx, id);
  await tx.updateTable('organisations').set({
    ...columns, share_with_team: shareWithTeam, contactable, updated_at: new Date(), version: sql`version + 1`,
  }).where('id', '=', id).execute();
  await audit(tx, { userId: actor.id, entityType: 'organisation', entityId: id, action: 'update', before, after: await organisationSnapshot(tx, id) });
}
