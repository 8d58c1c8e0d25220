import type { FastifyRequest } from 'fastify';
import type { PermissionTable, Principal } from '../../plugins/permissions.js';

/**
 * Every account may reach the assessment pages; what it sees there is decided per organisation
 * by organisations/access.ts (members, invited coaches, the team with consent). Visitors without
 * an account are refused before that.
 */
const accounts: readonly Principal[] = ['org_member', 'steering_committee', 'transition_team', 'admin'];

export const assessmentPermissions: PermissionTable = {
  'assessments.view': accounts,
  'assessments.answer': accounts,
  'assessments.start': accounts,
  'assessments.submit': accounts,
};

/**
 * Checks the permission before the parameters and the body are validated: a visitor is asked to
 * log in (401) and an account without the right refused (403) before a 400 tells how the route
 * is shaped. The handler checks again where it needs the user.
 */
export function requires(action: string) {
  return { preValidation: async (request: FastifyRequest) => { request.authorize(action); } };
}
