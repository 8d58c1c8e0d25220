import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

export type Reader = Kysely<Database> | Transaction<Database>;

export interface QuestionRecord {
  id: number; organisationId: number; organisationName: string; subsector: string; organisationIsDemo: boolean;
  askedBy: number; question: string; dimension: string | null; pillar: number | null; level: number | null;
  visibleToProviders: boolean; status: 'open' | 'closed'; createdAt: string; closedAt: string | null; version: number;
}

function questionBase(db: Reader) {
  return db.selectFrom('guide_questions as q').innerJoin('organisations as o', 'o.id', 'q.organisation_id')
    .select(['q.id', 'q.organisation_id', 'o.name as organisation_name', 'o.subsector', 'o.is_demo', 'q.asked_by', 'q.question', 'q.dimension_code', 'q.pillar', 'q.level',
      'q.visible_to_providers', 'q.status', 'q.created_at', 'q.closed_at', 'q.version']);
}

type QuestionRow = Awaited<ReturnType<ReturnType<typeof questionBase>['executeTakeFirstOrThrow']>>;
const toQuestion = (r: QuestionRow): QuestionRecord => ({
  id: r.id, organisationId: r.organisation_id, organisationName: r.organisation_name, subsector: r.subsector, organisationIsDemo: r.is_demo,
  askedBy: r.asked_by, question: r.question, dimension: r.dimension_code, pillar: r.pillar, level: r.level, visibleToProviders: r.visible_to_providers,
  status: r.status, createdAt: r.created_at.toISOString(), closedAt: r.closed_at ? r.closed_at.toISOString() : null, version: r.version,
});

export async function findQuestion(db: Reader, id: number): Promise<QuestionRecord | undefined> {
  const row = await questionBase(db).where('q.id', '=', id).executeTakeFirst();
  return row ? toQuestion(row) : undefined;
}

/** The newest open questions (the guide prepares their proposals after start-up). */
export async function openQuestions(db: Reader, limit: number): Promise<QuestionRecord[]> {
  const rows = await questionBase(db).where('q.status', '=', 'open').where('o.retired_at', 'is', null)
    .orderBy('q.created_at', 'desc').orderBy('q.id', 'desc').limit(limit).execute();
  return rows.map(toQuestion);
}

/** Questions of the organisations this account belongs to, newest first. */
export async function questionsOfMember(db: Reader, userId: number): Promise<QuestionRecord[]> {
  const rows = await questionBase(db)
    .where('q.organisation_id', 'in', db.selectFrom('organisation_members').select('organisation_id').where('user_id', '=', userId))
    .orderBy('q.created_at', 'desc').orderBy('q.id', 'desc').limit(200).execute();
  return rows.map(toQuestion);
}

/** Organisations where this account may ask and send requests: owners and members (not respondents). */
export async function askingOrganisations(db: Reader, userId: number) {
  return db.selectFrom('organisation_members as m').innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['o.id', 'o.name', 'o.subsector', 'o.is_demo', 'm.role'])
    .where('m.user_id', '=', userId).where('m.role', 'in', ['owner', 'member']).where('o.retired_at', 'is', null)
    .orderBy('o.name').execute();
}

export async function memberRole(db: Reader, userId: number, organisationId: number) {
  const row = await db.selectFrom('organisation_members').select('role').where('user_id', '=', userId).where('organisation_id', '=', organisationId).executeTakeFirst();
  return row?.role ?? null;
}

/** The actors this account speaks for: the ones it edits; the transition team speaks for every actor. */
export async function providerActors(db: Reader, user: { id: number; role: string }) {
  const team = user.role === 'transition_team' || user.role === 'admin';
  let q = db.selectFrom('actors as a').select(['a.id', 'a.code', 'a.name', 'a.is_demo']).where('a.retired_at', 'is', null);
  if (!team) q = q.where('a.id', 'in', db.selectFrom('actor_editors').select('actor_id').where('user_id', '=', user.id));
  return q.orderBy('a.name').limit(team ? 500 : 100).execute();
}

export async function editsActor(db: Reader, user: { id: number; role: string }, actorId: number): Promise<boolean> {
  if (user.role === 'transition_team' || user.role === 'admin') return true;
  const row = await db.selectFrom('actor_editors').select('actor_id').where('user_id', '=', user.id).where('actor_id', '=', actorId).executeTakeFirst();
  return row !== undefined;
}

/** The latest submitted level of an organisation in one dimension, if it has one. */
export async function ownLevel(db: Reader, organisationId: number, dimension: string): Promise<number | null> {
  const { rows } = await sql<{ level: number }>`
    select r.level from assessments a join assessment_results r on r.assessment_id = a.id and r.dimension_code = ${dimension}
    where a.organisation_id = ${organisationId} and a.status = 'submitted'
    order by a.submitted_at desc, a.id desc limit 1`.execute(db);
  return rows[0]?.level ?? null;
}

export interface OfferRecord {
  id: number; actorId: number; actorCode: string; actorName: string; title: { nl: string; en: string }; description: { nl: string; en: string };
  dimensions: string[]; subsectors: string[]; pillars: number[]; levelFrom: number | null; levelTo: number | null;
  isDemo: boolean; retired: boolean; createdAt: string; updatedAt: string; version: number;
}

function offerBase(db: Reader) {
  return db.selectFrom('guide_offers as g').innerJoin('actors as a', 'a.id', 'g.actor_id')
    .select(['g.id', 'g.actor_id', 'a.code as actor_code', 'a.name as actor_name', 'g.title_nl', 'g.title_en', 'g.description_nl', 'g.description_en',
      'g.dimension_codes', 'g.subsectors', 'g.pillars', 'g.level_from', 'g.level_to', 'g.is_demo', 'g.retired_at', 'g.created_at', 'g.updated_at', 'g.version']);
}
type OfferRow = Awaited<ReturnType<ReturnType<typeof offerBase>['executeTakeFirstOrThrow']>>;
export const toOffer = (r: OfferRow): OfferRecord => ({
  id: r.id, actorId: r.actor_id, actorCode: r.actor_code, actorName: r.actor_name, title: { nl: r.title_nl, en: r.title_en }, description: { nl: r.description_nl, en: r.description_en },
  dimensions: r.dimension_codes, subsectors: r.subsectors, pillars: r.pillars, levelFrom: r.level_from, levelTo: r.level_to,
  isDemo: r.is_demo, retired: r.retired_at !== null, createdAt: r.created_at.toISOString(), updatedAt: r.updated_at.toISOString(), version: r.version,
});

export async function findOffer(db: Reader, id: number): Promise<OfferRecord | undefined> {
  const row = await offerBase(db).where('g.id', '=', id).executeTakeFirst();
  return row ? toOffer(row) : undefined;
}

/** Current offers, of some actors or of all. */
export async function listOffers(db: Reader, actorIds?: number[]): Promise<OfferRecord[]> {
  if (actorIds && actorIds.length === 0) return [];
  let q = offerBase(db).where('g.retired_at', 'is', null);
  if (actorIds) q = q.where('g.actor_id', 'in', actorIds);
  return (await q.orderBy('a.name').orderBy('g.id').limit(500).execute()).map(toOffer);
}
