import { describe, expect, it } from 'vitest';
import { can, type Principal } from '../../plugins/permissions.js';
import './index.js';
import { cyclePermissions } from './permissions.js';

const ROLES: Principal[] = ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'];
const Y = true;
const n = false;

/** role x action: what each role may do in the follow-up cycle. Anything not listed is denied. */
const TABLE: Record<string, [public_: boolean, org: boolean, steering: boolean, team: boolean, admin: boolean]> = {
  'cycle.read': [Y, Y, Y, Y, Y],
  'cycle.createActionLine': [n, n, n, Y, Y],
  'cycle.updateActionLine': [n, n, n, Y, Y],
  'cycle.createPlan': [n, n, n, Y, Y],
  'cycle.updatePlan': [n, n, n, Y, Y],
  'cycle.rollOverPlan': [n, n, n, Y, Y],
  'cycle.adoptPlan': [n, n, Y, n, Y],
  'cycle.rebaselinePlan': [n, n, Y, n, Y],
  'cycle.createAction': [n, n, n, Y, Y],
  'cycle.updateAction': [n, n, n, Y, Y],
  'cycle.linkDecision': [n, n, n, Y, Y],
  'cycle.createMilestone': [n, n, n, Y, Y],
  'cycle.updateMilestone': [n, n, n, Y, Y],
  'cycle.editConformity': [n, n, n, Y, Y],
  'cycle.viewHistory': [n, n, Y, Y, Y],
};

describe('cycle permissions', () => {
  it('declares exactly the actions of the table', () => {
    expect(Object.keys(cyclePermissions).sort()).toEqual(Object.keys(TABLE).sort());
  });

  for (const [action, row] of Object.entries(TABLE)) {
    for (const [i, role] of ROLES.entries()) {
      it(`${role} ${row[i] ? 'may' : 'may not'} ${action}`, () => {
        expect(can(role, action)).toBe(row[i]);
      });
    }
  }

  it('denies what is not declared', () => {
    for (const role of ROLES) expect(can(role, 'cycle.deleteEverything')).toBe(false);
  });
});
