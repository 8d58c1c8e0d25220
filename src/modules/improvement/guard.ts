import type { FastifyRequest } from 'fastify';
import type { CurrentUser } from '../../plugins/auth.js';
import { forbidden, notFound, unauthenticated } from '../../plugins/errors.js';
import { canManage, canSeeResults, isOwner, organisationAccess, type OrganisationAccess } from '../organisations/access.js';
import { findOrganisation, type OrganisationRecord } from './queries.js';

/**
 * What a request may do with one organisation's trajectory:
 *   read    results and the plan: members (incl. respondents), invited coaches, the team with consent;
 *   manage  edit the plan: owners and members;
 *   comment on the plan: owners, members and invited coaches;
 *   owner   invite and withdraw coaches, see contact requests;
 *   member  see the coach list: any member.
 * Someone without any access learns nothing, not even that the organisation exists (404).
 */
export type Need = 'read' | 'manage' | 'comment' | 'owner' | 'member';

export const may: Record<Need, (a: OrganisationAccess) => boolean> = {
  read: canSeeResults,
  manage: canManage,
  comment: (a) => canManage(a) || a.coach,
  owner: isOwner,
  member: (a) => a.role !== null,
};

export interface OrgGate { user: CurrentUser; organisation: OrganisationRecord; access: OrganisationAccess }

export async function gate(request: FastifyRequest, organisationId: number, need: Need): Promise<OrgGate> {
  request.authorize('improvement.use');
  const user = request.user;
  if (!user) throw unauthenticated();
  const db = request.server.db;
  const organisation = await findOrganisation(db, organisationId);
  if (!organisation) throw notFound('organisation', organisationId);
  const access = await organisationAccess(db, user, organisationId);
  if (!canSeeResults(access)) throw notFound('organisation', organisationId);
  if (!may[need](access)) throw forbidden(`${need} this organisation's improvement plan`);
  return { user, organisation, access };
}
