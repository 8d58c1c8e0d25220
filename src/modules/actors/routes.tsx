import type { FastifyInstance } from 'fastify';
import { notFound } from '../../plugins/errors.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendCatalogPage, sendPage } from '../../web/page.js';
import { actorInstruments, instrumentCountsChanged, instrumentsOf, listActors, roleCoverage } from './queries.js';
import { actorCodeParams, actorListQuery, type ActorCodeParams, type ActorListQuery } from './schemas.js';
import { ActorDetailPage } from './views/detail.js';
import { ActorListPage } from './views/list.js';
import { RoleCoveragePage } from './views/roles.js';

export async function actorRoutes(app: FastifyInstance) {
  const catalog = app.readModels.catalog;

  app.get('/actors', { schema: { querystring: actorListQuery } }, async (request, reply) => {
    const query = request.query as ActorListQuery;
    return sendCatalogPage(request, reply, ['framework', 'actors'], () => {
      const page = listActors(catalog, query);
      return <ActorListPage ctx={viewContext(request)} catalog={catalog} page={page} query={query} instrumentCounts={actorInstruments(catalog).activeCount} />;
    }, instrumentCountsChanged);
  });

  // Before /actors/:code, so that "roles" reads as the page and not as an actor's code.
  app.get('/actors/roles', async (request, reply) =>
    sendPage(reply, <RoleCoveragePage ctx={viewContext(request)} catalog={catalog} coverage={roleCoverage(catalog)} />));

  app.get('/actors/:code', { schema: { params: actorCodeParams } }, async (request, reply) => {
    const { code } = request.params as ActorCodeParams;
    const actor = catalog.actorByCode(code);
    if (!actor) throw notFound('actor', code);
    return sendPage(reply, <ActorDetailPage ctx={viewContext(request)} catalog={catalog} actor={actor} instruments={instrumentsOf(catalog, actor, request.lang)} />);
  });
}
