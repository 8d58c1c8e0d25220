import type { FromSchema } from '../../web/schema-types.js';
import { bilingual } from '../../web/openapi.js';

/** Limits shared by the forms, the API and the CSV import. */
export const LIMITS = { name: 200, text: 1000, long: 2000, steps: 60, questions: 400, importBytes: 512 * 1024 } as const;
export const DIMENSION_CODE_PATTERN = '^[a-z][a-z0-9]*(-[a-z0-9]+)*$';
export const QUESTION_CODE_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

const texts = (min: number, max: number) => ({
  type: 'object', required: ['nl', 'en'], additionalProperties: false,
  properties: { nl: { type: 'string', minLength: min, maxLength: max }, en: { type: 'string', minLength: min, maxLength: max } },
}) as const;

const rowVersion = { type: 'integer', minimum: 1, description: 'The model\'s row version this edit starts from; a stale one gets 409' } as const;

export const versionParams = {
  type: 'object', required: ['version'], additionalProperties: false,
  properties: { version: { type: 'integer', minimum: 1, maximum: 100000 } },
} as const;
export type VersionParams = FromSchema<typeof versionParams>;

export const codeParams = {
  type: 'object', required: ['version', 'code'], additionalProperties: false,
  properties: { version: { type: 'integer', minimum: 1, maximum: 100000 }, code: { type: 'string', minLength: 1, maxLength: 60 } },
} as const;
export type CodeParams = FromSchema<typeof codeParams>;

export const rowVersionBody = { type: 'object', required: ['rowVersion'], additionalProperties: false, properties: { rowVersion } } as const;
export type RowVersionInput = FromSchema<typeof rowVersionBody>;

export const updateNoteBody = {
  type: 'object', required: ['rowVersion', 'note'], additionalProperties: false,
  properties: { rowVersion, note: texts(0, LIMITS.long) },
} as const;
export type UpdateNoteInput = FromSchema<typeof updateNoteBody>;

export const updateLevelsBody = {
  type: 'object', required: ['rowVersion', 'levels'], additionalProperties: false,
  properties: {
    rowVersion,
    levels: {
      type: 'array', minItems: 6, maxItems: 6,
      items: {
        type: 'object', required: ['level', 'name', 'description'], additionalProperties: false,
        properties: { level: { type: 'integer', minimum: 0, maximum: 5 }, name: texts(1, LIMITS.name), description: texts(1, LIMITS.long) },
      },
    },
  },
} as const;
export type UpdateLevelsInput = FromSchema<typeof updateLevelsBody>;

export const dimensionBody = {
  type: 'object', required: ['rowVersion', 'code', 'name', 'description'], additionalProperties: false,
  properties: {
    rowVersion,
    code: { type: 'string', minLength: 2, maxLength: 40, pattern: DIMENSION_CODE_PATTERN, description: 'Changing it renames the dimension: record a mapping before publishing' },
    name: texts(1, LIMITS.name),
    description: texts(0, LIMITS.long),
    meanings: {
      type: 'array', maxItems: 5, description: 'What levels 1-5 mean in this dimension; empty texts may be filled in later, publishing needs all',
      items: { type: 'object', required: ['level', 'text'], additionalProperties: false, properties: { level: { type: 'integer', minimum: 1, maximum: 5 }, text: texts(0, LIMITS.long) } },
    },
    steps: {
      type: 'array', maxItems: LIMITS.steps, description: 'Improvement steps toward each level, in order; the list replaces the current one',
      items: { type: 'object', required: ['level', 'text'], additionalProperties: false, properties: { level: { type: 'integer', minimum: 1, maximum: 5 }, text: texts(1, LIMITS.text) } },
    },
  },
} as const;
export type DimensionInput = FromSchema<typeof dimensionBody>;

export const dimensionOrderBody = {
  type: 'object', required: ['rowVersion', 'order'], additionalProperties: false,
  properties: { rowVersion, order: { type: 'array', minItems: 1, maxItems: 50, uniqueItems: true, items: { type: 'string', maxLength: 40 } } },
} as const;
export type DimensionOrderInput = FromSchema<typeof dimensionOrderBody>;

export const questionBody = {
  type: 'object', required: ['rowVersion', 'code', 'dimension', 'text'], additionalProperties: false,
  description: 'The whole question: an optional field left out takes its default (empty help, not in the quick scan, not critical, no "not applicable")',
  properties: {
    rowVersion,
    code: { type: 'string', minLength: 2, maxLength: 60, pattern: QUESTION_CODE_PATTERN },
    dimension: { type: 'string', minLength: 1, maxLength: 40, description: 'Code of a dimension of this draft; changing it moves the question' },
    position: { type: 'integer', minimum: 1, maximum: 1000, description: 'Place within the dimension (1 = first); by default the end, or the current place' },
    text: texts(1, LIMITS.text),
    help: texts(0, LIMITS.long),
    quickScan: { type: 'boolean', default: false },
    criticalFrom: { type: ['integer', 'null'], minimum: 1, maximum: 5, default: null, description: 'Critical item: the dimension cannot reach this level while the answer is below it' },
    allowsNotApplicable: { type: 'boolean', default: false },
  },
} as const;
export type QuestionInput = FromSchema<typeof questionBody>;

export const mappingsBody = {
  type: 'object', required: ['rowVersion', 'mappings'], additionalProperties: false,
  properties: {
    rowVersion,
    mappings: {
      type: 'array', maxItems: 50,
      items: { type: 'object', required: ['from', 'to'], additionalProperties: false, properties: { from: { type: 'string', maxLength: 40 }, to: { type: 'string', maxLength: 40 } } },
    },
  },
} as const;
export type MappingsInput = FromSchema<typeof mappingsBody>;

export const importQuery = {
  type: 'object', required: ['rowVersion'], additionalProperties: false,
  properties: { rowVersion, lang: { type: 'string', enum: ['nl', 'en'] } },
} as const;

// --- responses -------------------------------------------------------------------------------

const nullableDate = { type: ['string', 'null'], format: 'date-time' } as const;

export const modelSummarySchema = {
  type: 'object',
  properties: {
    version: { type: 'integer' }, status: { type: 'string', enum: ['draft', 'published', 'retired'] },
    basedOn: { type: ['integer', 'null'], description: 'The version this one was copied from' },
    note: bilingual, createdAt: { type: 'string', format: 'date-time' }, updatedAt: { type: 'string', format: 'date-time' }, publishedAt: nullableDate,
    dimensions: { type: 'integer' }, questions: { type: 'integer' }, quickScanQuestions: { type: 'integer' }, rowVersion: { type: 'integer' },
    url: { type: 'string' },
  },
} as const;

export const modelSchema = {
  type: 'object',
  properties: {
    ...modelSummarySchema.properties,
    levels: { type: 'array', items: { type: 'object', properties: { level: { type: 'integer' }, name: bilingual, description: bilingual } } },
    dimensions: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          code: { type: 'string' }, position: { type: 'integer' }, name: bilingual, description: bilingual,
          meanings: { type: 'array', items: { type: 'object', properties: { level: { type: 'integer' }, text: bilingual } } },
          steps: { type: 'array', items: { type: 'object', properties: { id: { type: 'integer' }, level: { type: 'integer' }, position: { type: 'integer' }, text: bilingual } } },
          questions: {
            type: 'array',
            items: {
              type: 'object',
              properties: {
                id: { type: 'integer' }, code: { type: 'string' }, dimension: { type: 'string' }, position: { type: 'integer' }, text: bilingual, help: bilingual,
                quickScan: { type: 'boolean' }, criticalFrom: { type: ['integer', 'null'] }, allowsNotApplicable: { type: 'boolean' },
              },
            },
          },
        },
      },
    },
    mappings: {
      type: 'array', description: 'How dimensions of the previous version correspond to this one (only where a code changed)',
      items: { type: 'object', properties: { fromVersion: { type: 'integer' }, from: { type: 'string' }, to: { type: 'string' } } },
    },
  },
} as const;

export const importResultSchema = {
  type: 'object',
  properties: {
    version: { type: 'integer' }, rowVersion: { type: 'integer' },
    created: { type: 'integer' }, updated: { type: 'integer' }, removed: { type: 'integer' }, unchanged: { type: 'integer' },
  },
} as const;

export const publishCheckSchema = {
  type: 'object',
  properties: {
    version: { type: 'integer' }, publishable: { type: 'boolean' }, previousVersion: { type: ['integer', 'null'] },
    problems: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' }, code: { type: 'string' } } } },
  },
} as const;
