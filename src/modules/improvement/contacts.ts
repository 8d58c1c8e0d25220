import type { Reader } from './queries.js';

/**
 * Requests for contact between peers (improvement_contact_requests). Each change also has its
 * audit record under this entity type; the record of an answer is also where the platform finds
 * which owner answered, since the table keeps only when and how.
 */
export const CONTACT_ENTITY = 'improvement_contact_request';
/** An organisation asks the same peer about the same dimension at most once in this many days. */
export const CONTACT_INTERVAL_DAYS = 30;
/** How long requests stay listed on the plan pages of both sides. */
const LISTED_DAYS = 366;

export type ContactAnswer = 'accepted' | 'declined';
export type ContactState = 'waiting' | ContactAnswer;
export interface Person { name: string; email: string }

export interface ContactRequest {
  id: number; requestedAt: string;
  from: { id: number; name: string; isDemo: boolean }; to: { id: number; name: string; isDemo: boolean };
  dimension: string; message: string; requester: Person;
  state: ContactState; answeredAt: string | null;
  /** The owner of the asked organisation who answered (for an accepted request: the contact to write to). */
  answeredBy: Person | null;
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000);

async function listRequests(db: Reader, side: 'from' | 'to', organisationId: number, where?: { id?: number }): Promise<ContactRequest[]> {
  let query = db.selectFrom('improvement_contact_requests as r')
    .innerJoin('organisations as f', 'f.id', 'r.from_organisation_id')
    .innerJoin('organisations as o', 'o.id', 'r.to_organisation_id')
    .innerJoin('users as u', 'u.id', 'r.requested_by')
    .select([
      'r.id', 'r.requested_at', 'r.dimension_code', 'r.message', 'r.answered_at', 'r.answer',
      'f.id as from_id', 'f.name as from_name', 'f.is_demo as from_demo', 'o.id as to_id', 'o.name as to_name', 'o.is_demo as to_demo',
      'u.display_name', 'u.email',
    ])
    .where(side === 'from' ? 'r.from_organisation_id' : 'r.to_organisation_id', '=', organisationId);
  query = where?.id !== undefined ? query.where('r.id', '=', where.id) : query.where('r.requested_at', '>=', daysAgo(LISTED_DAYS));
  const rows = await query.orderBy('r.requested_at', 'desc').orderBy('r.id', 'desc').limit(200).execute();
  const answerers = await answerersOf(db, rows.filter((r) => r.answer !== null).map((r) => r.id));
  return rows.map((r) => ({
    id: r.id, requestedAt: r.requested_at.toISOString(),
    from: { id: r.from_id, name: r.from_name, isDemo: r.from_demo }, to: { id: r.to_id, name: r.to_name, isDemo: r.to_demo },
    dimension: r.dimension_code, message: r.message, requester: { name: r.display_name, email: r.email },
    state: r.answer ?? 'waiting', answeredAt: r.answered_at ? r.answered_at.toISOString() : null, answeredBy: answerers.get(r.id) ?? null,
  }));
}

/** Who answered each request: the account behind the answer's audit record. */
async function answerersOf(db: Reader, ids: number[]): Promise<Map<number, Person>> {
  if (!ids.length) return new Map();
  const rows = await db.selectFrom('audit_log as a').innerJoin('users as u', 'u.id', 'a.user_id')
    .select(['a.entity_id', 'u.display_name', 'u.email'])
    .where('a.entity_type', '=', CONTACT_ENTITY).where('a.action', '=', 'update').where('a.entity_id', 'in', ids.map(String))
    .orderBy('a.id').execute();
  // Ordered oldest first, so the last answer recorded wins.
  return new Map(rows.map((r) => [Number(r.entity_id), { name: r.display_name, email: r.email }]));
}

/** Requests other organisations sent to this one, newest first (last 12 months). */
export const contactRequestsTo = (db: Reader, organisationId: number) => listRequests(db, 'to', organisationId);

/** Requests this organisation sent, newest first (last 12 months), with the answer when there is one. */
export const contactRequestsFrom = (db: Reader, organisationId: number) => listRequests(db, 'from', organisationId);

export async function findContactRequest(db: Reader, toOrganisationId: number, id: number): Promise<ContactRequest | undefined> {
  return (await listRequests(db, 'to', toOrganisationId, { id }))[0];
}

/** Whether the organisation asked this peer about this dimension within the interval. */
export async function askedRecently(db: Reader, fromOrganisationId: number, toOrganisationId: number, dimension: string): Promise<boolean> {
  const row = await db.selectFrom('improvement_contact_requests').select('id')
    .where('from_organisation_id', '=', fromOrganisationId).where('to_organisation_id', '=', toOrganisationId).where('dimension_code', '=', dimension)
    .where('requested_at', '>=', daysAgo(CONTACT_INTERVAL_DAYS)).limit(1).executeTakeFirst();
  return row !== undefined;
}

/** `peerId:dimension` for every peer the organisation may not ask again yet. */
export function recentlyAsked(sent: readonly ContactRequest[]): Set<string> {
  const since = daysAgo(CONTACT_INTERVAL_DAYS).toISOString();
  return new Set(sent.filter((r) => r.requestedAt >= since).map((r) => `${r.to.id}:${r.dimension}`));
}
