import type { PermissionTable } from '../../plugins/permissions.js';

/** The published model is public; only the transition team and admins shape the next version. */
export const maturityPermissions: PermissionTable = {
  'maturity.read': ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'],
  'maturity.viewDrafts': ['transition_team', 'admin'],
  'maturity.edit': ['transition_team', 'admin'],
  'maturity.publish': ['transition_team', 'admin'],
  'maturity.viewHistory': ['transition_team', 'admin'],
};

export { requires } from '../../plugins/permissions.js';
