import type { Db, Text } from './shared.js';

/**
 * What the public may know about meetings, agenda items and treatments, read the way the
 * governance pages show it to visitors: a meeting is public once something of it is published,
 * and is described by its newest published versions (the frozen agenda, decision list and
 * minutes), never by the live records behind them. A published decision also makes public the
 * agenda item and treatment it came from (its page shows them), even before minutes exist.
 */

type Kind = 'agenda' | 'decision_list' | 'minutes';
/** Planned before the meeting was held, or added (ingelast) once held; absent in versions frozen before the platform recorded it. */
type ItemType = 'planned' | 'added';
/** A member as frozen documents name them: by actor and role, and by id in versions frozen since ids were kept. */
interface FrozenWho { member?: number; actor: { code: string }; role: string }
interface Frozen {
  meeting: {
    id: number; body: { code: string }; startsAt: string; place: string; status: string; isDemo?: boolean; chair: FrozenWho | null;
    startedAt?: string | null; endedAt?: string | null; secretary?: FrozenWho | null;
  };
  agenda?: Array<{ position: number; title: Text; isPublic: boolean; description: Text | null; type?: ItemType | null }>;
  attendance?: Array<FrozenWho & { present: boolean | null }>;
  items?: Array<{
    position: number; title: Text; isPublic: boolean; decisions: string[]; type?: ItemType | null;
    treatment: {
      isPublic: boolean; outcome: string; votesFor: number | null; votesAgainst: number | null; abstentions: number | null; notes: Text | null;
      voters?: { for: FrozenWho[]; against: FrozenWho[]; abstain: FrozenWho[] } | null;
    } | null;
  }>;
}

/** Who a published document names: the member id where the document kept it, and the actor and role. */
export interface PublicWho { member?: number | undefined; actor: string; role: string }
const who = (w: FrozenWho): PublicWho => ({ member: w.member, actor: w.actor.code, role: w.role });

export interface PublicMeeting {
  id: number; bodyCode: string; startsAt: string; place: string; status: string; isDemo: boolean;
  chair: PublicWho | null;
  /** Who was present, from the published minutes; null while no minutes are published. */
  present: PublicWho[] | null;
  /** From the published minutes only: the actual start and end, and who kept the minutes. */
  startedAt: string | null; endedAt: string | null; secretary: PublicWho | null;
  documents: Array<{ kind: Kind; version: number }>;
}
export interface PublicItem { key: string; meetingId: number; position: number; title: Text; isPublic: boolean; description: Text | null; type: ItemType | null }
export interface PublicTreatment {
  key: string; meetingId: number; position: number; isPublic: boolean; outcome: string;
  votes: { for: number; against: number; abstentions: number } | null; notes: Text | null; decisions: string[];
  /** Who voted how, where the published minutes record it. */
  voters: { for: PublicWho[]; against: PublicWho[]; abstain: PublicWho[] } | null;
}
export interface PublicGovernance {
  meetings: Map<number, PublicMeeting>;
  items: Map<string, PublicItem>;
  treatments: Map<string, PublicTreatment>;
  /** Published decision code -> the key of the treatment (and agenda item) it came from. */
  decisionOrigin: Map<string, string>;
}

export const itemKey = (meetingId: number, position: number) => `${meetingId}-${position}`;

const parse = (content: unknown): Frozen => (typeof content === 'string' ? JSON.parse(content) : content) as Frozen;

export async function publicGovernance(db: Db): Promise<PublicGovernance> {
  const [publications, decisions] = await Promise.all([
    db.selectFrom('publications').select(['meeting_id', 'kind', 'version', 'content', 'published_at'])
      .where('status', '=', 'published').orderBy('meeting_id').orderBy('version', 'desc').execute(),
    db.selectFrom('decisions as d').innerJoin('treatments as t', 't.id', 'd.treatment_id').innerJoin('agenda_items as i', 'i.id', 't.agenda_item_id')
      .select(['d.code', 'i.meeting_id', 'i.position', 'i.title_nl', 'i.title_en', 'i.description_nl', 'i.description_en', 'i.is_public as item_public', 'i.item_type',
        't.is_public', 't.outcome', 't.votes_for', 't.votes_against', 't.abstentions', 't.notes_nl', 't.notes_en'])
      .where('d.status', '=', 'published').orderBy('d.code').execute(),
  ]);
  const published = new Set(decisions.map((d) => d.code));
  const newest = new Map<string, { version: number; content: Frozen; publishedAt: number }>();
  for (const p of publications) {
    const key = `${p.meeting_id}|${p.kind}`;
    if (!newest.has(key)) newest.set(key, { version: p.version, content: parse(p.content), publishedAt: p.published_at?.getTime() ?? 0 });
  }
  const out: PublicGovernance = { meetings: new Map(), items: new Map(), treatments: new Map(), decisionOrigin: new Map() };
  const meetingIds = [...new Set(publications.map((p) => p.meeting_id))];
  for (const id of meetingIds) {
    const docs = (['agenda', 'decision_list', 'minutes'] as const).map((kind) => ({ kind, doc: newest.get(`${id}|${kind}`) })).filter((d) => d.doc);
    const header = [...docs].sort((a, b) => b.doc!.publishedAt - a.doc!.publishedAt)[0]!.doc!.content.meeting;
    const minutes = newest.get(`${id}|minutes`)?.content;
    out.meetings.set(id, {
      id, bodyCode: header.body.code, startsAt: header.startsAt, place: header.place, status: header.status, isDemo: header.isDemo ?? false,
      chair: header.chair ? who(header.chair) : null,
      present: minutes?.attendance ? minutes.attendance.filter((a) => a.present === true).map(who) : null,
      startedAt: minutes?.meeting.startedAt ?? null, endedAt: minutes?.meeting.endedAt ?? null,
      secretary: minutes?.meeting.secretary ? who(minutes.meeting.secretary) : null,
      documents: docs.map((d) => ({ kind: d.kind, version: d.doc!.version })),
    });
    for (const a of newest.get(`${id}|agenda`)?.content.agenda ?? []) {
      out.items.set(itemKey(id, a.position), { key: itemKey(id, a.position), meetingId: id, position: a.position, title: a.title, isPublic: a.isPublic, description: a.isPublic ? a.description : null, type: a.type ?? null });
    }
    for (const i of minutes?.items ?? []) {
      const key = itemKey(id, i.position);
      const earlier = out.items.get(key);
      out.items.set(key, {
        key, meetingId: id, position: i.position, title: i.title, isPublic: i.isPublic, description: i.isPublic ? earlier?.description ?? null : null,
        type: i.type ?? earlier?.type ?? null,
      });
      if (!i.treatment) continue;
      const t = i.treatment;
      out.treatments.set(key, {
        key, meetingId: id, position: i.position, isPublic: t.isPublic, outcome: t.outcome, notes: t.isPublic ? t.notes : null,
        votes: t.isPublic && t.votesFor !== null && t.votesAgainst !== null && t.abstentions !== null ? { for: t.votesFor, against: t.votesAgainst, abstentions: t.abstentions } : null,
        decisions: i.decisions.filter((code) => published.has(code)),
        voters: t.isPublic && t.voters ? { for: t.voters.for.map(who), against: t.voters.against.map(who), abstain: t.voters.abstain.map(who) } : null,
      });
    }
  }
  // Decisions published on their own: their agenda item and treatment as the decision page shows them.
  for (const d of decisions) {
    const key = itemKey(d.meeting_id, d.position);
    out.decisionOrigin.set(d.code, key);
    if (!out.items.has(key)) {
      out.items.set(key, {
        key, meetingId: d.meeting_id, position: d.position, title: { nl: d.title_nl, en: d.title_en }, isPublic: d.item_public,
        description: d.item_public ? { nl: d.description_nl, en: d.description_en } : null, type: d.item_type,
      });
    }
    const t = out.treatments.get(key);
    if (t) { if (!t.decisions.includes(d.code)) t.decisions.push(d.code); continue; }
    out.treatments.set(key, {
      key, meetingId: d.meeting_id, position: d.position, isPublic: d.is_public, outcome: d.outcome,
      notes: d.is_public ? { nl: d.notes_nl, en: d.notes_en } : null,
      votes: d.is_public && d.votes_for !== null && d.votes_against !== null && d.abstentions !== null
        ? { for: d.votes_for, against: d.votes_against, abstentions: d.abstentions } : null,
      decisions: [d.code], voters: null,
    });
  }
  return out;
}
