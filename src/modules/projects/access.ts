import type { OrganisationRole } from '../../db/schema.js';
import type { Reader } from './db.js';

export interface Viewer { id: number; role: string }

/**
 * What one account may do with one project. Roles in the consortium's organisations come from
 * organisation_members; respondents only answer assessments, so they count as outsiders here.
 * The transition team follows every project it granted.
 */
export interface ProjectAccess {
  team: boolean;
  /** Organisations of the consortium this account is owner or member of. */
  organisations: number[];
  leadRole: OrganisationRole | null;
}

export const NO_ACCESS: ProjectAccess = { team: false, organisations: [], leadRole: null };

const isTeam = (user: Viewer | null) => user?.role === 'transition_team' || user?.role === 'admin';

export async function projectAccess(db: Reader, user: Viewer | null, project: { application_id: number; lead_organisation_id: number }): Promise<ProjectAccess> {
  if (!user) return NO_ACCESS;
  const rows = await db.selectFrom('application_partners as p')
    .innerJoin('organisation_members as m', 'm.organisation_id', 'p.organisation_id')
    .select(['p.organisation_id', 'm.role'])
    .where('p.application_id', '=', project.application_id).where('m.user_id', '=', user.id)
    .where('m.role', 'in', ['owner', 'member'])
    .execute();
  // The lead is a consortium member even if the application's partner list missed it.
  const lead = rows.find((r) => r.organisation_id === project.lead_organisation_id)
    ?? await db.selectFrom('organisation_members').select(['organisation_id', 'role'])
      .where('organisation_id', '=', project.lead_organisation_id).where('user_id', '=', user.id).where('role', 'in', ['owner', 'member']).executeTakeFirst();
  const organisations = [...new Set([...rows.map((r) => r.organisation_id), ...(lead ? [lead.organisation_id] : [])])];
  return { team: isTeam(user), organisations, leadRole: lead?.role ?? null };
}

export const isConsortiumMember = (a: ProjectAccess) => a.organisations.length > 0;
/** Reports and unpublished lessons: the consortium and the team. */
export const canSeeReports = (a: ProjectAccess) => a.team || isConsortiumMember(a);
export const canEditMilestones = (a: ProjectAccess) => a.team || a.leadRole !== null;
export const canReport = (a: ProjectAccess) => a.team || isConsortiumMember(a);
export const canWriteLessons = (a: ProjectAccess) => a.team || isConsortiumMember(a);
export const canClose = (a: ProjectAccess) => a.team || a.leadRole === 'owner';

/** An organisation's own lessons (outside projects): its owners and members write, owners publish. */
export async function organisationRole(db: Reader, user: Viewer | null, organisationId: number): Promise<OrganisationRole | null> {
  if (!user) return null;
  const row = await db.selectFrom('organisation_members').select('role')
    .where('organisation_id', '=', organisationId).where('user_id', '=', user.id).executeTakeFirst();
  return row?.role ?? null;
}

export const teamRole = isTeam;
