import { SUBSECTORS } from '../../catalog/types.js';
import type { FromSchema } from '../../web/schema-types.js';
import { DIMENSION_CODES } from '../maturity/index.js';
import { LIMITS } from './constants.js';
import { id, NO_NUL, version } from '../../web/input-schema.js';

const text = (max: number, min = 1) => ({ type: 'string', minLength: min, maxLength: max, pattern: NO_NUL }) as const;
const dimension = { type: 'string', enum: DIMENSION_CODES, description: 'Maturity dimension code' } as const;
const level = { type: 'integer', minimum: 0, maximum: 5 } as const;

export const idParams = { type: 'object', required: ['id'], additionalProperties: false, properties: { id } } as const;
export type IdParams = FromSchema<typeof idParams>;
export const langQuery = { type: 'object', additionalProperties: false, properties: { lang: { type: 'string', enum: ['nl', 'en'] } } } as const;

export const questionBody = {
  type: 'object', required: ['organisationId', 'question'], additionalProperties: false,
  properties: {
    organisationId: { ...id, description: 'The organisation that asks (the account must be its owner or member)' },
    question: { ...text(LIMITS.question, LIMITS.questionMin), description: 'The question in your own words' },
    dimension: { ...dimension, description: 'Optional: the maturity dimension the question is about' },
    pillar: { type: 'integer', minimum: 1, maximum: 5, description: 'Optional: pillar of transition steering' },
    level: { ...level, description: 'Optional: the organisation\'s current level in the dimension (by default its latest result)' },
    visibleToProviders: { type: 'boolean', default: false, description: 'Consent: providers (support actors) may see this question and answer it' },
  },
} as const;
export type QuestionInput = FromSchema<typeof questionBody>;

export const closeBody = { type: 'object', required: ['version'], additionalProperties: false, properties: { version } } as const;
export type CloseInput = FromSchema<typeof closeBody>;

const offerFields = {
  actorId: { ...id, description: 'The actor that offers (the account must be one of its editors, or the transition team)' },
  titleNl: text(LIMITS.title), titleEn: text(LIMITS.title, 0),
  descriptionNl: text(LIMITS.description), descriptionEn: text(LIMITS.description, 0),
  dimensions: { type: 'array', uniqueItems: true, maxItems: DIMENSION_CODES.length, items: dimension },
  subsectors: { type: 'array', uniqueItems: true, maxItems: SUBSECTORS.length, items: { type: 'string', enum: SUBSECTORS }, description: 'Empty: the whole sector' },
  pillars: { type: 'array', uniqueItems: true, maxItems: 5, items: { type: 'integer', minimum: 1, maximum: 5 } },
  levelFrom: { type: ['integer', 'null'], minimum: 0, maximum: 5 },
  levelTo: { type: ['integer', 'null'], minimum: 0, maximum: 5 },
} as const;
export const offerBody = { type: 'object', required: ['actorId', 'titleNl', 'descriptionNl'], additionalProperties: false, properties: offerFields } as const;
export type OfferInput = FromSchema<typeof offerBody>;
export const offerUpdateBody = {
  type: 'object', required: ['version', 'titleNl', 'descriptionNl'], additionalProperties: false,
  properties: { version, ...(({ actorId: _a, ...rest }) => rest)(offerFields) },
} as const;
export type OfferUpdateInput = FromSchema<typeof offerUpdateBody>;

export const contactBody = {
  type: 'object', required: ['target', 'targetId', 'message'], additionalProperties: false,
  properties: {
    target: { type: 'string', enum: ['actor', 'peer'], description: 'A knowledge actor, or a peer organisation that agreed to be contacted' },
    targetId: { ...id, description: 'Id of the actor or the organisation' },
    message: text(LIMITS.message),
  },
} as const;
export type ContactInput = FromSchema<typeof contactBody>;

export const responseBody = {
  type: 'object', required: ['questionId', 'message'], additionalProperties: false,
  properties: { questionId: id, message: text(LIMITS.message) },
} as const;
export type ResponseInput = FromSchema<typeof responseBody>;

export const answerBody = {
  type: 'object', required: ['answer'], additionalProperties: false,
  properties: { answer: { type: 'string', enum: ['accepted', 'declined'] } },
} as const;
export type AnswerInput = FromSchema<typeof answerBody>;
