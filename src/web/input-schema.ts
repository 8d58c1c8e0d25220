/**
 * Building blocks of the JSON Schemas that validate input (bodies, params, queries): every
 * module's routes refuse the same things in the same words, and the OpenAPI document shows them.
 */

/** A NUL character cannot be stored in PostgreSQL text: a string holding one is invalid input. */
export const NO_NUL = '^[^\\u0000]*$';
/** A calendar date (YYYY-MM-DD) in 1900-2199: `format: date` alone would let the year 0001 through. */
export const DATE_PATTERN = '^(19|20|21)[0-9]{2}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$';
/** The largest PostgreSQL integer: a larger id names no record and must be refused, not sent to the database. */
export const MAX_ID = 2147483647;

export const id = { type: 'integer', minimum: 1, maximum: MAX_ID } as const;
export const version = { type: 'integer', minimum: 1, maximum: MAX_ID, description: 'The version this edit starts from; a stale version gets 409' } as const;
export const str = (max: number, min = 0) => ({ type: 'string', minLength: min, maxLength: max, pattern: NO_NUL }) as const;
/** A text in both languages, both required. */
export const text = (max: number) => ({
  type: 'object', required: ['nl', 'en'], additionalProperties: false,
  properties: { nl: str(max, 1), en: str(max, 1) },
}) as const;
/** A text in both languages, either of which may be left out or empty. */
export const optionalText = (max: number) => ({
  type: 'object', additionalProperties: false,
  properties: { nl: str(max), en: str(max) },
}) as const;
