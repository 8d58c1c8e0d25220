import { describe, expect, it } from 'vitest';
import { can, type Principal } from '../../plugins/permissions.js';
import './index.js';

const WHO: Principal[] = ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'];

/** Deny by default: each action with exactly the principals that may perform it. */
const TABLE: Record<string, Principal[]> = {
  'monitoring.read': ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'],
  'monitoring.editKpis': ['transition_team', 'admin'],
  'monitoring.enterMeasurements': ['transition_team', 'admin'],
  'monitoring.import': ['transition_team', 'admin'],
  'monitoring.viewImports': ['transition_team', 'admin'],
  'monitoring.viewHistory': ['transition_team', 'admin'],
  'monitoring.somethingUndeclared': [],
};

describe('monitoring permissions', () => {
  for (const [action, allowed] of Object.entries(TABLE)) {
    for (const who of WHO) {
      it(`${action}: ${who} ${allowed.includes(who) ? 'may' : 'may not'}`, () => {
        expect(can(who, action)).toBe(allowed.includes(who));
      });
    }
  }
});
