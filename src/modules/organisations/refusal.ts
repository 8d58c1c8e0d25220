import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type FieldError } from '../../plugins/errors.js';

export interface Refusal { errors: FieldError[]; stale: boolean }

/** A module error in the reader's language (`orgs.error.<code>`), else the server's detail. */
export function errorText(request: FastifyRequest, err: AppError): string {
  const code = err.code === 'USER_EMAIL_TAKEN' ? 'ORGS_EMAIL_TAKEN' : err.code;
  const key = `orgs.error.${code}`;
  const text = request.t(key);
  return text === key ? err.detail : text;
}

/**
 * Why a form was refused, for showing it again with the user's input: named fields (400), a
 * duplicate on a field (409), or a newer save by someone else (409 stale). Anything else (401,
 * 403, 404, 500) is thrown on to the error page.
 */
export function refusal(request: FastifyRequest, reply: FastifyReply, err: unknown): Refusal {
  if (!(err instanceof AppError) || (err.status !== 400 && err.status !== 409)) throw err;
  reply.code(err.status);
  if (err.code === 'ORGS_STALE') return { errors: [], stale: true };
  if (err.fields.length) {
    // One 409 can name several fields (registration: account and organisation); each gets its own text.
    const errors = err.fields.map((f) => (f.code?.startsWith('ORGS_') ? { field: f.field, message: errorText(request, new AppError(f.code, err.status, f.message)) } : f));
    return { errors, stale: false };
  }
  const field = typeof err.extra.field === 'string' ? err.extra.field : 'form';
  return { errors: [{ field, message: errorText(request, err) }], stale: false };
}
