import { describe, expect, it } from 'vitest';
import { can, type Principal } from '../../plugins/permissions.js';
import './index.js';
import { mayAct, type WorkflowStep } from './workflow.js';

const who: Principal[] = ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'];

describe('review permissions', () => {
  it.each([
    ['review.manage', ['transition_team', 'admin']],
    ['review.assign', ['transition_team', 'admin']],
    ['review.screen', ['transition_team', 'admin']],
    ['review.decide', ['steering_committee', 'transition_team', 'admin']],
    ['review.rank', ['steering_committee', 'transition_team', 'admin']],
    ['review.score', ['org_member', 'steering_committee', 'transition_team', 'admin']],
    ['review.readDecision', ['org_member', 'steering_committee', 'transition_team', 'admin']],
    ['review.unknown', []],
  ] as const)('%s is allowed for exactly %j', (action, allowed) => {
    expect(who.filter((p) => can(p, action))).toEqual(allowed);
  });

  const step = (kind: WorkflowStep['kind'], actorRole: WorkflowStep['actorRole']): WorkflowStep => ({ position: 1, code: kind, kind, actorRole, label: { nl: '', en: '' } });
  it('lets the steering committee act only in a step that names it', () => {
    expect(mayAct(step('decision', 'steering_committee'), 'steering_committee')).toBe(true);
    expect(mayAct(step('decision', 'transition_team'), 'steering_committee')).toBe(false);
    expect(mayAct(step('eligibility', 'transition_team'), 'steering_committee')).toBe(false);
    expect(mayAct(step('decision', 'steering_committee'), 'transition_team')).toBe(true);
    expect(mayAct(step('panel', 'panel'), 'org_member')).toBe(false);
    expect(mayAct(step('review', 'reviewer'), 'admin')).toBe(true);
  });
});
