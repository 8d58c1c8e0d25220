import { AppError, type FieldError } from '../../plugins/errors.js';
import { validateSchema } from '../../web/validate.js';
import { isRelevance, type Relevance } from './ranking.js';

/**
 * A form is what the browser posts back, flat. Each form turns into the same input the JSON API
 * takes and is checked against the same schema, so a page and the API agree on what is valid.
 */
export type Form = Record<string, string | string[]>;

export const val = (form: Form, name: string): string => {
  const v = form[name];
  return typeof v === 'string' ? v : '';
};
export const list = (form: Form, name: string): string[] => {
  const v = form[name];
  return Array.isArray(v) ? v : typeof v === 'string' && v ? [v] : [];
};

/** Every string field of the body; repeated fields (checkbox groups) as lists. */
export function readForm(body: unknown, lists: readonly string[] = []): Form {
  const form: Form = {};
  for (const [k, v] of Object.entries((body ?? {}) as Record<string, unknown>)) {
    if (k === '_csrf') continue;
    if (lists.includes(k)) form[k] = Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : [];
    else form[k] = typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';
  }
  for (const l of lists) form[l] ??= [];
  return form;
}

/** Checks an input against a route schema; a refusal names every field as the API would (without `body.`). */
export function checked<T>(schema: object, candidate: Record<string, unknown>): T {
  const errors = validateSchema(schema, candidate);
  if (errors.length) throw new AppError('VALIDATION_FAILED', 400, 'invalid', errors.map((e): FieldError => ({ ...e, field: e.field.replace(/^body\./, '') })));
  return candidate as T;
}

export const orNull = (s: string) => (s.trim() === '' ? null : s.trim());
export const versionOf = (form: Form) => Number(val(form, 'version')) || 0;

/** The relevance selects of the priority form (`relevance_<code>`); anything unknown counts as normal. */
export function relevanceFromForm(form: Form): Map<string, Relevance> {
  const out = new Map<string, Relevance>();
  for (const [k, v] of Object.entries(form)) if (k.startsWith('relevance_') && isRelevance(v)) out.set(k.slice('relevance_'.length), v);
  return out;
}
