import type { FastifyReply } from 'fastify';
import type { Html } from './jsx.js';

export function sendPage(reply: FastifyReply, html: Html) {
  return reply.type('text/html; charset=utf-8').send(html.value);
}
