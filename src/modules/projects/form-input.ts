import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, invalid, type FieldError } from '../../plugins/errors.js';
import { list, readForm, val, type Form } from '../../web/form-data.js';
import { validateSchema } from '../../web/validate.js';

export { list, readForm, val, type Form };

/**
 * A form is what the browser posts, flat; it becomes the API's input and is checked against the
 * API's schema, so a page and the API can never disagree on what is valid. Empty texts are left
 * out, so a required field that was left empty is reported as required.
 */
export function candidate(entries: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== undefined && v !== ''));
}

export function checked<T>(schema: object, input: Record<string, unknown>): T {
  const errors = validateSchema(schema, input);
  if (errors.length) throw invalid(errors.map((e) => ({ ...e, field: e.field.replace(/^(\w+)\.\d+$/, '$1') })));
  return input as T;
}

/** Whole numbers pass as numbers; anything else stays text so the schema names the field. */
export const integer = (s: string): number | string | undefined => (s.trim() === '' ? undefined : /^\d+$/.test(s.trim()) ? Number(s.trim()) : s.trim());
export const integers = (values: string[]) => values.map((v) => integer(v)).filter((v) => v !== undefined);

export const MILESTONE_FIELDS = ['version', 'title', 'dueOn', 'doneOn', 'note', 'position'] as const;
export const REPORT_FIELDS = ['kind', 'periodLabel', 'text'] as const;
export const LESSON_FIELDS = ['version', 'organisationId', 'title', 'summary', 'whatWorked', 'whatFailed', 'details', 'publishDetails', 'language', 'outcome', 'technologies'] as const;
export const LESSON_LISTS = ['pillars', 'challenges', 'dimensions', 'subsectors'] as const;

export function lessonCandidate(form: Form): Record<string, unknown> {
  return {
    ...candidate({
      title: val(form, 'title').trim(), summary: val(form, 'summary').trim(), whatWorked: val(form, 'whatWorked').trim(), whatFailed: val(form, 'whatFailed').trim(),
      details: val(form, 'details').trim(), language: val(form, 'language'), outcome: val(form, 'outcome'),
    }),
    publishDetails: val(form, 'publishDetails') === 'yes',
    pillars: integers(list(form, 'pillars')), challenges: integers(list(form, 'challenges')),
    dimensions: list(form, 'dimensions'), subsectors: list(form, 'subsectors'),
    technologies: val(form, 'technologies').split(',').map((s) => s.trim()).filter(Boolean),
  };
}

export interface Refusal { errors: FieldError[]; stale: boolean; version: string | undefined }

/** A refusal's reason in the reader's language: `projects.error.<code>`, else the server's text. */
export function reasonOf(request: FastifyRequest, err: AppError): string {
  const t = request.t;
  const extra = err.extra as Record<string, unknown>;
  const params: Record<string, string> = {};
  if (Array.isArray(extra.milestones)) params.milestones = (extra.milestones as string[]).join('; ');
  if (Array.isArray(extra.missing)) params.missing = (extra.missing as string[]).map((m) => t(`projects.missing.${m}`)).join(t('projects.and'));
  const key = `projects.error.${err.code}`;
  const text = t(key, params);
  return text === key ? err.detail : text;
}

/**
 * Why a save was refused, for the form shown again with the typed input: named fields (400), a
 * rule (409/422, on its field or the form), or a newer save by someone else (409 stale: the form
 * then continues from the current version, so saving again is a deliberate overwrite).
 * Anything else (401, 403, 404, 500) goes on to the error page.
 */
export function refusal(request: FastifyRequest, reply: FastifyReply, err: unknown): Refusal {
  if (!(err instanceof AppError) || ![400, 409, 422].includes(err.status)) throw err;
  reply.code(err.status);
  if (err.code === 'PROJECT_STALE') return { errors: [], stale: true, version: String(err.extra.currentVersion) };
  if (err.fields.length) {
    return {
      errors: err.fields.map((f) => (f.code === 'onlySuccess' ? { field: f.field, message: reasonOf(request, err) } : f)),
      stale: false, version: undefined,
    };
  }
  const field = typeof err.extra.field === 'string' ? err.extra.field : 'form';
  return { errors: [{ field, message: reasonOf(request, err) }], stale: false, version: undefined };
}

/** A one-button action refused by a rule: its reason for the page; anything else goes on. */
export function actionRefusal(request: FastifyRequest, reply: FastifyReply, err: unknown): string {
  if (!(err instanceof AppError) || ![400, 409, 422].includes(err.status)) throw err;
  reply.code(err.status);
  return err.fields.length ? `${reasonOf(request, err)}` : reasonOf(request, err);
}

export { AppError };
