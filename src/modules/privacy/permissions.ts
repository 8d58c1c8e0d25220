import type { PermissionTable } from '../../plugins/permissions.js';

const SIGNED_IN = ['admin', 'transition_team', 'steering_committee', 'org_member'] as const;

export const privacyPermissions: PermissionTable = {
  // Every signed-in person, about their own account only: the routes never take another's id.
  'privacy.exportOwn': SIGNED_IN,
  'privacy.deleteOwn': SIGNED_IN,
  // Accessibility feedback is sent without an account; the transition team reads it.
  'privacy.viewAccessibilityFeedback': ['admin', 'transition_team'],
};

export { requires } from '../../plugins/permissions.js';
