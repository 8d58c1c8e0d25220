import type { PermissionTable, Principal } from '../../plugins/permissions.js';

const everyone: readonly Principal[] = ['public', 'org_member', 'steering_committee', 'transition_team', 'admin'];
const accounts: readonly Principal[] = ['org_member', 'steering_committee', 'transition_team', 'admin'];

/**
 * The sector baseline is anonymous and public. A peer benchmark needs an account; which
 * organisations it may see comes from organisations/access.ts (members, invited coaches, and
 * the team where the organisation consented). Feeding the KPIs is the transition team's work.
 */
export const benchmarkPermissions: PermissionTable = {
  'benchmarks.viewSector': everyone,
  'benchmarks.viewPeers': accounts,
  'benchmarks.feedKpis': ['transition_team', 'admin'],
};
