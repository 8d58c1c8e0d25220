import type { FastifyInstance } from 'fastify';
import { cursorArgs, pageOfRows, wantsCursor } from '../../web/cursor.js';
import { problemResponses } from '../../web/openapi.js';
import { brusselsDate } from '../../web/dates.js';
import { sendCachedJson } from '../../web/page.js';
import { createLearning, retireLearning, updateLearning } from './commands/save-learning.js';
import { presentLearning } from './learning-presenters.js';
import { getLearning, learningAfter, listLearning } from './learning-queries.js';
import {
  createLearningBody, learningListQuery, learningListResponse, learningSchema, updateLearningBody,
  type CreateLearningInput, type LearningListQuery, type UpdateLearningInput,
} from './learning-schemas.js';
import { requires } from './permissions.js';
import { idParams, retireBody, type RetireInput } from './schema-parts.js';
import { inTransaction } from './transaction.js';

const tags = ['learning'];
/** Learning views read the knowledge area and the actors (provider names and codes). */
export const LEARNING_AREAS = ['knowledge', 'actors'] as const;

export async function learningApiRoutes(app: FastifyInstance) {
  const base = app.config.publicBase;
  const changed = () => app.readModels.catalog.touch('knowledge');

  app.get('/api/learning', {
    schema: {
      tags, summary: 'Learning opportunities (courses, workshops, peer learning, residencies, living labs, fieldlabs, webinars, coaching), filtered by kind, provider, upcoming or past, online or at a place, maturity dimension and level, subsector or title text',
      querystring: learningListQuery, response: { 200: learningListResponse, ...problemResponses(400) },
    },
  }, async (request, reply) => {
    request.authorize('knowledge.read');
    const query = request.query as LearningListQuery;
    if (wantsCursor(query)) {
      // Cursor mode: learning opportunities in the order of their id, one page after the cursor.
      const { after, limit } = cursorArgs(query, 'number');
      const { rows, total } = await learningAfter(app.db, query, brusselsDate(), after, limit);
      const page = pageOfRows(request, reply, rows, limit, (r) => r.id);
      return { items: page.items.map((r) => presentLearning(r, base)), total, next: page.next };
    }
    return sendCachedJson(request, reply, async () => {
      const page = await listLearning(app.db, request.query as LearningListQuery, brusselsDate());
      return { ...page, items: page.items.map((r) => presentLearning(r, base)) };
    }, LEARNING_AREAS);
  });

  app.get('/api/learning/:id', {
    schema: { tags, summary: 'One learning opportunity', params: idParams, response: { 200: learningSchema, ...problemResponses(404) } },
  }, async (request) => {
    request.authorize('knowledge.read');
    return presentLearning(await getLearning(app.db, (request.params as { id: number }).id), base);
  });

  app.post('/api/learning', {
    ...requires('knowledge.contribute'),
    schema: {
      tags, summary: 'Publish a learning opportunity; an actor\'s editors only with their own actor as provider',
      body: createLearningBody, response: { 201: learningSchema, ...problemResponses(400, 401, 403) },
    },
  }, async (request, reply) => {
    const user = request.authorize('knowledge.contribute')!;
    const id = await inTransaction(app.db, (tx) => createLearning(tx, user, request.body as CreateLearningInput));
    changed();
    return reply.code(201).header('location', `/api/learning/${id}`).send(presentLearning(await getLearning(app.db, id), base));
  });

  app.put('/api/learning/:id', {
    ...requires('knowledge.contribute'),
    schema: {
      tags, summary: 'Edit a learning opportunity (send the version you started from; 409 when someone saved first)',
      params: idParams, body: updateLearningBody, response: { 200: learningSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const user = request.authorize('knowledge.contribute')!;
    const { id } = request.params as { id: number };
    await inTransaction(app.db, (tx) => updateLearning(tx, user, id, request.body as UpdateLearningInput));
    changed();
    return presentLearning(await getLearning(app.db, id), base);
  });

  app.post('/api/learning/:id/retire', {
    ...requires('knowledge.contribute'),
    schema: {
      tags, summary: 'Retire a learning opportunity: it leaves the lists (send the version you started from)',
      params: idParams, body: retireBody, response: { 200: learningSchema, ...problemResponses(400, 401, 403, 404, 409) },
    },
  }, async (request) => {
    const user = request.authorize('knowledge.contribute')!;
    const { id } = request.params as { id: number };
    await inTransaction(app.db, (tx) => retireLearning(tx, user, id, (request.body as RetireInput).version));
    changed();
    return presentLearning(await getLearning(app.db, id, true), base);
  });
}
