import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { CommentAnswer, RoundStatus, VisionSection } from '../../../db/schema-vision.js';
import { notFound } from '../../../plugins/errors.js';
import { LIMITS, SECTIONS } from '../constants.js';

/** Reads only: each takes the database or a transaction. */
type Q = Kysely<Database> | Transaction<Database>;
export type Texts = { nl: string; en: string };

export interface VisionRecord { id: number; code: string; title: Texts; isDemo: boolean; version: number; createdAt: string }
export interface RoundRecord {
  id: number; visionId: number; number: number; status: RoundStatus; intro: Texts;
  openedAt: string | null; closedAt: string | null; version: number; updatedAt: string;
}
export interface RoundWithSections extends RoundRecord { sections: Record<VisionSection, Texts> }
export interface CommentRecord {
  id: number; section: VisionSection; body: string; proposedText: string; author: string;
  organisation: { id: number; name: string; isDemo: boolean } | null;
  createdAt: string; answer: CommentAnswer | null; reason: string; answeredBy: string | null; answeredAt: string | null;
  isDemo: boolean; version: number;
}

const iso = (d: Date | string) => (d instanceof Date ? d : new Date(d)).toISOString();
const isoOrNull = (d: Date | string | null) => (d === null ? null : iso(d));

function visionRecord(r: { id: number; code: string; title_nl: string; title_en: string; is_demo: boolean; version: number; created_at: Date }): VisionRecord {
  return { id: r.id, code: r.code, title: { nl: r.title_nl, en: r.title_en }, isDemo: r.is_demo, version: r.version, createdAt: iso(r.created_at) };
}

function roundRecord(r: Awaited<ReturnType<typeof roundRows>>[number]): RoundRecord {
  return {
    id: r.id, visionId: r.vision_id, number: r.number, status: r.status, intro: { nl: r.intro_nl, en: r.intro_en },
    openedAt: isoOrNull(r.opened_at), closedAt: isoOrNull(r.closed_at), version: r.version, updatedAt: iso(r.updated_at),
  };
}

function roundRows(db: Q, visionIds: number[]) {
  return db.selectFrom('vision_rounds').selectAll().where('vision_id', 'in', visionIds).orderBy('vision_id').orderBy('number').execute();
}

export interface VisionWithRounds extends VisionRecord { rounds: RoundRecord[] }

/** Every vision with its rounds; drafts only for those who may see them. */
export async function listVisions(db: Q, seesDrafts: boolean): Promise<VisionWithRounds[]> {
  const visions = await db.selectFrom('visions').selectAll().orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
  if (!visions.length) return [];
  const rounds = (await roundRows(db, visions.map((v) => v.id))).map(roundRecord).filter((r) => seesDrafts || r.status !== 'draft');
  return visions.map((v) => ({ ...visionRecord(v), rounds: rounds.filter((r) => r.visionId === v.id) }))
    .filter((v) => seesDrafts || v.rounds.length > 0);
}

export async function getVision(db: Q, code: string, seesDrafts: boolean): Promise<VisionWithRounds> {
  const v = await db.selectFrom('visions').selectAll().where('code', '=', code).executeTakeFirst();
  if (!v) throw notFound('vision', code);
  const rounds = (await roundRows(db, [v.id])).map(roundRecord).filter((r) => seesDrafts || r.status !== 'draft');
  // A vision whose only round is a draft does not exist yet for the sector.
  if (!rounds.length) throw notFound('vision', code);
  return { ...visionRecord(v), rounds };
}

export async function roundWithSections(db: Q, round: RoundRecord): Promise<RoundWithSections> {
  const rows = await db.selectFrom('vision_sections').selectAll().where('round_id', '=', round.id).execute();
  const sections = {} as Record<VisionSection, Texts>;
  for (const s of SECTIONS) {
    const row = rows.find((r) => r.section === s);
    sections[s] = { nl: row?.body_nl ?? '', en: row?.body_en ?? '' };
  }
  return { ...round, sections };
}

/** The round a page shows: the asked number, or the latest the reader may see. */
export function pickRound(vision: VisionWithRounds, number?: number): RoundRecord {
  const round = number === undefined ? vision.rounds[vision.rounds.length - 1] : vision.rounds.find((r) => r.number === number);
  if (!round) throw notFound('round', `${vision.code}/${number}`);
  return round;
}

/**
 * The vision the public pages tell: the one whose round was opened most recently (a real vision
 * before a demo one), with that round's text. Undefined while nothing was ever opened.
 */
export async function featuredVision(db: Q): Promise<{ vision: VisionRecord; round: RoundWithSections } | undefined> {
  const row = await db.selectFrom('vision_rounds as r').innerJoin('visions as v', 'v.id', 'r.vision_id')
    .select(['v.id as vid', 'r.id as rid']).where('r.status', '<>', 'draft')
    .orderBy('v.is_demo').orderBy('r.opened_at', 'desc').orderBy('r.id', 'desc').limit(1).executeTakeFirst();
  if (!row) return undefined;
  const v = await db.selectFrom('visions').selectAll().where('id', '=', row.vid).executeTakeFirstOrThrow();
  const r = await db.selectFrom('vision_rounds').selectAll().where('id', '=', row.rid).executeTakeFirstOrThrow();
  return { vision: visionRecord(v), round: await roundWithSections(db, roundRecord(r)) };
}

export interface CommentFilter { section?: VisionSection | undefined; status?: 'all' | 'unanswered' | 'answered' | undefined; page: number }

export function commentQuery(db: Q) {
  return db.selectFrom('vision_comments as c')
    .innerJoin('users as u', 'u.id', 'c.user_id')
    .leftJoin('organisations as o', 'o.id', 'c.organisation_id')
    .leftJoin('users as a', 'a.id', 'c.answered_by')
    .select([
      'c.id', 'c.section', 'c.body', 'c.proposed_text', 'c.created_at', 'c.answer', 'c.answer_reason', 'c.answered_at', 'c.is_demo', 'c.version',
      'u.display_name as author', 'o.id as org_id', 'o.name as org_name', 'o.is_demo as org_demo', 'a.display_name as answerer',
      'c.user_id', 'o.subsector as org_subsector', 'o.province as org_province',
    ]);
}

export function commentRecord(r: Awaited<ReturnType<ReturnType<typeof commentQuery>['execute']>>[number]): CommentRecord {
  return {
    id: r.id, section: r.section, body: r.body, proposedText: r.proposed_text, author: r.author,
    organisation: r.org_id !== null ? { id: r.org_id, name: r.org_name!, isDemo: Boolean(r.org_demo) } : null,
    createdAt: iso(r.created_at), answer: r.answer, reason: r.answer_reason, answeredBy: r.answerer, answeredAt: isoOrNull(r.answered_at),
    isDemo: r.is_demo, version: r.version,
  };
}

/** One page of a round's comments, oldest first, with author, organisation and answer. */
export async function commentsPage(db: Q, roundId: number, filter: CommentFilter): Promise<CommentRecord[]> {
  let q = commentQuery(db).where('c.round_id', '=', roundId);
  if (filter.section) q = q.where('c.section', '=', filter.section);
  if (filter.status === 'unanswered') q = q.where('c.answer', 'is', null);
  if (filter.status === 'answered') q = q.where('c.answer', 'is not', null);
  const rows = await q.orderBy('c.id').limit(LIMITS.commentsPage).offset((filter.page - 1) * LIMITS.commentsPage).execute();
  return rows.map(commentRecord);
}

export async function commentById(db: Q, id: number): Promise<CommentRecord> {
  const row = await commentQuery(db).where('c.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('comment', id);
  return commentRecord(row);
}

export async function findComment(db: Q, id: number) {
  return db.selectFrom('vision_comments as c').innerJoin('vision_rounds as r', 'r.id', 'c.round_id').innerJoin('visions as v', 'v.id', 'r.vision_id')
    .select(['c.id', 'c.version', 'c.section', 'r.number', 'v.code']).where('c.id', '=', id).executeTakeFirst();
}

export interface EndorsementRecord { organisation: { id: number; name: string; subsector: string; province: string; isDemo: boolean }; endorsedAt: string }

/** The organisations that endorse this version now, by name. */
export async function endorsementsOf(db: Q, roundId: number): Promise<EndorsementRecord[]> {
  const rows = await db.selectFrom('vision_endorsements as e').innerJoin('organisations as o', 'o.id', 'e.organisation_id')
    .select(['o.id', 'o.name', 'o.subsector', 'o.province', 'o.is_demo', 'e.endorsed_at'])
    .where('e.round_id', '=', roundId).where('e.withdrawn_at', 'is', null).orderBy('o.name').execute();
  return rows.map((r) => ({ organisation: { id: r.id, name: r.name, subsector: r.subsector, province: r.province, isDemo: r.is_demo }, endorsedAt: iso(r.endorsed_at) }));
}

export interface MyOrganisation { id: number; name: string; role: string; endorses: boolean }

/** The reader's organisations (owner or member: those they may speak for) and whether each endorses this round. */
export async function myOrganisations(db: Q, userId: number, roundId: number): Promise<MyOrganisation[]> {
  const rows = await db.selectFrom('organisation_members as m').innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .leftJoin('vision_endorsements as e', (join) => join.onRef('e.organisation_id', '=', 'o.id').on('e.round_id', '=', roundId).on('e.withdrawn_at', 'is', null))
    .select(['o.id', 'o.name', 'm.role', 'e.id as endorsement'])
    .where('m.user_id', '=', userId).where('o.retired_at', 'is', null).where('m.role', 'in', ['owner', 'member'])
    .orderBy('o.name').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, role: r.role, endorses: r.endorsement !== null }));
}

export interface HistoryEntry { at: string; action: string; user: string | null; entityType: string; entityId: string }

/** The audit trail of a vision: its rounds, comments and endorsements, newest first. */
export async function visionHistory(db: Q, code: string, limit = 50): Promise<HistoryEntry[]> {
  const rows = await db.selectFrom('audit_log').leftJoin('users', 'users.id', 'audit_log.user_id')
    .select(['audit_log.at', 'audit_log.action', 'users.display_name', 'audit_log.entity_type', 'audit_log.entity_id'])
    .where((eb) => eb.or([
      eb.and([eb('entity_type', '=', 'vision'), eb('entity_id', '=', code)]),
      eb.and([eb('entity_type', 'in', ['vision_round', 'vision_endorsement']), eb('entity_id', 'like', `${code}/%`)]),
    ]))
    .orderBy('audit_log.at', 'desc').orderBy('audit_log.id', 'desc').limit(limit).execute();
  return rows.map((r) => ({ at: iso(r.at), action: r.action, user: r.display_name, entityType: r.entity_type, entityId: r.entity_id }));
}

export async function entityHistory(db: Q, entityType: string, entityId: string, limit = 30): Promise<HistoryEntry[]> {
  const rows = await db.selectFrom('audit_log').leftJoin('users', 'users.id', 'audit_log.user_id')
    .select(['audit_log.at', 'audit_log.action', 'users.display_name', 'audit_log.entity_type', 'audit_log.entity_id'])
    .where('entity_type', '=', entityType).where((eb) => eb.or([eb('entity_id', '=', entityId), eb('entity_id', 'like', `${entityId}/%`)]))
    .orderBy('audit_log.at', 'desc').orderBy('audit_log.id', 'desc').limit(limit).execute();
  return rows.map((r) => ({ at: iso(r.at), action: r.action, user: r.display_name, entityType: r.entity_type, entityId: r.entity_id }));
}
