import type { PermissionTable } from '../../plugins/permissions.js';

/** The feed only ever names public things, so everyone may read it. */
export const changesPermissions: PermissionTable = {
  'changes.read': ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'],
};
