import { record, type Tx } from '../db.js';
import { notReadyToClose } from '../errors.js';
import { isCompleteLesson } from '../lesson-rules.js';
import { checkVersion, requireActive, type LockedProject } from './shared.js';

/**
 * Closing needs the final report and at least one lesson that says what worked and what failed.
 * Everything missing is named at once. Closing publishes the project's lessons to the knowledge
 * space, in the same transaction: a refused close writes nothing.
 */
export async function closeProject(tx: Tx, userId: number, project: LockedProject, version: number | undefined): Promise<{ published: string[] }> {
  requireActive(project);
  checkVersion('project', project.code, project.version, version);
  const [final, lessons] = await Promise.all([
    tx.selectFrom('project_reports').select('id').where('project_id', '=', project.id).where('kind', '=', 'final').executeTakeFirst(),
    tx.selectFrom('lessons').select(['id', 'code', 'what_worked', 'what_failed', 'published_at'])
      .where('project_id', '=', project.id).where('retired_at', 'is', null).forUpdate().execute(),
  ]);
  const missing = [...(final ? [] : ['finalReport']), ...(lessons.some(isCompleteLesson) ? [] : ['lesson'])];
  if (missing.length) throw notReadyToClose(project.code, missing);
  const at = new Date();
  await tx.updateTable('projects').set({ status: 'closed', closed_at: at, closed_by: userId, updated_at: at, version: project.version + 1 })
    .where('id', '=', project.id).execute();
  const toPublish = lessons.filter((l) => !l.published_at);
  if (toPublish.length) {
    await tx.updateTable('lessons').set({ published_at: at, updated_at: at }).where('id', 'in', toPublish.map((l) => l.id)).execute();
  }
  await record(tx, {
    userId, entityType: 'project', entityId: project.code, action: 'update',
    before: { status: project.status, version: project.version }, after: { status: 'closed', closed_at: at.toISOString(), published_lessons: toPublish.map((l) => l.code) },
  });
  return { published: toPublish.map((l) => l.code) };
}
