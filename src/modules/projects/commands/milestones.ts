import { notFound } from '../../../plugins/errors.js';
import { record, type Tx } from '../db.js';
import type { CreateMilestoneInput, DoneInput, UpdateMilestoneInput } from '../schemas.js';
import { checkVersion, requireActive, today, type LockedProject } from './shared.js';

export async function addMilestone(tx: Tx, userId: number, project: LockedProject, input: CreateMilestoneInput): Promise<number> {
  requireActive(project);
  const last = await tx.selectFrom('project_milestones').select((eb) => eb.fn.max('position').as('max')).where('project_id', '=', project.id).executeTakeFirst();
  const values = {
    project_id: project.id, position: input.position ?? Number(last?.max ?? 0) + 1, title: input.title.trim(), due_on: input.dueOn, note: input.note?.trim() ?? '',
  };
  const { id } = await tx.insertInto('project_milestones').values(values).returning('id').executeTakeFirstOrThrow();
  await record(tx, { userId, entityType: 'project_milestone', entityId: id, action: 'create', after: { project: project.code, ...values } });
  return id;
}

async function lockMilestone(tx: Tx, project: LockedProject, id: number) {
  const m = await tx.selectFrom('project_milestones').selectAll().where('id', '=', id).where('project_id', '=', project.id).forUpdate().executeTakeFirst();
  if (!m) throw notFound('milestone', `${project.code}/${id}`);
  return m;
}

/** Edits a milestone; doneOn null reopens it, a note explains why it will not be reached. */
export async function updateMilestone(tx: Tx, userId: number, project: LockedProject, id: number, input: UpdateMilestoneInput): Promise<void> {
  requireActive(project);
  const m = await lockMilestone(tx, project, id);
  checkVersion('milestone', id, m.version, input.version);
  const after = {
    title: input.title.trim(), due_on: input.dueOn, position: input.position ?? m.position,
    done_on: input.doneOn === undefined ? m.done_on : input.doneOn, note: input.note === undefined ? m.note : input.note.trim(),
  };
  await tx.updateTable('project_milestones').set({ ...after, updated_at: new Date(), version: m.version + 1 }).where('id', '=', id).execute();
  await record(tx, { userId, entityType: 'project_milestone', entityId: id, action: 'update', before: { title: m.title, due_on: m.due_on, done_on: m.done_on, note: m.note, version: m.version }, after });
}

export async function completeMilestone(tx: Tx, userId: number, project: LockedProject, id: number, input: DoneInput): Promise<void> {
  requireActive(project);
  const m = await lockMilestone(tx, project, id);
  checkVersion('milestone', id, m.version, input.version);
  const doneOn = input.doneOn ?? today();
  await tx.updateTable('project_milestones').set({ done_on: doneOn, updated_at: new Date(), version: m.version + 1 }).where('id', '=', id).execute();
  await record(tx, { userId, entityType: 'project_milestone', entityId: id, action: 'update', before: { done_on: m.done_on, version: m.version }, after: { done_on: doneOn } });
}
