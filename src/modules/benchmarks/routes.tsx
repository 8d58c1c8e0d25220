import type { FastifyInstance } from 'fastify';
import { invalid } from '../../plugins/errors.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendCachedPage } from '../../web/page.js';
import { sendSharedPage } from '../../web/shared-page.js';
import { principalOf } from '../../plugins/auth.js';
import { can, requires } from '../../plugins/permissions.js';
import { benchmarkCsv } from './presenters.js';
import { feedAndRenew } from './feed-route.js';
import { organisationParams, peerQuery, sectorQuery, type OrganisationParams, type PeerQuery, type SectorQuery } from './schemas.js';
import type { BenchmarkService } from './service.js';
import { BenchmarkPage } from './views/benchmark.js';
import { SectorPage } from './views/sector.js';
import { dateTimeFormat, LOCALE } from '../../i18n/formats.js';
import type { Lang } from '../../plugins/i18n.js';

const dateFormat = (lang: Lang) => dateTimeFormat(LOCALE[lang], { timeZone: 'Europe/Brussels', dateStyle: 'long' });

export async function benchmarkRoutes(app: FastifyInstance, { service }: { service: BenchmarkService }) {
  app.get('/organisations/:id/benchmark', { ...requires('benchmarks.viewPeers'), schema: { params: organisationParams, querystring: peerQuery } }, async (request, reply) => {
    const { id } = request.params as OrganisationParams;
    const { view, key } = await service.benchmark(request, id, request.query as PeerQuery);
    const date = view.assessment ? dateFormat(request.lang).format(new Date(view.assessment.submittedAt)) : null;
    return sendSharedPage(request, reply, key, (ctx) => <BenchmarkPage ctx={ctx} view={view} dateText={date} />);
  });

  app.get('/organisations/:id/benchmark.csv', { ...requires('benchmarks.viewPeers'), schema: { params: organisationParams, querystring: peerQuery } }, async (request, reply) => {
    const { id } = request.params as OrganisationParams;
    const { view } = await service.benchmark(request, id, request.query as PeerQuery);
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="benchmark-${id}.csv"`).send(benchmarkCsv(view));
  });

  app.get('/maturity/sector', { schema: { querystring: sectorQuery } }, async (request, reply) => {
    const query = request.query as SectorQuery;
    const render = async () => {
      const view = await service.sector(request, query.year, query.by ?? 'subsector');
      const canFeed = can(principalOf(request.user), 'benchmarks.feedKpis');
      return <SectorPage ctx={viewContext(request)} view={view} feed={{ canFeed, fed: query.fed ? { year: query.fed } : null }} />;
    };
    return sendCachedPage(request, reply, render, ['maturity']);
  });

  app.post('/maturity/sector/kpis', async (request, reply) => {
    const user = request.authorize('benchmarks.feedKpis')!;
    const body = (request.body ?? {}) as Record<string, unknown>;
    const year = Number(body.year);
    if (!Number.isInteger(year) || year < 2000 || year > 2100) throw invalid([{ field: 'year', message: 'must be a year between 2000 and 2100', code: 'type' }]);
    await feedAndRenew(app, service, user.id, year);
    return reply.redirect(`/maturity/sector?year=${year}&fed=${year}`, 303);
  });
}
