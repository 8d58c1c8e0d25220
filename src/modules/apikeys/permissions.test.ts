import { describe, expect, it } from 'vitest';
import { can, declaredActions, type Principal } from '../../plugins/permissions.js';
import '../index.js';
import { grantablePermissions } from './grantable.js';
import { apiKeyPermissions } from './permissions.js';

const ROLES: Principal[] = ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'];
const Y = true;
const n = false;

/** role x action for managing keys. Anything not listed is denied. */
const TABLE: Record<string, [public_: boolean, org: boolean, steering: boolean, team: boolean, admin: boolean]> = {
  'apikeys.manage': [n, Y, Y, Y, Y],
  'apikeys.managePlatform': [n, n, n, Y, Y],
};

describe('API key permissions', () => {
  it('declares exactly the actions of the table', () => {
    expect(Object.keys(apiKeyPermissions).sort()).toEqual(Object.keys(TABLE).sort());
  });

  for (const [action, row] of Object.entries(TABLE)) {
    it(`${action}: ${row.map((allowed, i) => `${ROLES[i]}=${allowed ? 'yes' : 'no'}`).join(', ')}`, () => {
      ROLES.forEach((role, i) => expect(can(role, action), role).toBe(row[i]));
    });
  }
});

describe('grantable permissions', () => {
  it('are, for every role, its own non-public actions except key and account management', () => {
    for (const role of ['org_member', 'steering_committee', 'transition_team', 'admin'] as const) {
      const grantable = grantablePermissions(role);
      expect(grantable.length, role).toBeGreaterThan(0);
      for (const action of declaredActions()) {
        const expected = can(role, action) && !can('public', action) && !/^(apikeys|accounts)\./.test(action);
        expect(grantable.includes(action), `${role} ${action}`).toBe(expected);
      }
    }
    expect(grantablePermissions('admin')).not.toContain('apikeys.managePlatform');
    expect(grantablePermissions('org_member')).not.toContain('instruments.create');
  });
});
