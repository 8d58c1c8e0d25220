import { bilingual, problemResponses } from '../../web/openapi.js';
import { bool, int } from '../../web/json-schema.js';

/** Response shapes for the OpenAPI document (and the serialiser: a field not listed is not sent). */
const s = { type: 'string' } as const;
const ns = { type: ['string', 'null'] } as const;
const nint = { type: ['integer', 'null'] } as const;
const arr = <T>(items: T) => ({ type: 'array', items }) as const;

const reason = {
  type: 'object',
  properties: {
    code: { type: 'string', enum: ['dimension', 'subsector', 'sectorWide', 'pillar', 'level', 'peerAhead', 'text', 'upcoming', 'recent'] },
    params: { type: 'object', additionalProperties: { type: ['string', 'number'] } },
    text: { ...s, description: 'The reason in the requested language' },
  },
} as const;

export const questionSchema = {
  type: 'object',
  properties: {
    id: int, organisation: { type: 'object', properties: { id: int, name: s, subsector: s, isDemo: bool } },
    question: s, dimension: ns, pillar: nint, level: nint, visibleToProviders: bool, status: { type: 'string', enum: ['open', 'closed'] },
    createdAt: s, closedAt: ns, version: int,
  },
} as const;

const proposal = {
  type: 'object',
  properties: {
    kind: { type: 'string', enum: ['actor', 'offer', 'case', 'lesson', 'learning', 'peer'] }, id: int, code: ns, href: ns, title: bilingual, detail: s, isDemo: bool,
    score: { type: 'integer', description: 'Out of 100: dimension 35, subsector 20 (whole sector 8), pillar 10, level 10, text relevance up to 20, timeliness 5' },
    reasons: arr(reason),
    contact: { type: ['object', 'null'], properties: { target: { type: 'string', enum: ['actor', 'peer'] }, id: int } },
  },
} as const;
const proposalList = arr(proposal);

export const contactSchema = {
  type: 'object',
  properties: {
    id: int, direction: { type: 'string', enum: ['to_actor', 'to_peer', 'to_organisation'] },
    question: { type: ['object', 'null'], properties: { id: int, text: s } },
    offer: { type: ['object', 'null'], properties: { id: int, title: s } },
    from: { type: 'object', properties: { kind: s, id: int, name: s, isDemo: bool } },
    to: { type: 'object', properties: { kind: s, id: int, name: s, isDemo: bool } },
    message: s, sentAt: s, sender: { type: 'object', properties: { name: s, email: ns } },
    answer: { type: ['string', 'null'], enum: ['accepted', 'declined', null] }, answeredAt: ns, canAnswer: bool,
  },
} as const;

export const questionViewSchema = {
  type: 'object',
  properties: {
    question: questionSchema,
    level: { ...nint, description: 'The level the match used: stated in the question, else the latest result in the dimension' },
    proposals: { type: 'object', properties: { actor: proposalList, offer: proposalList, case: proposalList, lesson: proposalList, learning: proposalList, peer: proposalList } },
    contacts: arr(contactSchema),
  },
} as const;

export const offerSchema = {
  type: 'object',
  properties: {
    id: int, actor: { type: 'object', properties: { id: int, code: s, name: s } }, title: bilingual, description: bilingual,
    dimensions: arr(s), subsectors: arr(s), pillars: arr(int), levelFrom: nint, levelTo: nint, isDemo: bool, retired: bool, createdAt: s, updatedAt: s, version: int,
  },
} as const;

export const offerViewSchema = {
  type: 'object',
  properties: {
    offer: offerSchema,
    canRespond: bool,
    questions: arr({ type: 'object', properties: { question: questionSchema, score: int, reasons: arr(reason) } }),
  },
} as const;

export const homeSchema = {
  type: 'object',
  properties: {
    organisations: arr({ type: 'object', properties: { id: int, name: s, subsector: s, isDemo: bool } }),
    questions: arr(questionSchema),
    actors: arr({ type: 'object', properties: { id: int, code: s, name: s, isDemo: bool } }),
  },
} as const;

export const contactListSchema = { type: 'object', properties: { incoming: arr(contactSchema), sent: arr(contactSchema) } } as const;
export const offerListSchema = { type: 'object', properties: { items: arr(offerSchema) } } as const;

export { problemResponses };
