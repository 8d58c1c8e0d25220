import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CatalogArea } from '../../catalog/catalog.js';
import type { Html } from '../../web/jsx.js';
import { sendCachedJson, sendCachedPage, sendPage } from '../../web/page.js';

/**
 * Projects and lessons are read from the calls area (projects, milestones, reports, lessons),
 * the knowledge area (lesson writes under /lessons), maturity (organisation names) and the
 * instruments and frame (names on the list).
 */
export const READ_AREAS: readonly CatalogArea[] = ['calls', 'knowledge', 'maturity', 'instruments', 'framework'];

/** JSON shared by all visitors is cached; an account sees its own (reports, rights), always fresh. */
export async function sendJson(request: FastifyRequest, reply: FastifyReply, render: () => Promise<unknown>) {
  if (request.user) return reply.type('application/json; charset=utf-8').send(JSON.stringify(await render()));
  return sendCachedJson(request, reply, render, READ_AREAS);
}

export async function sendHtml(request: FastifyRequest, reply: FastifyReply, render: () => Promise<Html>) {
  return sendCachedPage(request, reply, render, READ_AREAS);
}

export { sendPage };
