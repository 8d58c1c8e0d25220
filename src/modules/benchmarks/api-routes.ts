import type { FastifyInstance } from 'fastify';
import { requires } from '../../plugins/permissions.js';
import { problemResponses } from '../../web/openapi.js';
import { sendCachedJson } from '../../web/page.js';
import { feedAndRenew } from './feed-route.js';
import { benchmarkSchema, feedResultSchema, sectorSchema } from './response-schemas.js';
import { feedBody, organisationParams, peerQuery, sectorQuery, type FeedInput, type OrganisationParams, type PeerQuery, type SectorQuery } from './schemas.js';
import type { BenchmarkService } from './service.js';

const tags = ['benchmarks'];

export async function benchmarkApiRoutes(app: FastifyInstance, { service }: { service: BenchmarkService }) {
  app.get('/api/organisations/:id/benchmark', {
    ...requires('benchmarks.viewPeers'),
    schema: {
      tags, summary: "An organisation among its peers: per dimension the peers' quartiles, its percentile, the peers' median target and year-on-year change; groups under 5 withheld",
      params: organisationParams, querystring: peerQuery, response: { 200: benchmarkSchema, ...problemResponses(400, 401, 403, 404) },
    },
  }, async (request, reply) => {
    const { id } = request.params as OrganisationParams;
    const { json } = await service.benchmark(request, id, request.query as PeerQuery);
    // Serialised once per change of the data (a string goes out as it is); the schema above documents it.
    const { body, etag } = json();
    return reply.type('application/json; charset=utf-8').header('etag', etag).send(body);
  });

  app.get('/api/maturity/sector', {
    schema: {
      tags, summary: 'The sector baseline (nulmeting): anonymous maturity figures per dimension for one year of submission, by subsector or province, and the total over the years',
      querystring: sectorQuery, response: { 200: sectorSchema, ...problemResponses(400) },
    },
  }, async (request, reply) => {
    const query = request.query as SectorQuery;
    return sendCachedJson(request, reply, async () => service.sector(request, query.year, query.by ?? 'subsector'), ['maturity']);
  });

  app.post('/api/maturity/sector/kpis', {
    preValidation: async (request) => { request.authorize('benchmarks.feedKpis'); },
    schema: {
      tags, summary: "Feed one year's sector baseline to the six maturity KPIs (transition team): medians of the shown groups, upserted",
      body: feedBody, response: { 200: feedResultSchema, ...problemResponses(400, 401, 403, 409) },
    },
  }, async (request) => {
    const user = request.authorize('benchmarks.feedKpis')!;
    return feedAndRenew(app, service, user.id, (request.body as FeedInput).year);
  });
}
