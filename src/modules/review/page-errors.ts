import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type FieldError } from '../../plugins/errors.js';

/** A refused action's reason in the reader's language (`review.error.<code>`), else the server's. */
export function reasonOf(request: FastifyRequest, err: AppError): string {
  const key = `review.error.${err.code}`;
  const text = request.t(key);
  return text === key ? err.detail : text;
}

/**
 * Why a form was refused: named fields (400) or a rule (409, and the 403s of this module's rules
 * about a step's actor) for the form shown again with the input kept. Anything else (401, 404,
 * 500, a plain 403) goes on to the error page.
 */
export function refusal(request: FastifyRequest, reply: FastifyReply, err: unknown): { errors: FieldError[]; message?: string } {
  if (!(err instanceof AppError) || !(err.status === 400 || err.status === 409 || (err.status === 403 && err.code.startsWith('REVIEW_')))) throw err;
  reply.code(err.status);
  if (err.fields.length) return { errors: err.fields.map((f) => ({ ...f, field: f.field.replace(/^body\./, '').replace(/^scores\.([^.]+)(\..*)?$/, 'motivation_$1') })) };
  return { errors: [], message: reasonOf(request, err) };
}

export function savedOf(request: FastifyRequest, allowed: ReadonlySet<string>): string | undefined {
  const saved = (request.query as Record<string, unknown> | undefined)?.saved;
  return typeof saved === 'string' && allowed.has(saved) ? saved : undefined;
}
