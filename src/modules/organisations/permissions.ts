import type { FastifyRequest } from 'fastify';
import { requireUser } from '../../plugins/auth.js';
import type { PermissionTable } from '../../plugins/permissions.js';

/**
 * Platform-level rules. What one account may do with one organisation (member, owner, coach,
 * team with consent) is decided per organisation by access.ts, after these checks.
 */
export const organisationPermissions: PermissionTable = {
  // A newcomer creates an account and an organisation at once; with an account, use `create`.
  'organisations.register': ['public'],
  'organisations.create': ['org_member', 'steering_committee', 'transition_team', 'admin'],
  'organisations.listMine': ['org_member', 'steering_committee', 'transition_team', 'admin'],
  // Name, subsector, province and consent of every organisation; identified results only with consent.
  'organisations.listAll': ['transition_team', 'admin'],
  // The token is the permission: anyone who holds it may read and accept the invitation.
  'organisations.acceptInvitation': ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'],
};

export { requires } from '../../plugins/permissions.js';

/**
 * The same first step for the routes on one organisation, whose rules are the organisation's own
 * (access.ts, checked by the handler): a visitor is asked to log in before anything is read.
 */
export const requiresAccount = { preValidation: async (request: FastifyRequest) => { requireUser(request); } };
