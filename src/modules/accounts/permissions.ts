import type { PermissionTable } from '../../plugins/permissions.js';

export const accountPermissions: PermissionTable = {
  'accounts.manage': ['admin'],
  'accounts.viewSelf': ['admin', 'transition_team', 'steering_committee', 'org_member'],
};
