import type { FastifyInstance } from 'fastify';
import { problemResponses } from '../../web/openapi.js';
import { canClose, canEditMilestones, canReport, canWriteLessons } from './access.js';
import { closeProject } from './commands/close-project.js';
import { writeProjectLesson } from './commands/lessons.js';
import { addMilestone, completeMilestone, updateMilestone } from './commands/milestones.js';
import { submitReport } from './commands/reports.js';
import { projectFor } from './commands/shared.js';
import { inTransaction, pdb } from './db.js';
import { requires } from './permissions.js';
import { presentLesson, presentProject } from './presenters.js';
import { projectDetail } from './queries/detail.js';
import { findLesson } from './queries/lessons.js';
import { consortiumOf, listProjects } from './queries/projects.js';
import { closeResultSchema, lessonSchema, milestoneSchema, projectDetailSchema, projectListSchema, reportSchema } from './response-schemas.js';
import {
  createMilestoneBody, doneBody, milestoneParams, projectLessonBody, projectListQuery, projectParams, reportBody, updateMilestoneBody, versionBody,
  type CreateMilestoneInput, type DoneInput, type MilestoneParams, type ProjectLessonInput, type ProjectListQuery, type ProjectParams,
  type ReportInput, type UpdateMilestoneInput, type VersionInput,
} from './schemas.js';
import { sendJson } from './send.js';

const tags = ['projects'];

/** The JSON API of projects: list, detail, milestones, reports, lessons, closure. */
export async function projectApiRoutes(app: FastifyInstance) {
  const db = pdb(app.db);
  const base = app.config.publicBase;
  const milestoneOf = async (request: { user: import('../../plugins/auth.js').CurrentUser | null }, code: string, id: number) => {
    const detail = await projectDetail(db, base, request.user, code);
    return detail.milestones.find((m) => m.id === id)!;
  };

  app.get('/api/projects', {
    schema: { tags, summary: 'Projects that came out of granted applications, filtered by call, instrument, status and starting year; newest first', querystring: projectListQuery, response: { 200: projectListSchema, ...problemResponses(400) } },
  }, async (request, reply) => {
    request.authorize('projects.read');
    return sendJson(request, reply, async () => {
      const page = await listProjects(db, request.query as ProjectListQuery);
      return { ...page, items: page.items.map((p) => presentProject(base, p)) };
    });
  });

  app.get('/api/projects/:code', {
    schema: {
      tags, summary: 'One project: consortium with subsectors, call, amount, milestones (overdue flagged) and published lessons; reports and unpublished lessons for its consortium and the transition team',
      params: projectParams, response: { 200: projectDetailSchema, ...problemResponses(404) },
    },
  }, async (request, reply) => {
    request.authorize('projects.read');
    const { code } = request.params as ProjectParams;
    return sendJson(request, reply, () => projectDetail(db, base, request.user, code));
  });

  app.post('/api/projects/:code/milestones', {
    ...requires('projects.editMilestones'),
    schema: { tags, summary: 'Add a milestone (the lead organisation\'s owners and members, the transition team)', params: projectParams, body: createMilestoneBody, response: { 201: milestoneSchema, ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request, reply) => {
    const user = request.authorize('projects.editMilestones')!;
    const { code } = request.params as ProjectParams;
    const id = await inTransaction(app.db, async (tx) => {
      const { project } = await projectFor(tx, user, code, canEditMilestones, 'edit the milestones');
      return addMilestone(tx, user.id, project, request.body as CreateMilestoneInput);
    });
    return reply.code(201).send(await milestoneOf(request, code, id));
  });

  app.put('/api/projects/:code/milestones/:id', {
    ...requires('projects.editMilestones'),
    schema: { tags, summary: 'Edit a milestone: title, day, done or reopened (doneOn null), or a note on why it will not be reached; send the version you started from', params: milestoneParams, body: updateMilestoneBody, response: { 200: milestoneSchema, ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const user = request.authorize('projects.editMilestones')!;
    const { code, id } = request.params as MilestoneParams;
    await inTransaction(app.db, async (tx) => {
      const { project } = await projectFor(tx, user, code, canEditMilestones, 'edit the milestones');
      await updateMilestone(tx, user.id, project, id, request.body as UpdateMilestoneInput);
    });
    return milestoneOf(request, code, id);
  });

  app.post('/api/projects/:code/milestones/:id/done', {
    ...requires('projects.editMilestones'),
    schema: { tags, summary: 'Mark a milestone done (today in Europe/Brussels unless doneOn is given)', params: milestoneParams, body: doneBody, response: { 200: milestoneSchema, ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const user = request.authorize('projects.editMilestones')!;
    const { code, id } = request.params as MilestoneParams;
    await inTransaction(app.db, async (tx) => {
      const { project } = await projectFor(tx, user, code, canEditMilestones, 'edit the milestones');
      await completeMilestone(tx, user.id, project, id, request.body as DoneInput);
    });
    return milestoneOf(request, code, id);
  });

  app.post('/api/projects/:code/reports', {
    ...requires('projects.report'),
    schema: {
      tags, summary: 'Submit a progress report (any number) or the final report (one; every milestone must be done or noted first) — consortium members and the transition team',
      params: projectParams, body: reportBody, response: { 201: reportSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const user = request.authorize('projects.report')!;
    const { code } = request.params as ProjectParams;
    const id = await inTransaction(app.db, async (tx) => {
      const { project } = await projectFor(tx, user, code, canReport, 'report on');
      return submitReport(tx, user.id, project, request.body as ReportInput);
    });
    const detail = await projectDetail(db, base, request.user, code);
    return reply.code(201).send(detail.reports!.find((r) => r.id === id));
  });

  app.post('/api/projects/:code/lessons', {
    ...requires('projects.writeLessons'),
    schema: {
      tags, summary: 'Write a lesson learned for the project: what worked and what failed are both required; published when the project closes',
      params: projectParams, body: projectLessonBody, response: { 201: lessonSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request, reply) => {
    const user = request.authorize('projects.writeLessons')!;
    const { code } = request.params as ProjectParams;
    const lessonCode = await inTransaction(app.db, async (tx) => {
      const { project, access } = await projectFor(tx, user, code, canWriteLessons, 'write lessons');
      const consortium = (await consortiumOf(tx, project)).map((m) => m.id);
      return writeProjectLesson(tx, user.id, project, access, consortium, request.body as ProjectLessonInput);
    });
    return reply.code(201).header('location', `/api/lessons/${lessonCode}`).send(presentLesson(base, await findLesson(db, lessonCode), true));
  });

  app.post('/api/projects/:code/close', {
    ...requires('projects.close', { optionalBody: true }),
    schema: {
      tags, summary: 'Close the project (the transition team or an owner of the lead organisation): needs the final report and a lesson with what worked and what failed; publishes the project\'s lessons',
      params: projectParams, body: versionBody, response: { 200: closeResultSchema, ...problemResponses(401, 403, 404, 409, 422) },
    },
  }, async (request) => {
    const user = request.authorize('projects.close')!;
    const { code } = request.params as ProjectParams;
    const { published } = await inTransaction(app.db, async (tx) => {
      const { project } = await projectFor(tx, user, code, canClose, 'close');
      return closeProject(tx, user.id, project, (request.body as VersionInput | undefined)?.version);
    });
    return { project: await projectDetail(db, base, request.user, code), publishedLessons: published };
  });
}
