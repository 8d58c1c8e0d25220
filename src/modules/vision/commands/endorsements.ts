import { audit } from '../../../plugins/audit.js';
import { notFound } from '../../../plugins/errors.js';
import { isOwner, organisationAccess } from '../../organisations/access.js';
import { alreadyEndorsed, notEndorsed, notOwner } from '../errors.js';
import { assertOpen } from './comments.js';
import { lockRound, type Tx } from './shared.js';

type Actor = { id: number; role: string };

async function ownedOrganisation(tx: Tx, user: Actor, organisationId: number) {
  const org = await tx.selectFrom('organisations').select(['id', 'name', 'retired_at']).where('id', '=', organisationId).forUpdate().executeTakeFirst();
  if (!org || org.retired_at) throw notFound('organisation', organisationId);
  if (!isOwner(await organisationAccess(tx, user, organisationId))) throw notOwner(organisationId);
  return org;
}

/** An owner endorses the open version for their organisation: one active endorsement per organisation and version. */
export async function endorse(tx: Tx, user: Actor, code: string, number: number, organisationId: number): Promise<void> {
  const { round } = await lockRound(tx, code, number);
  assertOpen(round);
  await ownedOrganisation(tx, user, organisationId);
  const active = await tx.selectFrom('vision_endorsements').select('id')
    .where('round_id', '=', round.id).where('organisation_id', '=', organisationId).where('withdrawn_at', 'is', null).executeTakeFirst();
  if (active) throw alreadyEndorsed(organisationId);
  await tx.insertInto('vision_endorsements').values({ round_id: round.id, organisation_id: organisationId, user_id: user.id }).execute();
  await audit(tx, { userId: user.id, entityType: 'vision_endorsement', entityId: `${code}/${number}/${organisationId}`, action: 'create', after: { organisationId } });
}

/** Withdrawn while the round is open; the row stays, so the history of commitment stays visible. */
export async function withdrawEndorsement(tx: Tx, user: Actor, code: string, number: number, organisationId: number): Promise<void> {
  const { round } = await lockRound(tx, code, number);
  assertOpen(round);
  await ownedOrganisation(tx, user, organisationId);
  const active = await tx.selectFrom('vision_endorsements').select('id')
    .where('round_id', '=', round.id).where('organisation_id', '=', organisationId).where('withdrawn_at', 'is', null).executeTakeFirst();
  if (!active) throw notEndorsed(organisationId);
  await tx.updateTable('vision_endorsements').set({ withdrawn_at: new Date(), withdrawn_by: user.id }).where('id', '=', active.id).execute();
  await audit(tx, { userId: user.id, entityType: 'vision_endorsement', entityId: `${code}/${number}/${organisationId}`, action: 'retire', before: { organisationId } });
}
