import type { CurrentUser } from '../../plugins/auth.js';
import { notFound, unauthenticated } from '../../plugins/errors.js';
import { principalOf } from '../../plugins/auth.js';
import { can } from '../../plugins/permissions.js';
import { canManage, canSeeResults, isOwner, type OrganisationAccess } from './access.js';

/**
 * How much of an organisation one reader sees (issue text, consent and privacy):
 * - member: everything, co-members' e-mail addresses included;
 * - coach: the profile and who is who, read-only;
 * - shared: the same for the transition team once the organisation consented (share_with_team);
 * - basic: the transition team without consent: name, subsector, province.
 */
export type OrganisationView = 'member' | 'coach' | 'shared' | 'basic';

export interface Viewer {
  view: OrganisationView;
  access: OrganisationAccess;
  /** May edit the profile (owners and members). */
  manage: boolean;
  /** May change consent, members and invitations. */
  owner: boolean;
  /** May open the results, the benchmark and the improvement plan. */
  results: boolean;
}

/**
 * Who may see this organisation at all. Anyone else gets 404, so an organisation's existence is
 * not confirmed to accounts that have no business with it; a visitor is asked to log in first.
 */
export function viewerOf(user: CurrentUser | null, access: OrganisationAccess, id: number): Viewer {
  if (!user) throw unauthenticated();
  const view: OrganisationView | null = access.role ? 'member' : access.coach ? 'coach' : access.team ? 'shared'
    : can(principalOf(user), 'organisations.listAll') ? 'basic' : null;
  if (!view) throw notFound('organisation', id);
  return { view, access, manage: canManage(access), owner: isOwner(access), results: canSeeResults(access) };
}

export const seesProfile = (v: Viewer) => v.view !== 'basic';
