import type { FieldError } from '../../plugins/errors.js';
import { validateSchema } from '../../web/validate.js';

/**
 * A form is what the browser posts back, flat. Field names are the API's JSON paths with '_'
 * for '.', (title_nl for title.nl, sections_why_en for sections.why.en), so that the errors of
 * the one shared schema land on the right field of the page.
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
export const bi = (form: Form, name: string) => ({ nl: val(form, `${name}_nl`), en: val(form, `${name}_en`) });

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

/** The names of both languages of each bilingual field. */
export const bilingualFields = (...names: string[]) => names.flatMap((n) => [`${n}_nl`, `${n}_en`]);

/** API field paths (body.title.nl, pillars.2) onto the form's flat names (title_nl, pillars). */
export function flatErrors(errors: FieldError[]): FieldError[] {
  return errors.map((e) => ({ ...e, field: e.field.replace(/^body\./, '').replace(/^(pillars|challenges)\.\d+$/, '$1').replace(/\./g, '_') }));
}

export function check<T>(schema: object, candidate: unknown): Parsed<T> {
  const errors = validateSchema(schema, candidate);
  return errors.length ? { ok: false, errors: flatErrors(errors) } : { ok: true, input: candidate as T };
}

/** Whole numbers pass as numbers; anything else stays text so the schema names the field. */
export const integer = (s: string): number | string | undefined => (s.trim() === '' ? undefined : /^\d+$/.test(s.trim()) ? Number(s.trim()) : s);
