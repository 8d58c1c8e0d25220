import type { Kysely } from 'kysely';
import type { Bilingual } from '../../catalog/types.js';
import type { Database } from '../../db/schema.js';
import type { AgendaItemType, PublicationKind } from './schemas.js';

/** Reads only: each takes the database or a transaction. */
export type Q = Kysely<Database>;
type Status = 'draft' | 'approved' | 'published';

const bi = (nl: string, en: string): Bilingual => ({ nl, en });
export const KIND_ORDER = ['steering_committee', 'transition_team', 'advisory_board', 'working_group'] as const;

export interface DecisionRef { id: number; code: string; title: Bilingual; status: Status }

export interface Body {
  id: number; code: string; kind: (typeof KIND_ORDER)[number]; name: Bilingual; description: Bilingual; mandate: Bilingual;
  meetingsPerYear: number | null; startsOn: string | null; endsOn: string | null;
  parent: { code: string; name: Bilingual } | null; establishedBy: DecisionRef | null;
  isProposal: boolean; source: string | null; isDemo: boolean; version: number; memberCount: number;
}

export interface Member {
  id: number; bodyId: number; actor: { id: number; code: string; name: string }; personName: string | null;
  role: 'chair' | 'vice_chair' | 'member' | 'secretary' | 'observer'; startsOn: string | null; endsOn: string | null;
  isProposal: boolean; source: string | null; version: number;
  status: 'effective' | 'acting' | 'titular' | 'impeded' | 'ended' | null;
  appointedBy: { code: string; status: Status } | null;
}

function bodySelect(db: Q) {
  return db.selectFrom('bodies as b')
    .leftJoin('bodies as p', 'p.id', 'b.parent_body_id')
    .leftJoin('decisions as d', 'd.id', 'b.established_by_decision_id')
    .select((eb) => [
      'b.id', 'b.code', 'b.kind', 'b.name_nl', 'b.name_en', 'b.description_nl', 'b.description_en', 'b.mandate_nl', 'b.mandate_en',
      'b.meetings_per_year', 'b.starts_on', 'b.ends_on', 'b.is_proposal', 'b.source', 'b.is_demo', 'b.version',
      'p.code as parent_code', 'p.name_nl as parent_nl', 'p.name_en as parent_en',
      'd.id as decision_id', 'd.code as decision_code', 'd.title_nl as decision_nl', 'd.title_en as decision_en', 'd.status as decision_status',
      eb.selectFrom('body_members as m').whereRef('m.body_id', '=', 'b.id').select(eb.fn.countAll<number>().as('n')).as('member_count'),
    ]);
}
type BodyRow = Awaited<ReturnType<ReturnType<typeof bodySelect>['executeTakeFirstOrThrow']>>;

function toBody(r: BodyRow): Body {
  return {
    id: r.id, code: r.code, kind: r.kind, name: bi(r.name_nl, r.name_en), description: bi(r.description_nl, r.description_en),
    mandate: bi(r.mandate_nl, r.mandate_en), meetingsPerYear: r.meetings_per_year, startsOn: r.starts_on, endsOn: r.ends_on,
    parent: r.parent_code ? { code: r.parent_code, name: bi(r.parent_nl ?? '', r.parent_en ?? '') } : null,
    establishedBy: r.decision_id !== null && r.decision_code && r.decision_status
      ? { id: r.decision_id, code: r.decision_code, title: bi(r.decision_nl ?? '', r.decision_en ?? ''), status: r.decision_status } : null,
    isProposal: r.is_proposal, source: r.source, isDemo: r.is_demo, version: r.version, memberCount: Number(r.member_count ?? 0),
  };
}

export async function listBodies(db: Q): Promise<Body[]> {
  const rows = await bodySelect(db).where('b.retired_at', 'is', null).orderBy('b.name_nl').execute();
  return rows.map(toBody).sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
}

export async function bodyByCode(db: Q, code: string): Promise<Body | undefined> {
  const row = await bodySelect(db).where('b.code', '=', code).executeTakeFirst();
  return row ? toBody(row) : undefined;
}

export async function membersOf(db: Q, bodyId: number): Promise<Member[]> {
  const rows = await db.selectFrom('body_members as m').innerJoin('actors as a', 'a.id', 'm.actor_id')
    .leftJoin('decisions as d', 'd.id', 'm.appointed_by_decision_id')
    .select(['m.id', 'm.body_id', 'a.id as actor_id', 'a.code', 'a.name', 'm.person_name', 'm.role', 'm.starts_on', 'm.ends_on', 'm.is_proposal', 'm.source', 'm.version',
      'm.status', 'd.code as appointed_code', 'd.status as appointed_status'])
    .where('m.body_id', '=', bodyId).execute();
  const roleOrder = ['chair', 'vice_chair', 'secretary', 'member', 'observer'];
  return rows.map((r) => ({
    id: r.id, bodyId: r.body_id, actor: { id: r.actor_id, code: r.code, name: r.name }, personName: r.person_name, role: r.role,
    startsOn: r.starts_on, endsOn: r.ends_on, isProposal: r.is_proposal, source: r.source, version: r.version, status: r.status,
    appointedBy: r.appointed_code && r.appointed_status ? { code: r.appointed_code, status: r.appointed_status } : null,
  })).sort((a, b) => roleOrder.indexOf(a.role) - roleOrder.indexOf(b.role) || a.actor.name.localeCompare(b.actor.name, 'nl'));
}

// ---- meetings

export interface Meeting {
  id: number; body: { id: number; code: string; kind: Body['kind']; name: Bilingual }; startsAt: Date; place: string;
  chairMemberId: number | null; status: 'planned' | 'held' | 'cancelled'; isDemo: boolean; version: number;
  /** What a held meeting records beyond its plan: actual start and end, and who kept the minutes. */
  startedAt: Date | null; endedAt: Date | null; secretaryMemberId: number | null;
}
/** Who voted how in a treatment, by member id; empty lists when only counts were recorded. */
export interface Voters { for: number[]; against: number[]; abstain: number[] }
export interface Treatment {
  id: number; isPublic: boolean; votesFor: number | null; votesAgainst: number | null; abstentions: number | null;
  outcome: 'approved' | 'rejected' | 'postponed' | 'noted'; notes: Bilingual; voters: Voters;
}
export interface DecisionSummary extends DecisionRef { decidedOn: string | null; version: number; isDemo: boolean }
export interface AgendaItem {
  id: number; position: number; title: Bilingual; description: Bilingual; isPublic: boolean;
  /** Planned before the meeting was held or added once held; null where the platform does not know (items from before it recorded this). */
  type: AgendaItemType | null;
  treatment: Treatment | null; decisions: DecisionSummary[];
}
export interface MeetingState { meeting: Meeting; members: Member[]; attendance: Map<number, boolean>; items: AgendaItem[] }

function meetingSelect(db: Q) {
  return db.selectFrom('meetings as m').innerJoin('bodies as b', 'b.id', 'm.body_id')
    .select(['m.id', 'm.starts_at', 'm.place', 'm.chair_member_id', 'm.status', 'm.is_demo', 'm.version', 'm.started_at', 'm.ended_at', 'm.secretary_member_id',
      'b.id as body_id', 'b.code as body_code', 'b.kind as body_kind', 'b.name_nl', 'b.name_en']);
}
type MeetingRow = Awaited<ReturnType<ReturnType<typeof meetingSelect>['executeTakeFirstOrThrow']>>;
const toMeeting = (r: MeetingRow): Meeting => ({
  id: r.id, body: { id: r.body_id, code: r.body_code, kind: r.body_kind, name: bi(r.name_nl, r.name_en) }, startsAt: r.starts_at,
  place: r.place, chairMemberId: r.chair_member_id, status: r.status, isDemo: r.is_demo, version: r.version,
  startedAt: r.started_at, endedAt: r.ended_at, secretaryMemberId: r.secretary_member_id,
});

export async function meetingById(db: Q, id: number): Promise<Meeting | undefined> {
  const row = await meetingSelect(db).where('m.id', '=', id).executeTakeFirst();
  return row ? toMeeting(row) : undefined;
}

/** A meeting with everything that was prepared and recorded for it: the live, internal view. */
export async function meetingState(db: Q, id: number): Promise<MeetingState | undefined> {
  const meeting = await meetingById(db, id);
  if (!meeting) return undefined;
  const [members, attendance, items, treatments, decisions, votes] = await Promise.all([
    membersOf(db, meeting.body.id),
    db.selectFrom('meeting_attendance').select(['member_id', 'present']).where('meeting_id', '=', id).execute(),
    db.selectFrom('agenda_items').selectAll().where('meeting_id', '=', id).orderBy('position').execute(),
    db.selectFrom('treatments as t').innerJoin('agenda_items as i', 'i.id', 't.agenda_item_id').selectAll('t').where('i.meeting_id', '=', id).execute(),
    db.selectFrom('decisions as d').innerJoin('treatments as t', 't.id', 'd.treatment_id').innerJoin('agenda_items as i', 'i.id', 't.agenda_item_id')
      .select(['d.id', 'd.code', 'd.title_nl', 'd.title_en', 'd.status', 'd.decided_on', 'd.version', 'd.is_demo', 'i.id as item_id'])
      .where('i.meeting_id', '=', id).orderBy('d.code').execute(),
    db.selectFrom('treatment_votes as v').innerJoin('treatments as t', 't.id', 'v.treatment_id').innerJoin('agenda_items as i', 'i.id', 't.agenda_item_id')
      .select(['v.treatment_id', 'v.member_id', 'v.choice']).where('i.meeting_id', '=', id).orderBy('v.member_id').execute(),
  ]);
  const votersOf = (treatmentId: number): Voters => {
    const own = votes.filter((v) => v.treatment_id === treatmentId);
    return { for: own.filter((v) => v.choice === 'for').map((v) => v.member_id), against: own.filter((v) => v.choice === 'against').map((v) => v.member_id), abstain: own.filter((v) => v.choice === 'abstain').map((v) => v.member_id) };
  };
  return {
    meeting, members,
    attendance: new Map(attendance.map((a) => [a.member_id, a.present])),
    items: items.map((i) => {
      const t = treatments.find((x) => x.agenda_item_id === i.id);
      return {
        id: i.id, position: i.position, title: bi(i.title_nl, i.title_en), description: bi(i.description_nl, i.description_en), isPublic: i.is_public, type: i.item_type,
        treatment: t ? {
          id: t.id, isPublic: t.is_public, votesFor: t.votes_for, votesAgainst: t.votes_against, abstentions: t.abstentions,
          outcome: t.outcome, notes: bi(t.notes_nl, t.notes_en), voters: votersOf(t.id),
        } : null,
        decisions: decisions.filter((d) => d.item_id === i.id).map((d) => ({
          id: d.id, code: d.code, title: bi(d.title_nl, d.title_en), status: d.status, decidedOn: d.decided_on, version: d.version, isDemo: d.is_demo,
        })),
      };
    }),
  };
}

export interface MeetingListEntry extends Meeting { published: PublicationKind[] }

/**
 * The meetings of a body, newest first. Visitors get only the meetings with something published,
 * and see each as its newest published version describes it, not as the live record is now.
 */
export async function meetingsOfBody(db: Q, bodyId: number, publishedOnly: boolean): Promise<MeetingListEntry[]> {
  const rows = await meetingSelect(db).where('m.body_id', '=', bodyId).orderBy('m.starts_at', 'desc').execute();
  const ids = rows.map((r) => r.id);
  const published = ids.length
    ? await db.selectFrom('publications').select(['meeting_id', 'kind', 'content', 'published_at']).where('meeting_id', 'in', ids).where('status', '=', 'published').execute()
    : [];
  const entries = rows.map((r): MeetingListEntry => {
    const own = published.filter((p) => p.meeting_id === r.id);
    const meeting = toMeeting(r);
    const newest = own.sort((a, b) => (b.published_at?.getTime() ?? 0) - (a.published_at?.getTime() ?? 0))[0];
    const header = (newest?.content as { meeting?: { startsAt?: string; place?: string; status?: Meeting['status'] } } | undefined)?.meeting;
    const frozen = publishedOnly && header ? { startsAt: header.startsAt ? new Date(header.startsAt) : meeting.startsAt, place: header.place ?? '', status: header.status ?? meeting.status } : {};
    return { ...meeting, ...frozen, published: PUBLICATION_ORDER.filter((k) => own.some((p) => p.kind === k)) };
  });
  return publishedOnly ? entries.filter((m) => m.published.length > 0).sort((a, b) => b.startsAt.getTime() - a.startsAt.getTime()) : entries;
}

// ---- publications

export const PUBLICATION_ORDER: PublicationKind[] = ['agenda', 'decision_list', 'minutes'];

export interface Publication {
  id: number; meetingId: number; kind: PublicationKind; version: number; status: Status; content: Record<string, unknown>;
  correctionOf: number | null; approvedAt: Date | null; publishedAt: Date | null; createdBy: string | null; createdAt: Date;
}

function publicationSelect(db: Q) {
  return db.selectFrom('publications as p').leftJoin('users as u', 'u.id', 'p.created_by')
    .select(['p.id', 'p.meeting_id', 'p.kind', 'p.version', 'p.status', 'p.content', 'p.correction_of', 'p.approved_at', 'p.published_at', 'p.created_at', 'u.display_name']);
}
type PublicationRow = Awaited<ReturnType<ReturnType<typeof publicationSelect>['executeTakeFirstOrThrow']>>;
const toPublication = (r: PublicationRow): Publication => ({
  id: r.id, meetingId: r.meeting_id, kind: r.kind, version: r.version, status: r.status,
  content: (typeof r.content === 'string' ? JSON.parse(r.content) : r.content) as Record<string, unknown>,
  correctionOf: r.correction_of, approvedAt: r.approved_at, publishedAt: r.published_at, createdBy: r.display_name, createdAt: r.created_at,
});

/** Every version of every publication of a meeting, by kind, newest version first. */
export async function publicationsOf(db: Q, meetingId: number, publishedOnly: boolean): Promise<Publication[]> {
  let query = publicationSelect(db).where('p.meeting_id', '=', meetingId);
  if (publishedOnly) query = query.where('p.status', '=', 'published');
  const rows = await query.orderBy('p.version', 'desc').execute();
  return rows.map(toPublication).sort((a, b) => PUBLICATION_ORDER.indexOf(a.kind) - PUBLICATION_ORDER.indexOf(b.kind) || b.version - a.version);
}

export async function publicationById(db: Q, id: number): Promise<Publication | undefined> {
  const row = await publicationSelect(db).where('p.id', '=', id).executeTakeFirst();
  return row ? toPublication(row) : undefined;
}

export async function publicationVersion(db: Q, meetingId: number, kind: PublicationKind, version: number): Promise<Publication | undefined> {
  const row = await publicationSelect(db).where('p.meeting_id', '=', meetingId).where('p.kind', '=', kind).where('p.version', '=', version).executeTakeFirst();
  return row ? toPublication(row) : undefined;
}

export * from './decision-queries.js';
