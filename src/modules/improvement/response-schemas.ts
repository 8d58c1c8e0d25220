import { bilingual } from '../../web/openapi.js';
import { RELEVANCES } from './ranking.js';
import { ITEM_STATUSES } from './schemas.js';
import { bool, int, num } from '../../web/json-schema.js';

/** Response shapes for the OpenAPI document (and the serialiser: a field not listed is not sent). */
const nint = { type: ['integer', 'null'] } as const;
const s = { type: 'string' } as const;
const ns = { type: ['string', 'null'] } as const;
const ref = { type: ['object', 'null'], properties: { code: s, name: s } } as const;
const arr = <T>(items: T) => ({ type: 'array', items }) as const;

const basedOn = { type: 'object', properties: { assessmentId: int, kind: s, submittedOn: s, modelVersion: int } } as const;
const rankedDimension = {
  type: 'object',
  properties: {
    dimension: s, name: bilingual, level: int, target: nint, gap: int, relevance: { type: 'string', enum: RELEVANCES }, score: num, rank: int,
    suggested: bool, chosen: bool, nextLevel: nint, criticalItems: arr(s),
    reason: { ...bilingual, description: 'Why the dimension has this place: gap to the own target, relevance, critical items' },
  },
} as const;

export const itemSchema = {
  type: 'object',
  properties: { id: int, dimension: s, stepId: nint, text: s, owner: s, dueOn: ns, status: { type: 'string', enum: ITEM_STATUSES }, createdAt: s, updatedAt: s, version: int },
} as const;

const matchSchema = {
  type: 'object',
  properties: {
    dimension: s,
    learning: arr({ type: 'object', properties: {
      id: int, title: bilingual, summary: bilingual, kind: s, provider: s, providerActor: ns, startsOn: ns, endsOn: ns, place: ns, online: bool, url: ns,
      isDemo: bool, dimension: ns, levelFrom: nint, levelTo: nint,
    } }),
    actors: arr({ type: 'object', properties: { code: s, name: s, kind: s, expertise: arr(s), servesSubsector: bool } }),
    cases: arr({ type: 'object', properties: { code: s, title: bilingual, country: s } }),
    peers: arr({ type: 'object', properties: { id: int, name: s, subsector: s, municipality: s, sameSubsector: bool, level: int, isDemo: bool } }),
  },
} as const;

const organisationRef = { type: 'object', properties: { id: int, name: s, isDemo: bool } } as const;
const personSchema = { type: 'object', properties: { name: s, email: s } } as const;
const contactState = { type: 'string', enum: ['waiting', 'accepted', 'declined'] } as const;
export const receivedContactSchema = {
  type: 'object', description: 'A request for contact another organisation sent to this one',
  properties: {
    id: int, requestedAt: s, fromOrganisation: organisationRef, dimension: s, message: s,
    requester: { ...personSchema, description: 'Who asked, to reply to' },
    state: contactState, answeredAt: ns, answeredBy: { ...ns, description: 'Name of the owner who answered' },
  },
} as const;
export const sentContactSchema = {
  type: 'object', description: 'A request for contact this organisation sent to a peer',
  properties: {
    id: int, requestedAt: s, peer: organisationRef, dimension: s, message: s, state: contactState, answeredAt: ns,
    contact: { type: ['object', 'null'], properties: personSchema.properties, description: 'Once accepted: the owner of the peer who accepted, to write to' },
  },
} as const;
export const contactListSchema = { type: 'object', properties: { received: arr(receivedContactSchema), sent: arr(sentContactSchema) } } as const;

export const planViewSchema = {
  type: 'object',
  properties: {
    organisation: { type: 'object', properties: { id: int, name: s, subsector: s, isDemo: bool } },
    latestResult: { type: ['object', 'null'], properties: { assessmentId: int, kind: s, submittedOn: s } },
    suggestions: { type: ['object', 'null'], description: 'Ranked priorities from the latest result, while it has no plan', properties: { basedOn, defaultReassessOn: s, ranking: arr(rankedDimension) } },
    plan: {
      type: ['object', 'null'],
      properties: {
        id: int, basedOn, reassessOn: ns,
        reassessment: { type: 'object', properties: { state: { type: 'string', enum: ['done', 'overdue', 'due', 'scheduled', 'none'] }, days: nint } },
        scenarioNote: s, version: int, createdAt: s, updatedAt: s,
        priorities: arr({ type: 'object', properties: { dimension: s, relevance: s, reason: { ...s, description: 'The reason as written when the dimension was chosen' } } }),
        relevance: {
          type: 'object', description: 'Relevance to the mission of every dimension of the plan\'s model, chosen or not',
          additionalProperties: { type: 'string', enum: RELEVANCES },
        },
        ranking: arr(rankedDimension),
        items: arr(itemSchema),
        comments: arr({ type: 'object', properties: { id: int, author: s, body: s, createdAt: s } }),
        matches: arr(matchSchema),
      },
    },
    contactRequests: { ...arr(receivedContactSchema), description: 'Requests for advice from other organisations (owners only)' },
    sentRequests: { ...arr(sentContactSchema), description: 'Requests for advice this organisation sent (those who edit the plan)' },
  },
} as const;

export const rankingSchema = { type: 'object', properties: { basedOn, ranking: arr(rankedDimension) } } as const;

export const progressSchema = {
  type: 'object',
  properties: {
    modelVersion: nint,
    assessments: arr({ type: 'object', properties: { id: int, kind: s, submittedOn: s } }),
    dimensions: arr({ type: 'object', properties: {
      code: s, name: bilingual,
      points: arr({ type: 'object', properties: { assessmentId: int, date: s, kind: s, level: nint, target: nint } }),
    } }),
    flags: arr({ type: 'object', description: 'Points for the organisation\'s own reflection', properties: {
      kind: { type: 'string', enum: ['jump', 'allTop', 'noEvidence', 'disagreement'] }, dimension: s, from: int, to: int, level: int, min: int, max: int, basis: s,
    } }),
  },
} as const;

const coachSchema = { type: 'object', properties: { id: int, name: s, email: s, actor: ref, invitedAt: s, invitedBy: s, withdrawnAt: ns } } as const;
export const coachListSchema = { type: 'object', properties: { items: arr(coachSchema) } } as const;
export const coachResponse = coachSchema;
export const coachingSchema = {
  type: 'object',
  properties: { items: arr({ type: 'object', properties: { invitationId: int, organisation: { type: 'object', properties: { id: int, name: s, subsector: s, isDemo: bool } }, actor: ref, invitedAt: s } }) },
} as const;
export const commentResponse = { type: 'object', properties: { id: int, author: s, body: s, createdAt: s } } as const;
export const paragraphSchema = {
  type: 'object',
  properties: {
    title: s, intro: s, note: s, isDemo: bool,
    start: arr({ type: 'object', properties: { name: s, line: s } }),
    priorities: arr({ type: 'object', properties: { name: s, reason: s } }),
    steps: arr({ type: 'object', properties: { heading: s, items: arr(s) } }),
    followUp: arr(s),
  },
} as const;
