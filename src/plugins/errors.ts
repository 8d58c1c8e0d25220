import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';

export interface FieldError { field: string; message: string; code?: string }

/**
 * The one error type that business rules throw. `code` is stable (e.g. INSTRUMENT_STALE),
 * `status` its HTTP status, `detail` an English developer-facing message; pages translate
 * `code` through the message files (`error.<code>`), falling back to the detail.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly detail: string,
    readonly fields: FieldError[] = [],
    readonly extra: Record<string, unknown> = {},
  ) {
    super(detail);
  }
}

export const notFound = (what: string, id: string | number) =>
  new AppError('NOT_FOUND', 404, `${what} ${id} does not exist`, [], { entity: what, id: String(id) });
export const forbidden = (action: string) => new AppError('FORBIDDEN', 403, `You are not allowed to ${action}`);
export const unauthenticated = () => new AppError('UNAUTHENTICATED', 401, 'Log in first');
export const invalid = (fields: FieldError[]) =>
  new AppError('VALIDATION_FAILED', 400, fields.map((f) => `${f.field}: ${f.message}`).join('; '), fields);
export const conflict = (code: string, detail: string, extra: Record<string, unknown> = {}) =>
  new AppError(code, 409, detail, [], extra);

const TITLES: Record<number, string> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  409: 'Conflict', 413: 'Payload Too Large', 415: 'Unsupported Media Type', 429: 'Too Many Requests',
  500: 'Internal Server Error',
};

export interface Problem {
  type: string; title: string; status: number; detail: string; code: string;
  instance?: string; errors?: FieldError[]; [key: string]: unknown;
}

/** Turns Fastify/ajv schema failures into named field errors. */
export function fieldErrorsFromValidation(error: FastifyError): FieldError[] {
  const context = error.validationContext ?? 'body';
  return (error.validation ?? []).map((v) => {
    const params = v.params as Record<string, unknown>;
    const base = (v.instancePath || '').replace(/^\//, '').replace(/\//g, '.');
    const field = v.keyword === 'required'
      ? [base, String(params.missingProperty)].filter(Boolean).join('.')
      : v.keyword === 'additionalProperties'
        ? [base, String(params.additionalProperty)].filter(Boolean).join('.')
        : base || context;
    return { field: `${context}.${field}`.replace(/^(\w+)\.\1$/, '$1'), message: v.message ?? 'is invalid', code: v.keyword };
  });
}

export function toProblem(err: unknown, request: FastifyRequest): Problem {
  const e = err as FastifyError & Partial<AppError>;
  if (err instanceof AppError) {
    return {
      type: `/problems/${err.code.toLowerCase().replace(/_/g, '-')}`,
      title: TITLES[err.status] ?? 'Error',
      status: err.status,
      code: err.code,
      detail: err.detail,
      instance: request.url,
      ...(err.fields.length ? { errors: err.fields } : {}),
      ...err.extra,
    };
  }
  if (e.validation) {
    const errors = fieldErrorsFromValidation(e);
    return {
      type: '/problems/validation-failed', title: 'Bad Request', status: 400, code: 'VALIDATION_FAILED',
      detail: errors.map((f) => `${f.field}: ${f.message}`).join('; '), instance: request.url, errors,
    };
  }
  const status = typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500 ? e.statusCode : 500;
  if (status < 500) {
    return {
      type: `/problems/${(e.code ?? 'bad-request').toLowerCase().replace(/_/g, '-')}`,
      title: TITLES[status] ?? 'Error', status, code: e.code ?? 'BAD_REQUEST', detail: e.message, instance: request.url,
    };
  }
  return {
    type: '/problems/internal', title: TITLES[500]!, status: 500, code: 'INTERNAL',
    detail: 'Something went wrong on our side. It has been logged.', instance: request.url,
  };
}

/** Everything under /api answers JSON; every other address is a page. */
export function wantsHtml(request: FastifyRequest): boolean {
  return !(request.url === '/api' || request.url.startsWith('/api/') || request.url.startsWith('/api?'));
}

/**
 * The first place in a request's parameters, query or body holding a NUL character, or null.
 * PostgreSQL text cannot hold one, so such a value would otherwise fail deep in a query as a 500.
 */
export function nulCharacterAt(value: unknown, path: string, depth = 0): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path : null;
  if (value === null || typeof value !== 'object' || Buffer.isBuffer(value) || depth > 32) return null;
  for (const [key, inner] of Object.entries(value)) {
    const at = key.includes('\u0000') ? `${path}.${key}` : nulCharacterAt(inner, `${path}.${key}`, depth + 1);
    if (at) return at;
  }
  return null;
}

export type HtmlErrorRenderer = (request: FastifyRequest, reply: FastifyReply, problem: Problem) => Promise<unknown> | unknown;

/**
 * One error handler for the whole app: API routes answer RFC 9457 problem details, pages a
 * readable page. A 500 is logged in full and shown as a generic message; internals never leak.
 */
export const errorsPlugin = fp<{ renderHtml: HtmlErrorRenderer }>(async (app, opts) => {
  app.setErrorHandler(async (err, request, reply) => {
    const problem = toProblem(err, request);
    if (problem.status >= 500) request.log.error({ err }, 'unhandled error');
    reply.code(problem.status);
    if (problem.status === 429 && (err as AppError).extra?.retryAfter) reply.header('retry-after', String((err as AppError).extra.retryAfter));
    if (!wantsHtml(request)) return reply.type('application/problem+json').send(problem);
    return opts.renderHtml(request, reply, problem);
  });
  // Refused before anything reads the input: no field of the platform may hold a NUL character.
  app.addHook('preValidation', async (request) => {
    const parts: Array<[string, unknown]> = [['params', request.params], ['querystring', request.query], ['body', request.body]];
    for (const [where, value] of parts) {
      const field = nulCharacterAt(value, where);
      if (field) throw invalid([{ field: field.replace(/[\u0000]/g, '\\0'), message: 'must not contain a NUL character', code: 'nul' }]);
    }
  });
  app.setNotFoundHandler(async (request, reply) => {
    const problem: Problem = {
      type: '/problems/not-found', title: 'Not Found', status: 404, code: 'NOT_FOUND',
      detail: `No page or resource at ${request.url.split('?')[0]}`, instance: request.url,
    };
    reply.code(404);
    if (!wantsHtml(request)) return reply.type('application/problem+json').send(problem);
    return opts.renderHtml(request, reply, problem);
  });
}, { name: 'errors' });
