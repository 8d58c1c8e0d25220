import type { PermissionTable } from '../../plugins/permissions.js';

/**
 * KPIs, measurements and import progress are open data: everyone reads them. Only the
 * transition team (and the administrator) define KPIs, enter and import measurements, and see
 * who changed what and which rows of an upload were refused.
 */
export const monitoringPermissions: PermissionTable = {
  'monitoring.read': ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'],
  'monitoring.editKpis': ['admin', 'transition_team'],
  'monitoring.enterMeasurements': ['admin', 'transition_team'],
  'monitoring.import': ['admin', 'transition_team'],
  'monitoring.viewImports': ['admin', 'transition_team'],
  'monitoring.viewHistory': ['admin', 'transition_team'],
};

export { requires } from '../../plugins/permissions.js';
