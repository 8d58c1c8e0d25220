import fc from 'fast-check';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Operation } from './routes.js';
import { validValue } from './schema-arbitraries.js';

export interface Outgoing {
  method: string; url: string; headers?: Record<string, string>;
  /** Sent as is; objects are sent as JSON unless contentType says otherwise. */
  body?: unknown; contentType?: string;
}

export async function send(app: FastifyInstance, req: Outgoing): Promise<LightMyRequestResponse> {
  const headers: Record<string, string> = { ...req.headers };
  let payload: string | Buffer | undefined;
  if (req.body !== undefined) {
    headers['content-type'] = req.contentType ?? 'application/json';
    payload = typeof req.body === 'string' || Buffer.isBuffer(req.body) ? req.body : JSON.stringify(req.body);
  }
  return app.inject({ method: req.method as any, url: req.url, headers, payload });
}

/**
 * A request body that passes the route's schema, so that the caller meets the permission rules
 * of the record rather than the validation: a well-formed JSON body drawn from the operation's
 * schema (always the same one), the declared document type for uploads, and an empty form for
 * pages (which check permissions before they read the form).
 */
export function wellFormedBody(path: string, op: Operation | undefined, refs: Record<string, unknown> = {}): { body: unknown; contentType: string } {
  if (!path.startsWith('/api/')) return { body: '', contentType: 'application/x-www-form-urlencoded' };
  const types = op?.body?.contentTypes ?? ['application/json'];
  if (!types.includes('application/json')) return { body: '', contentType: types[0]! };
  const [sample] = op?.body?.schema ? fc.sample(validValue(op.body.schema), { numRuns: 1, seed: 7 }) : [{}];
  if (sample && typeof sample === 'object' && !Array.isArray(sample)) {
    // A reference to a record the caller is related to, where the body names one.
    for (const [key, value] of Object.entries(refs)) if (key in sample) (sample as Record<string, unknown>)[key] = value;
  }
  return { body: sample ?? {}, contentType: 'application/json' };
}

/** The operation of the OpenAPI document that documents a route (documented at /api/v1, served at /api). */
export function operationIndex(ops: Operation[]): Map<string, Operation> {
  return new Map(ops.map((op) => [`${op.method} ${op.path.replace(/^\/api\/v\d+\//, '/api/')}`, op]));
}
