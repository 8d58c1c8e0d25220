import type { Body, Decision, DecisionRef, FollowUp, MeetingListEntry, MeetingState, Member, Publication } from './queries.js';
import { contentDigest } from './snapshot.js';
import { toBrusselsIso } from './time.js';

/** API shapes: explicit fields, references by code (or id where a record has no code). */

export const STUDY_PROPOSAL = { recommendation: 'R1.3', section: 'Deel 3, 2.1 (Aanbeveling 1.3)' } as const;

const decisionLink = (d: DecisionRef, base: string, canSeeDrafts: boolean) =>
  (canSeeDrafts || d.status === 'published' ? { code: d.code, title: d.title, status: d.status, uri: `${base}/decisions/${d.code}` } : null);

export function presentBody(b: Body, base: string, canSeeDrafts: boolean) {
  return {
    code: b.code, uri: `${base}/bodies/${b.code}`, kind: b.kind, name: b.name, description: b.description, mandate: b.mandate,
    meetingsPerYear: b.meetingsPerYear, startsOn: b.startsOn, endsOn: b.endsOn,
    parentBody: b.parent ? { code: b.parent.code, name: b.parent.name, uri: `${base}/bodies/${b.parent.code}` } : null,
    establishedBy: b.establishedBy ? decisionLink(b.establishedBy, base, canSeeDrafts) : null,
    isProposal: b.isProposal, proposedBy: b.isProposal ? STUDY_PROPOSAL : null, source: b.source,
    memberCount: b.memberCount, isDemo: b.isDemo, version: b.version,
  };
}

export function presentMember(m: Member, base: string) {
  return {
    id: m.id, actor: { code: m.actor.code, name: m.actor.name, uri: `${base}/actors/${m.actor.code}` }, personName: m.personName, role: m.role,
    startsOn: m.startsOn, endsOn: m.endsOn, isProposal: m.isProposal, source: m.source, version: m.version, status: m.status,
    appointedBy: m.appointedBy ? { code: m.appointedBy.code, uri: `${base}/decisions/${m.appointedBy.code}` } : null,
  };
}

export function presentMeetingEntry(m: MeetingListEntry, base: string) {
  return { id: m.id, uri: `${base}/meetings/${m.id}`, startsAt: toBrusselsIso(m.startsAt), place: m.place, status: m.status, published: m.published, isDemo: m.isDemo };
}

export function presentPublication(p: Publication, base: string) {
  return {
    id: p.id, kind: p.kind, version: p.version, status: p.status, correctionOf: p.correctionOf,
    uri: `${base}/meetings/${p.meetingId}/publications/${p.kind}/${p.version}`,
    approvedAt: p.approvedAt?.toISOString() ?? null, publishedAt: p.publishedAt?.toISOString() ?? null, createdAt: p.createdAt.toISOString(),
    digest: contentDigest(p.content), content: p.content,
  };
}

/**
 * A meeting as visitors see it: only what was published, taken from the frozen versions. The
 * meeting's own facts come from the newest published version, never from the live record.
 */
export function presentPublicMeeting(meetingId: number, publications: Publication[], base: string) {
  const published = publications.filter((p) => p.status === 'published');
  const newest = [...published].sort((a, b) => (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0))[0];
  const header = (newest?.content.meeting ?? {}) as Record<string, unknown>;
  return {
    id: meetingId, uri: `${base}/meetings/${meetingId}`, view: 'published' as const,
    body: header.body ?? null, startsAt: header.startsAt ?? null, place: header.place ?? null, status: header.status ?? null, isDemo: header.isDemo ?? false,
    publications: published.map((p) => presentPublication(p, base)),
  };
}

/** A meeting as the transition team and steering committee see it: live records plus every version. */
export function presentInternalMeeting(state: MeetingState, publications: Publication[], base: string) {
  const { meeting } = state;
  return {
    id: meeting.id, uri: `${base}/meetings/${meeting.id}`, view: 'internal' as const,
    body: { code: meeting.body.code, name: meeting.body.name, uri: `${base}/bodies/${meeting.body.code}` },
    startsAt: toBrusselsIso(meeting.startsAt), place: meeting.place, status: meeting.status, isDemo: meeting.isDemo, version: meeting.version,
    chair: meeting.chairMemberId,
    startedAt: meeting.startedAt ? toBrusselsIso(meeting.startedAt) : null, endedAt: meeting.endedAt ? toBrusselsIso(meeting.endedAt) : null,
    secretary: meeting.secretaryMemberId,
    members: state.members.map((m) => ({ ...presentMember(m, base), present: state.attendance.get(m.id) ?? null })),
    agendaItems: state.items.map((i) => ({
      id: i.id, position: i.position, title: i.title, description: i.description, isPublic: i.isPublic, type: i.type,
      treatment: i.treatment ? { ...i.treatment, id: undefined } : null,
      decisions: i.decisions.map((d) => ({ code: d.code, title: d.title, status: d.status, uri: `${base}/decisions/${d.code}` })),
    })),
    publications: publications.map((p) => presentPublication(p, base)),
  };
}

export function presentDecision(d: Decision, base: string, followUp?: FollowUp) {
  return {
    id: d.id, code: d.code, uri: `${base}/decisions/${d.code}`, title: d.title, text: d.text, status: d.status, decidedOn: d.decidedOn,
    publishedAt: d.publishedAt?.toISOString() ?? null, isDemo: d.isDemo, version: d.version,
    motivation: d.motivation, inForceOn: d.inForceOn, documentType: d.documentType,
    body: { code: d.body.code, name: d.body.name, uri: `${base}/bodies/${d.body.code}` },
    meeting: d.meeting ? { id: d.meeting.id, startsAt: toBrusselsIso(d.meeting.startsAt), uri: `${base}/meetings/${d.meeting.id}` } : null,
    agendaItem: d.agendaItem ? { position: d.agendaItem.position, title: d.agendaItem.title, isPublic: d.agendaItem.isPublic } : null,
    treatment: d.treatment ? {
      isPublic: d.treatment.isPublic, outcome: d.treatment.outcome,
      votesFor: d.treatment.isPublic ? d.treatment.votesFor : null, votesAgainst: d.treatment.isPublic ? d.treatment.votesAgainst : null,
      abstentions: d.treatment.isPublic ? d.treatment.abstentions : null,
    } : null,
    subjects: d.subjects.map((s) => ({ type: s.type, id: s.id, code: s.code, title: s.title, uri: s.href ? `${base}${s.href}` : null })),
    ...(followUp ? {
      followUp: {
        actions: followUp.actions,
        plans: followUp.plans,
        baselines: followUp.baselines.map((b) => ({ ...b, frozenAt: b.frozenAt.toISOString() })),
        workingGroups: followUp.workingGroups.map((g) => ({ ...g, uri: `${base}/bodies/${g.code}` })),
      },
    } : {}),
  };
}
