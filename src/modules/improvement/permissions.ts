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

export { requires } from '../../plugins/permissions.js';
