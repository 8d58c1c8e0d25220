import type { CurrentUser } from '../../plugins/auth.js';
import { notFound } from '../../plugins/errors.js';
import type { Reader } from './commands/shared.js';

export interface ApplicationAccess {
  /** Transition team or admin: sees every application of every call. */
  team: boolean;
  /** Consortium organisations the account is owner or member of. */
  organisations: number[];
  /** Owner or member of the lead organisation. */
  lead: boolean;
  /** May edit the draft: the lead's people and those of partners that confirmed. */
  edit: boolean;
  /** Partner organisations (not yet confirmed or confirmed) the account may confirm for. */
  confirmable: number[];
}

const NONE: ApplicationAccess = { team: false, organisations: [], lead: false, edit: false, confirmable: [] };

/**
 * What one account may do with one application. Respondents of an organisation answer
 * assessments only: applying is for owners and members.
 */
export async function applicationAccess(db: Reader, user: { id: number; role: string } | null, applicationId: number): Promise<ApplicationAccess> {
  if (!user) return NONE;
  const team = user.role === 'transition_team' || user.role === 'admin';
  const rows = await db.selectFrom('application_partners as p')
    .innerJoin('organisation_members as m', (j) => j.onRef('m.organisation_id', '=', 'p.organisation_id').on('m.user_id', '=', user.id).on('m.role', 'in', ['owner', 'member']))
    .select(['p.organisation_id', 'p.role', 'p.confirmed_at'])
    .where('p.application_id', '=', applicationId).execute();
  const lead = rows.some((r) => r.role === 'lead');
  return {
    team, lead,
    organisations: rows.map((r) => r.organisation_id),
    edit: lead || rows.some((r) => r.role === 'partner' && r.confirmed_at !== null),
    confirmable: rows.filter((r) => r.role === 'partner').map((r) => r.organisation_id),
  };
}

/** Applicants see their own organisations' applications; the transition team sees all. Others: not at all. */
export async function applicationVisibleTo(db: Reader, user: { id: number; role: string } | null, applicationId: number): Promise<boolean> {
  const access = await applicationAccess(db, user, applicationId);
  return access.team || access.organisations.length > 0;
}

/** The access, or 404 for those who may not know the application exists. */
export async function requireVisible(db: Reader, user: CurrentUser | null, applicationId: number): Promise<ApplicationAccess> {
  const access = await applicationAccess(db, user, applicationId);
  if (!access.team && access.organisations.length === 0) throw notFound('application', applicationId);
  return access;
}

/** Whether the account is owner or member (not respondent) of the organisation. */
export async function managesOrganisation(db: Reader, userId: number, organisationId: number): Promise<boolean> {
  const row = await db.selectFrom('organisation_members').select('role')
    .where('organisation_id', '=', organisationId).where('user_id', '=', userId).where('role', 'in', ['owner', 'member']).executeTakeFirst();
  return Boolean(row);
}
