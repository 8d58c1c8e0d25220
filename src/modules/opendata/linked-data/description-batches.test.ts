import { DataFactory, type Quad } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, testApp, type TestApp } from '../../../../test/helpers/app.js';
import type { PublicEntityType } from '../entity-type.js';
import { entityTypes } from '../registry.js';
import { createUris, type Uris } from '../uris.js';
import { DescriptionBatches, inPublishedOrder } from './description-batches.js';

const { namedNode, literal, quad } = DataFactory;
const text = (quads: Quad[]) => quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value}`);

/** The entity type, counting how many things each call of describe asked for. */
function counted(entity: PublicEntityType, calls: number[]): PublicEntityType {
  return { ...entity, describe: (db, ids, uris) => { calls.push(ids.length); return entity.describe(db, ids, uris); } };
}

describe.each(engines)('descriptions of things asked for at the same moment on %s', (engine) => {
  let t: TestApp;
  let uris: Uris;

  beforeAll(async () => {
    t = await testApp({ engine });
    uris = createUris(t.app.config.publicBase);
  });
  afterAll(async () => { await t?.close(); });

  it('give every thing of every type exactly the statements it gets when asked for alone, in the same order', async () => {
    const batches = new DescriptionBatches(t.database.db, uris);
    let compared = 0;
    for (const entity of entityTypes) {
      const ids = await entity.ids(t.database.db, null, 60);
      const alone = await Promise.all(ids.map(async (id) => inPublishedOrder(await entity.describe(t.database.db, [id], uris), uris.thing(entity.type, id))));
      const together = await Promise.all(ids.map((id) => batches.describe(entity, id)));
      for (const [i, id] of ids.entries()) {
        expect(text(together[i]!), `${entity.type}/${id}`).toEqual(text(alone[i]!));
        expect(alone[i]!.length, `${entity.type}/${id}`).toBeGreaterThan(0);
      }
      compared += ids.length;
    }
    expect(compared).toBeGreaterThan(100);
  });

  it('describe the things of a type asked for together with one query, once per thing however often it is asked', async () => {
    const batches = new DescriptionBatches(t.database.db, uris);
    for (const type of ['measurement', 'case', 'lesson', 'learning-opportunity', 'actor', 'instrument', 'organisation', 'call', 'decision', 'kpi']) {
      const entity = entityTypes.find((e) => e.type === type)!;
      const ids = await entity.ids(t.database.db, null, 8);
      expect(ids.length, type).toBeGreaterThan(1);
      const calls: number[] = [];
      const asked = counted(entity, calls);
      const together = await Promise.all([...ids, ...ids].map((id) => batches.describe(asked, id)));
      expect(batches.describedOneByOne(type), type).toBe(false);
      expect(calls, type).toEqual([ids.length]);
      expect(together[0], type).toBe(together[ids.length]);
    }
  });

  it('answers an empty description for a thing that does not exist, next to things that do', async () => {
    const batches = new DescriptionBatches(t.database.db, uris);
    const entity = entityTypes.find((e) => e.type === 'case')!;
    const [id] = await entity.ids(t.database.db, null, 1);
    const [found, missing] = await Promise.all([batches.describe(entity, id!), batches.describe(entity, 'no-such-case')]);
    expect(found!.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});

describe('sharing out the statements of things described together', () => {
  const uris = createUris('https://example.org');
  const ex = (name: string) => namedNode(`https://example.org/${name}`);
  const concept = ex('id/subsector/theatre');
  const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

  /** A fake type: each thing has a label and a fragment, refers to a typed concept, and optionally to another thing or to a shared subject. */
  function fakeType(type: string, extra: (id: string) => Quad[] = () => []) {
    const calls: number[] = [];
    const entity: PublicEntityType = {
      type, dataset: 'framework', page: () => null, ids: async () => [],
      describe: async (_db, ids) => {
        calls.push(ids.length);
        const seen = new Set<string>();
        return ids.flatMap((id) => {
          const me = namedNode(uris.thing(type, id));
          const typing = seen.has('concept') ? [] : [quad(concept, namedNode(RDF_TYPE), ex('Concept'))];
          seen.add('concept'); // described together, the concept is typed once, as distinct() does
          return [
            quad(me, ex('label'), literal(id)),
            ...typing,
            quad(me, ex('subsector'), concept),
            quad(namedNode(`${me.value}#part`), ex('of'), me),
            ...extra(id),
          ];
        });
      },
    };
    return { entity, calls };
  }
  const lines = (type: string, id: string) => {
    const me = uris.thing(type, id);
    // The thing's own statements first, then the other subjects' in IRI order.
    return [`${me} https://example.org/label Literal:${id}`, `${me} https://example.org/subsector NamedNode:${concept.value}`,
      ...[`${concept.value} ${RDF_TYPE} NamedNode:https://example.org/Concept`, `${me}#part https://example.org/of NamedNode:${me}`].sort()];
  };

  it('gives every thing the typing of what it refers to, with one query', async () => {
    const { entity, calls } = fakeType('thing');
    const batches = new DescriptionBatches(null as never, uris);
    const [a, b] = await Promise.all([batches.describe(entity, 'a'), batches.describe(entity, 'b')]);
    expect(calls).toEqual([2]);
    expect(text(a!)).toEqual(lines('thing', 'a'));
    expect(text(b!)).toEqual(lines('thing', 'b'));
  });

  it('describes a batch one by one when a thing refers to another thing of the batch', async () => {
    const { entity, calls } = fakeType('linked', (id) => (id === 'a' ? [quad(namedNode(uris.thing('linked', 'a')), ex('next'), namedNode(uris.thing('linked', 'b')))] : []));
    const batches = new DescriptionBatches(null as never, uris);
    const [, b] = await Promise.all([batches.describe(entity, 'a'), batches.describe(entity, 'b')]);
    expect(text(b!)).toEqual(lines('linked', 'b'));
    await Promise.all([batches.describe(entity, 'b'), batches.describe(entity, 'c')]);
    expect(calls).toEqual([2, 1, 1, 2]);
    expect(batches.describedOneByOne('linked')).toBe(false);
  });

  it('describes a type one by one, then and from then on, when it states more than a type about something else', async () => {
    const shared = ex('id/scheme');
    const { entity, calls } = fakeType('shared', () => [quad(shared, ex('label'), literal('shared'))]);
    const batches = new DescriptionBatches(null as never, uris);
    const [a] = await Promise.all([batches.describe(entity, 'a'), batches.describe(entity, 'b')]);
    expect(calls).toEqual([2, 1, 1]);
    expect(batches.describedOneByOne('shared')).toBe(true);
    expect(text(a!)).toContain(`${shared.value} https://example.org/label Literal:shared`);
    calls.length = 0;
    await Promise.all([batches.describe(entity, 'c'), batches.describe(entity, 'd')]);
    expect(calls).toEqual([1, 1]);
  });

  it('when a batch fails, tries each thing alone: only the thing whose own description fails gets the error', async () => {
    let failing = new Set(['a', 'b']);
    const { entity } = fakeType('flaky');
    const flaky: PublicEntityType = { ...entity, describe: async (db, ids, u) => { if (ids.some((id) => failing.has(id))) throw new Error('connection lost'); return entity.describe(db, ids, u); } };
    const batches = new DescriptionBatches(null as never, uris);
    const results = await Promise.allSettled([batches.describe(flaky, 'a'), batches.describe(flaky, 'c'), batches.describe(flaky, 'b')]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'rejected']);
    expect(text((results[1] as PromiseFulfilledResult<Quad[]>).value)).toEqual(lines('flaky', 'c'));
    failing = new Set();
    expect(text(await batches.describe(flaky, 'a'))).toEqual(lines('flaky', 'a'));
  });
});
