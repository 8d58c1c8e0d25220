import type { PermissionTable, Principal } from '../../../plugins/permissions.js';

const everyone: readonly Principal[] = ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'];

/** Open data is open: the catalogue and every dump hold only what the platform already shows to anyone. */
export const cataloguePermissions: PermissionTable = {
  'opendata.viewCatalogue': everyone,
  'opendata.downloadDumps': everyone,
};
