import type { PermissionTable } from '../../plugins/permissions.js';

export const accountPermissions: PermissionTable = {
  'accounts.manage': ['admin'],
  'accounts.viewSelf': ['admin', 'transition_team', 'steering_committee', 'org_member'],
  // Whether identities from the identity provider may join existing accounts by e-mail address.
  'accounts.loginSettings': ['admin', 'transition_team'],
};
