import { describe, expect, it } from 'vitest';
import { can, type Principal } from '../../plugins/permissions.js';
import type { OrganisationAccess } from '../organisations/access.js';
import { rightsOf } from './guard.js';
import './index.js';
import { assessmentPermissions } from './permissions.js';

const ROLES: Principal[] = ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'];
const Y = true;
const n = false;

/** Platform level: every account reaches the pages, visitors without one do not. */
const TABLE: Record<string, [public_: boolean, org: boolean, steering: boolean, team: boolean, admin: boolean]> = {
  'assessments.view': [n, Y, Y, Y, Y],
  'assessments.answer': [n, Y, Y, Y, Y],
  'assessments.start': [n, Y, Y, Y, Y],
  'assessments.submit': [n, Y, Y, Y, Y],
};

/** Organisation level (organisations/access.ts): who sees results, answers, answers, starts and submits. */
const ORG: Array<[string, OrganisationAccess, { results: boolean; answers: boolean; answer: boolean; manage: boolean; owner: boolean }]> = [
  ['owner', { role: 'owner', coach: false, team: false }, { results: Y, answers: Y, answer: Y, manage: Y, owner: Y }],
  ['member', { role: 'member', coach: false, team: false }, { results: Y, answers: Y, answer: Y, manage: Y, owner: n }],
  ['respondent', { role: 'respondent', coach: false, team: false }, { results: Y, answers: Y, answer: Y, manage: n, owner: n }],
  ['invited coach', { role: null, coach: true, team: false }, { results: Y, answers: n, answer: n, manage: n, owner: n }],
  ['team with consent', { role: null, coach: false, team: true }, { results: Y, answers: n, answer: n, manage: n, owner: n }],
  ['anyone else (team without consent too)', { role: null, coach: false, team: false }, { results: n, answers: n, answer: n, manage: n, owner: n }],
];

describe('assessment permissions', () => {
  it('declares exactly the actions of the table', () => {
    expect(Object.keys(assessmentPermissions).sort()).toEqual(Object.keys(TABLE).sort());
  });

  for (const [action, row] of Object.entries(TABLE)) {
    for (const [i, role] of ROLES.entries()) {
      it(`${role} ${row[i] ? 'may' : 'may not'} ${action}`, () => expect(can(role, action)).toBe(row[i]));
    }
  }

  for (const [who, access, rights] of ORG) {
    it(`gives ${who} the rights ${JSON.stringify(rights)}`, () => expect(rightsOf(access)).toEqual(rights));
  }

  it('denies what is not declared', () => {
    for (const role of ROLES) expect(can(role, 'assessments.deleteEverything')).toBe(false);
  });
});
