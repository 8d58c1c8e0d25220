import { DataFactory, Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../../test/helpers/app.js';
import { entityTypes } from '../registry.js';
import { createUris } from '../uris.js';
import { NS } from './namespaces.js';
import { quadKeys } from './quad-keys.js';
import { toTurtle, toTurtleByN3 } from './serialize.js';
import { Graph } from './terms.js';
import { writable, writeTurtle } from './turtle.js';

const BASE = 'https://transitieruimte.example';

/** Escapes, shortened numbers and booleans, and local names N3 does and does not abbreviate. */
function awkward() {
  const g = new Graph();
  g.subject(`${BASE}/id/decision/d-2`).type('besluit', 'Besluit').type('ext', 'Zaak')
    .text('eli', 'title', 'Een "besluit"\nmet\\ een\ttab\r\b\f en \u0001', 'nl').text('eli', 'title', 'A decision 😀 é', 'en')
    .text('rdfs', 'label', 'zonder taal').typed('eli', 'description', 'Platte tekst', 'string')
    .typed('besluit', 'aantalVoorstanders', 10, 'integer').typed('besluit', 'aantalOnthouders', '1e3', 'integer')
    .typed('ext', 'budget', '1250.50', 'decimal').typed('ext', 'rate', '1.5E3', 'double').typed('ext', 'odd', '12', 'decimal')
    .typed('ext', 'isDemo', 'true', 'boolean').typed('ext', 'flag', '1', 'boolean').typed('ext', 'year', '2020', 'gYear')
    .ref('prov', 'wasGeneratedBy', `${BASE}/id/treatment/1-2`).ref('prov', 'wasGeneratedBy', `${NS.besluit}X.y`)
    .ref('ext', 'other', `${NS.besluit}1a`).ref('ext', 'other', `${NS.besluit}ends.`).ref('ext', 'other', `${NS.besluit}a..b`)
    .ref('ext', 'other', `${NS.besluit}with~tilde`).ref('ext', 'other', `${NS.besluit}`).ref('ext', 'other', `${NS.schema}name`)
    .ref('ext', 'other', `${BASE}/id/case/a%20b~c`).ref('ext', 'other', 'http://example.org/é');
  g.subject(`${BASE}/id/decision/d-1`).type('besluit', 'Besluit');
  g.subject(`${BASE}/id/decision/d-2`).type('besluit', 'Nog');
  return g.quads;
}

describe('Turtle written directly', () => {
  it('gives the same text as N3, character for character, and parses back to the same triples', async () => {
    const quads = awkward();
    expect(writable(quads)).toBe(true);
    const text = writeTurtle(quads);
    expect(text).toBe(await toTurtleByN3(quads));
    expect(quadKeys(new Parser().parse(text))).toEqual(quadKeys(quads));
    expect(text).toContain('besluit:aantalVoorstanders 10;');
    expect(text).toContain('"A decision \\U0001f600 é"@en');
    expect(writeTurtle([])).toBe(await toTurtleByN3([]));
  });

  it('leaves blank nodes and IRIs outside the web to N3', async () => {
    const { namedNode, blankNode, quad, literal } = DataFactory;
    const blank = [quad(namedNode(`${BASE}/x`), namedNode(`${NS.dct}temporal`), blankNode('b0')), quad(blankNode('b0'), namedNode(`${NS.dcat}startDate`), literal('2026'))];
    const urn = [quad(namedNode('urn:x:1'), namedNode(`${NS.dct}title`), literal('x'))];
    for (const quads of [blank, urn]) {
      expect(writable(quads)).toBe(false);
      expect(await toTurtle(quads)).toBe(await toTurtleByN3(quads));
    }
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
      for (const batch of [...ids.map((id) => [id]), ids]) {
        const quads = await entity.describe(t.database.db, batch, uris);
        expect(writable(quads)).toBe(true);
        expect(writeTurtle(quads), `${type} ${batch.join(',')}`).toBe(await toTurtleByN3(quads));
      }
    });
  });
});
