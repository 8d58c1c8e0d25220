import { describe, expect, it } from 'vitest';
import { can, type Principal } from '../../plugins/permissions.js';
import '../accounts/index.js';
import './index.js';
import { privacyPermissions } from './permissions.js';

const ROLES: Principal[] = ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'];
const Y = true;
const n = false;

/** role x action for the person's own data, accessibility feedback and login settings. */
const TABLE: Record<string, [public_: boolean, org: boolean, steering: boolean, team: boolean, admin: boolean]> = {
  'privacy.exportOwn': [n, Y, Y, Y, Y],
  'privacy.deleteOwn': [n, Y, Y, Y, Y],
  'privacy.viewAccessibilityFeedback': [n, n, n, Y, Y],
  'accounts.loginSettings': [n, n, n, Y, Y],
};

describe('privacy and login permissions', () => {
  it('declares exactly the privacy actions of the table', () => {
    expect(Object.keys(privacyPermissions).sort()).toEqual(Object.keys(TABLE).filter((a) => a.startsWith('privacy.')).sort());
  });

  for (const [action, row] of Object.entries(TABLE)) {
    for (const [i, role] of ROLES.entries()) {
      it(`${role} ${row[i] ? 'may' : 'may not'} ${action}`, () => {
        expect(can(role, action)).toBe(row[i]);
      });
    }
  }
});
