import type { PermissionTable, Principal } from '../../plugins/permissions.js';

const accounts: readonly Principal[] = ['org_member', 'steering_committee', 'transition_team', 'admin'];
const team: readonly Principal[] = ['admin', 'transition_team'];

/**
 * Platform-level rules, deny by default. What follows these checks is per record: a reviewer must
 * be assigned to the call and not conflicted; the steering committee decides only in a step whose
 * actor role is the steering committee; a decision letter is shown to members of the consortium.
 */
export const reviewPermissions: PermissionTable = {
  // The team runs the workflow: reviewers, eligibility screening, closing the review, the panel.
  'review.manage': team,
  'review.assign': team,
  'review.screen': team,
  // Deciding: the team always; the steering committee in a decision step that names it.
  'review.decide': ['admin', 'transition_team', 'steering_committee'],
  // The ranking is for those who decide.
  'review.rank': ['admin', 'transition_team', 'steering_committee'],
  // Any account can be a reviewer; the assignment to the call is checked per call.
  'review.score': accounts,
  // A decision letter: the consortium's members (checked per application) and the team.
  'review.readDecision': accounts,
};
