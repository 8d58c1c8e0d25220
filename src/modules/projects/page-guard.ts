import type { FastifyRequest } from 'fastify';
import { projectAccess, type ProjectAccess } from './access.js';
import type { Reader } from './db.js';
import { notAllowed, projectClosed } from './errors.js';
import { findProject, type ProjectRow } from './queries/projects.js';

/**
 * For a form page: the platform permission first, then the per-project rule, and an active
 * project (a closed project offers no forms). The save checks all of it again in its transaction.
 */
export async function formGuard(db: Reader, request: FastifyRequest, code: string, action: string, rule: (a: ProjectAccess) => boolean, what: string): Promise<{ project: ProjectRow; access: ProjectAccess }> {
  const user = request.authorize(action)!;
  const project = await findProject(db, code);
  const access = await projectAccess(db, user, project);
  if (!rule(access)) throw notAllowed(`${what} of project ${code}`);
  if (project.status !== 'active') throw projectClosed(code);
  return { project, access };
}

/** Only known notices are echoed; anything else in ?saved= is ignored. */
export function savedNotice(request: FastifyRequest): string | undefined {
  const saved = (request.query as Record<string, unknown> | undefined)?.saved;
  return typeof saved === 'string' && /^[a-zA-Z]{1,40}$/.test(saved) ? saved : undefined;
}

export const pageQuery = {
  type: 'object', additionalProperties: true,
  properties: { saved: { type: 'string', maxLength: 40 }, lang: { type: 'string', enum: ['nl', 'en'] }, kind: { type: 'string', enum: ['progress', 'final'] } },
} as const;
