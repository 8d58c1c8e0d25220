import type { FastifyInstance } from 'fastify';
import { notFound } from '../../plugins/errors.js';
import { cursorArgs, pageOfRows, wantsCursor } from '../../web/cursor.js';
import { problemResponses } from '../../web/openapi.js';
import { organisationRole } from './access.js';
import { lockLesson, publishLesson, updateLesson, writeOrganisationLesson } from './commands/lessons.js';
import { inTransaction, pdb } from './db.js';
import { notAllowed } from './errors.js';
import { lessonInsider, mayPublish } from './lesson-access.js';
import { requires } from './permissions.js';
import { presentLesson } from './presenters.js';
import { findLesson, lessonPage, publishedLessonsAfter } from './queries/lessons.js';
import { lessonListSchema, lessonSchema } from './response-schemas.js';
import {
  lessonListQuery, lessonParams, organisationLessonBody, updateLessonBody, versionBody,
  type LessonListQuery, type LessonParams, type OrganisationLessonInput, type UpdateLessonInput, type VersionInput,
} from './schemas.js';
import { sendJson } from './send.js';

const tags = ['lessons'];

/** Lessons learned: the public library of published lessons, and the writers' endpoints. */
export async function lessonApiRoutes(app: FastifyInstance) {
  const db = pdb(app.db);
  const base = app.config.publicBase;

  app.get('/api/lessons', {
    schema: {
      tags, summary: 'Published lessons learned (what worked and what failed), from projects and from organisations\' residencies and own experiments; filtered by pillar, challenge, maturity dimension, subsector, technology, outcome and source; newest first. Details only where the organisation consented.',
      querystring: lessonListQuery, response: { 200: lessonListSchema, ...problemResponses(400) },
    },
  }, async (request, reply) => {
    request.authorize('projects.read');
    const query = request.query as LessonListQuery;
    if (wantsCursor(query)) {
      // Cursor mode: lessons in the order of their code, one page after the cursor.
      const { after, limit } = cursorArgs(query, 'string');
      const { page: _page, lang: _lang, limit: _limit, cursor: _cursor, ...filters } = query;
      const { rows, total } = await publishedLessonsAfter(db, filters, after, limit);
      const page = pageOfRows(request, reply, rows, limit, (l) => l.code);
      return { items: page.items.map((l) => presentLesson(base, l, false)), total, next: page.next };
    }
    // The public list is the same for everyone: details follow the consent, never the reader.
    return sendJson(request, reply, async () => {
      const page = await lessonPage(db, request.query as LessonListQuery);
      return { ...page, items: page.items.map((l) => presentLesson(base, l, false)) };
    });
  });

  app.get('/api/lessons/:code', {
    schema: {
      tags, summary: 'One lesson. The public sees published lessons, with details only when the organisation consented; the people behind the lesson and the transition team always see the details and the unpublished lesson.',
      params: lessonParams, response: { 200: lessonSchema, ...problemResponses(404) },
    },
  }, async (request, reply) => {
    request.authorize('projects.read');
    const { code } = request.params as LessonParams;
    return sendJson(request, reply, async () => {
      const lesson = await findLesson(db, code);
      const insider = await lessonInsider(db, request.user, lesson) || (request.user?.role === 'transition_team' || request.user?.role === 'admin');
      if (!lesson.published_at && !insider) throw notFound('lesson', code);
      return presentLesson(base, lesson, insider);
    });
  });

  app.post('/api/lessons', {
    ...requires('projects.writeLessons'),
    schema: {
      tags, summary: 'Write a lesson outside a project (a residency, an own experiment) for an organisation you are owner or member of; an owner publishes it',
      body: organisationLessonBody, response: { 201: lessonSchema, ...problemResponses(400, 401, 403, 422) },
    },
  }, async (request, reply) => {
    const user = request.authorize('projects.writeLessons')!;
    const input = request.body as OrganisationLessonInput;
    const code = await inTransaction(app.db, async (tx) => {
      const role = await organisationRole(tx, user, input.organisationId);
      if (role !== 'owner' && role !== 'member') throw notAllowed(`write lessons for organisation ${input.organisationId}`);
      return writeOrganisationLesson(tx, user.id, input);
    });
    return reply.code(201).header('location', `/api/lessons/${code}`).send(presentLesson(base, await findLesson(db, code), true));
  });

  app.put('/api/lessons/:code', {
    ...requires('projects.writeLessons'),
    schema: {
      tags, summary: 'Edit a lesson (send the version you started from); a published lesson stays published',
      params: lessonParams, body: updateLessonBody, response: { 200: lessonSchema, ...problemResponses(400, 401, 403, 404, 409, 422) },
    },
  }, async (request) => {
    const user = request.authorize('projects.writeLessons')!;
    const { code } = request.params as LessonParams;
    await inTransaction(app.db, async (tx) => {
      const lesson = await lockLesson(tx, code);
      if (!await lessonInsider(tx, user, lesson)) throw notAllowed(`edit lesson ${code}`);
      await updateLesson(tx, user.id, lesson, request.body as UpdateLessonInput);
    });
    return presentLesson(base, await findLesson(db, code), true);
  });

  app.post('/api/lessons/:code/publish', {
    ...requires('projects.publishLessons', { optionalBody: true }),
    schema: {
      tags, summary: 'Publish an organisation\'s own lesson (an owner of the organisation); a project\'s lessons are published when the project closes',
      params: lessonParams, body: versionBody, response: { 200: lessonSchema, ...problemResponses(401, 403, 404, 409) },
    },
  }, async (request) => {
    const user = request.authorize('projects.publishLessons')!;
    const { code } = request.params as LessonParams;
    await inTransaction(app.db, async (tx) => {
      const lesson = await lockLesson(tx, code);
      if (lesson.project_id === null && !await mayPublish(tx, user, lesson)) throw notAllowed(`publish lesson ${code}`);
      await publishLesson(tx, user.id, lesson, (request.body as VersionInput | undefined)?.version);
    });
    return presentLesson(base, await findLesson(db, code), true);
  });
}
