import { Parser } from 'n3';
import jsonld from 'jsonld';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, testApp, type TestApp } from '../../../../test/helpers/app.js';
import { DATASETS } from '../entity-type.js';
import { entityTypes } from '../registry.js';
import { NS } from '../rdf/namespaces.js';
import { documentLoader } from '../rdf/serialize.js';
import { parseCsv } from './csv.js';
import { AGGREGATE_HEADER } from './aggregates.js';
import { csvSources } from './csv-sources.js';
import { validateShacl } from '../../../../test/helpers/shacl.js';
import { isIdList } from './csv-source.js';
import { FIXED_HEADER } from './csv-dump.js';

describe.each(engines)('catalogue and dumps (%s)', (engine) => {
  let t: TestApp;
  beforeAll(async () => { t = await testApp({ engine }); }, 120_000);
  afterAll(async () => { await t?.close(); });

  const get = (url: string, headers: Record<string, string> = {}) => t.app.inject({ method: 'GET', url, headers });

  it('shows the catalogue as a page in Dutch and English, with every dataset', async () => {
    for (const lang of ['nl', 'en'] as const) {
      const res = await get(`/catalogue?lang=${lang}`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain(`<html lang="${lang}"`);
      expect(res.body.match(/<h1[ >]/g)).toHaveLength(1);
      expect(res.body).toContain(lang === 'nl' ? 'Modellicentie Gratis Hergebruik v1.0' : 'Model licence for free reuse v1.0');
      expect(res.body.match(/<section aria-labelledby="dataset-/g)).toHaveLength(DATASETS.length);
      expect(res.body).not.toMatch(/<script(?![^>]*\ssrc=)|\sstyle=/);
    }
  });

  it('answers Turtle and JSON-LD by suffix and by Accept, with the same triples', async () => {
    const ttl = await get('/catalogue.ttl');
    expect(ttl.headers['content-type']).toMatch(/^text\/turtle/);
    const quads = new Parser().parse(ttl.body);
    const datasets = quads.filter((q) => q.predicate.value === NS.rdf + 'type' && q.object.value === NS.dcat + 'Dataset');
    expect(datasets).toHaveLength(DATASETS.length);
    const negotiated = await get('/catalogue', { accept: 'text/html;q=0.5, text/turtle' });
    expect(negotiated.headers['content-type']).toMatch(/^text\/turtle/);
    expect(negotiated.headers.vary).toMatch(/Accept/);

    const ld = await get('/catalogue', { accept: 'application/ld+json' });
    expect(ld.headers['content-type']).toMatch(/^application\/ld\+json/);
    const suffix = await get('/catalogue.jsonld');
    expect(suffix.body).toBe(ld.body);
    const nquads = await jsonld.toRDF(JSON.parse(ld.body), {
      format: 'application/n-quads',
      documentLoader: documentLoader(t.app.config.publicBase) as never,
    }) as unknown as string;
    expect(new Parser().parse(nquads).length).toBe(quads.length);
  });

  it('serves a catalogue that conforms to DCAT-AP-VL by default and to DCAT-AP 2.1.1 when that profile is asked for, with dct:modified from the data', async () => {
    const vlResponse = await get('/catalogue.ttl');
    expect(vlResponse.headers['content-profile']).toBe('<https://data.vlaanderen.be/doc/applicatieprofiel/DCAT-AP-VL>');
    const quads = new Parser().parse(vlResponse.body);
    const vl = await validateShacl(quads, 'DCAT-AP-VL');
    expect(vl.violations).toEqual([]);
    for (const cls of ['Catalog', 'Dataset', 'Distribution']) expect(vl.targeted[NS.dcat + cls]).toBeGreaterThan(0);
    for (const asked of [{ url: '/catalogue.ttl?profile=dcat-ap', headers: {} as Record<string, string> }, { url: '/catalogue.ttl', headers: { 'accept-profile': '<urn:x-unknown>, <http://data.europa.eu/r5r/>;q=0.9' } }]) {
      const eu = await get(asked.url, asked.headers);
      expect(eu.headers['content-profile']).toBe('<http://data.europa.eu/r5r/>');
      const outcome = await validateShacl(new Parser().parse(eu.body), 'dcat-ap-2.1.1');
      expect(outcome.violations).toEqual([]);
      for (const cls of ['Catalog', 'Dataset', 'Distribution', 'DataService']) expect(outcome.targeted[NS.dcat + cls]).toBeGreaterThan(0);
      expect(outcome.targeted[NS.foaf + 'Agent']).toBe(1);
    }
    const unknown = await get('/catalogue.ttl?profile=dcat-ap-xx');
    expect(unknown.statusCode).toBe(400);
    expect(JSON.parse(unknown.body).code).toBe('OPENDATA_UNKNOWN_PROFILE');
    const modified = quads.filter((q) => q.predicate.value === NS.dct + 'modified');
    expect(modified.length).toBeGreaterThan(1);
    expect(modified.every((q) => q.object.termType === 'Literal' && q.object.datatype.value === NS.xsd + 'dateTime')).toBe(true);
  });

  it('publishes in the CSVs only what the platform shows to anyone', async () => {
    const organisations = parseCsv((await get('/dumps/organisation.csv')).body);
    expect(organisations[0]).toEqual(['id', 'name', 'subsector', 'province', 'municipality', 'legal_form', 'is_demo']);
    const lessons = parseCsv((await get('/dumps/lesson.csv')).body);
    const col = (name: string) => lessons[0]!.indexOf(name);
    const withoutConsent = lessons.slice(1).filter((r) => r[col('publish_details')] === 'false');
    expect(withoutConsent.length).toBeGreaterThan(0);
    for (const row of withoutConsent) expect(row[col('details')]).toBeNull();
    expect(lessons[0]).not.toContain('created_by');
    const calls = parseCsv((await get('/dumps/call.csv')).body);
    expect(calls.slice(1).map((r) => r[calls[0]!.indexOf('status')])).not.toContain('draft');
    const meetings = parseCsv((await get('/dumps/meeting.csv')).body);
    for (const row of meetings.slice(1)) {
      const publications = JSON.parse(row[meetings[0]!.indexOf('part:publications')]!) as Array<{ status: string }>;
      expect(publications.every((p) => p.status === 'published')).toBe(true);
    }
  });

  it('refuses a format it does not have with 406 problem details', async () => {
    const res = await get('/catalogue', { accept: 'application/pdf' });
    expect(res.statusCode).toBe(406);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
  });

  it('shows a write in the very next catalogue: the dataset\'s dct:modified moves and the old tag no longer matches', async () => {
    const modifiedOf = (body: string) => new Parser().parse(body)
      .filter((q) => q.subject.value.endsWith('#dataset-learning') && q.predicate.value === NS.dct + 'modified').map((q) => q.object.value)[0];
    const before = await get('/catalogue.ttl');
    const team = await t.as('transition_team');
    const created = await t.app.inject({
      method: 'POST', url: '/api/learning', headers: { ...team, 'content-type': 'application/json' },
      payload: { title: { nl: 'Catalogusworkshop', en: 'Catalogue workshop' }, kind: 'workshop', provider: 'meemoo', online: true },
    });
    expect(created.statusCode).toBe(201);
    const after = await get('/catalogue.ttl', { 'if-none-match': String(before.headers.etag) });
    expect(after.statusCode).toBe(200);
    const row = await t.database.db.selectFrom('learning_opportunities').select('updated_at').orderBy('updated_at', 'desc').executeTakeFirstOrThrow();
    expect(modifiedOf(after.body)).toBe(new Date(row.updated_at).toISOString());
    expect(modifiedOf(after.body)).not.toBe(modifiedOf(before.body));
  });

  it('answers 304 to a client that holds the current version', async () => {
    const first = await get('/catalogue.ttl');
    const again = await get('/catalogue.ttl', { 'if-none-match': String(first.headers.etag) });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('lists a CSV for every registered type that has one, and the CSV has its header', async () => {
    const ttl = (await get('/catalogue.ttl')).body;
    for (const entity of entityTypes.filter((e) => csvSources[e.type])) {
      expect(ttl).toContain(`/dumps/${entity.type}.csv`);
      const res = await get(`/dumps/${entity.type}.csv`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toMatch(/^text\/csv/);
      const source = csvSources[entity.type]!;
      expect(parseCsv(res.body)[0]).toContain(isIdList(source) ? FIXED_HEADER : source.idColumn);
    }
  });

  it('answers HEAD with the headers of a dump and no body', async () => {
    const res = await t.app.inject({ method: 'HEAD', url: '/dumps/all.nt' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/n-triples/);
    expect(res.headers.etag).toBeTruthy();
    expect(res.body).toBe('');
  });

  it('gives 404 problem details for a dump that does not exist', async () => {
    for (const name of ['nothing.csv', 'all.csv', '..%2Fetc.nt', 'framework.csv']) {
      const res = await get(`/dumps/${name}`);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toMatch(/problem\+json/);
    }
  });

  it('publishes the anonymous maturity figures without any group under five', async () => {
    const res = await get('/dumps/maturity-aggregates.csv');
    expect(res.statusCode).toBe(200);
    const [header, ...rows] = parseCsv(res.body);
    expect(header).toEqual(AGGREGATE_HEADER);
    expect(rows.length).toBeGreaterThan(0);
    const col = (name: string) => header!.indexOf(name);
    let shown = 0;
    for (const row of rows) {
      const n = row[col('organisations')];
      const respondents = row[col('respondents')];
      if (row[col('shown')] === 'true') {
        shown++;
        // An empty group (0) holds nobody; any other shown group has at least five.
        if (n !== '0') expect(Number(n)).toBeGreaterThanOrEqual(5);
        if (respondents !== null && respondents !== '0') expect(Number(respondents)).toBeGreaterThanOrEqual(5);
      } else {
        expect(n).toBeNull();
        expect(row[col('median')]).toBeNull();
        expect(row[col('withheld_reason')]).toMatch(/^(too_small|difference|complementary)$/);
      }
    }
    expect(shown).toBeGreaterThan(0);
  });
});
