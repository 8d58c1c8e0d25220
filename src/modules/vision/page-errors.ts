import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type FieldError } from '../../plugins/errors.js';
import { flatErrors, type Form } from './form-mapping.js';
import { errorMessage, moment } from './views/parts.js';

export interface Refusal { errors: FieldError[]; stale: { currentVersion: number } | undefined; form: Form }

/** The readable reason of a refused action, with the numbers and dates of the problem filled in. */
export function reasonOf(request: FastifyRequest, err: AppError): string {
  const extra = err.extra as Record<string, unknown>;
  const params: Record<string, string | number> = {};
  if (typeof extra.unanswered === 'number') params.count = extra.unanswered;
  if (typeof extra.closedAt === 'string') params.closedAt = moment(request.lang, extra.closedAt);
  if (typeof extra.round === 'number') params.n = extra.round;
  return errorMessage(request.t, err.code, err.detail, params);
}

/**
 * Why a save was refused, for the form shown again with the user's input: named fields (400), a
 * rule or duplicate (409, on its field), or a newer save by someone else (409 stale: the form
 * then continues from the current version, so saving again is a deliberate overwrite).
 * Anything else (401, 403, 404, 500) is thrown on to the error page.
 */
export function refusal(request: FastifyRequest, reply: FastifyReply, err: unknown, form: Form): Refusal {
  if (!(err instanceof AppError) || (err.status !== 400 && err.status !== 409)) throw err;
  reply.code(err.status);
  if (err.code === 'VISION_STALE') {
    const currentVersion = Number(err.extra.currentVersion);
    return { errors: [], stale: { currentVersion }, form: { ...form, version: String(currentVersion) } };
  }
  if (err.fields.length) return { errors: flatErrors(err.fields), stale: undefined, form };
  const field = typeof err.extra.field === 'string' ? err.extra.field : 'form';
  return { errors: [{ field, message: reasonOf(request, err), ...(err.code.endsWith('_TAKEN') ? { code: 'duplicate' } : {}) }], stale: undefined, form };
}

/** A one-button action refused by a rule (409) or a role (403 on an organisation): its reason for the page; anything else goes on. */
export function actionRefusal(request: FastifyRequest, reply: FastifyReply, err: unknown): string {
  if (!(err instanceof AppError) || ![400, 403, 409].includes(err.status) || (err.status === 403 && !err.code.startsWith('VISION_'))) throw err;
  reply.code(err.status);
  return reasonOf(request, err);
}
