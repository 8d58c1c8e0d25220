import type { FastifyInstance } from 'fastify';

/** One route of the app as Fastify registered it, e.g. { method: 'POST', path: '/api/kpis/:code/retire' }. */
export interface AppRoute { method: string; path: string }

export const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Every route of the app, read from Fastify's own route tree (`printRoutes`), so a route added by
 * any module shows up without being listed anywhere. The tree prints each node's label (the part
 * of the path it adds to its parent) followed by its methods; a label's depth is its indentation.
 */
export function appRoutes(app: FastifyInstance): AppRoute[] {
  const routes: AppRoute[] = [];
  const stack: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const prefix = /^(?:│ {3}| {4}|├── |└── )*/.exec(line)![0];
    const rest = line.slice(prefix.length);
    if (!rest) continue;
    const depth = prefix.length / 4;
    const match = /^(.*?)(?: \(([A-Z, ]+)\))?$/.exec(rest)!;
    stack.length = Math.max(0, depth - 1);
    stack.push(match[1]!);
    if (!match[2]) continue;
    const path = stack.join('');
    for (const method of match[2].split(', ')) routes.push({ method, path });
  }
  return routes;
}

/** Routes that change something: every method but GET, HEAD and OPTIONS. */
export function writeRoutes(app: FastifyInstance): AppRoute[] {
  const seen = new Set<string>();
  return appRoutes(app)
    .filter((r) => !READ_METHODS.has(r.method))
    .filter((r) => { const k = routeKey(r); if (seen.has(k)) return false; seen.add(k); return true; })
    .sort((a, b) => routeKey(a).localeCompare(routeKey(b)));
}

export const routeKey = (r: AppRoute) => `${r.method} ${r.path}`;

export interface JsonSchema {
  type?: string | string[]; properties?: Record<string, JsonSchema>; required?: string[];
  items?: JsonSchema; enum?: unknown[]; const?: unknown; minLength?: number; maxLength?: number;
  minimum?: number; maximum?: number; exclusiveMinimum?: number; exclusiveMaximum?: number;
  pattern?: string; format?: string; minItems?: number; maxItems?: number; uniqueItems?: boolean;
  anyOf?: JsonSchema[]; oneOf?: JsonSchema[]; allOf?: JsonSchema[]; additionalProperties?: boolean | JsonSchema;
  [key: string]: unknown;
}

export interface Parameter { name: string; in: 'path' | 'query' | 'header' | 'cookie'; required?: boolean; schema?: JsonSchema }

/** One operation of the OpenAPI document, with its path in Fastify's `:param` form. */
export interface Operation {
  method: string; openapiPath: string; path: string; summary: string;
  parameters: Parameter[]; body?: { contentTypes: string[]; schema?: JsonSchema; required: boolean };
}

/** Every operation of the app's OpenAPI document (`app.swagger()`), as the public sees it. */
export function openapiOperations(app: FastifyInstance): Operation[] {
  const doc = app.swagger() as { paths: Record<string, Record<string, any>> };
  const ops: Operation[] = [];
  for (const [openapiPath, item] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(item)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const content = op.requestBody?.content as Record<string, { schema?: JsonSchema }> | undefined;
      ops.push({
        method: method.toUpperCase(), openapiPath, path: openapiPath.replace(/\{(\w+)\}/g, ':$1'),
        summary: op.summary ?? '', parameters: [...(item.parameters ?? []), ...(op.parameters ?? [])],
        body: content ? {
          contentTypes: Object.keys(content), schema: content['application/json']?.schema,
          required: Boolean(op.requestBody.required),
        } : undefined,
      });
    }
  }
  return ops;
}
