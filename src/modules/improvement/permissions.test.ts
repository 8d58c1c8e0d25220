import { describe, expect, it } from 'vitest';
import { can, type Principal } from '../../plugins/permissions.js';
import './index.js';
import { may } from './guard.js';
import { improvementPermissions } from './permissions.js';

const ROLES: Principal[] = ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'];
const Y = true;
const n = false;

/** Platform gate: role x action. What one organisation shows is decided per organisation (below). */
const TABLE: Record<string, [public_: boolean, org: boolean, steering: boolean, team: boolean, admin: boolean]> = {
  'improvement.use': [n, Y, Y, Y, Y],
  'improvement.coaching': [n, Y, Y, Y, Y],
};

type Access = { role: 'owner' | 'member' | 'respondent' | null; coach: boolean; team: boolean };
const who: Record<string, Access> = {
  owner: { role: 'owner', coach: false, team: false },
  member: { role: 'member', coach: false, team: false },
  respondent: { role: 'respondent', coach: false, team: false },
  coach: { role: null, coach: true, team: false },
  consentingTeam: { role: null, coach: false, team: true },
  stranger: { role: null, coach: false, team: false },
};
/** Per organisation: read, manage, comment, owner, member. */
const ORG_TABLE: Record<string, [read: boolean, manage: boolean, comment: boolean, owner: boolean, member: boolean]> = {
  owner: [Y, Y, Y, Y, Y],
  member: [Y, Y, Y, n, Y],
  respondent: [Y, n, n, n, Y],
  coach: [Y, n, Y, n, n],
  consentingTeam: [Y, n, n, n, n],
  stranger: [n, n, n, n, n],
};

describe('improvement permissions', () => {
  it('declares exactly the actions of the table', () => {
    expect(Object.keys(improvementPermissions).sort()).toEqual(Object.keys(TABLE).sort());
  });
  for (const [action, row] of Object.entries(TABLE)) {
    for (const [i, role] of ROLES.entries()) {
      it(`${role} ${row[i] ? 'may' : 'may not'} ${action}`, () => expect(can(role, action)).toBe(row[i]));
    }
  }
  for (const [name, row] of Object.entries(ORG_TABLE)) {
    (['read', 'manage', 'comment', 'owner', 'member'] as const).forEach((need, i) => {
      it(`${name} ${row[i] ? 'may' : 'may not'} ${need} an organisation's trajectory`, () => expect(may[need](who[name]!)).toBe(row[i]));
    });
  }
});
