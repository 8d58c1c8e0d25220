import { createHash } from 'node:crypto';
import type { MeetingState, Q } from './queries.js';
import { meetingState, subjectsOf } from './queries.js';
import type { AgendaItemType, PublicationKind } from './schemas.js';
import { toBrusselsIso } from './time.js';

/**
 * The frozen content of a publication: what the agenda, the decision list (besluitenlijst) or
 * the minutes (notulen) of a meeting (besluit:Zitting) said when it was prepared. Readers of a
 * published version see exactly this, never the live records behind it. What was treated
 * behind closed doors keeps its title but not its content.
 */
export async function buildContent(db: Q, meetingId: number, kind: PublicationKind, note: { nl: string; en: string } | null): Promise<Record<string, unknown>> {
  const state = await meetingState(db, meetingId);
  if (!state) throw new Error(`meeting ${meetingId} vanished inside its own transaction`);
  const content: Record<string, unknown> = { kind, meeting: meetingHeader(state), note };
  if (kind === 'agenda') {
    content.agenda = state.items.map((i) => ({ position: i.position, title: i.title, isPublic: i.isPublic, description: i.isPublic ? i.description : null, type: i.type }));
  }
  if (kind === 'decision_list' || kind === 'minutes') {
    // Drafts are not decided yet: a list or minutes only carries approved or published decisions.
    const decisions = state.items.flatMap((i) => i.decisions.filter((d) => d.status !== 'draft').map((d) => ({ item: i, decision: d })));
    const subjects = await subjectsOf(db, decisions.map((d) => d.decision.id));
    content.decisions = decisions.map(({ item, decision: d }) => ({
      code: d.code, title: d.title, decidedOn: d.decidedOn, agendaItem: item.position,
      subjects: (subjects.get(d.id) ?? []).map((s) => ({ type: s.type, id: s.id, code: s.code, title: s.title })),
    }));
  }
  if (kind === 'minutes') {
    content.attendance = state.members.map((m) => ({
      member: m.id, actor: { code: m.actor.code, name: m.actor.name }, personName: m.personName, role: m.role, present: state.attendance.get(m.id) ?? null,
    }));
    const who = (ids: number[]) => ids.map((id) => state.members.find((m) => m.id === id)).filter((m) => m !== undefined).map(memberRef);
    content.items = state.items.map((i) => {
      const t = i.treatment;
      const open = t ? t.isPublic : i.isPublic;
      return {
        position: i.position, title: i.title, isPublic: i.isPublic, type: i.type,
        treatment: t ? {
          isPublic: t.isPublic, outcome: t.outcome,
          votesFor: open ? t.votesFor : null, votesAgainst: open ? t.votesAgainst : null, abstentions: open ? t.abstentions : null,
          notes: open ? t.notes : null,
          // Who voted how is as public as the counts; an empty record stays null (only counts were kept).
          voters: open && t.voters.for.length + t.voters.against.length + t.voters.abstain.length > 0
            ? { for: who(t.voters.for), against: who(t.voters.against), abstain: who(t.voters.abstain) } : null,
        } : null,
        decisions: i.decisions.filter((d) => d.status !== 'draft').map((d) => d.code),
      };
    });
  }
  return content;
}

type MemberOf = MeetingState['members'][number];
const memberRef = (m: MemberOf) => ({ member: m.id, actor: { code: m.actor.code, name: m.actor.name }, personName: m.personName, role: m.role });

function meetingHeader(state: MeetingState) {
  const { meeting } = state;
  const chair = state.members.find((m) => m.id === meeting.chairMemberId);
  const secretary = state.members.find((m) => m.id === meeting.secretaryMemberId);
  return {
    id: meeting.id, body: { code: meeting.body.code, name: meeting.body.name }, startsAt: toBrusselsIso(meeting.startsAt),
    place: meeting.place, status: meeting.status, isDemo: meeting.isDemo,
    chair: chair ? memberRef(chair) : null,
    // What the meeting's minutes record once it is held: actual start and end, who kept the minutes.
    startedAt: meeting.startedAt ? toBrusselsIso(meeting.startedAt) : null, endedAt: meeting.endedAt ? toBrusselsIso(meeting.endedAt) : null,
    secretary: secretary ? memberRef(secretary) : null,
  };
}

/** JSON with sorted keys: jsonb does not keep key order, a digest must not depend on it. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Identifies the content a reader saw: approving or publishing states the digest it approves. */
export function contentDigest(content: unknown): string {
  return createHash('sha256').update(canonicalJson(content)).digest('hex').slice(0, 20);
}

type Text = { nl: string; en: string };
/** A member as frozen content names them; `member` (the id) is absent in versions frozen before it was kept. */
export interface FrozenMember { member?: number; actor: { code: string; name: string }; personName: string | null; role: string }
/** The shape buildContent writes, for reading a frozen version back. */
export interface FrozenContent {
  kind: PublicationKind;
  note: Text | null;
  meeting: {
    id: number; body: { code: string; name: Text }; startsAt: string; place: string; status: 'planned' | 'held' | 'cancelled'; isDemo: boolean;
    chair: FrozenMember | null;
    /** Absent in versions frozen before the platform recorded them. */
    startedAt?: string | null; endedAt?: string | null; secretary?: FrozenMember | null;
  };
  /** `type` (planned or added) is absent in versions frozen before the platform recorded it. */
  agenda?: Array<{ position: number; title: Text; isPublic: boolean; description: Text | null; type?: AgendaItemType | null }>;
  decisions?: Array<{ code: string; title: Text; decidedOn: string | null; agendaItem: number; subjects: Array<{ type: string; id: number; code: string | null; title: Text | null }> }>;
  attendance?: Array<FrozenMember & { present: boolean | null }>;
  items?: Array<{
    position: number; title: Text; isPublic: boolean; decisions: string[]; type?: AgendaItemType | null;
    treatment: {
      isPublic: boolean; outcome: string; votesFor: number | null; votesAgainst: number | null; abstentions: number | null; notes: Text | null;
      voters?: { for: FrozenMember[]; against: FrozenMember[]; abstain: FrozenMember[] } | null;
    } | null;
  }>;
}
