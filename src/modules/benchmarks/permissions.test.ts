import { describe, expect, it } from 'vitest';
import { can, type Principal } from '../../plugins/permissions.js';
import './index.js';

const WHO: Principal[] = ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'];

/** Deny by default: each action with exactly the principals that may perform it. */
const TABLE: Record<string, Principal[]> = {
  'benchmarks.viewSector': ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'],
  'benchmarks.viewPeers': ['org_member', 'steering_committee', 'transition_team', 'admin'],
  'benchmarks.feedKpis': ['transition_team', 'admin'],
  'benchmarks.somethingUndeclared': [],
};

describe('benchmark permissions', () => {
  for (const [action, allowed] of Object.entries(TABLE)) {
    for (const who of WHO) {
      it(`${action}: ${who} ${allowed.includes(who) ? 'may' : 'may not'}`, () => {
        expect(can(who, action)).toBe(allowed.includes(who));
      });
    }
  }
});
