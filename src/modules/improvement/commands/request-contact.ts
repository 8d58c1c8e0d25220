import { audit } from '../../../plugins/audit.js';
import { currentModelId } from '../../maturity/model.js';
import { contactRequested, fieldError, noResult } from '../errors.js';
import { mapCode } from '../codes.js';
import { matchPeers } from '../matching.js';
import { CONTACT_ENTITY, contactRequestsFrom, findOrganisation, submittedAssessments } from '../queries.js';
import { resultContext } from '../result-context.js';
import type { ContactRequestInput } from '../schemas.js';
import type { Tx } from './shared.js';

/**
 * Asks a peer for advice on one dimension. Only a peer the plan page would suggest can be asked
 * (contactable, and at least two levels higher there), at most once per 30 days; the peer's
 * owners see the request with the requester's name and e-mail address, so they can answer.
 */
export async function requestContact(tx: Tx, user: { id: number; email: string; displayName: string }, organisationId: number, input: ContactRequestInput): Promise<number> {
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
  const recent = await contactRequestsFrom(tx, organisationId);
  if (recent.some((r) => r.toOrganisationId === peer.id && r.dimension === input.dimension)) throw contactRequested();
  await audit(tx, {
    userId: user.id, entityType: CONTACT_ENTITY, entityId: peer.id, action: 'create',
    after: {
      fromOrganisationId: organisationId, fromOrganisation: organisation.name, dimension: input.dimension, message: input.message?.trim() ?? '',
      requester: { name: user.displayName, email: user.email },
    },
  });
  return peer.id;
}
