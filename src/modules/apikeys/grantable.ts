import { can, declaredActions, type Role } from '../../plugins/permissions.js';
import { NEVER_GRANTED } from './permissions.js';

/**
 * The permission actions an account may give to a key: what its own role allows, except what
 * anyone may do anyway (a key always may) and what stays with a logged-in person.
 */
export function grantablePermissions(role: Role): string[] {
  return declaredActions().filter((action) => !NEVER_GRANTED.test(action) && !can('public', action) && can(role, action));
}
