import type { FastifyReply, FastifyRequest } from 'fastify';
import { invalid } from '../plugins/errors.js';
import { versionedPath } from './openapi.js';

/**
 * Cursor pagination for collections that can grow large. A cursor is the sort key of the last
 * item a client received (keyset, not an offset), so a page never skips or repeats an item when
 * others are added or removed meanwhile. It is opaque on purpose: base64url of a small JSON
 * array, free to change shape in a later API version.
 */
export type CursorKey = ReadonlyArray<string | number>;
type KeyShape = ReadonlyArray<'string' | 'number'>;

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 200;
const MARK = 'c1';

export const limitProperty = {
  type: 'integer', minimum: 1, maximum: MAX_LIMIT,
  description: `Items per page (cursor pagination; default ${DEFAULT_LIMIT}, at most ${MAX_LIMIT})`,
} as const;
export const cursorProperty = {
  type: 'string', minLength: 1, maxLength: 512, pattern: '^[A-Za-z0-9_-]+$',
  description: 'Opaque cursor from `next` (or the Link header) of the previous page; leave out for the first page',
} as const;
/** Spread into a querystring schema's properties. */
export const cursorQueryProperties = { limit: limitProperty, cursor: cursorProperty } as const;
export const nextProperty = {
  type: ['string', 'null'],
  description: 'Cursor of the next page (also in the Link header, rel="next"); null on the last page',
} as const;

export function encodeCursor(key: CursorKey): string {
  return base64url(JSON.stringify([MARK, ...key]));
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/**
 * base64url of a text, without padding, as Buffer's 'base64url' writes it. Most keys are ASCII
 * (numbers and codes) and are encoded here in a few steps: a feed page gives out a cursor per
 * item, and a Buffer per cursor cost more than the rest of the item together.
 */
function base64url(text: string): string {
  let out = '';
  const n = text.length;
  let i = 0;
  for (; i + 2 < n; i += 3) {
    const a = text.charCodeAt(i), b = text.charCodeAt(i + 1), c = text.charCodeAt(i + 2);
    if ((a | b | c) > 0x7f) return Buffer.from(text, 'utf8').toString('base64url');
    out += ALPHABET[a >> 2]! + ALPHABET[((a & 3) << 4) | (b >> 4)]! + ALPHABET[((b & 15) << 2) | (c >> 6)]! + ALPHABET[c & 63]!;
  }
  if (i < n) {
    const a = text.charCodeAt(i), b = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    if ((a | b) > 0x7f) return Buffer.from(text, 'utf8').toString('base64url');
    out += ALPHABET[a >> 2]! + ALPHABET[((a & 3) << 4) | (b >> 4)]!;
    if (i + 1 < n) out += ALPHABET[(b & 15) << 2]!;
  }
  return out;
}

/** The key inside a cursor, or a 400 naming `field` when the cursor was not given out by this API. */
export function decodeCursor(raw: string | undefined, field: string, shape: KeyShape): CursorKey | null {
  if (raw === undefined) return null;
  const rejected = () => invalid([{ field, message: 'is not a cursor this API gave out; start again without it', code: 'cursor' }]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
  } catch {
    throw rejected();
  }
  if (!Array.isArray(parsed) || parsed.length !== shape.length + 1 || parsed[0] !== MARK) throw rejected();
  const key = parsed.slice(1) as unknown[];
  const fits = key.every((value, i) => (shape[i] === 'number'
    ? typeof value === 'number' && Number.isSafeInteger(value)
    : typeof value === 'string' && value.length <= 200));
  if (!fits) throw rejected();
  return key as CursorKey;
}

/** Order of two keys: numbers by value, strings by code unit, so that it never depends on a language. */
export function compareKeys(a: CursorKey, b: CursorKey): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return a.length - b.length;
}

export interface CursorPage<T> { items: T[]; next: string | null }

/**
 * One page of an in-memory list in the order of `key` (a unique, stable key such as the code):
 * the items after the cursor's key, at most `limit`.
 */
export function keysetPage<T>(all: readonly T[], key: (item: T) => CursorKey, after: CursorKey | null, limit: number): CursorPage<T> {
  const sorted = all.map((item) => ({ item, k: key(item) })).sort((a, b) => compareKeys(a.k, b.k));
  const rest = after ? sorted.filter((entry) => compareKeys(entry.k, after) > 0) : sorted;
  const items = rest.slice(0, limit);
  return { items: items.map((entry) => entry.item), next: rest.length > limit ? encodeCursor(items[items.length - 1]!.k) : null };
}

/** Whether the client asked for cursor pagination (the other paging parameters keep their old meaning). */
export function wantsCursor(query: { limit?: number; cursor?: string }): boolean {
  return query.limit !== undefined || query.cursor !== undefined;
}

/** The address of the next page: the request's own, at its versioned path, with `param` replaced. */
export function nextPageUrl(request: FastifyRequest, next: string, param = 'cursor'): string {
  const url = new URL(request.originalUrl ?? request.url, 'http://local');
  url.searchParams.set(param, next);
  return `${request.server.config.publicBase.replace(/\/$/, '')}${versionedPath(url.pathname)}${url.search}`;
}

/** Sets the Link header (RFC 8288) when there is a next page. */
export function linkNext(request: FastifyRequest, reply: FastifyReply, next: string | null, param = 'cursor'): void {
  if (next) reply.header('link', `<${nextPageUrl(request, next, param)}>; rel="next"`);
}

/**
 * Cursor mode of a collection held in memory (the catalogue's read models): the filtered list
 * in the order of its stable key, one page after the cursor, with the Link header set.
 */
export function pageByKey<T>(
  request: FastifyRequest, reply: FastifyReply, all: readonly T[], key: (item: T) => string | number,
  query: { limit?: number | undefined; cursor?: string | undefined },
): CursorPage<T> {
  const sample = all[0] === undefined ? 'string' : typeof key(all[0]) === 'number' ? 'number' : 'string';
  const after = decodeCursor(query.cursor, 'querystring.cursor', [sample]);
  const page = keysetPage(all, (item) => [key(item)], after, query.limit ?? DEFAULT_LIMIT);
  linkNext(request, reply, page.next);
  return page;
}

/** The key after which a database collection continues (a one-part key) and the page size. */
export function cursorArgs<K extends 'string' | 'number'>(
  query: { limit?: number | undefined; cursor?: string | undefined }, kind: K,
): { after: (K extends 'number' ? number : string) | null; limit: number } {
  const key = decodeCursor(query.cursor, 'querystring.cursor', [kind]);
  return { after: (key?.[0] ?? null) as (K extends 'number' ? number : string) | null, limit: query.limit ?? DEFAULT_LIMIT };
}

/** Cursor mode of a database collection: `rows` were read in key order after the cursor, limit + 1 of them. */
export function pageOfRows<T>(request: FastifyRequest, reply: FastifyReply, rows: readonly T[], limit: number, key: (item: T) => string | number): CursorPage<T> {
  const items = rows.slice(0, limit);
  const next = rows.length > limit ? encodeCursor([key(items[items.length - 1]!)]) : null;
  linkNext(request, reply, next);
  return { items, next };
}
