import type { FastifyInstance } from 'fastify';
import { notFound } from '../../plugins/errors.js';
import { problemResponses } from '../../web/openapi.js';
import { pageByKey, wantsCursor } from '../../web/cursor.js';
import { sendCatalogJson } from '../../web/page.js';
import { presentActor, presentActorDetail, presentRoleCoverage } from './presenters.js';
import { actorInstruments, instrumentCountsChanged, instrumentsOf, listActors, roleCoverage } from './queries.js';
import {
  actorCodeParams, actorDetailSchema, actorListQuery, actorListResponse, roleCoverageResponse,
  type ActorCodeParams, type ActorListQuery,
} from './schemas.js';

const tags = ['actors'];

export async function actorApiRoutes(app: FastifyInstance) {
  const catalog = app.readModels.catalog;
  const base = app.config.publicBase;

  app.get('/api/actors', {
    schema: {
      tags, summary: 'Directory of actors (R1.1), filtered by text, kind, role, focus, horizon, pillar, subsector or expertise; sorted by name',
      querystring: actorListQuery,
      response: { 200: actorListResponse, ...problemResponses(400) },
    },
  }, async (request, reply) => {
    const query = request.query as ActorListQuery;
    if (wantsCursor(query)) {
      // Cursor mode: every match in the order of the actor code, one page after the cursor.
      const all = listActors(catalog, { ...query, page: 1, pageSize: Number.MAX_SAFE_INTEGER });
      const page = pageByKey(request, reply, all.items, (a) => a.code, query);
      return sendCatalogJson(request, reply, ['actors'], () => {
        const counts = actorInstruments(catalog).activeCount;
        return { items: page.items.map((a) => presentActor(a, counts.get(a.id) ?? 0, base)), total: all.total, next: page.next };
      }, instrumentCountsChanged);
    }
    return sendCatalogJson(request, reply, ['actors'], () => {
      const page = listActors(catalog, query);
      const counts = actorInstruments(catalog).activeCount;
      return { ...page, items: page.items.map((a) => presentActor(a, counts.get(a.id) ?? 0, base)) };
    }, instrumentCountsChanged);
  });

  // A static path: registered before /api/actors/:code and preferred by the router in any case.
  app.get('/api/actors/roles', {
    schema: {
      tags, summary: 'Role coverage (R1.2): the 8 needed roles and who holds them, and which subsectors have a relief provider today',
      response: { 200: roleCoverageResponse },
    },
  }, async () => catalog.memo('actors:roleCoverage:api', () => presentRoleCoverage(catalog, roleCoverage(catalog), base), ['framework', 'actors']));

  app.get('/api/actors/:code', {
    schema: {
      tags, summary: 'One actor, with its roles and the policy instruments it is responsible for',
      params: actorCodeParams,
      response: { 200: actorDetailSchema, ...problemResponses(404) },
    },
  }, async (request) => {
    const { code } = request.params as ActorCodeParams;
    const actor = catalog.actorByCode(code);
    if (!actor) throw notFound('actor', code);
    return presentActorDetail(actor, instrumentsOf(catalog, actor, request.lang), base);
  });
}
