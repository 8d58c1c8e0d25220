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
 * The template (the cached bytes) split once at its stand-ins, kept per page key with the bytes
 * it was made from (a renewed page is a new buffer; the same object is a pointer comparison).
 * The pieces are views of the template, not copies; the bound counts the template once more so
 * that the map of pieces stays in proportion to the pages it serves (64 MB).
 */
interface Pieces { template: Buffer; fixed: Buffer[]; slots: Array<'user' | 'csrf'> }
const piecesOf = new Lru<Pieces>(64 * 1024 * 1024, (p) => p.template.length);
const STAND_IN_BYTES = { user: Buffer.from(USER, 'utf8'), csrf: Buffer.from(CSRF, 'utf8') };

function split(template: Buffer): Pieces {
  const fixed: Buffer[] = [];
  const slots: Array<'user' | 'csrf'> = [];
  const slotAt = (at: number) => (['user', 'csrf'] as const).find((s) => template.subarray(at, at + STAND_IN_BYTES[s].length).equals(STAND_IN_BYTES[s]));
  let from = 0;
  let at = template.indexOf(1);
  while (at !== -1) {
    const slot = slotAt(at);
    if (slot) {
      fixed.push(template.subarray(from, at));
      slots.push(slot);
      from = at + STAND_IN_BYTES[slot].length;
    }
    at = template.indexOf(1, slot ? from : at + 1);
  }
  fixed.push(template.subarray(from));
  return { template, fixed, slots };
}

/** The page for this reader: the template's pieces with the reader's escaped name and token between them. */
export function fillIn(key: string, template: Buffer, ctx: ViewContext): Buffer {
  let pieces = piecesOf.get(key);
  if (!pieces || pieces.template !== template) {
    pieces = split(template);
    piecesOf.set(key, pieces);
  }
  const { fixed, slots } = pieces;
  if (!slots.length) return template;
  const user = Buffer.from(escapeHtml(ctx.user!.displayName), 'utf8');
  const csrf = slots.includes('csrf') ? Buffer.from(escapeHtml(ctx.csrfToken), 'utf8') : user;
  let length = fixed[0]!.length;
  for (let i = 0; i < slots.length; i++) length += (slots[i] === 'user' ? user : csrf).length + fixed[i + 1]!.length;
  const out = Buffer.allocUnsafe(length);
  let at = fixed[0]!.copy(out, 0);
  for (let i = 0; i < slots.length; i++) {
    at += (slots[i] === 'user' ? user : csrf).copy(out, at);
    at += fixed[i + 1]!.copy(out, at);
  }
  return out;
}
