import type { LightMyRequestResponse } from 'fastify';

/**
 * What is wrong with a response to bad input, or null when nothing is: never a 5xx, and every
 * 4xx of the API is an RFC 9457 problem document with the same status, a stable code and a
 * detail that says what went wrong; a refused field is named. Outside /api (the linked-data
 * URIs the document also describes) an error may be a readable page instead.
 */
export function problemDefect(res: LightMyRequestResponse, url: string): string | null {
  if (res.statusCode >= 500) return `status ${res.statusCode}: ${res.body.slice(0, 300)}`;
  if (res.statusCode < 400) return null;
  const type = String(res.headers['content-type'] ?? '');
  if (!url.startsWith('/api/') && type.startsWith('text/html')) return res.body.length > 0 ? null : `status ${res.statusCode} with an empty page`;
  if (!type.startsWith('application/problem+json')) return `status ${res.statusCode} answered as ${type || 'no content type'}`;
  let problem: Record<string, unknown>;
  try { problem = JSON.parse(res.body); } catch { return `status ${res.statusCode} with a body that is not JSON`; }
  if (problem.status !== res.statusCode) return `problem.status ${String(problem.status)} differs from the HTTP status ${res.statusCode}`;
  if (typeof problem.code !== 'string' || !problem.code) return 'problem without a code';
  if (typeof problem.title !== 'string' || !problem.title) return 'problem without a title';
  if (typeof problem.detail !== 'string' || !problem.detail.trim()) return 'problem without a detail';
  if (problem.code === 'VALIDATION_FAILED') {
    const errors = problem.errors as Array<{ field?: unknown; message?: unknown }> | undefined;
    if (!Array.isArray(errors) || errors.length === 0) return 'validation problem that names no field';
    if (errors.some((e) => typeof e.field !== 'string' || !e.field || typeof e.message !== 'string')) return 'validation problem with an unnamed field';
  }
  return null;
}
