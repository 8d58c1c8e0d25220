import type { FastifyInstance } from 'fastify';
import { problemResponses } from '../../web/openapi.js';
import { sendCachedJson } from '../../web/page.js';
import { createPath, linkActionLine, unlinkActionLine, updatePath } from './commands/paths.js';
import { requires } from './permissions.js';
import { presentPath } from './presenters.js';
import { getPath } from './queries/paths.js';
import type { VisionReads } from './reads.js';
import { pathListSchema, pathSchema } from './response-schemas.js';
import {
  codeParams, createPathBody, linkBody, pathLineParams, updatePathBody,
  type CodeParams, type CreatePathInput, type LinkInput, type PathLineParams, type UpdatePathInput,
} from './schemas.js';
import { inTransaction } from './transaction.js';

const tags = ['vision'];
/** Path responses read the paths, the cycle's progress, the frame, and KPI values (tagged). */
export const PATH_AREAS = ['vision', 'cycle', 'framework'] as const;
export const KPI_TAGS = ['kpi:*'];

export async function pathApiRoutes(app: FastifyInstance, { reads }: { reads: VisionReads }) {
  const base = app.config.publicBase;
  const catalog = app.readModels.catalog;
  const year = () => Number(new Date().toISOString().slice(0, 4));
  const one = async (code: string) => {
    const view = await reads.pathView(await getPath(app.db, code), year());
    return presentPath(base, catalog, view.path, view.figures, view.kpis, view.progress);
  };
  const changed = () => catalog.touch('vision');

  app.get('/api/paths', {
    schema: { tags, summary: 'Transition paths toward the desired state of 2050, with their horizons, action lines, progress and whether any action line moves them forward', response: { 200: pathListSchema } },
  }, async (request, reply) => {
    request.authorize('vision.read');
    return sendCachedJson(request, reply, async () => {
      const views = await reads.paths();
      const items = await Promise.all(views.map(async (v) => {
        const full = await reads.pathView(v.path, year());
        return presentPath(base, catalog, full.path, full.figures, full.kpis, full.progress);
      }));
      return { items, total: items.length, withoutActionLines: items.filter((p) => p.withoutActionLines).length };
    }, PATH_AREAS, KPI_TAGS);
  });

  app.get('/api/paths/:code', {
    schema: { tags, summary: 'One transition path: per horizon its goal and the action lines tied to it, with their progress and KPIs', params: codeParams, response: { 200: pathSchema, ...problemResponses(404) } },
  }, async (request, reply) => {
    request.authorize('vision.read');
    const { code } = request.params as CodeParams;
    return sendCachedJson(request, reply, () => one(code), PATH_AREAS, KPI_TAGS);
  });

  app.post('/api/paths', {
    ...requires('vision.editPaths'),
    schema: { tags, summary: 'Create a transition path with its goals at 2025, 2035 and 2050', body: createPathBody, response: { 201: pathSchema, ...problemResponses(400, 401, 403, 409) } },
  }, async (request, reply) => {
    const user = request.authorize('vision.editPaths')!;
    const code = await inTransaction(app.db, (tx) => createPath(tx, user.id, request.body as CreatePathInput));
    changed();
    return reply.code(201).header('location', `/api/paths/${code}`).send(await one(code));
  });

  app.put('/api/paths/:code', {
    ...requires('vision.editPaths'),
    schema: { tags, summary: 'Edit a transition path (send the version you started from)', params: codeParams, body: updatePathBody, response: { 200: pathSchema, ...problemResponses(400, 401, 403, 404, 409) } },
  }, async (request) => {
    const user = request.authorize('vision.editPaths')!;
    const { code } = request.params as CodeParams;
    await inTransaction(app.db, (tx) => updatePath(tx, user.id, code, request.body as UpdatePathInput));
    changed();
    return one(code);
  });

  app.put('/api/paths/:code/action-lines/:line', {
    ...requires('vision.editPaths'),
    schema: {
      tags, summary: 'Tie an action line of the follow-up cycle to the path, under the horizon it moves forward (or move it to another horizon)',
      params: pathLineParams, body: linkBody, response: { 200: pathSchema, ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request) => {
    const user = request.authorize('vision.editPaths')!;
    const { code, line } = request.params as PathLineParams;
    await inTransaction(app.db, (tx) => linkActionLine(tx, user.id, code, line, request.body as LinkInput));
    changed();
    return one(code);
  });

  app.delete('/api/paths/:code/action-lines/:line', {
    ...requires('vision.editPaths'),
    schema: { tags, summary: 'Untie an action line from the path', params: pathLineParams, response: { 200: pathSchema, ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    const user = request.authorize('vision.editPaths')!;
    const { code, line } = request.params as PathLineParams;
    await inTransaction(app.db, (tx) => unlinkActionLine(tx, user.id, code, line));
    changed();
    return one(code);
  });
}
