import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { ListQuery } from './schemas.js';

type Reader = Kysely<Database> | Transaction<Database>;

export const PAGE_SIZE = 50;

/** An active organisation (retired ones are gone for every reader). */
export async function findOrganisation(db: Reader, id: number) {
  return db.selectFrom('organisations').selectAll().where('id', '=', id).where('retired_at', 'is', null).executeTakeFirst();
}
export type OrganisationRow = NonNullable<Awaited<ReturnType<typeof findOrganisation>>>;

/** Owners first, then by name: the order the members page shows. */
export async function listMembers(db: Reader, organisationId: number) {
  return db.selectFrom('organisation_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.user_id', 'u.display_name', 'u.email', 'm.role', 'm.position', 'm.added_at'])
    .where('m.organisation_id', '=', organisationId)
    .orderBy(sql`case m.role when 'owner' then 0 when 'member' then 1 else 2 end`)
    .orderBy('u.display_name').orderBy('m.user_id')
    .execute();
}
export type MemberRow = Awaited<ReturnType<typeof listMembers>>[number];

/** Invitations neither accepted nor withdrawn; expired ones stay listed so the owner can act on them. */
export async function listOpenInvitations(db: Reader, organisationId: number) {
  return db.selectFrom('organisation_invitations as i')
    .innerJoin('users as u', 'u.id', 'i.invited_by')
    .select(['i.id', 'i.email', 'i.role', 'i.position', 'i.created_at', 'i.expires_at', 'u.display_name as invited_by_name'])
    .where('i.organisation_id', '=', organisationId)
    .where('i.accepted_at', 'is', null).where('i.withdrawn_at', 'is', null)
    .orderBy('i.created_at', 'desc').orderBy('i.id', 'desc')
    .execute();
}
export type InvitationRow = Awaited<ReturnType<typeof listOpenInvitations>>[number];

export async function findInvitationByHash(db: Reader, tokenHash: string) {
  return db.selectFrom('organisation_invitations as i')
    .innerJoin('organisations as o', 'o.id', 'i.organisation_id')
    .select(['i.id', 'i.organisation_id', 'o.name as organisation_name', 'o.is_demo', 'i.email', 'i.role', 'i.position',
      'i.expires_at', 'i.accepted_at', 'i.withdrawn_at', 'o.retired_at'])
    .where('i.token_hash', '=', tokenHash)
    .executeTakeFirst();
}
export type InvitationByToken = NonNullable<Awaited<ReturnType<typeof findInvitationByHash>>>;

export async function userByEmail(db: Reader, email: string) {
  return db.selectFrom('users').select(['id', 'email', 'display_name', 'role', 'disabled_at'])
    .where((eb) => eb(eb.fn('lower', ['email']), '=', email.trim().toLowerCase())).executeTakeFirst();
}

export async function nameInUse(db: Reader, name: string, exceptId?: number): Promise<boolean> {
  let q = db.selectFrom('organisations').select('id')
    .where((eb) => eb(eb.fn('lower', ['name']), '=', name.trim().toLowerCase())).where('retired_at', 'is', null);
  if (exceptId !== undefined) q = q.where('id', '<>', exceptId);
  return Boolean(await q.executeTakeFirst());
}

/** Every active organisation, for the transition team: only what it may see without consent. */
export async function listAllOrganisations(db: Reader, query: ListQuery) {
  let q = db.selectFrom('organisations').where('retired_at', 'is', null);
  if (query.subsector) q = q.where('subsector', '=', query.subsector);
  if (query.province) q = q.where('province', '=', query.province);
  if (query.shares) q = q.where('share_with_team', '=', query.shares === 'yes');
  if (query.q?.trim()) q = q.where('name', 'ilike', `%${query.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const page = query.page ?? 1;
  const [items, count] = await Promise.all([
    q.select(['id', 'name', 'subsector', 'province', 'share_with_team', 'is_demo'])
      .orderBy(sql`lower(name)`).orderBy('id').limit(PAGE_SIZE).offset((page - 1) * PAGE_SIZE).execute(),
    q.select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const total = Number(count.n);
  return { items, total, page, pageSize: PAGE_SIZE, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
export type OrganisationListPage = Awaited<ReturnType<typeof listAllOrganisations>>;
export type OrganisationListItem = OrganisationListPage['items'][number];
