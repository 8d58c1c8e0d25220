import { describe, expect, it } from 'vitest';
import { can, type Principal } from '../../plugins/permissions.js';
import { canClose, canEditMilestones, canReport, canSeeReports, canWriteLessons, NO_ACCESS, type ProjectAccess } from './access.js';
import './index.js';
import { projectPermissions } from './permissions.js';

const ROLES: Principal[] = ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'];
const Y = true;
const n = false;

/** role x action at platform level; the per-project rules below narrow it down. Anything not listed is denied. */
const TABLE: Record<string, [public_: boolean, org: boolean, steering: boolean, team: boolean, admin: boolean]> = {
  'projects.read': [Y, Y, Y, Y, Y],
  'projects.editMilestones': [n, Y, n, Y, Y],
  'projects.report': [n, Y, n, Y, Y],
  'projects.writeLessons': [n, Y, n, Y, Y],
  'projects.close': [n, Y, n, Y, Y],
  'projects.publishLessons': [n, Y, n, Y, Y],
};

const access = (a: Partial<ProjectAccess>): ProjectAccess => ({ ...NO_ACCESS, ...a });
/** Who, in one project, may do what: [see reports, edit milestones, report, write lessons, close]. */
const PROJECT_TABLE: Array<[string, ProjectAccess, boolean[]]> = [
  ['an outsider', access({}), [n, n, n, n, n]],
  ['a partner\'s member', access({ organisations: [2] }), [Y, n, Y, Y, n]],
  ['the lead\'s member', access({ organisations: [1], leadRole: 'member' }), [Y, Y, Y, Y, n]],
  ['the lead\'s owner', access({ organisations: [1], leadRole: 'owner' }), [Y, Y, Y, Y, Y]],
  ['the transition team', access({ team: true }), [Y, Y, Y, Y, Y]],
];

describe('project permissions', () => {
  it('declares exactly the actions of the table', () => {
    expect(Object.keys(projectPermissions).sort()).toEqual(Object.keys(TABLE).sort());
  });

  for (const [action, row] of Object.entries(TABLE)) {
    for (const [i, role] of ROLES.entries()) {
      it(`${role} ${row[i] ? 'may' : 'may not'} ${action}`, () => {
        expect(can(role, action)).toBe(row[i]);
      });
    }
  }

  it('denies what is not declared', () => {
    for (const role of ROLES) expect(can(role, 'projects.deleteEverything')).toBe(false);
  });

  for (const [who, a, row] of PROJECT_TABLE) {
    it(`in one project, ${who}: reports ${row[0]}, milestones ${row[1]}, report ${row[2]}, lessons ${row[3]}, close ${row[4]}`, () => {
      expect([canSeeReports(a), canEditMilestones(a), canReport(a), canWriteLessons(a), canClose(a)]).toEqual(row);
    });
  }
});
