import type { PermissionTable, Principal } from '../../plugins/permissions.js';

const everyone: readonly Principal[] = ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'];
const accounts: readonly Principal[] = ['org_member', 'steering_committee', 'transition_team', 'admin'];
const team: readonly Principal[] = ['admin', 'transition_team'];

/**
 * Platform-level rules, deny by default. Endorsing also needs the owner role in the organisation,
 * checked per organisation with organisations/access.ts after this table.
 */
export const visionPermissions: PermissionTable = {
  'vision.read': everyone,
  // Anyone with an account takes part in an open round (issue text 5).
  'vision.comment': accounts,
  'vision.endorse': accounts,
  // The transition team writes the vision, runs the rounds and answers every comment.
  'vision.edit': team,
  'vision.answer': team,
  'vision.writeKpi': team,
  'vision.editPaths': team,
  'vision.editScenarios': team,
  // Signals come from the team and the advisory board (which sits with the steering committee role).
  'vision.logSignal': ['admin', 'transition_team', 'steering_committee'],
  'vision.viewDrafts': team,
  'vision.viewHistory': ['admin', 'transition_team', 'steering_committee'],
};

export { requires } from '../../plugins/permissions.js';
