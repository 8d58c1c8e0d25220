import Fastify from 'fastify';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, testApp, type TestApp } from '../../test/helpers/app.js';
import { etagOf, etagPlugin, matchesIfNoneMatch } from './etag.js';

describe('matchesIfNoneMatch', () => {
  it('compares weakly, accepts lists and *', () => {
    expect(matchesIfNoneMatch('"abc"', '"abc"')).toBe(true);
    expect(matchesIfNoneMatch('W/"abc"', '"abc"')).toBe(true);
    expect(matchesIfNoneMatch('"x", "abc"', '"abc"')).toBe(true);
    expect(matchesIfNoneMatch('*', '"abc"')).toBe(true);
    expect(matchesIfNoneMatch('"abd"', '"abc"')).toBe(false);
    expect(matchesIfNoneMatch('abc', '"abc"')).toBe(false);
  });

  it('gives equal bodies equal tags and different bodies different tags', () => {
    expect(etagOf('{"a":1}')).toBe(etagOf(Buffer.from('{"a":1}')));
    expect(etagOf('{"a":1}')).not.toBe(etagOf('{"a":2}'));
    expect(etagOf('x')).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
  });
});

describe('ETag on data responses of any kind', () => {
  const app = Fastify();
  beforeAll(async () => {
    await app.register(etagPlugin);
    app.get('/turtle', async (_request, reply) => reply.type('text/turtle; charset=utf-8').send('<a> <b> <c> .\n'));
    app.get('/jsonld', async (_request, reply) => reply.type('application/ld+json').send('{"@id":"a"}'));
    app.get('/versioned', async (_request, reply) => reply.header('etag', '"v7"').type('application/json').send('{"version":7}'));
    app.get('/page', async (_request, reply) => reply.type('text/html; charset=utf-8').send('<p>hi</p>'));
    app.get('/stream', async (_request, reply) => reply.type('application/n-triples').send(Readable.from(['<a> <b> <c> .\n'])));
    app.get('/large', async (request, reply) => reply.type('application/json')
      .send(JSON.stringify({ v: (request.query as { v: string }).v, filler: 'x'.repeat(10_000) })));
    // Bodies of one length and the same ends that differ only in the middle.
    app.get('/middle', async (request, reply) => reply.type('application/json')
      .send(JSON.stringify({ head: 'x'.repeat(5_000), v: (request.query as { v: string }).v, tail: 'y'.repeat(5_000) })));
    // Cached bodies as the response cache hands them out: the same buffer per version.
    const kept = { a: Buffer.from(JSON.stringify({ v: 'a', filler: 'é'.repeat(3_000) })), b: Buffer.from(JSON.stringify({ v: 'b', filler: 'é'.repeat(3_000) })) };
    app.get('/kept', async (request, reply) => reply.type('application/json').send(kept[(request.query as { v: 'a' | 'b' }).v]));
    app.get('/missing', async (_request, reply) => reply.code(404).type('application/json').send('{"no":1}'));
    await app.ready();
  });
  afterAll(async () => { await app.close(); });

  it('tags Turtle and JSON-LD and answers a matching If-None-Match with 304 and no body', async () => {
    for (const url of ['/turtle', '/jsonld']) {
      const first = await app.inject(url);
      expect(first.headers.etag).toBe(etagOf(first.body));
      const again = await app.inject({ url, headers: { 'if-none-match': String(first.headers.etag) } });
      expect(again.statusCode).toBe(304);
      expect(again.body).toBe('');
      expect(again.headers.etag).toBe(first.headers.etag);
      const head = await app.inject({ method: 'HEAD', url, headers: { 'if-none-match': String(first.headers.etag) } });
      expect(head.statusCode).toBe(304);
    }
  });

  it('tags a large body by its content every time, also when it was seen before', async () => {
    const tags = [];
    for (const v of ['1', '2', '1', '2']) {
      const res = await app.inject(`/large?v=${v}`);
      expect(res.headers.etag).toBe(etagOf(res.body));
      tags.push(res.headers.etag);
    }
    expect(tags[0]).toBe(tags[2]);
    expect(tags[0]).not.toBe(tags[1]);
  });

  it('tags cached bytes by their content, each buffer once', async () => {
    const tags = [];
    for (const v of ['a', 'b', 'a', 'b']) {
      const res = await app.inject(`/kept?v=${v}`);
      expect(res.headers.etag).toBe(etagOf(res.rawPayload));
      tags.push(res.headers.etag);
    }
    expect(tags[0]).toBe(tags[2]);
    expect(tags[1]).toBe(tags[3]);
    expect(tags[0]).not.toBe(tags[1]);
  });

  it('tells apart large bodies that differ only in the middle', async () => {
    const tags = [];
    for (const v of ['a', 'b', 'a', 'b', 'b']) {
      const res = await app.inject(`/middle?v=${v}`);
      expect(res.headers.etag).toBe(etagOf(res.body));
      tags.push(res.headers.etag);
    }
    expect(new Set(tags).size).toBe(2);
    expect(tags[0]).toBe(tags[2]);
    expect(tags[1]).toBe(tags[4]);
  });

  it('keeps a tag the route set itself (a version)', async () => {
    expect((await app.inject('/versioned')).headers.etag).toBe('"v7"');
    expect((await app.inject({ url: '/versioned', headers: { 'if-none-match': '"v7"' } })).statusCode).toBe(304);
    expect((await app.inject({ url: '/versioned', headers: { 'if-none-match': '"v6"' } })).statusCode).toBe(200);
  });

  it('leaves pages, streams and errors alone', async () => {
    for (const url of ['/page', '/stream', '/missing']) {
      const res = await app.inject({ url, headers: { 'if-none-match': '*' } });
      expect(res.statusCode, url).not.toBe(304);
      expect(res.headers.etag, url).toBeUndefined();
    }
    expect((await app.inject('/stream')).body).toBe('<a> <b> <c> .\n');
  });
});

describe('ETag with the response caches', () => {
  let t: TestApp;
  beforeAll(async () => { t = await testApp({ demo: false }); });
  afterAll(async () => { await t?.close(); });

  it('answers 304 while nothing changed, and the new data after a write', async () => {
    const first = await t.app.inject('/api/coverage');
    expect(first.statusCode).toBe(200);
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"/);
    const unchanged = await t.app.inject({ url: '/api/coverage', headers: { 'if-none-match': etag } });
    expect(unchanged.statusCode).toBe(304);
    expect(unchanged.body).toBe('');

    const team = await t.as('transition_team');
    const created = await t.app.inject({
      method: 'POST', url: '/api/instruments', headers: team,
      payload: {
        code: 'etag-proeftuin', name: { nl: 'Proeftuin', en: 'Living lab' }, description: { nl: 'Een proeftuin.', en: 'A living lab.' },
        type: 'subsidy', responsibleActor: 'dcjm', sinceYear: 2026, links: [{ challenge: 5, strength: 'strong' }], recommendations: ['R3.1'],
      },
    });
    expect(created.statusCode).toBe(201);

    const changed = await t.app.inject({ url: '/api/coverage', headers: { 'if-none-match': etag } });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.body).toContain('etag-proeftuin');
    expect(json(changed)).toBeTruthy();
    // Writes themselves carry no tag.
    expect(created.headers.etag).toBeUndefined();
  });
});
