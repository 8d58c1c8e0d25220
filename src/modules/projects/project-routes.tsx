import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../plugins/errors.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { canClose, canEditMilestones, canReport } from './access.js';
import { closeProject } from './commands/close-project.js';
import { addMilestone, completeMilestone, updateMilestone } from './commands/milestones.js';
import { submitReport } from './commands/reports.js';
import { projectFor } from './commands/shared.js';
import { inTransaction, pdb } from './db.js';
import { actionRefusal, candidate, checked, integer, MILESTONE_FIELDS, readForm, refusal, REPORT_FIELDS, val, type Form } from './form-input.js';
import { isCompleteLesson } from './lesson-rules.js';
import { formGuard, pageQuery, savedNotice } from './page-guard.js';
import { requires } from './permissions.js';
import { presentProject } from './presenters.js';
import { projectDetail } from './queries/detail.js';
import { listProjects, milestonesOf, projectFilterOptions } from './queries/projects.js';
import {
  createMilestoneBody, doneBody, milestoneParams, projectListQuery, projectParams, reportBody, updateMilestoneBody,
  type CreateMilestoneInput, type DoneInput, type MilestoneParams, type ProjectListQuery, type ProjectParams, type ReportInput, type UpdateMilestoneInput,
} from './schemas.js';
import { sendHtml, sendPage } from './send.js';
import { ProjectListPage } from './views/project-list.js';
import { ProjectPage } from './views/project-page.js';
import { ClosePage, MilestoneFormPage, ReportFormPage } from './views/project-forms.js';

/** Project pages: the public list and page, and the consortium's forms (milestones, reports, closing). */
export async function projectRoutes(app: FastifyInstance) {
  const db = pdb(app.db);
  const base = '';
  const back = (code: string, saved: string, anchor = '') => `/projects/${encodeURIComponent(code)}?saved=${saved}${anchor}`;

  app.get('/projects', { schema: { querystring: projectListQuery } }, async (request, reply) => {
    request.authorize('projects.read');
    const query = request.query as ProjectListQuery;
    return sendHtml(request, reply, async () => {
      const [page, options] = await Promise.all([listProjects(db, query), projectFilterOptions(db)]);
      return <ProjectListPage ctx={viewContext(request)} items={page.items.map((p) => presentProject(base, p))} total={page.total} page={page.page} pages={page.pages} query={query} options={options} />;
    });
  });

  const renderProject = async (request: FastifyRequest, reply: FastifyReply, code: string, actionError?: string) => {
    const render = async () => <ProjectPage ctx={viewContext(request)} p={await projectDetail(db, base, request.user, code)} notice={savedNotice(request)} actionError={actionError} />;
    return actionError ? sendPage(reply, await render()) : sendHtml(request, reply, render);
  };

  app.get('/projects/:code', { schema: { params: projectParams, querystring: pageQuery } }, async (request, reply) => {
    request.authorize('projects.read');
    return renderProject(request, reply, (request.params as ProjectParams).code);
  });

  // --- milestones ---------------------------------------------------------------------------------
  const milestoneInput = (form: Form) => candidate({
    title: val(form, 'title').trim(), dueOn: val(form, 'dueOn').trim(), note: val(form, 'note').trim(), position: integer(val(form, 'position')),
  });

  app.get('/projects/:code/milestones/new', { ...requires('projects.editMilestones'), schema: { params: projectParams } }, async (request, reply) => {
    const { code } = request.params as ProjectParams;
    const { project } = await formGuard(db, request, code, 'projects.editMilestones', canEditMilestones, 'edit the milestones');
    return sendPage(reply, <MilestoneFormPage ctx={viewContext(request)} project={project} state={{ form: {}, errors: [] }} />);
  });

  app.post('/projects/:code/milestones', { ...requires('projects.editMilestones'), schema: { params: projectParams } }, async (request, reply) => {
    const user = request.authorize('projects.editMilestones')!;
    const { code } = request.params as ProjectParams;
    const form = readForm(request.body, MILESTONE_FIELDS);
    try {
      const input = checked<CreateMilestoneInput>(createMilestoneBody, milestoneInput(form));
      const id = await inTransaction(app.db, async (tx) => {
        const { project } = await projectFor(tx, user, code, canEditMilestones, 'edit the milestones');
        return addMilestone(tx, user.id, project, input);
      });
      return reply.redirect(back(code, 'milestoneAdded', `#milestone-${id}`), 303);
    } catch (err) {
      const r = refusal(request, reply, err);
      const { project } = await formGuard(db, request, code, 'projects.editMilestones', canEditMilestones, 'edit the milestones');
      return sendPage(reply, <MilestoneFormPage ctx={viewContext(request)} project={project} state={{ form, errors: r.errors }} />);
    }
  });

  app.get('/projects/:code/milestones/:id/edit', { ...requires('projects.editMilestones'), schema: { params: milestoneParams } }, async (request, reply) => {
    const { code, id } = request.params as MilestoneParams;
    const { project } = await formGuard(db, request, code, 'projects.editMilestones', canEditMilestones, 'edit the milestones');
    const m = (await milestonesOf(db, project.id)).find((x) => x.id === id);
    if (!m) throw notFound('milestone', `${code}/${id}`);
    const form: Form = { version: String(m.version), title: m.title, dueOn: m.due_on, doneOn: m.done_on ?? '', note: m.note, position: String(m.position) };
    return sendPage(reply, <MilestoneFormPage ctx={viewContext(request)} project={project} state={{ form, errors: [] }} milestoneId={id} />);
  });

  app.post('/projects/:code/milestones/:id/edit', { ...requires('projects.editMilestones'), schema: { params: milestoneParams } }, async (request, reply) => {
    const user = request.authorize('projects.editMilestones')!;
    const { code, id } = request.params as MilestoneParams;
    const form = readForm(request.body, MILESTONE_FIELDS);
    try {
      const input = checked<UpdateMilestoneInput>(updateMilestoneBody, {
        ...milestoneInput(form), version: integer(val(form, 'version')), doneOn: val(form, 'doneOn').trim() || null, note: val(form, 'note').trim(),
      });
      await inTransaction(app.db, async (tx) => {
        const { project } = await projectFor(tx, user, code, canEditMilestones, 'edit the milestones');
        await updateMilestone(tx, user.id, project, id, input);
      });
      return reply.redirect(back(code, 'milestoneSaved', `#milestone-${id}`), 303);
    } catch (err) {
      const r = refusal(request, reply, err);
      const { project } = await formGuard(db, request, code, 'projects.editMilestones', canEditMilestones, 'edit the milestones');
      return sendPage(reply, <MilestoneFormPage ctx={viewContext(request)} project={project} state={{ form: { ...form, version: r.version ?? val(form, 'version') }, errors: r.errors, stale: r.stale }} milestoneId={id} />);
    }
  });

  app.post('/projects/:code/milestones/:id/done', { ...requires('projects.editMilestones'), schema: { params: milestoneParams } }, async (request, reply) => {
    const user = request.authorize('projects.editMilestones')!;
    const { code, id } = request.params as MilestoneParams;
    const form = readForm(request.body, ['version']);
    try {
      const input = checked<DoneInput>(doneBody, candidate({ version: integer(val(form, 'version')) }));
      await inTransaction(app.db, async (tx) => {
        const { project } = await projectFor(tx, user, code, canEditMilestones, 'edit the milestones');
        await completeMilestone(tx, user.id, project, id, input);
      });
      return reply.redirect(back(code, 'milestoneDone', `#milestone-${id}`), 303);
    } catch (err) {
      const message = err instanceof Error && (err as { code?: string }).code === 'PROJECT_STALE' ? request.t('projects.error.PROJECT_STALE_ACTION') : undefined;
      const reason = actionRefusal(request, reply, err);
      return renderProject(request, reply, code, message ?? reason);
    }
  });

  // --- reports ------------------------------------------------------------------------------------
  const openMilestoneTitles = async (projectId: number) => (await milestonesOf(db, projectId)).filter((m) => m.done_on === null && !m.note.trim()).map((m) => m.title);

  app.get('/projects/:code/reports/new', { ...requires('projects.report'), schema: { params: projectParams, querystring: pageQuery } }, async (request, reply) => {
    const { code } = request.params as ProjectParams;
    const { project } = await formGuard(db, request, code, 'projects.report', canReport, 'report on');
    const kind = (request.query as { kind?: string }).kind === 'final' ? 'final' : 'progress';
    return sendPage(reply, <ReportFormPage ctx={viewContext(request)} project={project} state={{ form: { kind }, errors: [] }} openMilestones={kind === 'final' ? await openMilestoneTitles(project.id) : []} />);
  });

  app.post('/projects/:code/reports', { ...requires('projects.report'), schema: { params: projectParams } }, async (request, reply) => {
    const user = request.authorize('projects.report')!;
    const { code } = request.params as ProjectParams;
    const form = readForm(request.body, REPORT_FIELDS);
    try {
      const input = checked<ReportInput>(reportBody, candidate({ kind: val(form, 'kind'), periodLabel: val(form, 'periodLabel').trim(), text: val(form, 'text').trim() }));
      await inTransaction(app.db, async (tx) => {
        const { project } = await projectFor(tx, user, code, canReport, 'report on');
        return submitReport(tx, user.id, project, input);
      });
      return reply.redirect(back(code, input.kind === 'final' ? 'reportFinal' : 'reportProgress', '#reports-title'), 303);
    } catch (err) {
      const r = refusal(request, reply, err);
      const { project } = await formGuard(db, request, code, 'projects.report', canReport, 'report on');
      return sendPage(reply, <ReportFormPage ctx={viewContext(request)} project={project} state={{ form, errors: r.errors }} openMilestones={val(form, 'kind') === 'final' ? await openMilestoneTitles(project.id) : []} />);
    }
  });

  // --- closing ------------------------------------------------------------------------------------
  const renderClose = async (request: FastifyRequest, reply: FastifyReply, code: string, refusalText?: string) => {
    await formGuard(db, request, code, 'projects.close', canClose, 'close');
    const p = await projectDetail(db, base, request.user, code);
    const lessons = await db.selectFrom('lessons as l').innerJoin('projects as pr', 'pr.id', 'l.project_id')
      .select(['l.what_worked', 'l.what_failed']).where('pr.code', '=', code).where('l.retired_at', 'is', null).execute();
    return sendPage(reply, <ClosePage ctx={viewContext(request)} p={p} hasCompleteLesson={lessons.some(isCompleteLesson)} refusal={refusalText} />);
  };

  app.get('/projects/:code/close', { ...requires('projects.close'), schema: { params: projectParams } }, async (request, reply) => renderClose(request, reply, (request.params as ProjectParams).code));

  app.post('/projects/:code/close', { ...requires('projects.close'), schema: { params: projectParams } }, async (request, reply) => {
    const user = request.authorize('projects.close')!;
    const { code } = request.params as ProjectParams;
    const form = readForm(request.body, ['version']);
    try {
      const version = integer(val(form, 'version'));
      await inTransaction(app.db, async (tx) => {
        const { project } = await projectFor(tx, user, code, canClose, 'close');
        return closeProject(tx, user.id, project, typeof version === 'number' ? version : undefined);
      });
      return reply.redirect(back(code, 'closed'), 303);
    } catch (err) {
      const reason = actionRefusal(request, reply, err);
      if ((err as { code?: string }).code === 'PROJECT_CLOSED') return renderProject(request, reply, code, reason);
      return renderClose(request, reply, code, reason);
    }
  });
}
