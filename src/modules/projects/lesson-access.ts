import type { CurrentUser } from '../../plugins/auth.js';
import { canWriteLessons, organisationRole, projectAccess, teamRole } from './access.js';
import type { Reader } from './db.js';

interface LessonRef { project_id: number | null; organisation_id: number | null; published_at: Date | null }

/**
 * Who stands behind a lesson: for a project lesson its consortium and the transition team; for an
 * organisation's own lesson, that organisation's owners and members. They see it before it is
 * published and always see its details; they may edit it.
 */
export async function lessonInsider(db: Reader, user: CurrentUser | null, lesson: LessonRef): Promise<boolean> {
  if (!user) return false;
  if (lesson.project_id !== null) {
    const project = await db.selectFrom('projects').select(['application_id', 'lead_organisation_id']).where('id', '=', lesson.project_id).executeTakeFirstOrThrow();
    return canWriteLessons(await projectAccess(db, user, project));
  }
  if (lesson.organisation_id === null) return teamRole(user);
  const role = await organisationRole(db, user, lesson.organisation_id);
  return role === 'owner' || role === 'member';
}

/** An organisation's own lesson is published by one of its owners. */
export async function mayPublish(db: Reader, user: CurrentUser | null, lesson: LessonRef): Promise<boolean> {
  if (!user || lesson.project_id !== null || lesson.organisation_id === null) return false;
  return (await organisationRole(db, user, lesson.organisation_id)) === 'owner';
}
