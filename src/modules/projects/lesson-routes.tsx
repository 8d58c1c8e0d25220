import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { CurrentUser } from '../../plugins/auth.js';
import { notFound, type FieldError } from '../../plugins/errors.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { organisationRole, canWriteLessons, teamRole } from './access.js';
import { lockLesson, publishLesson, updateLesson, writeOrganisationLesson, writeProjectLesson } from './commands/lessons.js';
import { projectFor } from './commands/shared.js';
import { inTransaction, pdb, type Reader } from './db.js';
import { notAllowed } from './errors.js';
import { actionRefusal, checked, integer, LESSON_FIELDS, LESSON_LISTS, lessonCandidate, readForm, refusal, val, type Form } from './form-input.js';
import { lessonInsider, mayPublish } from './lesson-access.js';
import { currentDimensionNames } from './lesson-rules.js';
import { formGuard, pageQuery, savedNotice } from './page-guard.js';
import { requires } from './permissions.js';
import { presentLesson, type PresentedLesson } from './presenters.js';
import { draftLessonsOf, findLesson, lessonPage, lessonTechnologies, type LessonRow } from './queries/lessons.js';
import { consortiumOf } from './queries/projects.js';
import {
  lessonListQuery, lessonParams, organisationLessonBody, projectLessonBody, projectParams, updateLessonBody,
  type LessonListQuery, type LessonParams, type OrganisationLessonInput, type ProjectLessonInput, type ProjectParams, type UpdateLessonInput,
} from './schemas.js';
import { sendHtml, sendPage } from './send.js';
import { draftKey } from './views/project-page.js';
import { LessonFormPage, type LessonFormOptions } from './views/lesson-form.js';
import { LessonListPage, LessonPage } from './views/lesson-pages.js';

const LISTS = [...LESSON_LISTS];

/** The organisations an account writes lessons for: those it is owner or member of. */
async function ownOrganisations(db: Reader, userId: number) {
  return db.selectFrom('organisation_members as m').innerJoin('organisations as o', 'o.id', 'm.organisation_id')
    .select(['o.id', 'o.name']).where('m.user_id', '=', userId).where('m.role', 'in', ['owner', 'member']).where('o.retired_at', 'is', null)
    .orderBy('o.name').execute();
}

function lessonForm(l: LessonRow): Form {
  return {
    version: String(l.version), organisationId: l.organisation_id ? String(l.organisation_id) : '', title: l.title, summary: l.summary,
    whatWorked: l.what_worked, whatFailed: l.what_failed, details: l.details, publishDetails: l.publish_details ? 'yes' : '',
    language: l.language, outcome: l.outcome, technologies: l.technologies.join(', '),
    pillars: l.pillars.map(String), challenges: l.challenges.map(String), dimensions: l.dimension_codes, subsectors: l.subsectors,
  };
}

/** Lesson pages: the public library and one lesson, and the forms to write, edit and publish. */
export async function lessonRoutes(app: FastifyInstance) {
  const db = pdb(app.db);
  const catalog = app.readModels.catalog;
  const names = async () => ({ dimensions: new Map((await currentDimensionNames(db)).map((d) => [d.code, d.name])) });
  const formOptions = async (organisations: Array<{ id: number; name: string }>): Promise<LessonFormOptions> => ({ organisations, dimensions: await currentDimensionNames(db) });

  app.get('/lessons', { schema: { querystring: lessonListQuery } }, async (request, reply) => {
    request.authorize('projects.read');
    const query = request.query as LessonListQuery;
    return sendHtml(request, reply, async () => {
      const [page, tagNames, technologies] = await Promise.all([lessonPage(db, query), names(), lessonTechnologies(db)]);
      const user = request.user;
      const drafts = user ? (await draftLessonsOf(db, user.id)).map((l) => presentLesson('', l, true)) : [];
      const canWrite = user ? (await ownOrganisations(db, user.id)).length > 0 : false;
      return <LessonListPage ctx={viewContext(request)} catalog={catalog} names={tagNames} technologies={technologies} items={page.items.map((l) => presentLesson('', l, false))}
        total={page.total} page={page.page} pages={page.pages} query={query} drafts={drafts} canWrite={canWrite} />;
    });
  });

  // --- an organisation's own lesson -------------------------------------------------------------------
  const newLessonPage = async (request: FastifyRequest, reply: FastifyReply, user: CurrentUser, form: Form, errors: FieldError[]) => {
    const organisations = await ownOrganisations(db, user.id);
    if (!organisations.length) throw notAllowed('write lessons: you are not owner or member of an organisation');
    const t = request.t;
    return sendPage(reply, <LessonFormPage ctx={viewContext(request)} catalog={catalog} options={await formOptions(organisations)} form={form} errors={errors}
      title={t('lessons.form.newTitle')} crumbs={[[t('lessons.list.title'), '/lessons']]} action="/lessons" cancel="/lessons" draft="lesson-new" lead={t('lessons.form.newLead')} />);
  };

  app.get('/lessons/new', async (request, reply) => {
    const user = request.authorize('projects.writeLessons')!;
    return newLessonPage(request, reply, user, {}, []);
  });

  app.post('/lessons', async (request, reply) => {
    const user = request.authorize('projects.writeLessons')!;
    const form = readForm(request.body, LESSON_FIELDS, LISTS);
    try {
      const input = checked<OrganisationLessonInput>(organisationLessonBody, { ...lessonCandidate(form), organisationId: integer(val(form, 'organisationId')) });
      const code = await inTransaction(app.db, async (tx) => {
        const role = await organisationRole(tx, user, input.organisationId);
        if (role !== 'owner' && role !== 'member') throw notAllowed(`write lessons for organisation ${input.organisationId}`);
        return writeOrganisationLesson(tx, user.id, input);
      });
      return reply.redirect(`/lessons/${encodeURIComponent(code)}?saved=lessonCreated`, 303);
    } catch (err) {
      const r = refusal(request, reply, err);
      return newLessonPage(request, reply, user, form, r.errors);
    }
  });

  // --- one lesson -----------------------------------------------------------------------------------
  const renderLesson = async (request: FastifyRequest, reply: FastifyReply, code: string, actionError?: string) => {
    const render = async () => {
      const lesson = await findLesson(db, code);
      const insider = await lessonInsider(db, request.user, lesson);
      const team = teamRole(request.user);
      if (!lesson.published_at && !insider && !team) throw notFound('lesson', code);
      return <LessonPage ctx={viewContext(request)} catalog={catalog} names={await names()} lesson={presentLesson('', lesson, insider || team)}
        canEdit={insider} canPublish={!lesson.published_at && await mayPublish(db, request.user, lesson)} notice={savedNotice(request)} actionError={actionError} />;
    };
    return actionError ? sendPage(reply, await render()) : sendHtml(request, reply, render);
  };

  app.get('/lessons/:code', { schema: { params: lessonParams, querystring: pageQuery } }, async (request, reply) => {
    request.authorize('projects.read');
    return renderLesson(request, reply, (request.params as LessonParams).code);
  });

  const editPage = async (request: FastifyRequest, reply: FastifyReply, lesson: LessonRow, form: Form, errors: FieldError[], stale = false) => {
    const t = request.t;
    const code = encodeURIComponent(lesson.code);
    return sendPage(reply, <LessonFormPage ctx={viewContext(request)} catalog={catalog} options={await formOptions([])} form={form} errors={errors} stale={stale}
      title={t('lessons.form.editTitle')} crumbs={[[t('lessons.list.title'), '/lessons'], [lesson.title, `/lessons/${code}`]]}
      action={`/lessons/${code}/edit`} cancel={`/lessons/${code}`} draft={`lesson-${lesson.code}`} lead={t('lessons.form.editLead')} />);
  };

  const editable = async (request: FastifyRequest, code: string) => {
    const user = request.authorize('projects.writeLessons')!;
    const lesson = await findLesson(db, code);
    if (!await lessonInsider(db, user, lesson)) throw notAllowed(`edit lesson ${code}`);
    return { user, lesson };
  };

  app.get('/lessons/:code/edit', { ...requires('projects.writeLessons'), schema: { params: lessonParams } }, async (request, reply) => {
    const { lesson } = await editable(request, (request.params as LessonParams).code);
    return editPage(request, reply, lesson, lessonForm(lesson), []);
  });

  app.post('/lessons/:code/edit', { ...requires('projects.writeLessons'), schema: { params: lessonParams } }, async (request, reply) => {
    const { code } = request.params as LessonParams;
    const { user, lesson } = await editable(request, code);
    const form = readForm(request.body, LESSON_FIELDS, LISTS);
    try {
      const input = checked<UpdateLessonInput>(updateLessonBody, { ...lessonCandidate(form), version: integer(val(form, 'version')) });
      await inTransaction(app.db, async (tx) => {
        const locked = await lockLesson(tx, code);
        if (!await lessonInsider(tx, user, locked)) throw notAllowed(`edit lesson ${code}`);
        await updateLesson(tx, user.id, locked, input);
      });
      return reply.redirect(`/lessons/${encodeURIComponent(code)}?saved=lessonSaved`, 303);
    } catch (err) {
      const r = refusal(request, reply, err);
      return editPage(request, reply, lesson, { ...form, version: r.version ?? val(form, 'version') }, r.errors, r.stale);
    }
  });

  app.post('/lessons/:code/publish', { ...requires('projects.publishLessons'), schema: { params: lessonParams } }, async (request, reply) => {
    const user = request.authorize('projects.publishLessons')!;
    const { code } = request.params as LessonParams;
    const form = readForm(request.body, ['version']);
    try {
      const version = integer(val(form, 'version'));
      await inTransaction(app.db, async (tx) => {
        const lesson = await lockLesson(tx, code);
        if (lesson.project_id === null && !await mayPublish(tx, user, lesson)) throw notAllowed(`publish lesson ${code}`);
        await publishLesson(tx, user.id, lesson, typeof version === 'number' ? version : undefined);
      });
      return reply.redirect(`/lessons/${encodeURIComponent(code)}?saved=lessonPublished`, 303);
    } catch (err) {
      return renderLesson(request, reply, code, actionRefusal(request, reply, err));
    }
  });

  // --- a project's lesson -----------------------------------------------------------------------------
  const projectLessonPage = async (request: FastifyRequest, reply: FastifyReply, code: string, form: Form, errors: FieldError[]) => {
    const { project, access } = await formGuard(db, request, code, 'projects.writeLessons', canWriteLessons, 'write lessons');
    const consortium = await consortiumOf(db, project);
    const organisations = consortium.filter((m) => access.team || access.organisations.includes(m.id)).map((m) => ({ id: m.id, name: m.name }));
    const t = request.t;
    const initial: Form = Object.keys(form).length ? form : {
      organisationId: String(organisations.find((o) => o.id === project.lead_organisation_id)?.id ?? organisations[0]?.id ?? ''),
      subsectors: [...new Set(consortium.map((m) => m.subsector))],
    };
    return sendPage(reply, <LessonFormPage ctx={viewContext(request)} catalog={catalog} options={await formOptions(organisations)} form={initial} errors={errors}
      title={t('lessons.form.projectTitle', { title: project.title })} crumbs={[[t('projects.list.title'), '/projects'], [project.title, `/projects/${encodeURIComponent(code)}`]]}
      action={`/projects/${encodeURIComponent(code)}/lessons`} cancel={`/projects/${encodeURIComponent(code)}`} draft={draftKey(code, 'lesson-new')} lead={t('lessons.form.projectLead')} />);
  };

  app.get('/projects/:code/lessons/new', { ...requires('projects.writeLessons'), schema: { params: projectParams } }, async (request, reply) => projectLessonPage(request, reply, (request.params as ProjectParams).code, {}, []));

  app.post('/projects/:code/lessons', { ...requires('projects.writeLessons'), schema: { params: projectParams } }, async (request, reply) => {
    const user = request.authorize('projects.writeLessons')!;
    const { code } = request.params as ProjectParams;
    const form = readForm(request.body, LESSON_FIELDS, LISTS);
    try {
      const input = checked<ProjectLessonInput>(projectLessonBody, { ...lessonCandidate(form), ...(val(form, 'organisationId') ? { organisationId: integer(val(form, 'organisationId')) } : {}) });
      await inTransaction(app.db, async (tx) => {
        const { project, access } = await projectFor(tx, user, code, canWriteLessons, 'write lessons');
        const consortium = (await consortiumOf(tx, project)).map((m) => m.id);
        return writeProjectLesson(tx, user.id, project, access, consortium, input);
      });
      return reply.redirect(`/projects/${encodeURIComponent(code)}?saved=lessonAdded#lessons-title`, 303);
    } catch (err) {
      const r = refusal(request, reply, err);
      return projectLessonPage(request, reply, code, form, r.errors);
    }
  });
}

export type { PresentedLesson };
