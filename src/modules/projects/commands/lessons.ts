import { invalid, notFound } from '../../../plugins/errors.js';
import { brusselsDate } from '../../../web/dates.js';
import type { ProjectAccess } from '../access.js';
import { record, type Tx } from '../db.js';
import { lessonOfProject, lessonPublished } from '../errors.js';
import { checkLesson, normaliseLesson } from '../lesson-rules.js';
import type { OrganisationLessonInput, ProjectLessonInput, UpdateLessonInput } from '../schemas.js';
import { checkVersion, nextId, requireActive, type LockedProject } from './shared.js';

async function insertLesson(tx: Tx, userId: number, values: ReturnType<typeof normaliseLesson>, refs: { project_id: number | null; organisation_id: number }, isDemo = false): Promise<string> {
  const id = await nextId(tx, 'lessons');
  const code = `L-${brusselsDate().slice(0, 4)}-${id}`;
  await tx.insertInto('lessons').values({ id, code, ...values, ...refs, created_by: userId, is_demo: isDemo }).execute();
  await record(tx, { userId, entityType: 'lesson', entityId: code, action: 'create', after: { ...refs, ...values } });
  return code;
}

/**
 * A lesson of a project, on behalf of one consortium organisation (the lead by default). It stays
 * unpublished until the project closes.
 */
export async function writeProjectLesson(tx: Tx, userId: number, project: LockedProject, access: ProjectAccess, consortium: number[], input: ProjectLessonInput): Promise<string> {
  requireActive(project);
  const organisationId = input.organisationId
    ?? (access.organisations.includes(project.lead_organisation_id) || access.team ? project.lead_organisation_id : access.organisations[0]!);
  // Members speak for their own organisations; the team may write for any consortium organisation.
  const allowed = access.team ? consortium : access.organisations;
  if (!allowed.includes(organisationId)) {
    throw invalid([{ field: 'body.organisationId', message: 'must be a consortium organisation you are owner or member of', code: 'reference' }]);
  }
  const values = normaliseLesson(input);
  await checkLesson(tx, values);
  return insertLesson(tx, userId, values, { project_id: project.id, organisation_id: organisationId });
}

/** A lesson from a residency or an organisation's own experiment; published later by an owner. */
export async function writeOrganisationLesson(tx: Tx, userId: number, input: OrganisationLessonInput): Promise<string> {
  const org = await tx.selectFrom('organisations').select(['id', 'retired_at']).where('id', '=', input.organisationId).executeTakeFirst();
  if (!org || org.retired_at) throw invalid([{ field: 'body.organisationId', message: `organisation ${input.organisationId} does not exist`, code: 'reference' }]);
  const values = normaliseLesson(input);
  await checkLesson(tx, values);
  return insertLesson(tx, userId, values, { project_id: null, organisation_id: org.id });
}

export async function lockLesson(tx: Tx, code: string) {
  const lesson = await tx.selectFrom('lessons').selectAll().where('code', '=', code).where('retired_at', 'is', null).forUpdate().executeTakeFirst();
  if (!lesson) throw notFound('lesson', code);
  return lesson;
}
export type LockedLesson = Awaited<ReturnType<typeof lockLesson>>;

/** Edits keep the publication state: a published lesson stays published with its new text. */
export async function updateLesson(tx: Tx, userId: number, lesson: LockedLesson, input: UpdateLessonInput): Promise<void> {
  checkVersion('lesson', lesson.code, lesson.version, input.version);
  const values = normaliseLesson(input);
  await checkLesson(tx, values);
  await tx.updateTable('lessons').set({ ...values, updated_at: new Date(), version: lesson.version + 1 }).where('id', '=', lesson.id).execute();
  await record(tx, {
    userId, entityType: 'lesson', entityId: lesson.code, action: 'update',
    before: { title: lesson.title, what_failed: lesson.what_failed, publish_details: lesson.publish_details, version: lesson.version }, after: values,
  });
}

export async function publishLesson(tx: Tx, userId: number, lesson: LockedLesson, version: number | undefined): Promise<void> {
  if (lesson.project_id !== null) throw lessonOfProject(lesson.code);
  if (lesson.published_at) throw lessonPublished(lesson.code);
  checkVersion('lesson', lesson.code, lesson.version, version);
  const at = new Date();
  await tx.updateTable('lessons').set({ published_at: at, updated_at: at, version: lesson.version + 1 }).where('id', '=', lesson.id).execute();
  await record(tx, { userId, entityType: 'lesson', entityId: lesson.code, action: 'update', before: { published_at: null }, after: { published_at: at.toISOString() } });
}
