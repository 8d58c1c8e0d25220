import { describe, expect, it } from 'vitest';
import { can, type Principal } from '../../plugins/permissions.js';
import './index.js';
import { organisationPermissions } from './permissions.js';

const ROLES: Principal[] = ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'];
const Y = true;
const n = false;

/** role x action at platform level; what one account may do in one organisation is access.ts's and is tested on the routes. */
const TABLE: Record<string, [public_: boolean, org: boolean, steering: boolean, team: boolean, admin: boolean]> = {
  'organisations.register': [Y, n, n, n, n],
  'organisations.create': [n, Y, Y, Y, Y],
  'organisations.listMine': [n, Y, Y, Y, Y],
  'organisations.listAll': [n, n, n, Y, Y],
  'organisations.acceptInvitation': [Y, Y, Y, Y, Y],
};

describe('organisations permissions', () => {
  it('declares exactly the actions of the table', () => {
    expect(Object.keys(organisationPermissions).sort()).toEqual(Object.keys(TABLE).sort());
  });

  for (const [action, row] of Object.entries(TABLE)) {
    for (const [i, role] of ROLES.entries()) {
      it(`${role} ${row[i] ? 'may' : 'may not'} ${action}`, () => {
        expect(can(role, action)).toBe(row[i]);
      });
    }
  }

  it('denies what is not declared', () => {
    for (const role of ROLES) expect(can(role, 'organisations.deleteAll')).toBe(false);
  });
});
