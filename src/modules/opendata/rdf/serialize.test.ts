import jsonld from 'jsonld';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { jsonLdContext } from './context.js';
import { NS } from './namespaces.js';
import { contextUrl, documentLoader, toJsonLd, toNTriples, toTurtle } from './serialize.js';
import { quadKeys } from './quad-keys.js';
import { Graph } from './terms.js';

const BASE = 'https://transitieruimte.example';

function sample() {
  const g = new Graph();
  g.subject(`${BASE}/id/decision/d-1`).type('besluit', 'Besluit')
    .text('eli', 'title', 'Een besluit', 'nl').text('eli', 'title', 'A decision', 'en')
    .typed('eli', 'description', 'Platte tekst', 'string')
    .date('eli', 'date_publication', '2026-03-26')
    .typed('besluit', 'aantalVoorstanders', 10, 'integer')
    .typed('ext', 'budget', '1250.50', 'decimal')
    .ref('prov', 'wasGeneratedBy', `${BASE}/id/treatment/1-2`);
  return g.quads;
}
const keys = quadKeys;

describe('serialisation', () => {
  it('Turtle declares only the prefixes it uses and parses back to the same triples', async () => {
    const ttl = await toTurtle(sample());
    expect(ttl).toContain('@prefix besluit: <http://data.vlaanderen.be/ns/besluit#>.');
    expect(ttl).not.toContain('@prefix dcat:');
    expect(keys(new Parser().parse(ttl))).toEqual(keys(sample()));
  });

  it('N-Triples parses back to the same triples', async () => {
    expect(keys(new Parser({ format: 'N-Triples' }).parse(await toNTriples(sample())))).toEqual(keys(sample()));
  });

  it('JSON-LD is compacted with the platform context: short terms, language maps, and the same triples after expansion', async () => {
    const doc = await toJsonLd(sample(), BASE);
    expect(doc['@context']).toBe(contextUrl(BASE));
    expect(doc.eliTitle).toEqual({ nl: 'Een besluit', en: 'A decision' });
    expect(doc.datePublication).toBe('2026-03-26');
    expect(doc.wasGeneratedBy).toBe(`${BASE}/id/treatment/1-2`);
    const nquads = await jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader: documentLoader(BASE) as never }) as unknown as string;
    expect(keys(new Parser({ format: 'N-Quads' }).parse(nquads))).toEqual(keys(sample()));
  });

  it('never fetches a context from the network', async () => {
    const load = documentLoader(BASE);
    await expect(load('https://data.vlaanderen.be/context/besluit.jsonld')).rejects.toThrow(/refusing/);
    await expect(jsonld.expand({ '@context': 'https://example.org/ctx.jsonld', x: 1 }, { documentLoader: load as never })).rejects.toThrow();
    expect((await load(contextUrl(BASE))).document).toBe(jsonLdContext);
  });

  it('the context maps every published prefix to its namespace', () => {
    for (const [prefix, ns] of Object.entries(NS)) expect(jsonLdContext['@context'][prefix]).toBe(ns);
  });
});
