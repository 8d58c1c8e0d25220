import { hash } from 'node:crypto';
import fp from 'fastify-plugin';
import { Lru } from '../catalog/lru.js';

/** Data formats that get an ETag: JSON (and its +json kinds such as JSON-LD), RDF serialisations, CSV. */
const DATA_TYPE = /^(?:application\/(?:json|[\w.+-]+\+json|n-triples|n-quads|trig|rdf\+xml)|text\/(?:turtle|csv))\s*(?:;|$)/i;

/** A strong validator from the bytes of the body: equal bodies, equal tags; any change, a new tag. */
export function etagOf(body: string | Buffer): string {
  return `"${hash('sha256', body, 'base64url').slice(0, 27)}"`;
}

/**
 * Tags of recent bodies. The response caches hand out the same string for every read until a
 * write renews it, so the hash of a large cached body is computed once instead of on every read
 * (hashing 250 kB takes about half a millisecond).
 *
 * The memo is not keyed by the body itself: a Map hashes a string key character by character,
 * which for a body never seen before (a benchmark computed afresh) cost three times the SHA-256
 * it was meant to save. It is keyed by the length and the two ends of the body, and a hit still
 * compares the whole body (the same string object compares at once; a body that differs only in
 * its middle compares unequal and is hashed). Bounded by total size, least recently used first out.
 */
interface Remembered { body: string; tag: string }
const RECENT_BYTES_MAX = 16 * 1024 * 1024;
const recentTags = new Lru<Remembered>(RECENT_BYTES_MAX, (r) => r.body.length);
// Below this a hash costs about as much as the lookup.
const REMEMBER_FROM = 2048;
const END = 48;

/**
 * Tags of bodies sent as bytes, per buffer: the response caches hand out the same buffer until a
 * write renews it (a new buffer), and never change a buffer they handed out.
 */
const bufferTags = new WeakMap<Buffer, string>();

function tagOf(body: string | Buffer): string {
  if (Buffer.isBuffer(body)) {
    if (body.length < REMEMBER_FROM) return etagOf(body);
    let tag = bufferTags.get(body);
    if (tag === undefined) bufferTags.set(body, tag = etagOf(body));
    return tag;
  }
  if (body.length < REMEMBER_FROM || body.length > RECENT_BYTES_MAX / 4) return etagOf(body);
  const key = `${body.length}\u0000${body.slice(0, END)}\u0000${body.slice(-END)}`;
  const known = recentTags.get(key);
  if (known && known.body === body) return known.tag;
  const tag = etagOf(body);
  recentTags.set(key, { body, tag });
  return tag;
}

/**
 * Whether an If-None-Match header matches the current tag. The comparison is weak (RFC 9110
 * 13.1.2): a W/ prefix on either side is ignored.
 */
export function matchesIfNoneMatch(header: string, etag: string): boolean {
  const strip = (tag: string) => tag.trim().replace(/^W\//, '');
  const current = strip(etag);
  return header.split(',').some((candidate) => candidate.trim() === '*' || strip(candidate) === current);
}

/**
 * ETag and If-None-Match on JSON and linked-data reads. The tag is a hash of the body that is
 * about to be sent (or the tag a route set itself, e.g. from a version), so it follows every
 * change the response caches let through: a write renews the cached body, and with it the tag.
 * Pages are left alone (they carry a per-visitor CSRF token), and so are streamed bodies (a dump
 * is never held in memory to be hashed).
 */
export const etagPlugin = fp(async (app) => {
  app.addHook('onSend', async (request, reply, payload) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || reply.statusCode !== 200) return payload;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    const type = reply.getHeader('content-type');
    if (typeof type !== 'string' || !DATA_TYPE.test(type)) return payload;
    let etag = reply.getHeader('etag');
    if (typeof etag !== 'string') {
      etag = tagOf(payload);
      reply.header('etag', etag);
    }
    const condition = request.headers['if-none-match'];
    if (typeof condition !== 'string' || !matchesIfNoneMatch(condition, etag)) return payload;
    reply.code(304);
    reply.removeHeader('content-type');
    // Fastify writes no body for a 304; for HEAD an empty string keeps it from measuring one.
    return request.method === 'HEAD' ? '' : null;
  });
}, { name: 'etag' });
