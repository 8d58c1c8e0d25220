import { describe, expect, it } from 'vitest';
import { can, type Principal } from '../../plugins/permissions.js';
import './index.js';
import { visionPermissions } from './permissions.js';

const ROLES: Principal[] = ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'];
const Y = true;
const n = false;

/** role x action: what each role may do with the vision, paths and scenarios. Anything not listed is denied. */
const TABLE: Record<string, [public_: boolean, org: boolean, steering: boolean, team: boolean, admin: boolean]> = {
  'vision.read': [Y, Y, Y, Y, Y],
  'vision.comment': [n, Y, Y, Y, Y],
  'vision.endorse': [n, Y, Y, Y, Y],
  'vision.edit': [n, n, n, Y, Y],
  'vision.answer': [n, n, n, Y, Y],
  'vision.writeKpi': [n, n, n, Y, Y],
  'vision.editPaths': [n, n, n, Y, Y],
  'vision.editScenarios': [n, n, n, Y, Y],
  'vision.logSignal': [n, n, Y, Y, Y],
  'vision.viewDrafts': [n, n, n, Y, Y],
  'vision.viewHistory': [n, n, Y, Y, Y],
};

describe('vision permissions', () => {
  it('declares exactly the actions of the table', () => {
    expect(Object.keys(visionPermissions).sort()).toEqual(Object.keys(TABLE).sort());
  });

  for (const [action, row] of Object.entries(TABLE)) {
    for (const [i, role] of ROLES.entries()) {
      it(`${role} ${row[i] ? 'may' : 'may not'} ${action}`, () => {
        expect(can(role, action)).toBe(row[i]);
      });
    }
  }

  it('denies what is not declared', () => {
    for (const role of ROLES) expect(can(role, 'vision.deleteEverything')).toBe(false);
  });
});
