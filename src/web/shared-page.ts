import type { FastifyReply, FastifyRequest } from 'fastify';
import { viewContext, type ViewContext } from './context.js';
import { escapeHtml, type Html } from './jsx.js';

// Stand-ins for what differs between two people who see the same page: their name in the header
// and their CSRF token in forms. Control characters never occur in escaped text or in markup.
const USER = '\u0001user\u0001';
const CSRF = '\u0001csrf\u0001';
const SLOT = /\u0001(user|csrf)\u0001/;

const serials = new WeakMap<object, number>();
let lastSerial = 0;

/**
 * A number for one object, the same for as long as the object lives: for naming, in a shared
 * page's key, data that a read model replaces (never changes in place) when it changes.
 */
export function serialOf(o: object): number {
  let n = serials.get(o);
  if (n === undefined) { n = ++lastSerial; serials.set(o, n); }
  return n;
}

/**
 * A logged-in page that is the same for everyone with the same role and the same rights on the
 * same data (a submitted result, a benchmark of one index version). It is rendered once per key,
 * with stand-ins for the reader's name and CSRF token, and kept in the response cache (bounded,
 * least recently used first); each request only fills in its own name and token. The key must
 * name everything else the page shows: the data's version, the rights, the URL.
 */
export function sendSharedPage(request: FastifyRequest, reply: FastifyReply, key: string, render: (ctx: ViewContext) => Html) {
  const ctx = viewContext(request);
  if (!ctx.user) return reply.type('text/html; charset=utf-8').send(render(ctx).value);
  const template = request.server.readModels.responses.get(`shared:${ctx.user.role}:${ctx.lang}:${request.url}:${key}`, [],
    () => render({ ...ctx, user: { ...ctx.user!, displayName: USER }, csrfToken: CSRF }).value);
  const parts = template.split(SLOT);
  let body = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) body += (parts[i] === 'user' ? escapeHtml(ctx.user.displayName) : escapeHtml(ctx.csrfToken)) + parts[i + 1]!;
  return reply.type('text/html; charset=utf-8').send(body);
}
