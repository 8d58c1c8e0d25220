import type { PermissionTable } from '../../plugins/permissions.js';

/** The transition team prepares the report and its format; the steering committee publishes it. */
export const reportingPermissions: PermissionTable = {
  'reports.viewDraft': ['admin', 'transition_team', 'steering_committee'],
  'reports.publish': ['admin', 'steering_committee'],
  'reports.editTemplate': ['admin', 'transition_team'],
};

export { requires } from '../../plugins/permissions.js';
