import type { FastifyReply, FastifyRequest } from 'fastify';
import { AREAS, type CatalogArea } from '../catalog/catalog.js';
import type { InstrumentDependency } from '../catalog/response-cache.js';
import type { Html } from './jsx.js';
import { brusselsDate } from './dates.js';

export function sendPage(reply: FastifyReply, html: Html) {
  return reply.type('text/html; charset=utf-8').send(html.value);
}

/**
 * A page made only from catalog data: for visitors without a session it is the same for every
 * request with this URL and language, so it is rendered once per change of the areas it reads.
 * Logged-in users see their own header and forms, so their pages are always rendered.
 */
export function sendCatalogPage(request: FastifyRequest, reply: FastifyReply, dependsOn: readonly CatalogArea[], render: () => Html, instruments?: InstrumentDependency) {
  if (request.user) return sendPage(reply, render());
  const body = request.server.readModels.responses.get(`page:${request.lang}:${request.url}`, dependsOn, () => render().value, instruments);
  return reply.type('text/html; charset=utf-8').send(body);
}

/**
 * JSON made from database data of the given areas (by default all): rendered once per change
 * of those areas for each URL, language and day (risks depend on today's date), and shared by
 * concurrent requests.
 */
export async function sendCachedJson(request: FastifyRequest, reply: FastifyReply, render: () => Promise<unknown>, dependsOn?: readonly CatalogArea[], tags?: readonly string[]) {
  const body = await request.server.readModels.responses.getAsync(`json:${brusselsDate()}:${request.lang}:${request.url}`, dependsOn ?? ALL_AREAS, async () => JSON.stringify(await render()), tags);
  return reply.type('application/json; charset=utf-8').send(body);
}

/** A page made from database data: like sendCachedJson, for visitors without a session. */
export async function sendCachedPage(request: FastifyRequest, reply: FastifyReply, render: () => Promise<Html>, dependsOn?: readonly CatalogArea[], tags?: readonly string[]) {
  if (request.user) return sendPage(reply, await render());
  const body = await request.server.readModels.responses.getAsync(`page:${brusselsDate()}:${request.lang}:${request.url}`, dependsOn ?? ALL_AREAS, async () => (await render()).value, tags);
  return reply.type('text/html; charset=utf-8').send(body);
}

const ALL_AREAS: readonly CatalogArea[] = AREAS;

/** JSON made only from catalog data, serialised once per change of the areas it reads. */
export function sendCatalogJson(request: FastifyRequest, reply: FastifyReply, dependsOn: readonly CatalogArea[], render: () => unknown, instruments?: InstrumentDependency) {
  const body = request.server.readModels.responses.get(`json:${request.lang}:${request.url}`, dependsOn, () => JSON.stringify(render()), instruments);
  return reply.type('application/json; charset=utf-8').send(body);
}
