import { describe, expect, it } from 'vitest';
import { can, type Principal } from '../../plugins/permissions.js';
import './index.js';
import { maturityPermissions } from './permissions.js';

const ROLES: Principal[] = ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'];
const Y = true;
const n = false;

/** role x action: who may read the model and who shapes its next version. Anything not listed is denied. */
const TABLE: Record<string, [public_: boolean, org: boolean, steering: boolean, team: boolean, admin: boolean]> = {
  'maturity.read': [Y, Y, Y, Y, Y],
  'maturity.viewDrafts': [n, n, n, Y, Y],
  'maturity.edit': [n, n, n, Y, Y],
  'maturity.publish': [n, n, n, Y, Y],
  'maturity.viewHistory': [n, n, n, Y, Y],
};

describe('maturity permissions', () => {
  it('declares exactly the actions of the table', () => {
    expect(Object.keys(maturityPermissions).sort()).toEqual(Object.keys(TABLE).sort());
  });

  for (const [action, row] of Object.entries(TABLE)) {
    for (const [i, role] of ROLES.entries()) {
      it(`${role} ${row[i] ? 'may' : 'may not'} ${action}`, () => {
        expect(can(role, action)).toBe(row[i]);
      });
    }
  }

  it('denies what is not declared', () => {
    for (const role of ROLES) expect(can(role, 'maturity.deleteEverything')).toBe(false);
  });
});
