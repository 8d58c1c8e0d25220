import type { FieldError } from '../plugins/errors.js';

/**
 * A form is what the browser posts back, flat: text fields as strings, checkbox groups as lists.
 * Modules turn it into the same input their JSON API takes and check it against the same schema,
 * so that a page and the API can never disagree on what is valid.
 */
export type Form = Record<string, string | string[]>;
export type Parsed<T> = { ok: true; input: T } | { ok: false; errors: FieldError[] };

export const val = (form: Form, name: string): string => {
  const v = form[name];
  return typeof v === 'string' ? v : '';
};
export const list = (form: Form, name: string): string[] => {
  const v = form[name];
  return Array.isArray(v) ? v : typeof v === 'string' && v ? [v] : [];
};

/** Reads the named fields from a posted body; anything else in it is ignored. */
export function readForm(body: unknown, fields: readonly string[], lists: readonly string[] = []): Form {
  const b = (body ?? {}) as Record<string, unknown>;
  const form: Form = {};
  for (const f of fields) {
    const v = b[f];
    form[f] = typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';
  }
  for (const f of lists) {
    const v = b[f];
    form[f] = Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
  }
  return form;
}
