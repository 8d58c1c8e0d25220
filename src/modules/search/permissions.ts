import type { PermissionTable } from '../../plugins/permissions.js';

/** Everything search finds is public already; anyone may search. */
export const searchPermissions: PermissionTable = {
  'search.read': ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'],
};
