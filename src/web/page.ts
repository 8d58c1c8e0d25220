import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CatalogArea } from '../catalog/catalog.js';
import type { InstrumentDependency } from '../catalog/response-cache.js';
import type { Html } from './jsx.js';

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

/** JSON made only from catalog data, serialised once per change of the areas it reads. */
export function sendCatalogJson(request: FastifyRequest, reply: FastifyReply, dependsOn: readonly CatalogArea[], render: () => unknown, instruments?: InstrumentDependency) {
  const body = request.server.readModels.responses.get(`json:${request.lang}:${request.url}`, dependsOn, () => JSON.stringify(render()), instruments);
  return reply.type('application/json; charset=utf-8').send(body);
}
