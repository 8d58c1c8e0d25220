import { cursorQueryProperties } from '../../web/cursor.js';
import type { FromSchema } from '../../web/schema-types.js';

/**
 * Request schemas, one per route, and the inferred input types. Names follow the Flemish
 * linked-data vocabularies so that the API can later be published as linked data:
 * besluit (http://data.vlaanderen.be/ns/besluit#) for Bestuursorgaan, Zitting, Agendapunt,
 * BehandelingVanAgendapunt and Besluit; mandaat (http://data.vlaanderen.be/ns/mandaat#) for
 * Mandaat and Mandataris.
 */
export const CODE_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';
export const BODY_KINDS = ['steering_committee', 'transition_team', 'advisory_board', 'working_group'] as const;
export const MEMBER_ROLES = ['chair', 'vice_chair', 'member', 'secretary', 'observer'] as const;
export const MEETING_STATUSES = ['planned', 'held', 'cancelled'] as const;
export const OUTCOMES = ['approved', 'rejected', 'postponed', 'noted'] as const;
export const WORKFLOW_STATUSES = ['draft', 'approved', 'published'] as const;
export const PUBLICATION_KINDS = ['agenda', 'decision_list', 'minutes'] as const;
export const SUBJECT_TYPES = ['action_line', 'plan', 'action', 'kpi', 'body', 'instrument', 'call'] as const;
/** A seat's status; each maps to a concept of the official MandatarisStatusCode list (see mandate-status.ts). */
export const MEMBER_STATUSES = ['effective', 'acting', 'titular', 'impeded', 'ended'] as const;
/** What kind of decision a decision is (eli:type_document of the legal resource it realises). */
export const DOCUMENT_TYPES = ['establishment', 'appointment', 'policy', 'approval', 'other'] as const;
export const VOTE_CHOICES = ['for', 'against', 'abstain'] as const;
/**
 * An agenda item's type (besluit:Agendapunt.type), set from the meeting when the item is created:
 * put on the agenda before the meeting was held, or added (ingelast) once it was held.
 */
export const AGENDA_ITEM_TYPES = ['planned', 'added'] as const;
export type AgendaItemType = (typeof AGENDA_ITEM_TYPES)[number];
export type SubjectType = (typeof SUBJECT_TYPES)[number];
export type PublicationKind = (typeof PUBLICATION_KINDS)[number];

/** Limits shared by the forms and the server. */
export const LIMITS = { title: 300, text: 8000, place: 200, personName: 120, note: 2000, subjects: 20, votes: 10000 } as const;

const ID = { type: 'integer', minimum: 1, maximum: 2147483647 } as const;
const version = { type: 'integer', minimum: 1, maximum: 2147483647, description: 'The version this edit starts from; a stale version gets 409' } as const;
const date = (description: string) => ({ type: ['string', 'null'], format: 'date', description }) as const;
const text = (max: number, description: string) => ({
  type: 'object', required: ['nl', 'en'], additionalProperties: false, description,
  properties: { nl: { type: 'string', minLength: 1, maxLength: max }, en: { type: 'string', minLength: 1, maxLength: max } },
}) as const;
const optionalText = (max: number, description: string) => ({
  type: 'object', additionalProperties: false, description,
  properties: { nl: { type: 'string', maxLength: max }, en: { type: 'string', maxLength: max } },
}) as const;

// ---- parameters and queries

export const bodyCodeParams = {
  type: 'object', required: ['code'], additionalProperties: false,
  properties: { code: { type: 'string', minLength: 1, maxLength: 80 } },
} as const;
export const memberParams = {
  type: 'object', required: ['code', 'memberId'], additionalProperties: false,
  properties: { code: { type: 'string', minLength: 1, maxLength: 80 }, memberId: ID },
} as const;
export const meetingParams = { type: 'object', required: ['id'], additionalProperties: false, properties: { id: ID } } as const;
export const agendaItemParams = { type: 'object', required: ['id', 'itemId'], additionalProperties: false, properties: { id: ID, itemId: ID } } as const;
export const decisionCodeParams = bodyCodeParams;
export const publicationParams = meetingParams;
export const publicationVersionParams = {
  type: 'object', required: ['id', 'kind', 'version'], additionalProperties: false,
  properties: { id: ID, kind: { type: 'string', enum: PUBLICATION_KINDS }, version: ID },
} as const;
export type IdParams = FromSchema<typeof meetingParams>;
export type CodeParams = FromSchema<typeof bodyCodeParams>;
export type MemberParams = FromSchema<typeof memberParams>;
export type AgendaItemParams = FromSchema<typeof agendaItemParams>;
export type PublicationVersionParams = FromSchema<typeof publicationVersionParams>;

export const decisionListQuery = {
  type: 'object', additionalProperties: false,
  properties: {
    body: { type: 'string', maxLength: 80, description: 'Code of the body (besluit:Bestuursorgaan) that took the decisions' },
    status: { type: 'string', enum: WORKFLOW_STATUSES, description: 'Only for the transition team and steering committee; visitors see published decisions only' },
    page: { type: 'integer', minimum: 1, maximum: 100000, default: 1 },
    pageSize: { type: 'integer', minimum: 1, maximum: 100, default: 50 },
    lang: { type: 'string', enum: ['nl', 'en'] },
    ...cursorQueryProperties,
  },
} as const;
export type DecisionListQuery = FromSchema<typeof decisionListQuery>;

// ---- bodies and members (besluit:Bestuursorgaan, mandaat:Mandataris)

export const createBodyBody = {
  type: 'object', required: ['code', 'kind', 'name'], additionalProperties: false,
  properties: {
    code: { type: 'string', minLength: 3, maxLength: 80, pattern: CODE_PATTERN },
    kind: { type: 'string', enum: BODY_KINDS, description: 'Classification of the body (besluit:classificatie)' },
    name: text(200, 'Name of the body (skos:prefLabel)'),
    description: optionalText(4000, 'What the body does'),
    mandate: optionalText(4000, 'The assignment the body received; required for a working group. Not to be confused with mandaat:Mandaat, a seat in the body'),
    meetingsPerYear: { type: ['integer', 'null'], minimum: 0, maximum: 52 },
    startsOn: date('Start of the body (mandaat:bindingStart)'),
    endsOn: date('End of the body (mandaat:bindingEinde); required for a working group'),
    parentBody: { type: ['string', 'null'], maxLength: 80, description: 'Code of the body this one reports to' },
    establishedByDecision: { type: ['string', 'null'], maxLength: 80, description: 'Code of the approved or published steering committee decision (besluit:Besluit) that establishes this working group' },
  },
} as const;
export type CreateBodyInput = FromSchema<typeof createBodyBody>;

const memberFields = {
  personName: { type: ['string', 'null'], maxLength: LIMITS.personName, description: 'The person who holds the seat, if known (mandaat:isBestuurlijkeAliasVan)' },
  role: { type: 'string', enum: MEMBER_ROLES, description: 'The seat held in the body (mandaat:Mandaat, its bestuursfunctie)' },
  startsOn: date('Start of the term (mandaat:start)'),
  endsOn: date('End of the term (mandaat:einde): when it ended or is set to end'),
  status: { type: ['string', 'null'], enum: [...MEMBER_STATUSES, null], description: 'Status of the seat (mandaat:status, official MandatarisStatusCode list)' },
  appointedByDecision: { type: ['string', 'null'], maxLength: 80, description: 'Code of the approved or published decision of the platform that appointed this member (mandaat:isAangesteldDoor)' },
} as const;
export const createMemberBody = {
  type: 'object', required: ['actor', 'role'], additionalProperties: false,
  properties: { actor: { type: 'string', minLength: 1, maxLength: 80, description: 'Code of the actor the member represents' }, ...memberFields },
} as const;
export type CreateMemberInput = FromSchema<typeof createMemberBody>;
export const updateMemberBody = {
  type: 'object', required: ['version', 'role'], additionalProperties: false,
  properties: { version, ...memberFields },
} as const;
export type UpdateMemberInput = FromSchema<typeof updateMemberBody>;

// ---- meetings (besluit:Zitting), agenda items (besluit:Agendapunt), treatments, attendance

const startsAt = { type: 'string', format: 'date-time', description: 'Planned start (besluit:geplandeStart), RFC 3339 with offset; shown in Europe/Brussels time' } as const;
const place = { type: 'string', maxLength: LIMITS.place, description: 'Where the meeting takes place (prov:atLocation)' } as const;
const chair = { type: ['integer', 'null'], minimum: 1, maximum: 2147483647, description: 'Id of the member (mandaat:Mandataris) who chairs (besluit:heeftVoorzitter)' } as const;

export const createMeetingBody = {
  type: 'object', required: ['startsAt'], additionalProperties: false,
  properties: { startsAt, place, chair },
} as const;
export type CreateMeetingInput = FromSchema<typeof createMeetingBody>;
const moment = (description: string) => ({ type: ['string', 'null'], format: 'date-time', description }) as const;
export const updateMeetingBody = {
  type: 'object', required: ['version', 'startsAt', 'status'], additionalProperties: false,
  properties: {
    version, startsAt, place, chair, status: { type: 'string', enum: MEETING_STATUSES },
    startedAt: moment('When a held meeting actually started (prov:startedAtTime), RFC 3339 with offset'),
    endedAt: moment('When a held meeting ended (prov:endedAtTime); after the start'),
    secretary: { ...chair, description: 'Id of the member who kept the minutes (besluit:heeftSecretaris); must be present' },
  },
} as const;
export type UpdateMeetingInput = FromSchema<typeof updateMeetingBody>;

const agendaFields = {
  title: text(LIMITS.title, 'Title of the agenda item (dct:title)'),
  description: optionalText(LIMITS.text, 'What the item is about (dct:description)'),
  isPublic: { type: 'boolean', default: true, description: 'Planned to be treated in public (besluit:geplandOpenbaar)' },
  position: { type: 'integer', minimum: 1, maximum: 1000, description: 'Place on the agenda, 1 first (besluit:aangebrachtNa gives the order in linked data); default last' },
} as const;
export const createAgendaItemBody = {
  type: 'object', required: ['version', 'title'], additionalProperties: false,
  properties: { version: { ...version, description: 'Version of the meeting this edit starts from' }, ...agendaFields },
} as const;
export type CreateAgendaItemInput = FromSchema<typeof createAgendaItemBody>;
export const updateAgendaItemBody = createAgendaItemBody;
export type UpdateAgendaItemInput = CreateAgendaItemInput;

const votes = (d: string) => ({ type: ['integer', 'null'], minimum: 0, maximum: LIMITS.votes, description: d }) as const;
export const treatmentBody = {
  type: 'object', required: ['version', 'outcome'], additionalProperties: false,
  properties: {
    version: { ...version, description: 'Version of the meeting this edit starts from' },
    isPublic: { type: 'boolean', default: true, description: 'Treated in public (besluit:openbaar)' },
    votesFor: votes('besluit:aantalVoorstanders'),
    votesAgainst: votes('besluit:aantalTegenstanders'),
    abstentions: votes('besluit:aantalOnthouders'),
    outcome: { type: 'string', enum: OUTCOMES, description: 'What came of the treatment (besluit:gevolg)' },
    notes: optionalText(LIMITS.text, 'Notes on the discussion, for the minutes'),
    voters: {
      type: 'object', additionalProperties: false,
      description: 'Who voted how (besluit:heeftVoorstander, heeftTegenstander, heeftOnthouder): ids of members present at the meeting. The counts follow from these lists; counts sent as well must agree',
      properties: {
        for: { type: 'array', maxItems: 500, uniqueItems: true, items: ID },
        against: { type: 'array', maxItems: 500, uniqueItems: true, items: ID },
        abstain: { type: 'array', maxItems: 500, uniqueItems: true, items: ID },
      },
    },
  },
} as const;
export type TreatmentInput = FromSchema<typeof treatmentBody>;

export const attendanceBody = {
  type: 'object', required: ['version', 'present'], additionalProperties: false,
  properties: {
    version: { ...version, description: 'Version of the meeting this edit starts from' },
    present: { type: 'array', maxItems: 500, uniqueItems: true, items: ID, description: 'Ids of the members present (besluit:heeftAanwezigeBijStart); every other member is recorded absent' },
  },
} as const;
export type AttendanceInput = FromSchema<typeof attendanceBody>;

// ---- decisions (besluit:Besluit)

export const subjectInput = {
  type: 'object', required: ['type'], additionalProperties: false,
  description: 'What the decision is about. Give the id, or the code of records that have one (action line, action, KPI, body, instrument)',
  properties: {
    type: { type: 'string', enum: SUBJECT_TYPES, description: "'call' is refused until calls exist" },
    id: ID,
    code: { type: 'string', minLength: 1, maxLength: 80 },
  },
} as const;
export type SubjectInput = FromSchema<typeof subjectInput>;

const decisionFields = {
  title: text(LIMITS.title, 'Title of the decision (eli:title)'),
  text: optionalText(LIMITS.text, 'What was decided (prov:value)'),
  decidedOn: date('Date of the decision (eli:date_document); by default the day of the meeting in Brussels'),
  subjects: { type: 'array', maxItems: LIMITS.subjects, items: subjectInput },
  motivation: optionalText(LIMITS.text, 'Why the body decided so (besluit:motivering); required before approval'),
  inForceOn: date('When the decision takes effect (eli:first_date_entry_in_force); required before approval'),
  documentType: { type: ['string', 'null'], enum: [...DOCUMENT_TYPES, null], description: 'What kind of decision it is (eli:type_document); required before approval' },
} as const;
export const createDecisionBody = {
  type: 'object', required: ['title'], additionalProperties: false, properties: decisionFields,
} as const;
export type CreateDecisionInput = FromSchema<typeof createDecisionBody>;
export const updateDecisionBody = {
  type: 'object', required: ['version', 'title'], additionalProperties: false, properties: { version, ...decisionFields },
} as const;
export type UpdateDecisionInput = FromSchema<typeof updateDecisionBody>;
export const transitionBody = {
  type: 'object', required: ['version'], additionalProperties: false, properties: { version },
} as const;
export type TransitionInput = FromSchema<typeof transitionBody>;

// ---- publications of a meeting: agenda, decision list (besluitenlijst), minutes (notulen)

export const preparePublicationBody = {
  type: 'object', required: ['kind'], additionalProperties: false,
  properties: {
    kind: { type: 'string', enum: PUBLICATION_KINDS, description: 'agenda (besluit:heeftAgenda), decision_list (besluit:heeftBesluitenlijst) or minutes (besluit:heeftNotulen)' },
    note: text(LIMITS.note, 'What this version corrects; required when a published version exists'),
  },
} as const;
export type PreparePublicationInput = FromSchema<typeof preparePublicationBody>;
const digest = { type: 'string', minLength: 1, maxLength: 64, description: 'Digest of the content you saw; a different digest gets 409' } as const;
export const refreshPublicationBody = {
  type: 'object', required: ['digest'], additionalProperties: false,
  properties: { digest, note: text(LIMITS.note, 'What this version corrects; leave out to keep the current note') },
} as const;
export type RefreshPublicationInput = FromSchema<typeof refreshPublicationBody>;
export const publicationActionBody = {
  type: 'object', required: ['digest'], additionalProperties: false, properties: { digest },
} as const;
export type PublicationActionInput = FromSchema<typeof publicationActionBody>;
