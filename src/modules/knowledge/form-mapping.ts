import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type FieldError } from '../../plugins/errors.js';
import { validateSchema } from '../../web/validate.js';
import { val, type Form, type Parsed } from '../../web/form-data.js';

// Field names are the API's JSON paths with '_' for '.' (title_nl for title.nl), so that the errors
// of the one shared schema land on the right field of the page.
export { list, readForm, val, type Form } from '../../web/form-data.js';

export const bi = (form: Form, name: string) => ({ nl: val(form, `${name}_nl`), en: val(form, `${name}_en`) });
export const bilingualFields = (...names: string[]) => names.flatMap((n) => [`${n}_nl`, `${n}_en`]);
/** Empty text is "not given" (null), as the API takes it. */
export const orNull = (s: string): string | null => (s.trim() === '' ? null : s.trim());
/** Whole numbers pass as numbers; anything else stays text so the schema names the field. */
export const integer = (s: string): number | string | null => (s.trim() === '' ? null : /^\d+$/.test(s.trim()) ? Number(s.trim()) : s);

const LIST_FIELDS = /^(pillars|challenges|subsectors|technologies|dimensions|actionLines)\.\d+$/;

/** API field paths (body.title.nl, pillars.2) onto the form's flat names (title_nl, pillars). */
export function flatErrors(errors: FieldError[]): FieldError[] {
  return errors.map((e) => ({ ...e, field: e.field.replace(/^body\./, '').replace(LIST_FIELDS, '$1').replace(/\./g, '_') }));
}

export function check<T>(schema: object, candidate: unknown): Parsed<T> {
  const errors = validateSchema(schema, candidate);
  return errors.length ? { ok: false, errors: flatErrors(errors) } : { ok: true, input: candidate as T };
}

export function parsedOrThrow<T>(parsed: Parsed<T>): T {
  if (!parsed.ok) throw new AppError('VALIDATION_FAILED', 400, 'invalid', parsed.errors);
  return parsed.input;
}

export interface Refusal { errors: FieldError[]; stale: { currentVersion: number } | undefined; form: Form }

/**
 * Why a save was refused, for the form shown again with the user's input: named fields (400), a
 * rule or duplicate (409, on its field), or a newer save by someone else (409 stale: the form then
 * continues from the current version, so saving again is a deliberate overwrite). Anything else
 * (401, 403, 404, 500) goes on to the error page.
 */
export function refusal(request: FastifyRequest, reply: FastifyReply, err: unknown, form: Form): Refusal {
  if (!(err instanceof AppError) || (err.status !== 400 && err.status !== 409)) throw err;
  reply.code(err.status);
  if (err.code === 'KNOWLEDGE_STALE') {
    const currentVersion = Number(err.extra.currentVersion);
    return { errors: [], stale: { currentVersion }, form: { ...form, version: String(currentVersion) } };
  }
  if (err.fields.length) return { errors: flatErrors(err.fields), stale: undefined, form };
  const key = `knowledge.error.${err.code}`;
  const text = request.t(key);
  const field = typeof err.extra.field === 'string' ? err.extra.field : 'form';
  return { errors: [{ field, message: text === key ? err.detail : text, ...(err.code.endsWith('_TAKEN') ? { code: 'duplicate' } : {}) }], stale: undefined, form };
}
