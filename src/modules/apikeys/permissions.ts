import type { PermissionTable } from '../../plugins/permissions.js';

/**
 * Platform-level rules, deny by default. Which organisation's keys an account manages is decided
 * per organisation after this table: owners manage their organisation's keys; the transition team
 * and admins also create platform-wide keys and may revoke any key (e.g. after a leak).
 */
export const apiKeyPermissions: PermissionTable = {
  'apikeys.manage': ['org_member', 'steering_committee', 'transition_team', 'admin'],
  'apikeys.managePlatform': ['transition_team', 'admin'],
};

/**
 * Actions a key can never be given: managing keys (a leaked key must not mint new ones) and
 * managing accounts. These stay with a logged-in person.
 */
export const NEVER_GRANTED = /^(?:apikeys|accounts)\./;

export { requires } from '../../plugins/permissions.js';
