import type { FastifyInstance } from 'fastify';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { problemResponses } from '../../web/openapi.js';
import { sendCachedJson, sendCachedPage } from '../../web/page.js';
import { KPI_TAGS } from './api-path-routes.js';
import { presentWhy } from './presenters.js';
import type { VisionReads } from './reads.js';
import { whySchema } from './response-schemas.js';
import { EmbedPage, WhyPage } from './views/why.js';

/** The why page reads the vision, its endorsements, the paths, the cycle's progress and KPI values (tagged). */
const WHY_AREAS = ['vision', 'maturity', 'cycle', 'framework'] as const;

/**
 * Communicating the why (issue 7, challenge 11): a public page and an embeddable version that
 * partners may frame on their own sites. Only /vision/embed may be framed by other sites.
 */
export async function publicRoutes(app: FastifyInstance, { reads }: { reads: VisionReads }) {
  const year = () => Number(new Date().toISOString().slice(0, 4));
  const base = app.config.publicBase;

  app.get('/vision/why', async (request, reply) => {
    request.authorize('vision.read');
    return sendCachedPage(request, reply, async () => (
      <WhyPage ctx={viewContext(request)} catalog={app.readModels.catalog} data={await reads.why(year())} embedUrl={`${base}/vision/embed?lang=${request.lang}`} />
    ), WHY_AREAS, KPI_TAGS);
  });

  app.get('/vision/embed', {
    // The global security headers forbid framing; this route's own hook runs after them and allows it.
    onSend: async (_request, reply, payload) => {
      reply.header('content-security-policy',
        "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors *");
      reply.removeHeader('x-frame-options');
      reply.removeHeader('cross-origin-opener-policy');
      return payload;
    },
  }, async (request, reply) => {
    request.authorize('vision.read');
    // The same for everyone (no user-specific parts), so it is always served from the cache.
    const body = await app.readModels.responses.getAsync(`vision-embed:${request.lang}:${year()}`, [...WHY_AREAS], async () =>
      EmbedPage({ t: request.t, lang: request.lang, data: await reads.why(year()) }).value, KPI_TAGS);
    return reply.type('text/html; charset=utf-8').send(body);
  });

  app.get('/api/vision/why', {
    schema: { tags: ['vision'], summary: 'What the public "why" page tells: the vision, the sector\'s commitment, the paths and their progress, and the KPIs, live', response: { 200: whySchema, ...problemResponses(404) } },
  }, async (request, reply) => {
    request.authorize('vision.read');
    return sendCachedJson(request, reply, async () => presentWhy(base, await reads.why(year())), WHY_AREAS, KPI_TAGS);
  });
}
