import type { OrganisationRole } from '../../db/schema.js';
import type { InvitationByToken, InvitationRow, MemberRow, OrganisationListItem, OrganisationRow } from './queries.js';
import { seesProfile, type Viewer } from './view.js';

/** API shapes: explicit fields only; never a token hash, never an e-mail address to a non-member. */

/** Where the other parts of the maturity flow live for this organisation, as far as this reader may go. */
export function organisationLinks(id: number, viewer: Viewer) {
  const base = `/organisations/${id}`;
  const links: Record<string, string> = {};
  if (viewer.view === 'member') { links.members = `${base}/members`; links.assessments = `${base}/assessments`; }
  if (viewer.results) { links.benchmark = `${base}/benchmark`; links.plan = `${base}/plan`; }
  if (viewer.manage) links.coaches = `${base}/coaches`;
  if (viewer.manage) links.edit = `${base}/edit`;
  return links;
}

export function presentMember(m: MemberRow, withEmail: boolean) {
  return {
    userId: m.user_id, displayName: m.display_name, role: m.role, position: m.position, addedAt: m.added_at.toISOString(),
    ...(withEmail ? { email: m.email } : {}),
  };
}

export function invitationStatus(expiresAt: Date, now = Date.now()): 'open' | 'expired' {
  return expiresAt.getTime() > now ? 'open' : 'expired';
}

export function presentInvitation(i: InvitationRow) {
  return {
    id: i.id, email: i.email, role: i.role, position: i.position, invitedBy: i.invited_by_name,
    createdAt: i.created_at.toISOString(), expiresAt: i.expires_at.toISOString(), status: invitationStatus(i.expires_at),
  };
}

export function presentOrganisation(o: OrganisationRow, viewer: Viewer, members: MemberRow[], base: string) {
  const head = {
    id: o.id, uri: `${base}/organisations/${o.id}`, name: o.name, subsector: o.subsector, province: o.province,
    shareWithTeam: o.share_with_team, isDemo: o.is_demo, view: viewer.view, myRole: viewer.access.role,
  };
  if (!seesProfile(viewer)) return head;
  return {
    ...head,
    staffClass: o.staff_class, budgetClass: o.budget_class, municipality: o.municipality, legalForm: o.legal_form,
    fundingFramework: o.funding_framework, website: o.website, mission: o.mission, contactable: o.contactable,
    version: o.version, createdAt: o.created_at.toISOString(), updatedAt: o.updated_at.toISOString(),
    members: members.map((m) => presentMember(m, viewer.view === 'member')),
    links: organisationLinks(o.id, viewer),
  };
}

export function presentListItem(o: OrganisationListItem, base: string) {
  return { id: o.id, uri: `${base}/organisations/${o.id}`, name: o.name, subsector: o.subsector, province: o.province, shareWithTeam: o.share_with_team, isDemo: o.is_demo };
}

export function presentMine(o: { id: number; name: string; subsector: string; is_demo: boolean; role: OrganisationRole }, base: string) {
  return { id: o.id, uri: `${base}/organisations/${o.id}`, name: o.name, subsector: o.subsector, isDemo: o.is_demo, myRole: o.role };
}

/** What the holder of an invitation link learns: enough to decide, nothing about other people. */
export function presentInvitationForInvitee(i: InvitationByToken, accountExists: boolean) {
  return {
    organisation: { id: i.organisation_id, name: i.organisation_name, isDemo: i.is_demo },
    email: i.email, role: i.role, position: i.position, expiresAt: i.expires_at.toISOString(), accountExists,
  };
}
