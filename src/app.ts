import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import { join } from 'node:path';
import type { Config } from './config.js';
import type { DatabaseHandle } from './db/database.js';
import { keepStatistics } from './db/statistics.js';
import { authPlugin } from './plugins/auth.js';
import { csrfPlugin } from './plugins/csrf.js';
import { apiKeyAuthPlugin } from './plugins/api-key-auth.js';
import { corsPlugin } from './plugins/cors.js';
import { rateLimitPlugin } from './plugins/rate-limit.js';
import { etagPlugin } from './plugins/etag.js';
import { errorsPlugin, toProblem, wantsHtml } from './plugins/errors.js';
import { i18nPlugin } from './plugins/i18n.js';
import { securityHeaders } from './plugins/security-headers.js';
import { paths } from './paths.js';
import { renderErrorPage } from './web/error-page.js';
import { finishOpenApiDocument, rewriteApiVersion, SECURITY_SCHEMES } from './web/openapi.js';
import { modules } from './modules/index.js';
import { createReadModels, type ReadModels } from './read-models.js';
import { OPERATIONAL_AREAS } from './catalog/catalog.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
// Which cached views a write can change, from its address: one KPI's measurements, the rest of
// monitoring, the follow-up cycle, or (anything else, governance included) all of them.
// Sessions, OIDC logins and API keys change who someone is, not any data a cached page shows.
const SESSION_WRITE = /^\/(?:login(?:\/oidc)?|logout|api\/session|(?:api\/)?api-keys(?:\/\d+\/revoke)?)(?:\?|$)/;
const MEASUREMENT_WRITE = /^(?:\/api)?\/kpis\/([^/]+)\/measurements(?:\/|$)/;
const MONITORING_WRITE = /^(?:\/api)?\/(?:kpis|imports)(?:\/|$)/;
// Who may see an organisation's own data: accounts, memberships, invitations, coaches, consent.
const ACCESS_WRITE = /^(?:\/api)?\/(?:register|invitations(?:\/.*)?|organisations(?:\/(?:new|\d+(?:\/(?:edit|members|invitations|coaches)(?:\/.*)?)?))?)$/;
// Organisations, the maturity model, assessments and improvement plans: the maturity area only.
const MATURITY_WRITE = /^(?:\/api)?\/(?:organisations|maturity|assessments|benchmarks|improvement|invitations|register|coaching)(?:\/|$)/;
// The vision, its consultation rounds, transition paths and scenarios.
const VISION_WRITE = /^(?:\/api)?\/(?:vision|paths|scenarios|signals)(?:\/|$)/;
// Calls, applications, review and projects; a closed project publishes lessons to the knowledge space.
const CALLS_WRITE = /^(?:\/api)?\/(?:calls|forms|applications|review|projects)(?:\/|$)/;
// The knowledge space and the guide: cases, lessons, learning, funding, offers, questions, editors.
const KNOWLEDGE_WRITE = /^(?:\/api)?\/(?:knowledge|learning|funding|lessons|guide)(?:\/|$)/;
// The guide's own records (questions, contacts, offers) also have an area of their own, so that
// what reads only those is not renewed after every write to the rest of the knowledge space.
const GUIDE_WRITE = /^(?:\/api)?\/guide(?:\/|$)/;
const CYCLE_WRITE = /^(?:\/api)?\/(?:action-lines|plans|actions|milestones|conformity)(?:\/|$)/;

declare module 'fastify' {
  interface FastifyInstance {
    db: DatabaseHandle['db'];
    config: Config;
    readModels: ReadModels;
  }
}

export interface BuildOptions {
  config: Config;
  database: DatabaseHandle;
  logger?: boolean | object;
}

export async function buildApp({ config, database, logger = false }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    // /api/v1/... is the documented address; the routes answer at /api/... (kept as an alias).
    rewriteUrl: (request) => rewriteApiVersion(request.url ?? '/'),
    ajv: { customOptions: { allErrors: true, coerceTypes: 'array', removeAdditional: false, useDefaults: true } },
    // A malformed URL (bad percent-encoding) is the client's error: answer it like any other 400.
    frameworkErrors: (error, request, rawReply) => {
      const reply = rawReply as unknown as FastifyReply;
      const problem = toProblem(Object.assign(error, { statusCode: 400 }), request);
      reply.code(400);
      if (!wantsHtml(request)) return reply.type('application/problem+json').send(problem);
      return renderErrorPage(request, reply, problem);
    },
  });
  app.decorate('db', database.db);
  // The embedded database has no autovacuum: its statistics are renewed hourly (db/statistics.ts).
  const statistics = keepStatistics(database);
  app.addHook('onClose', async () => { await statistics.stop(); });
  app.decorate('config', config);
  app.decorate('readModels', await createReadModels(database.db, config.responseCacheMb));

  // An empty filter field in a GET form means "no filter", not an invalid value.
  app.addHook('preValidation', async (request) => {
    if (request.method !== 'GET' || !request.query || typeof request.query !== 'object') return;
    const query = request.query as Record<string, unknown>;
    for (const key of Object.keys(query)) if (query[key] === '') delete query[key];
  });

  await app.register(cookie);
  await app.register(formbody);
  await app.register(securityHeaders);
  await app.register(errorsPlugin, { renderHtml: renderErrorPage });
  await app.register(i18nPlugin);
  await app.register(apiKeyAuthPlugin, { db: database.db });
  await app.register(authPlugin, { db: database.db, secureCookies: config.secureCookies });
  await app.register(csrfPlugin, { secret: config.sessionSecret, secureCookies: config.secureCookies });
  await app.register(corsPlugin);
  await app.register(rateLimitPlugin, config.rateLimit);
  await app.register(etagPlugin);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Transitieruimte API',
        version: '1.0.0',
        description: 'Open API of the transition space for the digital transformation of the Flemish cultural sector. '
          + 'Every page has a JSON twin under /api/v1 (the unversioned /api still answers). Errors are RFC 9457 problem details. '
          + 'Large collections page with ?limit= and an opaque ?cursor=; the next page is in `next` and in the Link header.',
        license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
        contact: { name: 'Transitieruimte', url: `${config.publicBase}/api/v1/docs` },
      },
      servers: [{ url: config.publicBase, description: 'This instance' }],
      components: { securitySchemes: SECURITY_SCHEMES },
      tags: [],
    },
    hideUntagged: true,
    transformObject: (document) => finishOpenApiDocument('openapiObject' in document ? document.openapiObject : document.swaggerObject),
  });
  await app.register(fastifyStatic, { root: paths.static, prefix: '/static/', maxAge: '1h', decorateReply: false });
  await app.register(fastifyStatic, {
    root: join(paths.nodeModules, 'echarts/dist'), prefix: '/static/vendor/echarts/', maxAge: '1d', decorateReply: false,
    allowedPath: (path) => path === '/echarts.min.js',
  });

  // Any successful write may change governance, cycle or monitoring data: responses cached from
  // those areas are renewed on the next read. Done before the answer leaves, so the writer's
  // next request already sees it.
  app.addHook('onSend', async (request, reply, payload) => {
    if (SAFE_METHODS.has(request.method) || reply.statusCode >= 400 || SESSION_WRITE.test(request.url)) return payload;
    const { catalog, responses } = app.readModels;
    const path = request.url.split('?')[0]!;
    const measurement = MEASUREMENT_WRITE.exec(path);
    if (measurement) responses.invalidateTags([`kpi:${decodeURIComponent(measurement[1]!)}`, 'kpi:*']);
    else if (MONITORING_WRITE.test(path)) catalog.touch('monitoring');
    else if (CYCLE_WRITE.test(path)) catalog.touch('cycle');
    else if (ACCESS_WRITE.test(path)) catalog.touch('maturity', 'access');
    else if (MATURITY_WRITE.test(path)) catalog.touch('maturity');
    else if (VISION_WRITE.test(path)) catalog.touch('vision');
    else if (CALLS_WRITE.test(path)) catalog.touch('calls', 'knowledge');
    else if (GUIDE_WRITE.test(path)) catalog.touch('knowledge', 'guide');
    else if (KNOWLEDGE_WRITE.test(path)) catalog.touch('knowledge');
    else catalog.touch(...OPERATIONAL_AREAS);
    return payload;
  });

  for (const module of modules) await app.register(module);
  return app;
}
