import type { PermissionTable, Principal } from '../../plugins/permissions.js';

/**
 * Every account may reach the assessment pages; what it sees there is decided per organisation
 * by organisations/access.ts (members, invited coaches, the team with consent). Visitors without
 * an account are refused before that.
 */
const accounts: readonly Principal[] = ['org_member', 'steering_committee', 'transition_team', 'admin'];

export const assessmentPermissions: PermissionTable = {
  'assessments.view': accounts,
  'assessments.answer': accounts,
  'assessments.start': accounts,
  'assessments.submit': accounts,
};

export { requires } from '../../plugins/permissions.js';
