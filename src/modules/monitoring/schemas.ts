import type { FromSchema } from '../../web/schema-types.js';
import { cursorQueryProperties } from '../../web/cursor.js';
import { bilingual } from '../../web/openapi.js';
import { CODE_PATTERN, CONFIDENCES, DIRECTIONS, FREQUENCIES, LIMITS, PROVINCES, SUBSECTORS } from './constants.js';
import { NO_NUL } from '../../web/input-schema.js';

/** Text PostgreSQL can store: no NUL character. */

const text = (max: number) => ({
  type: 'object', required: ['nl', 'en'], additionalProperties: false,
  properties: { nl: { type: 'string', minLength: 1, maxLength: max, pattern: NO_NUL }, en: { type: 'string', minLength: 1, maxLength: max, pattern: NO_NUL } },
}) as const;

const codeList = { type: 'array', maxItems: LIMITS.links, uniqueItems: true, items: { type: 'string', minLength: 1, maxLength: LIMITS.code } } as const;

const kpiFields = {
  name: text(LIMITS.name),
  definition: text(LIMITS.definition),
  unit: { type: 'string', minLength: 1, maxLength: LIMITS.unit, pattern: NO_NUL, description: 'Unit every measurement of this KPI is expressed in, e.g. "%" or "count"' },
  direction: { type: 'string', enum: DIRECTIONS, description: 'Which way is an improvement' },
  frequency: { type: 'string', enum: FREQUENCIES, description: 'annual periods are written YYYY, quarterly YYYY-Qn, monthly YYYY-MM' },
  source: { type: 'string', maxLength: LIMITS.source, pattern: NO_NUL },
  owner: { type: ['string', 'null'], maxLength: LIMITS.code, description: 'Code of the actor that owns the KPI' },
  instruments: { ...codeList, description: 'Codes of the policy instruments the KPI applies to' },
  actionLines: { ...codeList, description: 'Codes of the action lines the KPI applies to' },
  baseline: {
    type: ['object', 'null'], required: ['value', 'date'], additionalProperties: false, description: 'The baseline measurement (nulmeting)',
    properties: { value: { type: 'number' }, date: { type: 'string', format: 'date' } },
  },
  targets: {
    type: 'array', maxItems: LIMITS.targets,
    items: {
      type: 'object', required: ['year', 'value'], additionalProperties: false,
      properties: { year: { type: 'integer', minimum: 2000, maximum: 2100 }, value: { type: 'number' } },
    },
  },
} as const;

export const createKpiBody = {
  type: 'object',
  required: ['code', 'name', 'definition', 'unit', 'direction', 'frequency'],
  additionalProperties: false,
  properties: { code: { type: 'string', minLength: 3, maxLength: LIMITS.code, pattern: CODE_PATTERN }, ...kpiFields },
} as const;
type Baseline = { baseline?: { value: number; date: string } | null };
export type CreateKpiInput = Omit<FromSchema<typeof createKpiBody>, 'baseline'> & Baseline;

export const updateKpiBody = {
  type: 'object',
  required: ['version', 'name', 'definition', 'unit', 'direction', 'frequency'],
  additionalProperties: false,
  properties: { version: { type: 'integer', minimum: 1, description: 'The version this edit starts from; a stale version gets 409' }, ...kpiFields },
} as const;
export type UpdateKpiInput = Omit<FromSchema<typeof updateKpiBody>, 'baseline'> & Baseline;
export type KpiFieldsInput = Omit<CreateKpiInput, 'code'>;

export const retireKpiBody = {
  type: 'object', required: ['version'], additionalProperties: false,
  properties: { version: { type: 'integer', minimum: 1 } },
} as const;
export type RetireKpiInput = FromSchema<typeof retireKpiBody>;

/** Shape only; the KPI's own rules (period format, unit, codes) are checked by the same code as the import. */
export const measurementBody = {
  type: 'object',
  required: ['period', 'value', 'unit'],
  additionalProperties: false,
  properties: {
    period: { type: 'string', minLength: 4, maxLength: 7, description: "'YYYY', 'YYYY-Qn' or 'YYYY-MM', matching the KPI's frequency" },
    value: { type: 'number' },
    unit: { type: 'string', maxLength: LIMITS.unit, pattern: NO_NUL, description: "Must be the KPI's unit" },
    subsector: { type: 'string', enum: ['', ...SUBSECTORS], default: '', description: "'' is the total over all subsectors" },
    province: { type: 'string', enum: ['', ...PROVINCES], default: '', description: "'' is the total over all provinces" },
    source: { type: 'string', maxLength: LIMITS.source, pattern: NO_NUL, default: '' },
    confidence: { type: 'string', enum: CONFIDENCES, default: 'medium' },
    note: { type: 'string', maxLength: LIMITS.note, pattern: NO_NUL, default: '' },
  },
} as const;
export type MeasurementInput = FromSchema<typeof measurementBody>;

export const codeParams = {
  type: 'object', required: ['code'], additionalProperties: false,
  properties: { code: { type: 'string', minLength: 1, maxLength: LIMITS.code } },
} as const;
export const idParams = {
  type: 'object', required: ['id'], additionalProperties: false,
  properties: { id: { type: 'integer', minimum: 1, maximum: 2147483647 } },
} as const;
export const codeIdParams = {
  type: 'object', required: ['code', 'id'], additionalProperties: false,
  properties: { code: codeParams.properties.code, id: idParams.properties.id },
} as const;

const lang = { type: 'string', enum: ['nl', 'en'] } as const;

export const kpiListQuery = {
  type: 'object', additionalProperties: false,
  properties: {
    year: { type: 'integer', minimum: 2000, maximum: 2100, description: 'The year to compare with (default: this year)' },
    status: { type: 'string', enum: ['active', 'retired', 'all'], default: 'active' },
    lang,
  },
} as const;
export type KpiListQuery = FromSchema<typeof kpiListQuery>;

export const breakdownQuery = {
  type: 'object', additionalProperties: false,
  properties: {
    subsector: { type: 'string', enum: ['', ...SUBSECTORS], description: 'Omit for the total over all subsectors' },
    province: { type: 'string', enum: ['', ...PROVINCES], description: 'Omit for the total over all provinces' },
    lang,
  },
} as const;
export type BreakdownQuery = FromSchema<typeof breakdownQuery>;

export const measurementListQuery = {
  type: 'object', additionalProperties: false,
  properties: {
    ...breakdownQuery.properties,
    all: { type: 'boolean', default: false, description: 'Every breakdown, instead of only the given (or total) subsector and province' },
    page: { type: 'integer', minimum: 1, default: 1 },
    pageSize: { type: 'integer', minimum: 1, maximum: 1000, default: LIMITS.measurementsPage },
    ...cursorQueryProperties,
  },
} as const;
export type MeasurementListQuery = FromSchema<typeof measurementListQuery>;

export const kpiPageQuery = {
  type: 'object', additionalProperties: true,
  properties: {
    subsector: breakdownQuery.properties.subsector, province: breakdownQuery.properties.province,
    page: { type: 'integer', minimum: 1, default: 1 }, lang,
  },
} as const;
export type KpiPageQuery = FromSchema<typeof kpiPageQuery>;

export const importQuery = {
  type: 'object', additionalProperties: false,
  properties: { filename: { type: 'string', maxLength: 200, description: 'Name of the uploaded file, for the record' }, lang },
} as const;

// Response shapes (they feed the OpenAPI document).
const nullableNumber = { type: ['number', 'null'] } as const;
const kpiRef = { type: 'object', properties: { code: { type: 'string' }, name: bilingual } } as const;
const actorRef = { type: ['object', 'null'], properties: { code: { type: 'string' }, name: { type: 'string' } } } as const;

export const summarySchema = {
  type: 'object',
  properties: {
    year: { type: 'integer' },
    latest: { type: ['object', 'null'], properties: { period: { type: 'string' }, value: { type: 'number' } } },
    target: { type: ['object', 'null'], properties: { year: { type: 'integer' }, value: { type: 'number' } } },
    status: { type: 'string', enum: ['reached', 'on_track', 'behind', 'unknown'] },
    onTrack: { type: ['boolean', 'null'] },
  },
} as const;

export const kpiSchema = {
  type: 'object',
  properties: {
    id: { type: 'integer' }, code: { type: 'string' }, uri: { type: 'string' },
    name: bilingual, definition: bilingual, unit: { type: 'string' },
    direction: { type: 'string', enum: DIRECTIONS }, frequency: { type: 'string', enum: FREQUENCIES },
    source: { type: 'string' }, owner: actorRef,
    instruments: { type: 'array', items: kpiRef }, actionLines: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, title: bilingual } } },
    baseline: { type: ['object', 'null'], properties: { value: { type: 'number' }, date: { type: 'string' } } },
    targets: { type: 'array', items: { type: 'object', properties: { year: { type: 'integer' }, value: { type: 'number' } } } },
    status: { type: 'string', enum: ['active', 'retired'] },
    summary: summarySchema,
    measurementCount: { type: 'integer' },
    isDemo: { type: 'boolean' }, version: { type: 'integer' }, createdAt: { type: 'string' }, updatedAt: { type: 'string' },
  },
} as const;

export const measurementSchema = {
  type: 'object',
  properties: {
    id: { type: 'integer' }, kpi: { type: 'string' }, period: { type: 'string' }, periodStart: { type: 'string' },
    value: { type: 'number' }, unit: { type: 'string' }, subsector: { type: 'string' }, province: { type: 'string' },
    source: { type: 'string' }, confidence: { type: 'string', enum: CONFIDENCES }, note: { type: 'string' },
    importId: { type: ['integer', 'null'] }, updatedAt: { type: 'string' },
  },
} as const;

export const seriesSchema = {
  type: 'object',
  properties: {
    kpi: { type: 'string' }, unit: { type: 'string' }, subsector: { type: 'string' }, province: { type: 'string' },
    baseline: { type: ['object', 'null'], properties: { value: { type: 'number' }, date: { type: 'string' } } },
    targets: { type: 'array', items: { type: 'object', properties: { year: { type: 'integer' }, value: { type: 'number' } } } },
    points: { type: 'array', items: { type: 'object', properties: { period: { type: 'string' }, periodStart: { type: 'string' }, value: { type: 'number' }, confidence: { type: 'string' } } } },
  },
} as const;

export const comparisonSchema = {
  type: 'object',
  description: 'Per year, the value of the last period measured in that year, per subsector (province total) and per province (subsector total)',
  properties: {
    kpi: { type: 'string' }, years: { type: 'array', items: { type: 'integer' } },
    bySubsector: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, values: { type: 'array', items: nullableNumber } } } },
    byProvince: { type: 'array', items: { type: 'object', properties: { code: { type: 'string' }, values: { type: 'array', items: nullableNumber } } } },
  },
} as const;

export const importSchema = {
  type: 'object',
  properties: {
    id: { type: 'integer' }, uri: { type: 'string' }, status: { type: 'string', enum: ['validating', 'importing', 'done', 'failed'] },
    rowsTotal: { type: 'integer' }, rowsChecked: { type: 'integer' }, rowsDone: { type: 'integer' }, rowsChanged: { type: 'integer' },
    errorCount: { type: 'integer' },
    filename: { type: 'string', description: 'Only for the transition team' },
    createdAt: { type: 'string' }, finishedAt: { type: ['string', 'null'] },
    errors: {
      type: 'array', description: 'Row errors (line 1 is the header); only for the transition team',
      items: { type: 'object', properties: { line: { type: 'integer' }, column: { type: ['string', 'null'] }, code: { type: 'string' }, message: { type: 'string' } } },
    },
  },
} as const;
