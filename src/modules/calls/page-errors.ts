import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type FieldError } from '../../plugins/errors.js';
import { formatBrussels } from './tz.js';
import { errorMessage } from './views/parts.js';

export interface Refusal { errors: FieldError[]; stale: { currentVersion: number | string } | undefined }

/** The readable reason of a refused action, with its dates in Brussels time. */
export function reasonOf(request: FastifyRequest, err: AppError): string {
  const extra = err.extra as Record<string, unknown>;
  const params: Record<string, string | number> = {};
  if (typeof extra.deadline === 'string') params.deadline = formatBrussels(extra.deadline, request.lang);
  if (typeof extra.opensAt === 'string') params.opensAt = formatBrussels(extra.opensAt, request.lang);
  if (typeof extra.applicationStatus === 'string') params.status = request.t(`calls.status.${extra.applicationStatus}`);
  return errorMessage(request.t, err.code, err.detail, params);
}

/**
 * Why a save was refused, for the form shown again with the user's input: named fields (400,
 * 422), a rule (409, on its field or the whole form), or a newer save by someone else (409
 * stale). Anything else (401, 403, 404, 500) goes on to the error page.
 */
export function refusal(request: FastifyRequest, reply: FastifyReply, err: unknown, mapFields: (errors: FieldError[]) => FieldError[]): Refusal {
  if (!(err instanceof AppError) || ![400, 409, 422].includes(err.status)) throw err;
  reply.code(err.status);
  if (err.code === 'CALLS_STALE') return { errors: [], stale: { currentVersion: err.extra.currentVersion as number | string } };
  if (err.fields.length) return { errors: mapFields(err.fields), stale: undefined };
  const field = typeof err.extra.field === 'string' ? mapFields([{ field: err.extra.field, message: '' }])[0]!.field : 'form';
  return { errors: [{ field, message: reasonOf(request, err), ...(err.code.endsWith('_TAKEN') ? { code: 'duplicate' } : {}) }], stale: undefined };
}

/** A one-button action refused by a rule (409, 422) or an organisation role (403): its reason; anything else goes on. */
export function actionRefusal(request: FastifyRequest, reply: FastifyReply, err: unknown): string {
  if (!(err instanceof AppError) || ![400, 403, 409, 422].includes(err.status) || (err.status === 403 && !err.code.startsWith('CALLS_'))) throw err;
  reply.code(err.status);
  const fields = err.fields.length ? ` ${err.fields.map((f) => f.message).join('; ')}` : '';
  return reasonOf(request, err) + (err.status === 400 ? fields : '');
}

/** `?saved=x` after a redirect names the confirmation to show. */
const SAVED = new Set(['created', 'saved', 'published', 'started', 'submitted', 'withdrawn', 'partnerAdded', 'partnerRemoved', 'confirmed', 'versionStarted']);
export function savedNotice(request: FastifyRequest): string | undefined {
  const saved = (request.query as Record<string, unknown> | undefined)?.saved;
  return typeof saved === 'string' && SAVED.has(saved) ? `calls.saved.${saved}` : undefined;
}
