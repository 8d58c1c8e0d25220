import type { PermissionTable, Principal } from '../../plugins/permissions.js';

const everyone: readonly Principal[] = ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'];
const accounts: readonly Principal[] = ['org_member', 'steering_committee', 'transition_team', 'admin'];
const team: readonly Principal[] = ['admin', 'transition_team'];

/**
 * Platform-level rules, deny by default. Applying also needs a membership (owner or member) of
 * the organisation concerned, checked per application with access.ts after this table.
 */
export const callPermissions: PermissionTable = {
  'calls.read': everyone,
  'calls.apply': accounts,
  'calls.manage': team,
  'calls.editForms': team,
  'calls.viewApplications': team,
  'calls.viewConformity': team,
};

export { requires } from '../../plugins/permissions.js';
