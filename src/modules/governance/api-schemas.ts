import { nextProperty } from '../../web/cursor.js';
import { bilingual } from '../../web/openapi.js';
import { AGENDA_ITEM_TYPES, BODY_KINDS, DOCUMENT_TYPES, MEMBER_ROLES, MEMBER_STATUSES, PUBLICATION_KINDS, SUBJECT_TYPES, WORKFLOW_STATUSES } from './schemas.js';
import { bool, int, str } from '../../web/json-schema.js';

/** Response schemas for the OpenAPI document, named after the besluit and mandaat vocabularies. */
const nstr = { type: ['string', 'null'] } as const;
const nint = { type: ['integer', 'null'] } as const;
const ref = { type: 'object', properties: { code: str, name: bilingual, uri: str } } as const;
const decisionRef = {
  type: ['object', 'null'], description: 'A decision (besluit:Besluit); null when it is not published and you may not see drafts',
  properties: { code: str, title: bilingual, status: { type: 'string', enum: WORKFLOW_STATUSES }, uri: str },
} as const;
const proposal = { type: ['object', 'null'], properties: { recommendation: str, section: str }, description: 'Set when the record is what the study proposes (R1.3), not yet a confirmed fact' } as const;

export const memberSchema = {
  type: 'object', description: 'A member of a body: an actor\'s representative holding a seat (mandaat:Mandataris with its mandaat:Mandaat)',
  properties: {
    id: int, actor: { type: 'object', properties: { code: str, name: str, uri: str } }, personName: nstr,
    role: { type: 'string', enum: MEMBER_ROLES, description: 'The seat (bestuursfunctie) held' },
    startsOn: { ...nstr, description: 'mandaat:start' }, endsOn: { ...nstr, description: 'mandaat:einde' },
    isProposal: bool, source: nstr, version: int,
    status: { type: ['string', 'null'], enum: [...MEMBER_STATUSES, null], description: 'mandaat:status (official MandatarisStatusCode list)' },
    appointedBy: { type: ['object', 'null'], properties: { code: str, uri: str }, description: 'The decision that appointed the member (mandaat:isAangesteldDoor)' },
    present: { type: ['boolean', 'null'], description: 'At this meeting (besluit:heeftAanwezigeBijStart); null when not recorded' },
  },
} as const;

export const bodySchema = {
  type: 'object', description: 'A governing body (besluit:Bestuursorgaan) of the transition space',
  properties: {
    code: str, uri: str, kind: { type: 'string', enum: BODY_KINDS, description: 'besluit:classificatie' }, name: bilingual, description: bilingual,
    mandate: { ...bilingual, description: 'The assignment of the body (for a working group: from the steering committee)' },
    meetingsPerYear: nint, startsOn: nstr, endsOn: nstr,
    parentBody: { ...ref, type: ['object', 'null'] }, establishedBy: decisionRef,
    isProposal: bool, proposedBy: proposal, source: nstr, memberCount: int, isDemo: bool, version: int,
  },
} as const;

const meetingEntry = {
  type: 'object', description: 'A meeting (besluit:Zitting)',
  properties: {
    id: int, uri: str, startsAt: { ...str, description: 'besluit:geplandeStart, Europe/Brussels offset' }, place: str,
    status: str, published: { type: 'array', items: { type: 'string', enum: PUBLICATION_KINDS } }, isDemo: bool,
  },
} as const;

export const bodyDetailSchema = {
  type: 'object',
  properties: {
    ...bodySchema.properties,
    members: { type: 'array', items: memberSchema },
    meetings: { type: 'array', items: meetingEntry, description: 'Visitors see only meetings with something published' },
    decisions: { type: 'array', items: decisionRef },
  },
} as const;

export const publicationSchema = {
  type: 'object',
  description: 'One version of an agenda (besluit:heeftAgenda), decision list (besluit:heeftBesluitenlijst) or minutes (besluit:heeftNotulen), frozen when prepared',
  properties: {
    id: int, kind: { type: 'string', enum: PUBLICATION_KINDS }, version: int, status: { type: 'string', enum: WORKFLOW_STATUSES },
    correctionOf: { ...nint, description: 'Id of the published version this one corrects' }, uri: str,
    approvedAt: nstr, publishedAt: nstr, createdAt: str,
    digest: { ...str, description: 'Send this back to approve, publish or refresh exactly this content' },
    content: { type: 'object', additionalProperties: true, description: 'The frozen content: meeting header, agenda items (besluit:Agendapunt), decisions, treatments (besluit:BehandelingVanAgendapunt), attendance' },
  },
} as const;

const treatmentFields = {
  isPublic: { ...bool, description: 'besluit:openbaar' }, outcome: { ...str, description: 'besluit:gevolg' },
  votesFor: { ...nint, description: 'besluit:aantalVoorstanders; null when treated behind closed doors' },
  votesAgainst: { ...nint, description: 'besluit:aantalTegenstanders' }, abstentions: { ...nint, description: 'besluit:aantalOnthouders' },
} as const;
const ids = { type: 'array', items: int } as const;
const treatmentSchema = {
  type: ['object', 'null'], description: 'The treatment of the agenda item (besluit:BehandelingVanAgendapunt)',
  properties: {
    ...treatmentFields, notes: bilingual,
    voters: {
      type: 'object', description: 'Member ids of who voted for, against or abstained (besluit:heeftVoorstander, heeftTegenstander, heeftOnthouder); empty when only counts were recorded',
      properties: { for: ids, against: ids, abstain: ids },
    },
  },
} as const;

export const meetingSchema = {
  type: 'object',
  description: "A meeting (besluit:Zitting). view 'published' (visitors): only published versions. view 'internal' (transition team, steering committee): live records too",
  properties: {
    id: int, uri: str, view: { type: 'string', enum: ['published', 'internal'] },
    body: { type: ['object', 'null'], properties: { code: str, name: bilingual, uri: str } },
    startsAt: nstr, place: nstr, status: nstr, isDemo: bool, version: int,
    chair: { ...nint, description: 'Member id of the chair (besluit:heeftVoorzitter)' },
    startedAt: { ...nstr, description: 'Actual start (prov:startedAtTime), Europe/Brussels offset' },
    endedAt: { ...nstr, description: 'Actual end (prov:endedAtTime)' },
    secretary: { ...nint, description: 'Member id of the secretary (besluit:heeftSecretaris)' },
    members: { type: 'array', items: memberSchema },
    agendaItems: {
      type: 'array',
      items: {
        type: 'object', description: 'An agenda item (besluit:Agendapunt)',
        properties: {
          id: int, position: int, title: bilingual, description: bilingual, isPublic: { ...bool, description: 'besluit:geplandOpenbaar' },
          type: { type: ['string', 'null'], enum: [...AGENDA_ITEM_TYPES, null], description: "besluit:Agendapunt.type: 'planned' when put on the agenda before the meeting was held, 'added' (ingelast) once held; set by the platform, null where not known" },
          treatment: treatmentSchema,
          decisions: { type: 'array', items: decisionRef },
        },
      },
    },
    publications: { type: 'array', items: publicationSchema },
  },
} as const;

const subjectSchema = {
  type: 'object', description: 'What the decision is about',
  properties: { type: { type: 'string', enum: SUBJECT_TYPES }, id: int, code: nstr, title: { ...bilingual, type: ['object', 'null'] }, uri: nstr },
} as const;

export const decisionSchema = {
  type: 'object', description: 'A decision (besluit:Besluit) taken in the treatment of an agenda item',
  properties: {
    id: int, code: str, uri: str, title: { ...bilingual, description: 'eli:title' }, text: { ...bilingual, description: 'prov:value' },
    status: { type: 'string', enum: WORKFLOW_STATUSES }, decidedOn: nstr, publishedAt: nstr, isDemo: bool, version: int,
    motivation: { ...bilingual, description: 'besluit:motivering' },
    inForceOn: { ...nstr, description: 'eli:first_date_entry_in_force of the legal resource the decision realises' },
    documentType: { type: ['string', 'null'], enum: [...DOCUMENT_TYPES, null], description: 'eli:type_document' },
    body: ref,
    meeting: { type: ['object', 'null'], properties: { id: int, startsAt: str, uri: str } },
    agendaItem: { type: ['object', 'null'], properties: { position: int, title: bilingual, isPublic: bool } },
    treatment: { type: ['object', 'null'], description: treatmentSchema.description, properties: treatmentFields },
    subjects: { type: 'array', items: subjectSchema },
    followUp: {
      type: 'object', description: 'What followed from the decision',
      properties: {
        actions: { type: 'array', items: { type: 'object', properties: { id: int, code: str, title: bilingual, status: str } } },
        plans: { type: 'array', items: { type: 'object', additionalProperties: true } },
        baselines: { type: 'array', items: { type: 'object', additionalProperties: true } },
        workingGroups: { type: 'array', items: { type: 'object', properties: { code: str, name: bilingual, endsOn: nstr, isDemo: bool, uri: str } } },
      },
    },
  },
} as const;

export const decisionListSchema = {
  type: 'object',
  properties: { items: { type: 'array', items: decisionSchema }, total: int, page: int, pageSize: int, pages: int, next: nextProperty },
} as const;

export const historySchema = { type: 'array', items: { type: 'object', additionalProperties: true } } as const;
