import type { FastifyRequest } from 'fastify';
import type { PermissionTable } from '../../plugins/permissions.js';

/** The published model is public; only the transition team and admins shape the next version. */
export const maturityPermissions: PermissionTable = {
  'maturity.read': ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'],
  'maturity.viewDrafts': ['transition_team', 'admin'],
  'maturity.edit': ['transition_team', 'admin'],
  'maturity.publish': ['transition_team', 'admin'],
  'maturity.viewHistory': ['transition_team', 'admin'],
};

/**
 * Checks the permission before the parameters and the body are validated: a visitor is asked to
 * log in (401) and an account without the right refused (403) before a 400 tells how the route
 * is shaped. The handler checks again where it needs the user.
 */
export function requires(action: string) {
  return { preValidation: async (request: FastifyRequest) => { request.authorize(action); } };
}
