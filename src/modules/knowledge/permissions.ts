import type { PermissionTable, Principal } from '../../plugins/permissions.js';

const everyone: readonly Principal[] = ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'];
const accounts: readonly Principal[] = ['org_member', 'steering_committee', 'transition_team', 'admin'];
const team: readonly Principal[] = ['admin', 'transition_team'];

/**
 * Platform-level rules, deny by default. `knowledge.contribute` only opens the door: an account
 * outside the transition team then needs to be an editor of the entry's actor (access.ts).
 */
export const knowledgePermissions: PermissionTable = {
  'knowledge.read': everyone,
  'knowledge.contribute': accounts,
  // Entries of every actor, and entries that belong to no actor.
  'knowledge.editAll': team,
  'knowledge.manageEditors': team,
};

export { requires } from '../../plugins/permissions.js';
