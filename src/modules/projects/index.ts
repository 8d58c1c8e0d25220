import type { FastifyInstance } from 'fastify';
import type { Db } from '../../db/database.js';
import { registerPermissions } from '../../plugins/permissions.js';
import { lessonApiRoutes } from './api-lesson-routes.js';
import { lessonRoutes } from './lesson-routes.js';
import { projectRoutes } from './project-routes.js';
import { projectApiRoutes } from './api-routes.js';
import { pdb } from './db.js';
import { projectPermissions } from './permissions.js';
import { presentLesson, type PresentedLesson } from './presenters.js';
import { publishedLessons, type LessonFilters } from './queries/lessons.js';

export { projectsManifest } from './manifest.js';
export { projectPermissions } from './permissions.js';
export type { LessonFilters, PresentedLesson };

registerPermissions(projectPermissions);

/**
 * Published lessons for other modules (the knowledge space, the guide, search): newest first, as
 * the public may see them (details only where the organisation consented). `base` prefixes the
 * URLs (the platform's public address; '' for relative links).
 */
export async function listPublishedLessons(db: Db, filters: LessonFilters = {}, base = ''): Promise<{ items: PresentedLesson[]; total: number }> {
  const { rows, total } = await publishedLessons(pdb(db), filters);
  return { items: rows.map((l) => presentLesson(base, l, false)), total };
}

/**
 * Projects: what a granted application becomes. Milestones, progress reports and
 * a final report; lessons learned on what worked and what failed, published to the knowledge space
 * when the project closes; and lessons from organisations' own experiments and residencies.
 */
export default async function projects(app: FastifyInstance) {
  await app.register(projectRoutes);
  await app.register(lessonRoutes);
  await app.register(projectApiRoutes);
  await app.register(lessonApiRoutes);
}
