import { sql } from 'kysely';
import { audit } from '../../../plugins/audit.js';
import { currentModelId } from '../../maturity/model.js';
import { askedRecently, CONTACT_ENTITY } from '../contacts.js';
import { contactRequested, fieldError, noResult } from '../errors.js';
import { mapCode } from '../codes.js';
import { matchPeers } from '../matching.js';
import { findOrganisation, submittedAssessments } from '../queries.js';
import { resultContext } from '../result-context.js';
import type { ContactRequestInput } from '../schemas.js';
import type { Tx } from './shared.js';

/**
 * Asks a peer for advice on one dimension. Only a peer the plan page would suggest can be asked
 * (contactable, and at least two levels higher there), at most once per 30 days per peer and
 * dimension; the peer's owners see the request with the requester's name and e-mail address,
 * and answer it.
 */
export async function requestContact(tx: Tx, userId: number, organisationId: number, input: ContactRequestInput): Promise<number> {
  const organisation = (await findOrganisation(tx, organisationId))!;
  const latest = (await submittedAssessments(tx, organisationId)).at(-1);
  if (!latest) throw noResult(organisationId);
  const context = await resultContext(tx, latest);
  const level = context.dimensions.find((d) => d.code === input.dimension)?.result?.level;
  if (level === undefined) throw fieldError('dimension', `your latest result has no level for dimension ${input.dimension}`);
  const current = (await currentModelId(tx)) ?? latest.modelId;
  const code = (await mapCode(tx, latest.modelId, input.dimension, current)) ?? input.dimension;
  const peers = await matchPeers(tx, organisation, current, code, level, 10_000);
  const peer = peers.find((p) => p.id === input.peerId);
  if (!peer) throw fieldError('peerId', 'this organisation cannot be asked for advice on this dimension (it is not contactable or not ahead there)', 'improvementNotAPeer');
  // Two requests at once (a double click, two colleagues) wait for each other here, so the interval holds.
  await sql`select id from organisations where id = ${organisationId} for update`.execute(tx);
  if (await askedRecently(tx, organisationId, peer.id, input.dimension)) throw contactRequested();
  const { id } = await tx.insertInto('improvement_contact_requests').values({
    from_organisation_id: organisationId, to_organisation_id: peer.id, dimension_code: input.dimension, message: input.message?.trim() ?? '', requested_by: userId,
  }).returning('id').executeTakeFirstOrThrow();
  await audit(tx, {
    userId, entityType: CONTACT_ENTITY, entityId: id, action: 'create',
    after: { id, fromOrganisationId: organisationId, toOrganisationId: peer.id, dimension: input.dimension, message: input.message?.trim() ?? '' },
  });
  return id;
}
