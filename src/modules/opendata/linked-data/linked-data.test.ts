import jsonld from 'jsonld';
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../../test/helpers/app.js';
import { steeringEntityTypes } from '../entities/steering.js';
import { entityType } from '../registry.js';
import { quadKeys } from '../rdf/quad-keys.js';
import { documentLoader } from '../rdf/serialize.js';
import { createUris, type Uris } from '../uris.js';

const B = 'http://data.vlaanderen.be/ns/besluit#';
const keys = quadKeys;

describe.each(engines)('stable URIs and content negotiation on %s', (engine) => {
  let t: TestApp;
  let uris: Uris;
  let decision: string;
  const get = (url: string, accept?: string) => t.app.inject({ method: 'GET', url, headers: accept ? { accept } : {} });
  const describeOne = async (type: string, id: string) => entityType(type)!.describe(t.database.db, [id], uris);

  beforeAll(async () => {
    t = await testApp({ engine });
    uris = createUris(t.app.config.publicBase);
    decision = (await entityType('decision')!.ids(t.database.db, null, 1))[0]!;
  });
  afterAll(async () => { await t?.close(); });

  describe('/id: the thing', () => {
    it('answers 303 See Other to its description, keeping a format suffix', async () => {
      const plain = await get(`/id/decision/${decision}`, 'text/turtle');
      expect(plain.statusCode).toBe(303);
      expect(plain.headers.location).toBe(`/doc/decision/${decision}`);
      const suffixed = await get(`/id/decision/${decision}.ttl`);
      expect(suffixed.statusCode).toBe(303);
      expect(suffixed.headers.location).toBe(`/doc/decision/${decision}.ttl`);
    });

    it('answers 404 problem details for an unknown type, an unknown id and a draft', async () => {
      const draft = await t.database.db.selectFrom('decisions').select('code').where('status', '=', 'draft').executeTakeFirstOrThrow();
      for (const url of ['/id/nonsense/1', '/id/decision/no-such-decision', `/id/decision/${draft.code}`, `/doc/decision/${draft.code}`, '/doc/meeting/abc', '/doc/mandate/stuurgroep~king', '/doc/pillar/99999999999999999999']) {
        const res = await get(url, 'text/turtle');
        expect(res.statusCode, url).toBe(404);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(json(res)).toMatchObject({ status: 404, code: 'NOT_FOUND' });
      }
    });

    it('refuses an id PostgreSQL cannot hold (U+0000) with a 4xx, never a 500', async () => {
      for (const url of ['/doc/decision/a%00b', '/id/kpi/%00', '/doc/pillar%00.ttl']) {
        expect([400, 404], url).toContain((await get(url, 'text/turtle')).statusCode);
      }
    });

    it('a browser asking for something that does not exist gets a readable 404 page', async () => {
      const res = await get('/doc/decision/no-such-decision', 'text/html');
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
    });

    it('names the concept schemes and the study by /id/<type>', async () => {
      const res = await get('/id/pillar');
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe('/doc/pillar');
      const ttl = await get('/doc/pillar.ttl');
      const quads = new Parser().parse(ttl.body);
      expect(quads.filter((q) => q.subject.value === uris.collection('pillar') && q.predicate.value.endsWith('#hasTopConcept'))).toHaveLength(5);
      expect((await get('/doc/study', 'application/n-triples')).body).toContain('IDEA Consult');
      expect((await get('/id/decision')).statusCode).toBe(404);
    });

    it('every skos:inScheme link of every published type dereferences to its scheme', async () => {
      const { entityTypes } = await import('../registry.js');
      const schemes = new Set<string>();
      for (const e of entityTypes) {
        const ids = await e.ids(t.database.db, null, 2);
        for (const q of await e.describe(t.database.db, ids, uris)) if (q.predicate.value.endsWith('core#inScheme')) schemes.add(q.object.value);
      }
      expect(schemes.size).toBeGreaterThanOrEqual(6);
      for (const scheme of schemes) {
        const res = await get(`${scheme.slice(uris.base.length).replace(/^\/id\//, '/doc/')}.ttl`);
        expect(res.statusCode, scheme).toBe(200);
        expect(res.body, scheme).toContain('skos:ConceptScheme');
      }
    });
  });

  describe('/doc: the description', () => {
    it.each([
      ['text/turtle', 'text/turtle', 'ttl'],
      ['application/n-triples', 'application/n-triples', 'nt'],
      ['application/ld+json', 'application/ld+json', 'jsonld'],
      ['application/json', 'application/json', 'json'],
    ])('Accept %s gives %s, varies by Accept and may be cached', async (accept, type, suffix) => {
      const res = await get(`/doc/decision/${decision}`, accept);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(`${type}; charset=utf-8`);
      expect(res.headers.vary).toMatch(/Accept/);
      expect(res.headers['cache-control']).toBe('public, max-age=300');
      expect(res.headers['content-location']).toBe(`/doc/decision/${decision}.${suffix}`);
    });

    it('respects q-values', async () => {
      expect((await get(`/doc/decision/${decision}`, 'text/html;q=0.1, text/turtle;q=0.9, application/ld+json;q=0.5')).headers['content-type']).toMatch(/^text\/turtle/);
      expect((await get(`/doc/decision/${decision}`, 'text/turtle;q=0.2, application/n-triples')).headers['content-type']).toMatch(/^application\/n-triples/);
    });

    it('a format suffix wins over the Accept header', async () => {
      const res = await get(`/doc/decision/${decision}.nt`, 'text/html');
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/n-triples/);
    });

    it('answers 406 problem details when no format is acceptable', async () => {
      const res = await get(`/doc/decision/${decision}`, 'image/png, text/plain');
      expect(res.statusCode).toBe(406);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.headers.vary).toMatch(/Accept/);
      expect(json(res)).toMatchObject({ status: 406, code: 'NOT_ACCEPTABLE' });
      expect(json(res).available).toContain('text/turtle');
    });

    it('a browser is sent to the thing\'s page on the platform; .html is the description page with the other formats', async () => {
      const negotiated = await get(`/doc/decision/${decision}`, 'text/html,application/xhtml+xml,*/*;q=0.8');
      expect(negotiated.statusCode).toBe(303);
      expect(negotiated.headers.location).toBe(`/decisions/${decision}`);
      const page = await get(`/doc/decision/${decision}.html`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toMatch(/<html lang="nl"/);
      for (const f of ['ttl', 'jsonld', 'nt', 'json']) expect(page.body).toContain(`href="/doc/decision/${decision}.${f}"`);
      expect(page.body).toContain(`href="/decisions/${decision}"`);
      expect(page.body).toContain('<th scope="col">');
      expect(page.body).toContain('besluit:Besluit');
      expect(page.body).toMatch(/<span lang="en">The steering committee/);
      expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)|\sstyle="/);
      const english = await t.app.inject({ method: 'GET', url: `/doc/decision/${decision}.html`, cookies: { lang: 'en' } });
      expect(english.body).toMatch(/<html lang="en"/);
      expect(english.body).toContain('This description in other formats');
    });

    it('a thing without a page of its own gets the description page when a browser negotiates', async () => {
      const mandatary = (await entityType('mandatary')!.ids(t.database.db, null, 1))[0]!;
      const res = await get(`/doc/mandatary/${mandatary}`, 'text/html');
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('mandaat:Mandataris');
    });
  });

  describe('round trips: every format gives back exactly the described triples', () => {
    const steeringTypes = steeringEntityTypes.map((e) => e.type);
    it.each(steeringTypes)('%s', async (type) => {
      const [id] = await entityType(type)!.ids(t.database.db, null, 1);
      if (id === undefined) return expect(type).toBe('report'); // the seed publishes no annual report; it has its own test below
      const expected = keys(await describeOne(type, id));
      expect(expected.length).toBeGreaterThan(3);
      const path = `/doc/${type}/${encodeURIComponent(id)}`;
      const ttl = await get(`${path}.ttl`);
      expect(keys(new Parser({ format: 'Turtle' }).parse(ttl.body))).toEqual(expected);
      const nt = await get(`${path}.nt`);
      expect(keys(new Parser({ format: 'N-Triples' }).parse(nt.body))).toEqual(expected);
      for (const f of ['jsonld', 'json']) {
        const doc = json((await get(`${path}.${f}`)));
        expect(doc['@context']).toBe(`${uris.base}/ns/context.jsonld`);
        const nquads = await jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader: documentLoader(uris.base) as never }) as unknown as string;
        expect(keys(new Parser({ format: 'N-Quads' }).parse(nquads))).toEqual(expected);
      }
    });

    it('a published annual report', async () => {
      const steering = await t.as('steering_committee');
      const published = await t.app.inject({ method: 'POST', url: '/reports/2026/publish', headers: steering });
      expect(published.statusCode).toBe(303);
      const res = await get('/doc/report/2026-v1.ttl');
      expect(res.statusCode).toBe(200);
      expect(keys(new Parser().parse(res.body))).toEqual(keys(await describeOne('report', '2026-v1')));
      expect(res.body).toContain('/reports/2026/v/1/pdf');
      expect((await get('/doc/report/2026-v2.ttl')).statusCode).toBe(404);
    });
  });

  it.each(steeringEntityTypes.map((e) => e.type))('ids of %s page stably (keyset, as the dumps read them) and each describes itself', async (type) => {
    const entity = entityType(type)!;
    const all = await entity.ids(t.database.db, null, 100_000);
    const walked: string[] = [];
    for (let after: string | null = null; ;) {
      const page: string[] = await entity.ids(t.database.db, after, 3);
      walked.push(...page);
      if (page.length < 3) break;
      after = page[page.length - 1]!;
    }
    expect(walked).toEqual(all);
    expect(new Set(all).size).toBe(all.length);
    const sample = all.slice(0, 40);
    const described = new Set((await entity.describe(t.database.db, sample, uris)).map((q) => q.subject.value));
    for (const id of sample) expect(described.has(uris.thing(type, id)), `${type} ${id}`).toBe(true);
    expect(await entity.describe(t.database.db, ['no-such-id', '0', ''], uris)).toEqual([]);
  });

  it('done when: the Turtle of a decision is valid Turtle in the besluit vocabulary', async () => {
    const res = await get(`/id/decision/${decision}`, 'text/turtle');
    const doc = await get(res.headers.location as string, 'text/turtle');
    expect(doc.body).toContain('@prefix besluit: <http://data.vlaanderen.be/ns/besluit#>.');
    const quads = new Parser({ format: 'Turtle' }).parse(doc.body);
    const subject = uris.thing('decision', decision);
    const has = (p: string, o?: string) => quads.some((q) => q.subject.value === subject && q.predicate.value === p && (o === undefined || q.object.value === o));
    expect(has('http://www.w3.org/1999/02/22-rdf-syntax-ns#type', `${B}Besluit`)).toBe(true);
    expect(has('http://data.europa.eu/eli/ontology#title')).toBe(true);
    expect(has('http://data.europa.eu/eli/ontology#date_publication')).toBe(true);
    expect(has('http://www.w3.org/ns/prov#wasGeneratedBy')).toBe(true);
  });

  it('writes a description as one Turtle block per subject, the thing first, the same bytes however it was gathered', async () => {
    const [code] = await entityType('case')!.ids(t.database.db, null, 1);
    const path = `/doc/case/${encodeURIComponent(code!)}.ttl`;
    const alone = await get(path);
    const together = await Promise.all([path, path, `/doc/case/${encodeURIComponent(code!)}.jsonld`].map((p) => get(p)));
    expect(together[0]!.body).toBe(alone.body);
    expect(together[1]!.headers.etag).toBe(alone.headers.etag);
    const subjects = alone.body.split('\n').filter((line) => line !== '' && !line.startsWith(' ') && !line.startsWith('@')).map((line) => line.split(' ')[0]);
    expect(subjects.length).toBeGreaterThan(1); // the case and the concepts it refers to
    expect(new Set(subjects).size).toBe(subjects.length);
    expect(subjects[0]).toBe(`<${uris.thing('case', code!)}>`);
  });

  it('serves the JSON-LD context at a stable address, cached long', async () => {
    const res = await get('/ns/context.jsonld');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/ld+json; charset=utf-8');
    expect(res.headers['cache-control']).toMatch(/max-age=604800/);
    const context = json(res)['@context'];
    expect(context.besluit).toBe(B);
    expect(context.prefLabel).toEqual({ '@id': 'http://www.w3.org/2004/02/skos/core#prefLabel', '@container': '@language' });
  });
});
