import { audit } from '../../../plugins/audit.js';
import { nameTaken } from '../errors.js';
import { nameInUse } from '../queries.js';
import type { CreateOrganisationInput } from '../schemas.js';
import { organisationSnapshot, profileColumns, type Tx } from './shared.js';

/** Registers an organisation with its creator as first owner: an organisation never lacks one. */
export async function createOrganisation(tx: Tx, userId: number, input: CreateOrganisationInput): Promise<number> {
  const columns = profileColumns(input);
  if (await nameInUse(tx, columns.name)) throw nameTaken(columns.name);
  const now = new Date();
  const { id } = await tx.insertInto('organisations').values({
    ...columns, share_with_team: input.shareWithTeam ?? false, contactable: input.contactable ?? false, created_at: now, updated_at: now,
  }).returning('id').executeTakeFirstOrThrow();
  const position = input.position ?? '';
  await tx.insertInto('organisation_members').values({ organisation_id: id, user_id: userId, role: 'owner', position }).execute();
  await audit(tx, { userId, entityType: 'organisation', entityId: id, action: 'create', after: await organisationSnapshot(tx, id) });
  await audit(tx, { userId, entityType: 'organisation_member', entityId: `${id}:${userId}`, action: 'create', after: { role: 'owner', position } });
  return id;
}
