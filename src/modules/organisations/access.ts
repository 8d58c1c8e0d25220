import { sql, type Kysely, type Transaction } from 'kysely';
import type { Catalog } from '../../catalog/catalog.js';
import type { Database, OrganisationRole } from '../../db/schema.js';

type Reader = Kysely<Database> | Transaction<Database>;

/**
 * What one account may do with one organisation's own data (issue text: consent and privacy).
 * Members see everything; an invited coach sees results and the plan and may comment; the
 * transition team sees the identified result only when the organisation consented to it.
 * Everyone else sees nothing identified: only anonymous aggregates.
 */
export interface OrganisationAccess {
  role: OrganisationRole | null;
  coach: boolean;
  /** Transition team or admin, and the organisation shares its result with the team. */
  team: boolean;
}

export async function organisationAccess(
  db: Reader,
  user: { id: number; role: string } | null,
  organisationId: number,
): Promise<OrganisationAccess> {
  if (!user) return { role: null, coach: false, team: false };
  if (outsideKeyScope(user, organisationId)) return { role: null, coach: false, team: false };
  // One statement rather than three: on the embedded database each statement waits its turn.
  const { rows: [found] } = await sql<{ role: OrganisationRole | null; coach: boolean; share: boolean | null }>`
    select
      (select m.role from organisation_members m where m.organisation_id = ${organisationId} and m.user_id = ${user.id}) as role,
      exists (select 1 from coach_invitations c
        where c.organisation_id = ${organisationId} and c.coach_user_id = ${user.id} and c.withdrawn_at is null) as coach,
      (select o.share_with_team from organisations o where o.id = ${organisationId}) as share`.execute(db);
  const teamRole = user.role === 'transition_team' || user.role === 'admin';
  return { role: found?.role ?? null, coach: Boolean(found?.coach), team: teamRole && Boolean(found?.share) };
}

/** May read the organisation's results (combined and per dimension) and its improvement plan. */
export function canSeeResults(access: OrganisationAccess): boolean {
  return access.role !== null || access.coach || access.team;
}

/** May read individual answers, notes and evidence: members only. */
export function canSeeAnswers(access: OrganisationAccess): boolean {
  return access.role !== null;
}

/** May answer an assessment: every member; respondents do nothing else. */
export function canAnswer(access: OrganisationAccess): boolean {
  return access.role !== null;
}

/** May start assessments, edit the plan and the profile: owners and members, not respondents. */
export function canManage(access: OrganisationAccess): boolean {
  return access.role === 'owner' || access.role === 'member';
}

/** May change the profile's consent, members and coach invitations: owners only. */
export function isOwner(access: OrganisationAccess): boolean {
  return access.role === 'owner';
}

/** The organisations an account belongs to, for its own start page. */
export async function organisationsOf(db: Reader, userId: number) {
  return db.selectFrom('organisation_members as m')
    .innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['o.id', 'o.name', 'o.subsector', 'o.is_demo', 'm.role'])
    .where('m.user_id', '=', userId).where('o.retired_at', 'is', null)
    .orderBy('o.name').execute();
}

/**
 * organisationAccess, remembered per account and organisation until the next write that can
 * change it (accounts, memberships, invitations, coaches, consent: the 'access' area, renewed by
 * the app after every such write). Assessments and results are read far more often than access
 * changes, and a lookup costs three queries.
 */
export async function rememberedAccess(
  catalog: Catalog,
  db: Reader,
  user: { id: number; role: string } | null,
  organisationId: number,
): Promise<OrganisationAccess> {
  if (!user) return organisationAccess(db, user, organisationId);
  if (outsideKeyScope(user, organisationId)) return { role: null, coach: false, team: false };
  let memory = memories.get(catalog);
  const stamp = catalog.stamp(['access']);
  if (!memory || memory.stamp !== stamp || memory.entries.size > ACCESS_MEMORY_MAX) {
    memory = { stamp, entries: new Map() };
    memories.set(catalog, memory);
  }
  const key = `${user.id}:${user.role}:${organisationId}`;
  const hit = memory.entries.get(key);
  if (hit) return hit;
  const access = await organisationAccess(db, user, organisationId);
  // Kept only if nothing changed access while it was being read.
  if (catalog.stamp(['access']) === stamp) memory.entries.set(key, access);
  return access;
}

const ACCESS_MEMORY_MAX = 50_000;
const memories = new WeakMap<Catalog, { stamp: string; entries: Map<string, OrganisationAccess> }>();

/**
 * A request made with an API key scoped to one organisation reaches no other organisation, even
 * when the key's creator belongs to that one too: every route that asks who may see an
 * organisation's data (assessments, plans, benchmarks) goes through here.
 */
function outsideKeyScope(user: { id: number; role: string }, organisationId: number): boolean {
  const scope = (user as { apiKey?: { organisationId: number | null } }).apiKey;
  return !!scope && scope.organisationId !== null && scope.organisationId !== organisationId;
}
