import type { FastifyRequest } from 'fastify';
import type { PermissionTable } from '../../plugins/permissions.js';

const SIGNED_IN = ['admin', 'transition_team', 'steering_committee', 'org_member'] as const;

export const privacyPermissions: PermissionTable = {
  // Every signed-in person, about their own account only: the routes never take another's id.
  'privacy.exportOwn': SIGNED_IN,
  'privacy.deleteOwn': SIGNED_IN,
  // Accessibility feedback is sent without an account; the transition team reads it.
  'privacy.viewAccessibilityFeedback': ['admin', 'transition_team'],
};

/**
 * Checks the permission before the parameters and the body are validated: a visitor is asked to
 * log in (401) and an account without the right refused (403) before a 400 tells how the route
 * is shaped. The handler checks again where it needs the user.
 */
export function requires(action: string) {
  return { preValidation: async (request: FastifyRequest) => { request.authorize(action); } };
}
