import { randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { toProblem, type AppError } from '../../../plugins/errors.js';
import { viewContext } from '../../../web/context.js';
import { h } from '../../../web/jsx.js';
import { sendPage } from '../../../web/page.js';
import { DATASETS, type DatasetKey } from '../entity-type.js';
import { negotiate, type Format } from '../linked-data/negotiate.js';
import { serialize } from '../rdf/serialize.js';
import { createUris } from '../uris.js';
import { aggregateCsv, aggregateIndexCache } from './aggregates.js';
import { CATALOGUE_PROFILES, catalogueQuads, type CatalogueProfile } from './catalogue-graph.js';
import { csvDump } from './csv-dump.js';
import { distributionsOf } from './distributions.js';
import { DUMP_MEDIA_TYPES, resolveDump } from './dumps.js';
import { notAcceptable, unknownDump, unknownProfile } from './errors.js';
import { catalogueTranslator } from './messages.js';
import { datasetsModified } from './modified.js';
import { ntriplesDump } from './ntriples-dump.js';
import { Schema } from './table-info.js';
import { CataloguePage } from './views/catalogue-page.js';

const CATALOGUE_FORMATS: readonly Format[] = ['html', 'ttl', 'jsonld', 'nt'];
const MEDIA: Record<string, string> = {
  ttl: 'text/turtle; charset=utf-8', jsonld: 'application/ld+json; charset=utf-8', nt: 'application/n-triples; charset=utf-8',
};
const FILE_NAME = /^[a-z0-9][a-z0-9.-]{0,80}$/;
const PROFILE_BY_URI = new Map<string, CatalogueProfile>(Object.entries(CATALOGUE_PROFILES).map(([key, uri]) => [uri, key as CatalogueProfile]));

/**
 * The profile asked for: `?profile=dcat-ap` (or the profile's URI) wins; else the first profile
 * of the Accept-Profile header this catalogue has (`<uri>;q=..` entries, in the order given);
 * else DCAT-AP-VL. An unknown `?profile=` is an error; an unknown Accept-Profile entry is not
 * (the header lists what a client can use, so the default serves it).
 */
function profileOf(request: FastifyRequest): CatalogueProfile | { unknown: string } {
  const asked = (request.query as { profile?: unknown } | undefined)?.profile;
  if (typeof asked === 'string' && asked !== '') {
    if (asked in CATALOGUE_PROFILES) return asked as CatalogueProfile;
    return PROFILE_BY_URI.get(asked) ?? { unknown: asked };
  }
  const header = request.headers['accept-profile'];
  for (const entry of (typeof header === 'string' ? header : '').split(',')) {
    const uri = /<([^>]+)>/.exec(entry)?.[1];
    const known = uri ? PROFILE_BY_URI.get(uri) : undefined;
    if (known) return known;
  }
  return 'dcat-ap-vl';
}

/**
 * Clients of the catalogue's data and of the dumps are mostly programs: they get problem details
 * unless they ask for a page, in which case the platform's error page answers.
 */
function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError) {
  if (negotiate(request.headers.accept, ['json', 'html']) === 'html') throw error;
  return reply.code(error.status).type('application/problem+json').send(toProblem(error, request));
}

/** The catalogue page and its RDF twins, and the dumps, streamed. */
export async function catalogueRoutes(app: FastifyInstance) {
  const schema = new Schema(app.db);
  const uris = createUris(app.config.publicBase);
  const base = uris.base;
  // Validators change with every write (the catalog's generations) and with every start.
  const boot = randomBytes(4).toString('hex');
  const etag = (variant = '') => `W/"${boot}-${app.readModels.catalog.stamp()}${variant}"`;
  const aggregateIndex = aggregateIndexCache(app.db, () => app.readModels.catalog.stamp(['maturity']));

  /** Answers 304 when the client holds the current version; sets the validator otherwise. */
  const fresh = (request: FastifyRequest, reply: FastifyReply, variant = ''): boolean => {
    const tag = etag(variant);
    reply.header('etag', tag).header('cache-control', 'public, max-age=0, must-revalidate');
    const sent = request.headers['if-none-match'];
    return !!sent && sent.split(',').some((t) => t.trim() === tag || t.trim() === '*');
  };

  // The latest change per dataset and the serialised catalogue, kept until the next write (any
  // write renews the catalog's stamp, the same stamp the ETag carries).
  let memo: { stamp: string; modified: Promise<Map<DatasetKey, Date>>; bodies: Map<string, Promise<string>> } | null = null;
  const current = () => {
    const stamp = String(app.readModels.catalog.stamp());
    if (!memo || memo.stamp !== stamp) {
      const modified = datasetsModified(app.db, schema);
      const entry = { stamp, modified, bodies: new Map<string, Promise<string>>() };
      modified.catch(() => { if (memo === entry) memo = null; });
      memo = entry;
    }
    return memo;
  };
  const catalogueBody = (profile: CatalogueProfile, format: 'ttl' | 'jsonld' | 'nt') => {
    const entry = current();
    const key = `${profile} ${format}`;
    let body = entry.bodies.get(key);
    if (!body) {
      body = entry.modified.then((modified) => serialize(catalogueQuads({ base, modified, profile }), format, base));
      body.catch(() => entry.bodies.delete(key));
      entry.bodies.set(key, body);
    }
    return body;
  };

  async function sendCatalogue(request: FastifyRequest, reply: FastifyReply, format: Format) {
    reply.header('vary', 'Accept, Accept-Profile');
    const profile = profileOf(request);
    if (typeof profile !== 'string') return sendProblem(request, reply, unknownProfile(profile.unknown, Object.keys(CATALOGUE_PROFILES)));
    if (format !== 'html') reply.header('content-profile', `<${CATALOGUE_PROFILES[profile]}>`);
    if (fresh(request, reply, format === 'html' ? '' : `-${profile}`)) return reply.code(304).send();
    if (format === 'html') {
      const modified = await current().modified;
      const ctx = viewContext(request);
      const text = catalogueTranslator(request.lang, request.t);
      const datasets = DATASETS.map((key) => ({ key, modified: modified.get(key) ?? null, distributions: distributionsOf(key) }));
      return sendPage(reply, <CataloguePage ctx={ctx} text={text} datasets={datasets} />);
    }
    const body = await catalogueBody(profile, format === 'jsonld' ? 'jsonld' : format === 'nt' ? 'nt' : 'ttl');
    return reply.type(MEDIA[format]!).send(body);
  }

  app.get('/catalogue', { schema: { hide: true } }, async (request, reply) => {
    request.authorize('opendata.viewCatalogue');
    const format = negotiate(request.headers.accept, CATALOGUE_FORMATS);
    if (!format) return sendProblem(request, reply, notAcceptable(request.headers.accept ?? ''));
    return sendCatalogue(request, reply, format);
  });
  app.get('/catalogue.ttl', { schema: { hide: true } }, async (request, reply) => {
    request.authorize('opendata.viewCatalogue');
    return sendCatalogue(request, reply, 'ttl');
  });
  app.get('/catalogue.jsonld', { schema: { hide: true } }, async (request, reply) => {
    request.authorize('opendata.viewCatalogue');
    return sendCatalogue(request, reply, 'jsonld');
  });

  app.get<{ Params: { file: string } }>('/dumps/:file', { schema: { hide: true } }, async (request, reply) => {
    request.authorize('opendata.downloadDumps');
    const name = request.params.file;
    const dump = FILE_NAME.test(name) ? resolveDump(name) : null;
    if (!dump) return sendProblem(request, reply, unknownDump(name));
    reply.type(DUMP_MEDIA_TYPES[dump.kind]).header('content-disposition', `attachment; filename="${name}"`);
    if (fresh(request, reply)) return reply.code(304).send();
    // HEAD answers from the headers alone: it must not run (and drain) a whole dump.
    if (request.method === 'HEAD') return reply.send();
    const source = dump.kind === 'csv' ? csvDump(app.db, schema, dump.entity, dump.source)
      : dump.kind === 'nt' ? ntriplesDump(app.db, uris, dump.types)
        : aggregateCsv(await aggregateIndex());
    return reply.send(Readable.from(source, { objectMode: false, highWaterMark: 64 * 1024 }));
  });
}
