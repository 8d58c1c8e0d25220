import type { FieldError } from '../../plugins/errors.js';
import { validateSchema } from '../../web/validate.js';
import type { FormField } from './form-fields.js';

export const FIELD_TYPES = ['text', 'textarea', 'number', 'money', 'url', 'date', 'boolean', 'choice', 'multi_choice'] as const;
export const MAX_FIELDS = 100;

const label = { type: 'string', minLength: 1, maxLength: 300, pattern: '^[^\\u0000]*$' } as const;
const help = { type: 'string', maxLength: 2000, pattern: '^[^\\u0000]*$' } as const;

/** The JSON schema of one field (form-fields.ts), shared by the API and the page's JSON editor. */
export const formFieldSchema = {
  type: 'object', required: ['key', 'type', 'label_nl', 'label_en', 'required'], additionalProperties: false,
  properties: {
    key: { type: 'string', pattern: '^[a-z][a-z0-9_]{0,39}$', description: 'Stable key of the answer' },
    type: { type: 'string', enum: FIELD_TYPES },
    label_nl: label, label_en: label,
    help_nl: help, help_en: help,
    required: { type: 'boolean' },
    section_nl: { type: 'string', maxLength: 200 }, section_en: { type: 'string', maxLength: 200 },
    options: {
      type: 'array', minItems: 1, maxItems: 50,
      items: {
        type: 'object', required: ['value', 'label_nl', 'label_en'], additionalProperties: false,
        properties: { value: { type: 'string', pattern: '^[a-z0-9][a-z0-9_-]{0,59}$' }, label_nl: label, label_en: label },
      },
    },
    max_length: { type: 'integer', minimum: 1, maximum: 10000 },
    min: { type: 'number' }, max: { type: 'number' },
  },
} as const;

export const formFieldsSchema = { type: 'array', minItems: 1, maxItems: MAX_FIELDS, items: formFieldSchema } as const;

/**
 * A field list the transition team typed or sent: the shape, then the rules a schema cannot say
 * (unique keys and option values, options only and always on choices, min below max). Errors
 * name the field as `fields.<index>.<property>`.
 */
export function validateFieldDefinitions(value: unknown, prefix = 'fields'): FieldError[] {
  const shape = validateSchema(formFieldsSchema, value).map((e) => ({ ...e, field: e.field === 'body' ? prefix : `${prefix}.${e.field}` }));
  if (shape.length) return shape;
  const fields = value as FormField[];
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  fields.forEach((f, i) => {
    const at = (p: string) => `${prefix}.${i}.${p}`;
    if (seen.has(f.key)) errors.push({ field: at('key'), message: `key ${f.key} is used twice`, code: 'duplicate' });
    seen.add(f.key);
    const choice = f.type === 'choice' || f.type === 'multi_choice';
    if (choice && !f.options?.length) errors.push({ field: at('options'), message: 'a choice needs options', code: 'required' });
    if (!choice && f.options) errors.push({ field: at('options'), message: 'only choice fields have options', code: 'additionalProperties' });
    if (choice && f.options && new Set(f.options.map((o) => o.value)).size !== f.options.length) {
      errors.push({ field: at('options'), message: 'an option value is used twice', code: 'duplicate' });
    }
    if (f.max_length !== undefined && !['text', 'textarea'].includes(f.type)) errors.push({ field: at('max_length'), message: 'only text fields have a maximum length', code: 'additionalProperties' });
    if ((f.min !== undefined || f.max !== undefined) && !['number', 'money'].includes(f.type)) errors.push({ field: at('min'), message: 'only number fields have a minimum or maximum', code: 'additionalProperties' });
    if (f.min !== undefined && f.max !== undefined && f.min > f.max) errors.push({ field: at('max'), message: 'must not be below the minimum', code: 'minimum' });
  });
  return errors;
}

/** Parses the JSON typed in the page's editor; a syntax error names where it is. */
export function parseFieldJson(text: string): { fields: unknown; errors: FieldError[] } {
  try {
    return { fields: JSON.parse(text), errors: [] };
  } catch (err) {
    return { fields: null, errors: [{ field: 'fields', message: `is not valid JSON: ${(err as Error).message}`, code: 'callsJson' }] };
  }
}
