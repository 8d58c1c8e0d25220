import type { FieldError } from '../../plugins/errors.js';
import { validateSchema } from '../../web/validate.js';

// Field names are the API's JSON paths with '_' for '.' (title_nl for title.nl, sections_why_en for
// sections.why.en), so that the errors of the one shared schema land on the right field of the page.
export { list, readForm, val, type Form, type Parsed } from '../../web/form-data.js';
import { val, type Form, type Parsed } from '../../web/form-data.js';

export const bi = (form: Form, name: string) => ({ nl: val(form, `${name}_nl`), en: val(form, `${name}_en`) });


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
