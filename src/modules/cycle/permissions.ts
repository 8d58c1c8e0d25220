import type { PermissionTable, Principal } from '../../plugins/permissions.js';

const everyone: readonly Principal[] = ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'];
const editors: readonly Principal[] = ['admin', 'transition_team'];
/** The steering committee approves what the transition team prepares (R1.3): it adopts and re-baselines plans. */
const approvers: readonly Principal[] = ['admin', 'steering_committee'];

export const cyclePermissions: PermissionTable = {
  'cycle.read': everyone,
  'cycle.createActionLine': editors,
  'cycle.updateActionLine': editors,
  'cycle.createPlan': editors,
  'cycle.updatePlan': editors,
  'cycle.rollOverPlan': editors,
  'cycle.adoptPlan': approvers,
  'cycle.rebaselinePlan': approvers,
  'cycle.createAction': editors,
  'cycle.updateAction': editors,
  'cycle.linkDecision': editors,
  'cycle.createMilestone': editors,
  'cycle.updateMilestone': editors,
  'cycle.editConformity': editors,
  'cycle.viewHistory': ['admin', 'transition_team', 'steering_committee'],
};
