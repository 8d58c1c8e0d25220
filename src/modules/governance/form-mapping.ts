import type { FieldError } from '../../plugins/errors.js';
import { validateSchema } from '../../web/validate.js';
import type { Decision, Member, MeetingState } from './queries.js';
import {
  attendanceBody, createAgendaItemBody, createBodyBody, createDecisionBody, createMeetingBody, createMemberBody, preparePublicationBody, treatmentBody,
  updateDecisionBody, updateMeetingBody, updateMemberBody, LIMITS,
  type AttendanceInput, type CreateAgendaItemInput, type CreateBodyInput, type CreateDecisionInput, type CreateMeetingInput, type CreateMemberInput, type PreparePublicationInput, type TreatmentInput, type UpdateDecisionInput, type UpdateMeetingInput, type UpdateMemberInput,
} from './schemas.js';
import { fromBrusselsLocal, toBrusselsLocal } from './time.js';

/**
 * Forms post flat strings; each is turned into the same input the JSON API takes and checked
 * against the same schema, so a page and the API can never disagree on what is valid.
 */
export type Form = Record<string, string>;
type Parsed<T> = { ok: true; input: T } | { ok: false; errors: FieldError[] };

const str = (v: unknown) => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '');
const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);

/** Reads the named fields of a posted form as strings ('' when absent). */
export function readForm(body: unknown, names: string[]): Form {
  const b = (body ?? {}) as Record<string, unknown>;
  return Object.fromEntries(names.map((n) => [n, str(b[n])]));
}
export const postedList = (body: unknown, name: string) => list(((body ?? {}) as Record<string, unknown>)[name]);

const bi = (f: Form, name: string) => ({ nl: (f[`${name}_nl`] ?? '').trim(), en: (f[`${name}_en`] ?? '').trim() });
const optionalBi = (f: Form, name: string) => { const v = bi(f, name); return v.nl || v.en ? v : undefined; };
const orNull = (v: string | undefined) => (v?.trim() ? v.trim() : null);
/** A number field: empty is null, digits a number, anything else stays text so the schema names it. */
const num = (v: string | undefined): number | string | null => (!v?.trim() ? null : /^\d+$/.test(v.trim()) ? Number(v.trim()) : v.trim());
const version = (f: Form) => (/^\d+$/.test(f.version ?? '') ? Number(f.version) : 0);

function check<T>(schema: object, candidate: Record<string, unknown>, extra: FieldError[] = []): Parsed<T> {
  const errors = [...extra, ...validateSchema(schema, candidate).filter((e) => !extra.some((x) => x.field === e.field))];
  return errors.length ? { ok: false, errors } : { ok: true, input: candidate as T };
}

/** A Brussels wall-clock time from a datetime-local field, as RFC 3339 for the schema. */
function startsAt(f: Form, extra: FieldError[]): string {
  const raw = (f.startsAt ?? '').trim();
  if (!raw) { extra.push({ field: 'startsAt', message: 'is required', code: 'required' }); return ''; }
  return moment(f, 'startsAt', extra) ?? raw;
}

/** An optional datetime-local field: empty is null. */
function moment(f: Form, name: string, extra: FieldError[]): string | null {
  const raw = (f[name] ?? '').trim();
  if (!raw) return null;
  const d = fromBrusselsLocal(raw);
  if (!d) { extra.push({ field: name, message: 'must be a date and time', code: 'format' }); return raw; }
  return d.toISOString();
}

// ---- bodies and members

export const BODY_FIELDS = ['code', 'name_nl', 'name_en', 'description_nl', 'description_en', 'mandate_nl', 'mandate_en', 'establishedByDecision', 'startsOn', 'endsOn', 'meetingsPerYear'];
export function workingGroupInput(f: Form) {
  return check<CreateBodyInput>(createBodyBody, {
    code: f.code?.trim() ?? '', kind: 'working_group', name: bi(f, 'name'), description: bi(f, 'description'), mandate: bi(f, 'mandate'),
    establishedByDecision: orNull(f.establishedByDecision), startsOn: orNull(f.startsOn), endsOn: orNull(f.endsOn), meetingsPerYear: num(f.meetingsPerYear),
  });
}

export const MEMBER_FIELDS = ['actor', 'personName', 'role', 'startsOn', 'endsOn', 'status', 'appointedByDecision', 'version'];
export const memberForm = (m: Member): Form => ({
  actor: m.actor.code, personName: m.personName ?? '', role: m.role, startsOn: m.startsOn ?? '', endsOn: m.endsOn ?? '', version: String(m.version),
  status: m.status ?? '', appointedByDecision: m.appointedBy?.code ?? '',
});
export function memberInput(f: Form, mode: 'create' | 'edit') {
  const common = {
    personName: orNull(f.personName), role: f.role ?? '', startsOn: orNull(f.startsOn), endsOn: orNull(f.endsOn),
    status: orNull(f.status), appointedByDecision: orNull(f.appointedByDecision),
  };
  return mode === 'create'
    ? check<CreateMemberInput>(createMemberBody, { actor: f.actor ?? '', ...common })
    : check<UpdateMemberInput>(updateMemberBody, { version: version(f), ...common });
}

// ---- meetings

export const MEETING_FIELDS = ['startsAt', 'place', 'chair', 'status', 'startedAt', 'endedAt', 'secretary', 'version'];
export const meetingForm = (s: MeetingState): Form => ({
  startsAt: toBrusselsLocal(s.meeting.startsAt), place: s.meeting.place, chair: s.meeting.chairMemberId ? String(s.meeting.chairMemberId) : '',
  status: s.meeting.status, version: String(s.meeting.version),
  startedAt: s.meeting.startedAt ? toBrusselsLocal(s.meeting.startedAt) : '', endedAt: s.meeting.endedAt ? toBrusselsLocal(s.meeting.endedAt) : '',
  secretary: s.meeting.secretaryMemberId ? String(s.meeting.secretaryMemberId) : '',
});
export function meetingInput(f: Form, mode: 'create' | 'edit') {
  const extra: FieldError[] = [];
  const common = { startsAt: startsAt(f, extra), place: (f.place ?? '').trim(), chair: num(f.chair) };
  return mode === 'create'
    ? check<CreateMeetingInput>(createMeetingBody, common, extra)
    : check<UpdateMeetingInput>(updateMeetingBody, {
      version: version(f), ...common, status: f.status ?? '', startedAt: moment(f, 'startedAt', extra), endedAt: moment(f, 'endedAt', extra), secretary: num(f.secretary),
    }, extra);
}

export const AGENDA_FIELDS = ['title_nl', 'title_en', 'description_nl', 'description_en', 'isPublic', 'position', 'version'];
export function agendaItemInput(f: Form) {
  return check<CreateAgendaItemInput>(createAgendaItemBody, {
    version: version(f), title: bi(f, 'title'), description: bi(f, 'description'), isPublic: f.isPublic === 'true',
    ...(f.position?.trim() ? { position: num(f.position) } : {}),
  });
}

export const TREATMENT_FIELDS = ['isPublic', 'votesFor', 'votesAgainst', 'abstentions', 'outcome', 'notes_nl', 'notes_en', 'version'];
/** The treatment form has one vote field per member of the body: `vote_<member id>`. */
export const voteField = (memberId: number) => `vote_${memberId}`;
export const treatmentFields = (memberIds: number[]) => [...TREATMENT_FIELDS, ...memberIds.map(voteField)];
export function treatmentForm(tr: MeetingState['items'][number]['treatment'], meetingVersion: number, memberIds: number[]): Form {
  const n = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));
  const f: Form = {
    isPublic: !tr || tr.isPublic ? 'true' : '', outcome: tr?.outcome ?? '', votesFor: n(tr?.votesFor), votesAgainst: n(tr?.votesAgainst), abstentions: n(tr?.abstentions),
    notes_nl: tr?.notes.nl ?? '', notes_en: tr?.notes.en ?? '', version: String(meetingVersion),
  };
  for (const id of memberIds) {
    const v = tr?.voters;
    f[voteField(id)] = v?.for.includes(id) ? 'for' : v?.against.includes(id) ? 'against' : v?.abstain.includes(id) ? 'abstain' : '';
  }
  return f;
}
export function treatmentInput(f: Form, memberIds: number[] = []) {
  const voters = { for: [] as number[], against: [] as number[], abstain: [] as number[] };
  const extra: FieldError[] = [];
  for (const id of memberIds) {
    const choice = f[voteField(id)] ?? '';
    if (choice === 'for' || choice === 'against' || choice === 'abstain') voters[choice].push(id);
    else if (choice) extra.push({ field: voteField(id), message: 'must be for, against or abstain', code: 'enum' });
  }
  const any = voters.for.length + voters.against.length + voters.abstain.length > 0;
  return check<TreatmentInput>(treatmentBody, {
    version: version(f), isPublic: f.isPublic === 'true', votesFor: num(f.votesFor), votesAgainst: num(f.votesAgainst), abstentions: num(f.abstentions),
    outcome: f.outcome ?? '', notes: bi(f, 'notes'), ...(any ? { voters } : {}),
  }, extra);
}

export function attendanceInput(f: Form, present: string[]) {
  return check<AttendanceInput>(attendanceBody, { version: version(f), present: present.map((p) => (/^\d+$/.test(p) ? Number(p) : p)) });
}

export const CORRECTION_FIELDS = ['kind', 'note_nl', 'note_en'];
export function publicationInput(f: Form) {
  return check<PreparePublicationInput>(preparePublicationBody, { kind: f.kind ?? '', ...(optionalBi(f, 'note') ? { note: bi(f, 'note') } : {}) });
}

// ---- decisions

/** How many subject rows a decision form offers; unused rows are left empty. */
export const SUBJECT_ROWS = 4;
export const DECISION_FIELDS = ['title_nl', 'title_en', 'text_nl', 'text_en', 'decidedOn', 'version', 'motivation_nl', 'motivation_en', 'inForceOn', 'documentType',
  ...Array.from({ length: LIMITS.subjects }, (_, i) => [`subject_type_${i}`, `subject_ref_${i}`]).flat()];

export function decisionForm(d: Decision): Form {
  const f: Form = {
    title_nl: d.title.nl, title_en: d.title.en, text_nl: d.text.nl, text_en: d.text.en, decidedOn: d.decidedOn ?? '', version: String(d.version),
    motivation_nl: d.motivation.nl, motivation_en: d.motivation.en, inForceOn: d.inForceOn ?? '', documentType: d.documentType ?? '',
  };
  d.subjects.forEach((s, i) => { f[`subject_type_${i}`] = s.type; f[`subject_ref_${i}`] = s.code ?? String(s.id); });
  return f;
}

/** Subject rows as the API's subjects: a number is an id, anything else a code. */
function subjects(f: Form) {
  const out: Array<{ type: string; id?: number | string; code?: string }> = [];
  for (let i = 0; i < LIMITS.subjects; i++) {
    const type = (f[`subject_type_${i}`] ?? '').trim();
    const ref = (f[`subject_ref_${i}`] ?? '').trim();
    if (!type && !ref) continue;
    out.push({ type, ...(/^\d+$/.test(ref) ? { id: Number(ref) } : ref ? { code: ref } : {}) });
  }
  return out;
}

/** Empty subject rows removed, so that row n of the form is subject n of the input and its errors. */
export function compactSubjects(f: Form): Form {
  const out: Form = { ...f };
  const rows = Array.from({ length: LIMITS.subjects }, (_, i) => [f[`subject_type_${i}`] ?? '', f[`subject_ref_${i}`] ?? ''] as const).filter(([a, b]) => a.trim() || b.trim());
  for (let i = 0; i < LIMITS.subjects; i++) { out[`subject_type_${i}`] = rows[i]?.[0] ?? ''; out[`subject_ref_${i}`] = rows[i]?.[1] ?? ''; }
  return out;
}

export function decisionInput(f: Form, mode: 'create' | 'edit') {
  const common = {
    title: bi(f, 'title'), text: bi(f, 'text'), ...(f.decidedOn?.trim() ? { decidedOn: f.decidedOn.trim() } : {}), subjects: subjects(f),
    motivation: bi(f, 'motivation'), inForceOn: orNull(f.inForceOn), documentType: orNull(f.documentType),
  };
  return mode === 'create'
    ? check<CreateDecisionInput>(createDecisionBody, common)
    : check<UpdateDecisionInput>(updateDecisionBody, { version: version(f), ...common });
}
