import type { PermissionTable } from '../../plugins/permissions.js';

export const instrumentPermissions: PermissionTable = {
  'instruments.create': ['admin', 'transition_team'],
  'instruments.update': ['admin', 'transition_team'],
  'instruments.retire': ['admin', 'transition_team'],
  'instruments.viewHistory': ['admin', 'transition_team'],
};

export { requires } from '../../plugins/permissions.js';
