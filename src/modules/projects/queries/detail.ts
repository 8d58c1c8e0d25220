import type { CurrentUser } from '../../../plugins/auth.js';
import { brusselsDate } from '../../../web/dates.js';
import { canClose, canEditMilestones, canReport, canSeeReports, canWriteLessons, projectAccess } from '../access.js';
import type { Reader } from '../db.js';
import { presentConsortium, presentLesson, presentMilestone, presentProject, presentReport } from '../presenters.js';
import { lessonsOfProject } from './lessons.js';
import { consortiumOf, findProject, milestonesOf, reportsOf } from './projects.js';

/**
 * A project as one account sees it. Everyone: the consortium, the call, the amount, milestones and
 * published lessons. The consortium and the transition team: also the reports and the lessons not
 * yet published, with their details.
 */
export async function projectDetail(db: Reader, base: string, user: CurrentUser | null, code: string) {
  const project = await findProject(db, code);
  const access = await projectAccess(db, user, project);
  const insider = canSeeReports(access);
  const [consortium, milestones, lessons, reports] = await Promise.all([
    consortiumOf(db, project), milestonesOf(db, project.id), lessonsOfProject(db, project.id, insider), reportsOf(db, project.id),
  ]);
  const today = brusselsDate();
  const presentedMilestones = milestones.map((m) => presentMilestone(m, today));
  const active = project.status === 'active';
  return {
    ...presentProject(base, project),
    consortium: presentConsortium(consortium),
    crossSector: new Set(consortium.map((m) => m.subsector)).size > 1,
    milestones: presentedMilestones,
    overdueMilestones: presentedMilestones.filter((m) => m.overdue).length,
    lessons: lessons.map((l) => presentLesson(base, l, insider)),
    reports: insider ? reports.map(presentReport) : null,
    hasFinalReport: reports.some((r) => r.kind === 'final'),
    can: {
      editMilestones: active && canEditMilestones(access), report: active && canReport(access),
      writeLessons: active && canWriteLessons(access), close: active && canClose(access),
    },
  };
}
export type ProjectDetail = Awaited<ReturnType<typeof projectDetail>>;
