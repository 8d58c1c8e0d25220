import type { FromSchema } from '../../web/schema-types.js';
import { RELEVANCES, type Relevance } from './ranking.js';
import { DATE_PATTERN, id, NO_NUL, str, version } from '../../web/input-schema.js';

/** Limits shared by the forms (through validateSchema) and the API: one definition of valid. */
export const ITEM_STATUSES = ['todo', 'doing', 'done', 'dropped'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
export const LIMITS = { itemText: 1000, owner: 200, note: 4000, comment: 4000, message: 2000, priorities: 12 } as const;

const nullableDate = { type: ['string', 'null'], format: 'date', pattern: DATE_PATTERN } as const;
const dimension = { type: 'string', minLength: 1, maxLength: 40, pattern: '^[a-z0-9_-]+$', description: 'Dimension code of the maturity model' } as const;
const relevance = { type: 'string', enum: RELEVANCES, description: 'Relevance of the dimension to the organisation\'s mission' } as const;

// --- params ----------------------------------------------------------------------------------
export const orgParams = { type: 'object', required: ['id'], additionalProperties: false, properties: { id } } as const;
export type OrgParams = FromSchema<typeof orgParams>;
export const itemParams = { type: 'object', required: ['id', 'itemId'], additionalProperties: false, properties: { id, itemId: id } } as const;
export type ItemParams = FromSchema<typeof itemParams>;
export const coachParams = { type: 'object', required: ['id', 'invitationId'], additionalProperties: false, properties: { id, invitationId: id } } as const;
export type CoachParams = FromSchema<typeof coachParams>;

/** `?relevance.audience=high&relevance.data=low`: dimensions left out count as normal. */
export const rankingQuery = {
  type: 'object', additionalProperties: false,
  properties: { lang: { type: 'string', enum: ['nl', 'en'] } },
  patternProperties: { '^relevance\\.[a-z0-9_-]{1,40}$': relevance },
} as const;
export const langQuery = { type: 'object', additionalProperties: false, properties: { lang: { type: 'string', enum: ['nl', 'en'] } } } as const;

// --- plans -----------------------------------------------------------------------------------
const priorities = {
  type: 'array', minItems: 1, maxItems: LIMITS.priorities,
  items: {
    type: 'object', required: ['dimension'], additionalProperties: false,
    properties: { dimension, relevance: { ...relevance, description: 'Relevance of this chosen dimension; the same as in `relevance` when both are sent' } },
  },
} as const;

/**
 * The relevance to the mission of every dimension, chosen or not, so the ranking can be redone
 * later with the same choices. Dimensions left out count as normal in a new plan and keep their
 * earlier relevance when the priorities of a plan change.
 */
const relevanceMap = {
  type: 'object', maxProperties: 40, additionalProperties: false,
  patternProperties: { '^[a-z0-9_-]{1,40}$': relevance },
  description: 'Relevance to the mission per dimension code (high, normal, low), also for dimensions not chosen',
} as const;
export type RelevanceInput = Partial<Record<string, Relevance>>;

export const createPlanBody = {
  type: 'object', required: ['priorities'], additionalProperties: false,
  properties: {
    assessmentId: { ...id, description: 'The submitted assessment the plan starts from; by default the latest' },
    priorities,
    relevance: relevanceMap,
    reassessOn: { ...nullableDate, description: 'Date of the re-assessment; by default 12 months after the result' },
    scenarioNote: { ...str(LIMITS.note), description: 'The organisation\'s own words on its approach, used in the digital paragraph' },
  },
} as const;
export type CreatePlanInput = Omit<FromSchema<typeof createPlanBody>, 'relevance'> & { relevance?: RelevanceInput };

export const updatePlanBody = {
  type: 'object', required: ['version', 'reassessOn'], additionalProperties: false,
  properties: { version, reassessOn: { type: 'string', format: 'date', pattern: DATE_PATTERN }, scenarioNote: str(LIMITS.note) },
} as const;
export type UpdatePlanInput = FromSchema<typeof updatePlanBody>;

export const setPrioritiesBody = {
  type: 'object', required: ['version', 'priorities'], additionalProperties: false,
  properties: { version, priorities, relevance: relevanceMap },
} as const;
export type SetPrioritiesInput = Omit<FromSchema<typeof setPrioritiesBody>, 'relevance'> & { relevance?: RelevanceInput };

// --- items -----------------------------------------------------------------------------------
const itemFields = {
  dimension,
  text: str(LIMITS.itemText, 1),
  owner: { ...str(LIMITS.owner), description: 'Who in the organisation takes it on (free text)' },
  dueOn: nullableDate,
  status: { type: 'string', enum: ITEM_STATUSES },
} as const;

export const createItemBody = {
  type: 'object', required: ['dimension', 'text'], additionalProperties: false, properties: itemFields,
} as const;
export type CreateItemInput = FromSchema<typeof createItemBody>;

export const updateItemBody = {
  type: 'object', required: ['version', 'text', 'status'], additionalProperties: false,
  properties: { version, text: itemFields.text, owner: itemFields.owner, dueOn: itemFields.dueOn, status: itemFields.status },
} as const;
export type UpdateItemInput = FromSchema<typeof updateItemBody>;

// --- comments, coaches, contact -----------------------------------------------------------------
export const commentBody = {
  type: 'object', required: ['body'], additionalProperties: false, properties: { body: str(LIMITS.comment, 1) },
} as const;
export type CommentInput = FromSchema<typeof commentBody>;

export const inviteCoachBody = {
  type: 'object', required: ['email'], additionalProperties: false,
  properties: {
    email: { type: 'string', format: 'email', minLength: 3, maxLength: 254, description: 'E-mail address of an existing account' },
    actor: { type: ['string', 'null'], maxLength: 80, pattern: NO_NUL, description: 'Code of the support actor the coach comes from' },
  },
} as const;
export type InviteCoachInput = FromSchema<typeof inviteCoachBody>;

export const contactRequestBody = {
  type: 'object', required: ['peerId', 'dimension'], additionalProperties: false,
  properties: { peerId: { ...id, description: 'The organisation asked for advice' }, dimension, message: str(LIMITS.message) },
} as const;
export type ContactRequestInput = FromSchema<typeof contactRequestBody>;

export const contactParams = { type: 'object', required: ['id', 'requestId'], additionalProperties: false, properties: { id, requestId: id } } as const;
export type ContactParams = FromSchema<typeof contactParams>;

export const CONTACT_ANSWERS = ['accepted', 'declined'] as const;
export const contactAnswerBody = {
  type: 'object', required: ['answer'], additionalProperties: false,
  properties: { answer: { type: 'string', enum: CONTACT_ANSWERS, description: 'accepted: the requesting organisation sees your name and e-mail address; declined: it sees that you declined' } },
} as const;
export type ContactAnswerInput = FromSchema<typeof contactAnswerBody>;
