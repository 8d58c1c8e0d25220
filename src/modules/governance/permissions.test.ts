import { describe, expect, it } from 'vitest';
import { can, declaredActions, ROLES, type Principal } from '../../plugins/permissions.js';
import './index.js';

/** Who may do what, read as a table: every role against every governance action. Deny by default. */
const TABLE: Record<string, Principal[]> = {
  'governance.viewDrafts': ['admin', 'transition_team', 'steering_committee'],
  'governance.viewHistory': ['admin', 'transition_team', 'steering_committee'],
  'governance.manageBodies': ['admin', 'transition_team'],
  'governance.editMeetings': ['admin', 'transition_team'],
  'governance.editDecisions': ['admin', 'transition_team'],
  'governance.preparePublications': ['admin', 'transition_team'],
  'governance.approve': ['admin', 'steering_committee'],
  'governance.publish': ['admin', 'steering_committee'],
};
const PRINCIPALS: Principal[] = [...ROLES, 'public'];

describe('governance permissions', () => {
  it('declares exactly the actions of the table', () => {
    expect(declaredActions().filter((a) => a.startsWith('governance.'))).toEqual(Object.keys(TABLE).sort());
  });

  const cases = Object.entries(TABLE).flatMap(([action, allowed]) => PRINCIPALS.map((who) => [action, who, allowed.includes(who)] as const));
  it.each(cases)('%s for %s: %s', (action, who, expected) => {
    expect(can(who, action)).toBe(expected);
  });

  it('denies an action nobody declared', () => {
    for (const who of PRINCIPALS) expect(can(who, 'governance.somethingElse')).toBe(false);
  });
});
