import { cursorQueryProperties } from '../../web/cursor.js';
import type { FromSchema } from '../../web/schema-types.js';
import { LESSON_LANGUAGES, LESSON_OUTCOMES, LIMITS, PROJECT_STATUSES, REPORT_KINDS } from './constants.js';
import { DATE_PATTERN, id, NO_NUL, version } from '../../web/input-schema.js';

/** Request schemas: one definition of valid for the JSON API and (through validateSchema) the forms. */
// At least one visible character: a text of spaces is as empty as no text.
const FILLED = '\\S';

const str = (max: number) => ({ type: 'string', maxLength: max, pattern: NO_NUL }) as const;
const filled = (max: number) => ({ type: 'string', minLength: 1, maxLength: max, allOf: [{ pattern: NO_NUL }, { pattern: FILLED }] }) as const;
const date = { type: 'string', format: 'date', pattern: DATE_PATTERN } as const;

// --- params and queries ------------------------------------------------------------------------
export const projectParams = {
  type: 'object', required: ['code'], additionalProperties: false,
  properties: { code: { type: 'string', minLength: 1, maxLength: 40 } },
} as const;
export type ProjectParams = FromSchema<typeof projectParams>;

export const milestoneParams = {
  type: 'object', required: ['code', 'id'], additionalProperties: false,
  properties: { code: projectParams.properties.code, id },
} as const;
export type MilestoneParams = FromSchema<typeof milestoneParams>;

export const lessonParams = projectParams;
export type LessonParams = ProjectParams;

export const projectListQuery = {
  type: 'object', additionalProperties: false,
  properties: {
    call: { type: 'string', maxLength: 80, description: 'Code of the call' },
    instrument: { type: 'string', maxLength: 120, description: 'Code of the instrument the call belongs to' },
    status: { type: 'string', enum: PROJECT_STATUSES },
    year: { type: 'integer', minimum: 2000, maximum: 2100, description: 'Year in which the project starts' },
    page: { type: 'integer', minimum: 1, maximum: 100000, default: 1 },
    lang: { type: 'string', enum: ['nl', 'en'] },
  },
} as const;
export type ProjectListQuery = FromSchema<typeof projectListQuery>;

export const lessonListQuery = {
  type: 'object', additionalProperties: false,
  properties: {
    pillar: { type: 'integer', minimum: 1, maximum: 5 },
    challenge: { type: 'integer', minimum: 1, maximum: 99 },
    dimension: { type: 'string', maxLength: 40, description: 'Code of a dimension of the maturity model' },
    subsector: { type: 'string', maxLength: 40 },
    technology: { type: 'string', maxLength: LIMITS.technology, description: 'A technology tag, as written on the lessons (case-insensitive)' },
    outcome: { type: 'string', enum: LESSON_OUTCOMES },
    source: { type: 'string', enum: ['project', 'organisation'], description: 'From a project, or from an organisation on its own (residency, own experiment)' },
    page: { type: 'integer', minimum: 1, maximum: 100000, default: 1 },
    lang: { type: 'string', enum: ['nl', 'en'] },
    ...cursorQueryProperties,
  },
} as const;
export type LessonListQuery = FromSchema<typeof lessonListQuery>;

// --- milestones ------------------------------------------------------------------------------------
export const createMilestoneBody = {
  type: 'object', required: ['title', 'dueOn'], additionalProperties: false,
  properties: {
    title: filled(LIMITS.milestoneTitle),
    dueOn: date,
    position: { type: 'integer', minimum: 1, maximum: 1000 },
    note: str(LIMITS.note),
  },
} as const;
export type CreateMilestoneInput = FromSchema<typeof createMilestoneBody>;

export const updateMilestoneBody = {
  type: 'object', required: ['version', 'title', 'dueOn'], additionalProperties: false,
  properties: {
    version,
    title: filled(LIMITS.milestoneTitle),
    dueOn: date,
    doneOn: { type: ['string', 'null'], format: 'date', pattern: DATE_PATTERN, description: 'The day it was reached; null when not (yet) reached' },
    position: { type: 'integer', minimum: 1, maximum: 1000 },
    note: { ...str(LIMITS.note), description: 'Why a milestone will not be reached; the final report needs every milestone done or noted' },
  },
} as const;
export type UpdateMilestoneInput = FromSchema<typeof updateMilestoneBody>;

export const doneBody = {
  type: 'object', required: ['version'], additionalProperties: false,
  properties: { version, doneOn: { ...date, description: 'Defaults to today (Europe/Brussels)' } },
} as const;
export type DoneInput = FromSchema<typeof doneBody>;

// --- reports ---------------------------------------------------------------------------------------
export const reportBody = {
  type: 'object', required: ['kind', 'text'], additionalProperties: false,
  properties: {
    kind: { type: 'string', enum: REPORT_KINDS },
    periodLabel: { ...str(LIMITS.periodLabel), description: 'The period a progress report covers, e.g. "Q1 2026"' },
    text: filled(LIMITS.reportBody),
  },
} as const;
export type ReportInput = FromSchema<typeof reportBody>;

// --- lessons ---------------------------------------------------------------------------------------
const lessonFields = {
  title: filled(LIMITS.title),
  summary: { ...filled(LIMITS.summary), description: 'Always public once the lesson is published' },
  whatWorked: filled(LIMITS.lessonText),
  whatFailed: { ...filled(LIMITS.lessonText), description: 'Required: what did not work, was harder than expected, or what you would do differently' },
  details: { ...str(LIMITS.details), description: 'Public only with the organisation\'s consent (publishDetails)' },
  publishDetails: { type: 'boolean', description: 'The organisation consents to publishing everything beyond the summary' },
  language: { type: 'string', enum: LESSON_LANGUAGES },
  outcome: { type: 'string', enum: LESSON_OUTCOMES, description: 'How the experiment turned out overall' },
  pillars: { type: 'array', maxItems: 5, uniqueItems: true, items: { type: 'integer', minimum: 1, maximum: 5 } },
  challenges: { type: 'array', maxItems: LIMITS.tags, uniqueItems: true, items: { type: 'integer', minimum: 1, maximum: 99 } },
  dimensions: { type: 'array', maxItems: LIMITS.tags, uniqueItems: true, items: { type: 'string', minLength: 1, maxLength: 40 }, description: 'Dimension codes of the current maturity model' },
  subsectors: { type: 'array', maxItems: LIMITS.tags, uniqueItems: true, items: { type: 'string', minLength: 1, maxLength: 40 } },
  technologies: { type: 'array', maxItems: LIMITS.technologies, items: { ...filled(LIMITS.technology) }, description: 'Free tags: IIIF, OSLO, linked data, ...' },
} as const;
const LESSON_REQUIRED = ['title', 'summary', 'whatWorked', 'whatFailed'] as const;

export const projectLessonBody = {
  type: 'object', required: [...LESSON_REQUIRED], additionalProperties: false,
  properties: { ...lessonFields, organisationId: { ...id, description: 'The consortium organisation the lesson speaks for; the lead by default' } },
} as const;
export type ProjectLessonInput = FromSchema<typeof projectLessonBody>;

export const organisationLessonBody = {
  type: 'object', required: ['organisationId', ...LESSON_REQUIRED], additionalProperties: false,
  properties: { ...lessonFields, organisationId: { ...id, description: 'The organisation that learned it (you must be its owner or member)' } },
} as const;
export type OrganisationLessonInput = FromSchema<typeof organisationLessonBody>;

export const updateLessonBody = {
  type: 'object', required: ['version', ...LESSON_REQUIRED], additionalProperties: false,
  properties: { version, ...lessonFields },
} as const;
export type UpdateLessonInput = FromSchema<typeof updateLessonBody>;
export type LessonFields = Omit<UpdateLessonInput, 'version'>;

export const versionBody = {
  type: 'object', additionalProperties: false,
  properties: { version },
} as const;
export type VersionInput = FromSchema<typeof versionBody>;
