import { DataFactory } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../test/helpers/app.js';
import { entityTypes } from '../registry.js';
import { createUris } from '../uris.js';
import { compactable, compactIri } from './compact.js';
import { NS } from './namespaces.js';
import { toJsonLd, toJsonLdByAlgorithm } from './serialize.js';
import { Graph } from './terms.js';

const BASE = 'https://transitieruimte.example';

/** Every kind of value the templates must tell apart, on one subject, plus subjects to sort. */
function awkward() {
  const g = new Graph();
  g.subject(`${BASE}/id/decision/d-2`).type('besluit', 'Besluit').type('ext', 'Zaak')
    .text('eli', 'title', 'Een besluit', 'nl').text('eli', 'title', 'A decision', 'en').text('eli', 'title', 'Another', 'en')
    .text('rdfs', 'label', 'zonder taal').text('rdfs', 'label', 'met taal', 'nl')
    .typed('eli', 'description', 'Platte tekst', 'string')
    .typed('dct', 'source', 'bron', 'string').ref('dct', 'source', 'http://example.org/a').text('dct', 'source', 'bron', 'nl')
    .date('eli', 'date_publication', '2026-03-26').typed('eli', 'date_publication', 'geen datum', 'string')
    .typed('besluit', 'aantalVoorstanders', 10, 'integer')
    .typed('ext', 'budget', '1250.50', 'decimal')
    .ref('prov', 'wasGeneratedBy', `${BASE}/id/treatment/1-2`).ref('prov', 'wasGeneratedBy', `${NS.besluit}Behandeling`)
    .ref('ext', 'other', `${BASE}/id/a`)
    .ref('ext', 'other', `${BASE}/id/a`); // a repeated triple is one value
  g.subject(`${BASE}/id/decision/d-1`).type('besluit', 'Besluit').ref('dct', 'subject', NS.skos);
  g.subject(`${BASE}/id/decision/d-1#x`).type('skos', 'Concept').typed('ext', 'isDemo', 'true', 'boolean');
  return g.quads;
}

describe('JSON-LD compaction from templates', () => {
  it('gives exactly what jsonld.js gives, key order included, for every kind of value', async () => {
    const quads = awkward();
    expect(compactable(quads)).toBe(true);
    const fast = await toJsonLd(quads, BASE);
    expect(JSON.stringify(fast)).toBe(JSON.stringify(await toJsonLdByAlgorithm(quads, BASE)));
    const one = await toJsonLd(quads.filter((q) => q.subject.value.endsWith('d-1')), BASE);
    expect(one).toEqual({ '@context': `${BASE}/ns/context.jsonld`, id: `${BASE}/id/decision/d-1`, type: 'besluit:Besluit', subject: NS.skos });
  });

  it('chooses the shortest compact IRI, and a term only where a type may use one', () => {
    expect(compactIri(`${NS.besluit}Besluit`, true)).toBe('besluit:Besluit');
    expect(compactIri(`${NS.rdfs}label`, true)).toBe('label');
    expect(compactIri(`${NS.rdfs}label`, false)).toBe('rdfs:label');
    expect(compactIri('https://elsewhere.example/x', false)).toBe('https://elsewhere.example/x');
  });

  it('leaves a graph with blank nodes to jsonld.js', async () => {
    const { namedNode, blankNode, quad, literal } = DataFactory;
    const quads = [quad(namedNode(`${BASE}/x`), namedNode(`${NS.dct}temporal`), blankNode('b0')), quad(blankNode('b0'), namedNode(`${NS.dcat}startDate`), literal('2026'))];
    expect(compactable(quads)).toBe(false);
    expect(await toJsonLd(quads, BASE)).toEqual(await toJsonLdByAlgorithm(quads, BASE));
  });

  describe('on every public type of the seed and demo data', () => {
    let t: TestApp;
    beforeAll(async () => { t = await testApp({ demo: true }); });
    afterAll(async () => { await t?.close(); });

    it.each(entityTypes.map((e) => e.type))('%s, one at a time and several together', async (type) => {
      const entity = entityTypes.find((e) => e.type === type)!;
      const uris = createUris(BASE);
      const ids = await entity.ids(t.database.db, null, 12);
      if (!ids.length) return expect(type).toBe('report'); // the seed publishes no annual report
      const batches = [...ids.map((id) => [id]), ids];
      for (const batch of batches) {
        const quads = await entity.describe(t.database.db, batch, uris);
        expect(compactable(quads)).toBe(true);
        expect(JSON.stringify(await toJsonLd(quads, BASE)), `${type} ${batch.join(',')}`).toBe(JSON.stringify(await toJsonLdByAlgorithm(quads, BASE)));
      }
    });
  });
});
