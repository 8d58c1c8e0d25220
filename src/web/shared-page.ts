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
  const cacheKey = `shared:${ctx.user.role}:${ctx.lang}:${request.url}:${key}`;
  const template = request.server.readModels.responses.get(cacheKey, [], () => render(standIns(ctx)).value);
  return reply.type('text/html; charset=utf-8').send(fillIn(cacheKey, template, ctx));
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
  const cacheKey = `shared:${ctx.user.role}:${ctx.lang}:${brusselsDate()}:${request.url}`;
  const template = await request.server.readModels.responses.getAsync(cacheKey, dependsOn, async () => (await render(standIns(ctx))).value, tags);
  return reply.type('text/html; charset=utf-8').send(fillIn(cacheKey, template, ctx));
}

export const standIns = (ctx: ViewContext): ViewContext => ({ ...ctx, user: { ...ctx.user!, displayName: USER }, csrfToken: CSRF });

/**
 * The template split once at its stand-ins, kept per page key with the text it was made from (a
 * renewed page is a new text; the same object is a pointer comparison), up to 64 MB. A large page
 * (an annual report of megabytes) keeps its pieces encoded, so that each reader's copy is copied
 * bytes instead of a text scanned, joined and encoded again; a small page joins its text pieces,
 * which the socket writes without a buffer of its own.
 */
const LARGE = 256 * 1024;
interface Pieces { template: string; fixed: string[] | Buffer[]; slots: Array<'user' | 'csrf'>; weight: number }
// The weight counts the template text (two bytes a character) as well as the pieces.
const piecesOf = new Lru<Pieces>(64 * 1024 * 1024, (p) => p.weight);

export function fillIn(key: string, template: string, ctx: ViewContext): string | Buffer {
  let pieces = piecesOf.get(key);
  if (!pieces || pieces.template !== template) {
    const parts = template.split(SLOT);
    const text = parts.filter((_, i) => i % 2 === 0);
    const fixed = template.length > LARGE ? text.map((piece) => Buffer.from(piece, 'utf8')) : text;
    const weight = template.length * 2 + (template.length > LARGE ? (fixed as Buffer[]).reduce((n, b) => n + b.length, 0) : template.length * 2);
    pieces = { template, fixed, slots: parts.filter((_, i) => i % 2 === 1) as Array<'user' | 'csrf'>, weight };
    piecesOf.set(key, pieces);
  }
  const user = escapeHtml(ctx.user!.displayName);
  const csrf = escapeHtml(ctx.csrfToken);
  const { fixed, slots } = pieces;
  if (typeof fixed[0] === 'string') {
    let body = fixed[0];
    for (let i = 0; i < slots.length; i++) body += (slots[i] === 'user' ? user : csrf) + (fixed[i + 1] as string);
    return body;
  }
  const out: Buffer[] = [fixed[0] as Buffer];
  const userBytes = Buffer.from(user, 'utf8');
  const csrfBytes = Buffer.from(csrf, 'utf8');
  for (let i = 0; i < slots.length; i++) out.push(slots[i] === 'user' ? userBytes : csrfBytes, fixed[i + 1] as Buffer);
  return Buffer.concat(out);
}
