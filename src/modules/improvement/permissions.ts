import type { FastifyRequest } from 'fastify';
import type { PermissionTable, Principal } from '../../plugins/permissions.js';

/**
 * Platform-level gate only: any account may reach the trajectory pages; what it then sees of one
 * organisation is decided per organisation by organisations/access.ts (member, coach, or the
 * team with the organisation's consent). Visitors without an account see nothing identified.
 */
const accounts: readonly Principal[] = ['org_member', 'steering_committee', 'transition_team', 'admin'];

export const improvementPermissions: PermissionTable = {
  'improvement.use': accounts,
  'improvement.coaching': accounts,
};

/**
 * Checks the permission before the parameters and the body are validated: a visitor is asked to
 * log in (401) and an account without the right refused (403) before a 400 tells how the route
 * is shaped. The handler checks again where it needs the user.
 */
export function requires(action: string) {
  return { preValidation: async (request: FastifyRequest) => { request.authorize(action); } };
}
