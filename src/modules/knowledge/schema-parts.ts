import { CODE_PATTERN, DIMENSION_CODES, LIMITS, SUBSECTORS } from './constants.js';
import { DATE_PATTERN, id, NO_NUL, version } from '../../web/input-schema.js';

/** Building blocks of the request schemas; one definition of valid for the API and the forms. The
 * ones every module shares come from web/input-schema.ts. */
export { id, optionalText, str, text, version } from '../../web/input-schema.js';

export const nullableStr = (max: number) => ({ type: ['string', 'null'], maxLength: max, pattern: NO_NUL }) as const;
export const date = { type: ['string', 'null'], pattern: DATE_PATTERN, description: 'A day, YYYY-MM-DD' } as const;
export const url = { type: ['string', 'null'], maxLength: LIMITS.url, pattern: '^https?://[^\\s]+$', description: 'An http(s) address' } as const;
export const code = { type: 'string', minLength: 2, maxLength: LIMITS.code, pattern: CODE_PATTERN } as const;
export const actorRef = { type: ['string', 'null'], maxLength: 80, description: 'Code of the support actor that maintains the entry (its editors may change it); null for the transition team' } as const;
export const enumList = (values: readonly string[], description?: string) =>
  ({ type: 'array', uniqueItems: true, maxItems: values.length, items: { type: 'string', enum: values }, ...(description ? { description } : {}) }) as const;
export const subsectors = enumList(SUBSECTORS, 'Cultural subsectors the entry is for');
export const dimensions = enumList(DIMENSION_CODES, 'Maturity dimensions the entry helps with');
export const pillars = { type: 'array', uniqueItems: true, maxItems: 5, items: { type: 'integer', minimum: 1, maximum: 5 }, description: 'Pillars of transition steering (1-5)' } as const;

export const idParams = { type: 'object', required: ['id'], additionalProperties: false, properties: { id } } as const;
export const codeParams = {
  type: 'object', required: ['code'], additionalProperties: false,
  properties: { code: { type: 'string', minLength: 1, maxLength: 120 } },
} as const;
export const retireBody = { type: 'object', required: ['version'], additionalProperties: false, properties: { version } } as const;
export type RetireInput = { version: number };
