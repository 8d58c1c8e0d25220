import { bilingual } from '../../web/openapi.js';
import { bool, int } from '../../web/json-schema.js';

/** Response shapes for the OpenAPI document (and the serialiser: a field not listed is not sent). */
const nint = { type: ['integer', 'null'] } as const;
const s = { type: 'string' } as const;
const ns = { type: ['string', 'null'] } as const;
const nbilingual = { type: ['object', 'null'], properties: bilingual.properties } as const;
const kind = { type: 'string', enum: ['quick', 'full'] } as const;
const status = { type: 'string', enum: ['open', 'submitted'] } as const;
const model = { type: 'object', properties: { id: int, version: int } } as const;

const respondent = {
  type: 'object',
  properties: { userId: int, name: s, position: s, answered: int, finished: bool, finishedAt: ns },
} as const;

export const summarySchema = {
  type: 'object',
  properties: {
    id: int, organisationId: int, kind, status, model, startedAt: s, submittedAt: ns, isDemo: bool, version: int,
    questions: { type: 'integer', description: 'How many questions this assessment asks' },
    respondentCount: int, finishedCount: int,
    respondents: { type: ['array', 'null'], items: respondent, description: 'Names and progress: members of the organisation only' },
    links: { type: 'object', properties: { self: s, page: ns, results: ns } },
  },
} as const;

export const listSchema = {
  type: 'object',
  properties: {
    organisation: { type: 'object', properties: { id: int, name: s, shareWithTeam: bool } },
    canStart: bool,
    currentModel: { type: ['object', 'null'], properties: { id: int, version: int } },
    items: { type: 'array', items: summarySchema },
  },
} as const;

const progressSchema = {
  type: 'object',
  properties: {
    answered: int, total: int,
    dimensions: { type: 'array', items: { type: 'object', properties: { code: s, answered: int, total: int } } },
  },
} as const;

export const answerSchema = {
  type: 'object',
  properties: { questionId: int, currentLevel: nint, targetLevel: nint, notApplicable: bool, note: s, evidenceUrl: ns, version: int, updatedAt: s },
} as const;

export const detailSchema = {
  type: 'object',
  properties: {
    ...summarySchema.properties,
    organisationName: s,
    me: { type: 'object', properties: { finished: bool, finishedAt: ns, progress: progressSchema } },
    levels: { type: 'array', items: { type: 'object', properties: { level: int, name: bilingual, description: bilingual } } },
    dimensions: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          code: s, name: bilingual, description: bilingual,
          questions: {
            type: 'array',
            items: { type: 'object', properties: { id: int, code: s, text: bilingual, help: bilingual, criticalFrom: nint, allowsNotApplicable: bool } },
          },
        },
      },
    },
    answers: { type: 'array', items: answerSchema },
  },
} as const;

export const savedAnswerSchema = {
  type: 'object',
  properties: { answer: answerSchema, changed: { type: 'boolean', description: 'false when the answer already said this (a resent autosave)' }, progress: progressSchema },
} as const;

export const partSchema = { type: 'object', properties: { finished: bool, finishedAt: ns } } as const;

export const resultsSchema = {
  type: 'object',
  properties: {
    assessment: { type: 'object', properties: { id: int, organisationId: int, kind, model, submittedAt: ns, isDemo: bool } },
    countedRespondents: int,
    dimensions: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          code: s, name: bilingual, answered: bool, level: nint, levelName: nbilingual, targetLevel: nint, targetName: nbilingual,
          minLevel: nint, maxLevel: nint, respondents: int, disagreement: bool, meaning: nbilingual,
          next: { type: ['object', 'null'], properties: { level: int, meaning: nbilingual, steps: { type: 'array', items: bilingual } } },
          cappedBy: { type: 'array', items: { type: 'object', properties: { code: s, text: bilingual, criticalFrom: nint } } },
          respondentLevels: {
            type: ['array', 'null'], description: 'Per respondent where respondents disagree: members only',
            items: { type: 'object', properties: { name: s, position: s, level: nint, target: nint } },
          },
        },
      },
    },
    rules: { type: 'array', items: { type: 'object', properties: { id: s, text: bilingual } } },
    links: { type: 'object', properties: { page: s, csv: s, pdf: s } },
  },
} as const;
