/** Shared OpenAPI pieces: the problem-details schema, bilingual text and the document's finishing. */
export const problemSchema = {
  type: 'object',
  description: 'RFC 9457 problem details',
  properties: {
    type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, code: { type: 'string' },
    detail: { type: 'string' }, instance: { type: 'string' },
    errors: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' }, code: { type: 'string' } } } },
  },
  additionalProperties: true,
} as const;

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input; every field error is named', 401: 'Not logged in', 403: 'Not allowed', 404: 'Not found',
  409: 'Conflict: duplicate or stale version',
};

export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(statuses.map((s) => [s, { description: DESCRIPTIONS[s] ?? 'Error', content: { 'application/problem+json': { schema: problemSchema } } }]));
}

export const bilingual = {
  type: 'object', required: ['nl', 'en'], additionalProperties: false,
  properties: { nl: { type: 'string' }, en: { type: 'string' } },
} as const;

// --- versioning in the path -----------------------------------------------------------------

/** The documented address of the API (Flemish API guidelines: the major version is in the path). */
export const API_BASE = '/api/v1';
const VERSIONED = /^\/api\/v1(?=[/?#]|$)/;
const UNVERSIONED = /^\/api(?=\/|$)/;

/**
 * The routes are registered once, at /api/...; /api/v1/... reaches the same route. The
 * unversioned form stays as an alias because pages and existing clients use it; a future v2
 * would get routes of its own and v1 would keep this mapping.
 */
export function rewriteApiVersion(url: string): string {
  return url.replace(VERSIONED, '/api');
}

/** The versioned address of an API path (leaves other paths alone). */
export function versionedPath(path: string): string {
  return VERSIONED.test(path) ? path : path.replace(UNVERSIONED, API_BASE);
}

// --- finishing the generated document -------------------------------------------------------

const TAG_DESCRIPTIONS: Record<string, string> = {
  meta: 'Index of the API and its conventions',
  accounts: 'Session, own account and user administration',
  framework: 'Pillars, challenges, recommendations and principles of transition steering',
  instruments: 'Registry of policy instruments, tagged by pillar and challenge',
  coverage: 'Coverage of the challenges by the instruments: where the gaps are',
  actors: 'Directory of actors, their roles and expertise',
  knowledge: 'The knowledge space: the hub of cases, lessons and learning',
  cases: 'Inspiring examples and instructive failures',
  learning: 'Learning opportunities for digital competence',
  funding: 'Funding and network opportunities linked to action lines',
  governance: 'Bodies, members, meetings, agendas and decisions',
  cycle: 'Action lines, plans, actions, milestones and the conformity clause',
  monitoring: 'KPIs with baseline, targets and measurements',
  reports: 'Annual reports and dashboards',
  organisations: 'Cultural organisations, their members and invitations',
  maturity: 'The digital maturity model: dimensions, levels and questions',
  assessments: 'Self-assessments of digital maturity',
  benchmarks: 'Anonymous peer benchmarks of maturity',
  improvement: 'Personal improvement plans that follow an assessment',
  vision: 'The shared vision, its consultation rounds, transition paths and scenarios',
  calls: 'Calls for experiments, their forms and applications',
  review: 'Review, scoring and grant decisions',
  projects: 'Granted projects, milestones, progress reports and lessons',
  lessons: 'Lessons learned from projects: successes and failures',
  search: 'Search across the platform',
  guide: 'The guide: matching a question to knowledge actors and peers',
  changes: 'What changed in the public data since a cursor, to synchronise with',
  'api-keys': 'API keys for partner applications: create, list, revoke (with a session only)',
  'linked-data': 'Stable URIs (/id) and their descriptions (/doc) in OSLO vocabularies by content negotiation, and the JSON-LD context',
  opendata: 'The DCAT-AP-VL catalogue of the open datasets and their CSV and N-Triples dumps',
  privacy: 'Your own data: download it, or delete your account',
};

/** Declared when the document is set up, so that a route may name a scheme in its own `security`. */
export const SECURITY_SCHEMES = {
  session: {
    type: 'apiKey', in: 'cookie', name: 'tr_session',
    description: 'Session from POST /api/v1/session. A write with a session also sends the x-csrf-token header from GET /api/v1/me.',
  },
  apiKey: {
    type: 'http', scheme: 'bearer',
    description: 'API key of an organisation, sent as `Authorization: Bearer <key>`; it carries the permissions it was given.',
  },
  apiKeyHeader: {
    type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'The same API key in its own header',
  },
} as const;
const READ_SECURITY = [{}, { session: [] }, { apiKey: [] }, { apiKeyHeader: [] }];
const WRITE_SECURITY = [{ session: [] }, { apiKey: [] }, { apiKeyHeader: [] }];
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

type Json = Record<string, any>;

/** getCasesByCode for GET /api/v1/cases/{code}: stable, readable and derived from the address. */
function operationIdFor(method: string, path: string): string {
  const words = path.replace(API_BASE, '').split('/').filter(Boolean).map((segment) => {
    const param = /^\{(.+)\}$/.exec(segment);
    return param ? `by-${param[1]}` : segment;
  });
  const camel = [method, ...words].join('-').split(/[^A-Za-z0-9]+/).filter(Boolean)
    .map((w, i) => (i === 0 ? w.toLowerCase() : w[0]!.toUpperCase() + w.slice(1)));
  return camel.join('');
}

/**
 * Everything the style guide asks of every operation, added in one place instead of in each
 * route: the versioned path, an operationId, who may call it, at least one problem-details
 * error, and a description for every tag.
 */
export function finishOpenApiDocument(document: Json): Json {
  const paths: Json = {};
  const ids = new Set<string>();
  const tags = new Set<string>();
  for (const [path, operations] of Object.entries(document.paths ?? {}) as Array<[string, Json]>) {
    const versioned = versionedPath(path);
    for (const method of METHODS) {
      const op = operations[method] as Json | undefined;
      if (!op) continue;
      let id = op.operationId ?? operationIdFor(method, versioned);
      for (let n = 2; ids.has(id); n++) id = `${operationIdFor(method, versioned)}${n}`;
      ids.add(id);
      op.operationId = id;
      op.responses ??= {};
      // A read that can answer 401 needs a login; any other read is open to everyone.
      const open = (method === 'get' || method === 'head') && !('401' in op.responses);
      op.security ??= open ? READ_SECURITY : WRITE_SECURITY;
      if (!Object.keys(op.responses).some((status) => status.startsWith('4'))) Object.assign(op.responses, problemResponses(400));
      for (const tag of op.tags ?? []) tags.add(tag);
    }
    paths[versioned] = operations;
  }
  document.paths = paths;
  document.components = { ...document.components, securitySchemes: { ...document.components?.securitySchemes, ...SECURITY_SCHEMES } };
  document.tags = [...tags].sort().map((name) => ({ name, description: TAG_DESCRIPTIONS[name] ?? `Operations on ${name}` }));
  return document;
}
