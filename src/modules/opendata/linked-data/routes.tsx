import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Quad } from 'n3';
import { notFound, type Problem } from '../../../plugins/errors.js';
import { viewContext } from '../../../web/context.js';
import { h } from '../../../web/jsx.js';
import { sendPage } from '../../../web/page.js';
import { steeringCollections, type DescribeCollection } from '../entities/steering.js';
import { entityType } from '../registry.js';
import { CONTEXT_PATH, jsonLdContext } from '../rdf/context.js';
import { MEDIA_TYPES, serialize } from '../rdf/serialize.js';
import { createUris } from '../uris.js';
import { DescriptionBatches } from './description-batches.js';
import { FORMATS, negotiate, splitSuffix, type Format } from './negotiate.js';
import { collectionDocSchema, collectionSchema, contextSchema, docSchema, thingSchema } from './schemas.js';
import { DescriptionPage } from './views/description.js';

/** Things named by /id/<type> alone (concept schemes, the study). */
const collections: Record<string, DescribeCollection> = { ...steeringCollections };

const CODE_LIST_MAX = 500;
/** Descriptions change when the data does; five minutes keeps caches useful without showing old data for long. */
const DESCRIPTION_CACHE = 'public, max-age=300';
/** A thing's URI always leads to the same description address. */
const REDIRECT_CACHE = 'public, max-age=86400';

interface Target { type: string; id: string | null; format: Format | null }

/**
 * Stable URIs with content negotiation (the Flemish URI standard): /id/<type>/<id> names the
 * thing and answers 303 See Other to /doc/<type>/<id>, its description, which comes as HTML,
 * Turtle, N-Triples, JSON-LD or JSON by the Accept header or a format suffix. The platform's
 * JSON-LD context is served at /ns/context.jsonld.
 */
export async function linkedDataRoutes(app: FastifyInstance): Promise<void> {
  const uris = createUris(app.config.publicBase);
  const batches = new DescriptionBatches(app.db, uris);

  /** The description of a thing or collection; empty when it does not exist or is not public. */
  async function describe(target: Target): Promise<{ quads: Quad[]; uri: string; page: string | null } | null> {
    if (unusable(target)) return null;
    if (target.id === null) {
      const collection = collections[target.type];
      if (collection) return { quads: await collection(app.db, uris), uri: uris.collection(target.type), page: null };
      return describeSchemeOfCodeList(target.type);
    }
    const entity = entityType(target.type);
    if (!entity) return null;
    const quads = await batches.describe(entity, target.id);
    const uri = uris.thing(target.type, target.id);
    if (!quads.some((q) => q.subject.value === uri)) return null;
    return { quads, uri, page: entity.page(target.id) };
  }

  /**
   * A code list that describes its scheme along with its concepts (as the sector's code lists do)
   * gets /id/<type> from those statements, so that every skos:inScheme link dereferences. Only
   * for small lists: a type with many things is not a code list.
   */
  async function describeSchemeOfCodeList(type: string) {
    const entity = entityType(type);
    if (!entity) return null;
    const ids = await entity.ids(app.db, null, CODE_LIST_MAX + 1);
    if (!ids.length || ids.length > CODE_LIST_MAX) return null;
    const uri = uris.collection(type);
    const quads = (await entity.describe(app.db, ids, uris)).filter((q) => q.subject.value === uri);
    return quads.length ? { quads, uri, page: null } : null;
  }

  function problem(request: FastifyRequest, reply: FastifyReply, status: 404 | 406, detail: string, extra: Record<string, unknown> = {}) {
    const body: Problem = {
      type: status === 404 ? '/problems/not-found' : '/problems/not-acceptable', title: status === 404 ? 'Not Found' : 'Not Acceptable',
      status, code: status === 404 ? 'NOT_FOUND' : 'NOT_ACCEPTABLE', detail, instance: request.url, ...extra,
    };
    return reply.code(status).type('application/problem+json').send(body);
  }

  const notAcceptable = (request: FastifyRequest, reply: FastifyReply) => problem(request, reply, 406,
    `None of the formats of this description is acceptable: ${FORMATS.map((f) => MEDIA_TYPES[f]).join(', ')}`,
    { available: FORMATS.map((f) => MEDIA_TYPES[f]) });

  /** 404 in the format the reader asked for: a page for a browser, problem details otherwise. */
  function missing(request: FastifyRequest, reply: FastifyReply, format: Format | null, what: string) {
    if (format === 'html') throw notFound('resource', what);
    return problem(request, reply, 404, `There is no public ${what}`);
  }

  /** PostgreSQL text cannot hold U+0000: such an id names nothing, and must not reach a query. */
  const unusable = (t: Target) => /\u0000/.test(t.type) || (t.id !== null && /\u0000/.test(t.id));

  function readTarget(type: string, rawId: string | null): Target {
    if (rawId === null) { const { id, format } = splitSuffix(type); return { type: id, id: null, format }; }
    const { id, format } = splitSuffix(rawId);
    return { type, id, format };
  }

  const docPath = (t: Target) => (t.id === null ? `/doc/${t.type}` : `/doc/${t.type}/${encodeURIComponent(t.id)}`);

  async function redirectToDoc(request: FastifyRequest, reply: FastifyReply, target: Target) {
    const found = await describe(target);
    if (!found) return missing(request, reply, target.format ?? negotiate(request.headers.accept), `${target.type}${target.id === null ? '' : `/${target.id}`}`);
    return reply.code(303).header('cache-control', REDIRECT_CACHE).header('location', docPath(target) + (target.format ? `.${target.format}` : '')).send();
  }

  async function sendDoc(request: FastifyRequest, reply: FastifyReply, target: Target) {
    const negotiated = target.format === null;
    if (negotiated) reply.header('vary', 'Accept');
    const format = target.format ?? negotiate(request.headers.accept);
    if (!format) return notAcceptable(request, reply);
    const found = await describe(target);
    if (!found) return missing(request, reply, format, `${target.type}${target.id === null ? '' : `/${target.id}`}`);
    reply.header('cache-control', DESCRIPTION_CACHE);
    const path = docPath(target);
    reply.header('link', FORMATS.filter((f) => f !== 'html').map((f) => `<${path}.${f}>; rel="alternate"; type="${MEDIA_TYPES[f]}"`).join(', '));
    if (format === 'html') {
      // A browser that negotiated gets the thing's own page on the platform, the one with all its
      // context; the .html address always gives this description page, with the links to the data.
      if (negotiated && found.page) return reply.code(303).header('location', found.page).send();
      if (negotiated) reply.header('content-location', `${path}.html`);
      return sendPage(reply, <DescriptionPage ctx={viewContext(request)} base={uris.base} uri={found.uri} docPath={path} quads={found.quads} page={found.page} />);
    }
    if (negotiated) reply.header('content-location', `${path}.${format}`);
    const body = await serialize(found.quads, format, uris.base);
    return reply.type(`${MEDIA_TYPES[format]}; charset=utf-8`).send(body);
  }

  app.get('/id/:type', { schema: collectionSchema }, async (request, reply) =>
    redirectToDoc(request, reply, readTarget((request.params as { type: string }).type, null)));
  app.get('/id/:type/:id', { schema: thingSchema }, async (request, reply) => {
    const p = request.params as { type: string; id: string };
    return redirectToDoc(request, reply, readTarget(p.type, p.id));
  });
  app.get('/doc/:type', { schema: collectionDocSchema }, async (request, reply) =>
    sendDoc(request, reply, readTarget((request.params as { type: string }).type, null)));
  app.get('/doc/:type/:id', { schema: docSchema }, async (request, reply) => {
    const p = request.params as { type: string; id: string };
    return sendDoc(request, reply, readTarget(p.type, p.id));
  });

  app.get(CONTEXT_PATH, { schema: contextSchema }, async (_request, reply) =>
    reply.header('cache-control', 'public, max-age=604800').header('access-control-allow-origin', '*')
      .type('application/ld+json; charset=utf-8').send(JSON.stringify(jsonLdContext, null, 2)));
}
