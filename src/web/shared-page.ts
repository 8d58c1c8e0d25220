import type { FastifyReply, FastifyRequest } from 'fastify';
import { viewContext, type ViewContext } from './context.js';
import { escapeHtml, type Html } from './jsx.js';
import type { CatalogArea } from '../catalog/catalog.js';
import { brusselsDate } from './dates.js';
import { Lru } from '../catalog/lru.js';

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
    () => render(standIns(ctx)).value);
  return reply.type('text/html; charset=utf-8').send(fillIn(template, ctx));
}

/**
 * The same for a page made from database data of the given areas (and of tagged data, such as
 * 'kpi:*' for every KPI's measurements): rendered at most once per change of those and per
 * Brussels day (what is late or at risk depends on the date), with concurrent readers waiting
 * for one rendering.
 */
export async function sendSharedCachedPage(request: FastifyRequest, reply: FastifyReply, dependsOn: readonly CatalogArea[], tags: readonly string[], render: (ctx: ViewContext) => Promise<Html>) {
  const ctx = viewContext(request);
  if (!ctx.user) return reply.type('text/html; charset=utf-8').send((await render(ctx)).value);
  const template = await request.server.readModels.responses.getAsync(`shared:${ctx.user.role}:${ctx.lang}:${brusselsDate()}:${request.url}`, dependsOn,
    async () => (await render(standIns(ctx))).value, tags);
  return reply.type('text/html; charset=utf-8').send(fillIn(template, ctx));
}

const standIns = (ctx: ViewContext): ViewContext => ({ ...ctx, user: { ...ctx.user!, displayName: USER }, csrfToken: CSRF });

/**
 * The template split at its stand-ins, each piece already encoded: a page of megabytes (an annual
 * report) is then copied, not scanned and encoded again, for every reader. Kept per template
 * text (a renewed page is a new text), up to 64 MB.
 */
interface Pieces { fixed: Buffer[]; slots: Array<'user' | 'csrf'>; weight: number }
// The weight counts the template text too (two bytes a character), which the key holds.
const piecesOf = new Lru<Pieces>(64 * 1024 * 1024, (p) => p.weight);

function fillIn(template: string, ctx: ViewContext): Buffer {
  let pieces = piecesOf.get(template);
  if (!pieces) {
    const parts = template.split(SLOT);
    pieces = { fixed: [], slots: [], weight: template.length * 2 };
    for (let i = 0; i < parts.length; i++) {
      if (i % 2 === 0) { const piece = Buffer.from(parts[i]!, 'utf8'); pieces.fixed.push(piece); pieces.weight += piece.length; }
      else pieces.slots.push(parts[i] as 'user' | 'csrf');
    }
    piecesOf.set(template, pieces);
  }
  const out: Buffer[] = [pieces.fixed[0]!];
  const user = Buffer.from(escapeHtml(ctx.user!.displayName), 'utf8');
  const csrf = Buffer.from(escapeHtml(ctx.csrfToken), 'utf8');
  for (let i = 0; i < pieces.slots.length; i++) out.push(pieces.slots[i] === 'user' ? user : csrf, pieces.fixed[i + 1]!);
  return Buffer.concat(out);
}
