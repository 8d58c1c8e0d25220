import { describe, expect, it } from 'vitest';
import { can, type Principal } from '../../plugins/permissions.js';
import './index.js';
import { callPermissions } from './permissions.js';

const ROLES: Principal[] = ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'];
const Y = true;
const n = false;

/** role x action. Applying also needs a membership of the organisation, checked per application. */
const TABLE: Record<string, [public_: boolean, org: boolean, steering: boolean, team: boolean, admin: boolean]> = {
  'calls.read': [Y, Y, Y, Y, Y],
  'calls.apply': [n, Y, Y, Y, Y],
  'calls.manage': [n, n, n, Y, Y],
  'calls.editForms': [n, n, n, Y, Y],
  'calls.viewApplications': [n, n, n, Y, Y],
  'calls.viewConformity': [n, n, n, Y, Y],
};

describe('calls permissions', () => {
  it('declares exactly the actions of the table', () => {
    expect(Object.keys(callPermissions).sort()).toEqual(Object.keys(TABLE).sort());
  });
  for (const [action, row] of Object.entries(TABLE)) {
    for (const [i, role] of ROLES.entries()) {
      it(`${role} ${row[i] ? 'may' : 'may not'} ${action}`, () => expect(can(role, action)).toBe(row[i]));
    }
  }
  it('denies what is not declared', () => {
    for (const role of ROLES) expect(can(role, 'calls.deleteEverything')).toBe(false);
  });
});
