import type { FastifyInstance, FastifyRequest } from 'fastify';
import { notFound } from '../../plugins/errors.js';
import { canSeeResults, rememberedAccess } from '../organisations/access.js';
import type { Breakdown } from './constants.js';
import { noAccess, noYearData } from './errors.js';
import { keptPeerBenchmark, maskOf, type PeerFilters } from './peers.js';
import { etagOf } from '../../plugins/etag.js';
import { presentBenchmark, presentSector, type BenchmarkView, type Labels, type SectorView } from './presenters.js';
import { dimensionNames, modelVersion } from './queries.js';
import { BenchmarkReadModel } from './read-model.js';
import type { PeerQuery } from './schemas.js';
import { sectorAggregate, sectorTrend } from './sector.js';

/**
 * Who may see which organisation's benchmark, remembered until the next write under the maturity
 * addresses (memberships, coach invitations and consent all change there; role changes touch
 * every area): a benchmark read then costs no query beyond the session's.
 */
export const filtersFrom = (q: PeerQuery): PeerFilters => ({ subsector: q.subsector === 'same', size: q.size === 'same', province: q.province === 'same' });

/** A serialised view and its ETag, made once. */
export interface TaggedJson { body: string; etag: string }
const withTag = (body: string): TaggedJson => ({ body, etag: etagOf(body) });
interface ViewEntry { view: BenchmarkView; json: TaggedJson | null }

export interface BenchmarkService {
  readModel: BenchmarkReadModel;
  /** The benchmark of one organisation for the current user; 401, 403 or 404 when it may not be seen. */
  benchmark(request: FastifyRequest, organisationId: number, query: PeerQuery): Promise<{ view: BenchmarkView; json: () => TaggedJson; key: string }>;
  sector(request: FastifyRequest, year: number | undefined, by: Breakdown): Promise<SectorView>;
}

export function benchmarkService(app: FastifyInstance): BenchmarkService {
  const readModel = new BenchmarkReadModel(app.db, app.readModels.catalog);
  const labels = async (request: FastifyRequest, index: Awaited<ReturnType<BenchmarkReadModel['current']>>): Promise<Labels> =>
    ({ t: request.t, lang: request.lang, catalog: app.readModels.catalog, dimension: await dimensionNames(app.db, index) });

  return {
    readModel,
    async benchmark(request, organisationId, query) {
      const user = request.authorize('benchmarks.viewPeers')!;
      const index = await readModel.current();
      const org = index.orgs.get(organisationId);
      if (!org || org.retired) throw notFound('organisation', organisationId);
      if (!canSeeResults(await rememberedAccess(app.readModels.catalog, app.db, user, organisationId))) throw noAccess(organisationId);
      const filters = filtersFrom(query);
      const l = await labels(request, index);
      const version = await modelVersion(app.db, index);
      // The figures are kept until they change (peers.ts); their view in this language, its JSON
      // and its ETag are made once per figures.
      const figures = keptPeerBenchmark(index, organisationId, filters)!;
      const entry = index.memoFrom(`view:${organisationId}:${maskOf(filters)}:${request.lang}`, figures,
        (b): ViewEntry => ({ view: presentBenchmark(l, b, version), json: null }));
      return {
        view: entry.view,
        json: () => (entry.json ??= withTag(JSON.stringify(entry.view))),
        // Names the figures shown: `at` changes exactly when they do.
        key: `benchmark:${organisationId}:${figures.at}:${maskOf(filters)}`,
      };
    },
    async sector(request, year, by) {
      request.authorize('benchmarks.viewSector');
      const index = await readModel.current();
      const years = index.years();
      if (year !== undefined && !years.includes(year)) throw noYearData(year);
      const chosen = year ?? years[years.length - 1];
      const l = await labels(request, index);
      const aggregate = chosen === undefined ? null : sectorAggregate(index, chosen, by, true);
      return presentSector(l, years, aggregate, sectorTrend(index, true), index.dimensions, by);
    },
  };
}
