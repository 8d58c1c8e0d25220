import type { PermissionTable } from '../../plugins/permissions.js';

/**
 * Who may do what in the governance bodies (R1.3). The transition team prepares: meetings,
 * agendas, treatments, draft decisions and draft publications. The steering committee decides:
 * it approves and publishes. Visitors and organisation members see published content only.
 */
export const governancePermissions: PermissionTable = {
  'governance.viewDrafts': ['admin', 'transition_team', 'steering_committee'],
  'governance.viewHistory': ['admin', 'transition_team', 'steering_committee'],
  'governance.manageBodies': ['admin', 'transition_team'],
  'governance.editMeetings': ['admin', 'transition_team'],
  'governance.editDecisions': ['admin', 'transition_team'],
  'governance.preparePublications': ['admin', 'transition_team'],
  'governance.approve': ['admin', 'steering_committee'],
  'governance.publish': ['admin', 'steering_committee'],
};

export { requires } from '../../plugins/permissions.js';
