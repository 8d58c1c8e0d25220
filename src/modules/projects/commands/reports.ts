import { invalid } from '../../../plugins/errors.js';
import { record, type Tx } from '../db.js';
import { finalReportExists, openMilestones } from '../errors.js';
import type { ReportInput } from '../schemas.js';
import { requireActive, type LockedProject } from './shared.js';

/**
 * Any number of progress reports, one final report. The final report accounts for every milestone:
 * each is done or carries a note saying why it was not reached.
 */
export async function submitReport(tx: Tx, userId: number, project: LockedProject, input: ReportInput): Promise<number> {
  requireActive(project);
  const periodLabel = input.periodLabel?.trim() ?? '';
  if (input.kind === 'progress' && !periodLabel) throw invalid([{ field: 'body.periodLabel', message: 'is required for a progress report', code: 'required' }]);
  if (input.kind === 'final') {
    if (await tx.selectFrom('project_reports').select('id').where('project_id', '=', project.id).where('kind', '=', 'final').executeTakeFirst()) {
      throw finalReportExists(project.code);
    }
    const unexplained = (await tx.selectFrom('project_milestones').select(['title', 'note'])
      .where('project_id', '=', project.id).where('done_on', 'is', null).orderBy('position').execute()).filter((m) => !m.note.trim());
    if (unexplained.length) throw openMilestones(unexplained.map((m) => m.title));
  }
  const values = { project_id: project.id, kind: input.kind, period_label: periodLabel, body: input.text.trim(), submitted_by: userId };
  const { id } = await tx.insertInto('project_reports').values(values).returning('id').executeTakeFirstOrThrow();
  await record(tx, { userId, entityType: 'project_report', entityId: id, action: 'create', after: { project: project.code, kind: input.kind, period_label: periodLabel } });
  return id;
}
