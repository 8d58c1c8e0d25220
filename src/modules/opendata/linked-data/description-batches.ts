import type { Quad } from 'n3';
import type { Db } from '../../../db/database.js';
import type { PublicEntityType } from '../entity-type.js';
import { NS } from '../rdf/namespaces.js';
import type { Uris } from '../uris.js';

interface Waiter { resolve: (quads: Quad[]) => void; reject: (error: unknown) => void }

const RDF_TYPE = NS.rdf + 'type';

function quadKey(q: Quad): string {
  const o = q.object;
  return `${q.subject.value}\u0000${q.predicate.value}\u0000${o.termType}\u0000${o.value}\u0000${o.termType === 'Literal' ? `${o.language}\u0000${o.datatype.value}` : ''}`;
}

/**
 * A thing's description in the order it is published: the statements about the thing itself
 * first, as they were made, then those about each other subject (its fragments, the concepts
 * and organisations it refers to) grouped by subject in IRI order, each of those once. The
 * order does not depend on how the statements were gathered, so a description reads (and is
 * tagged) the same whether it was made alone or with others, and the Turtle has one block per
 * subject.
 */
export function inPublishedOrder(quads: readonly Quad[], uri: string): Quad[] {
  // The thing's own statements are the same however they were gathered; only the others
  // (typings shared by several things of a batch) can come more than once.
  const seen = new Set<string>();
  const own: Quad[] = [];
  const others = new Map<string, Quad[]>();
  for (const q of quads) {
    const subject = q.subject.value;
    if (subject === uri) { own.push(q); continue; }
    const key = quadKey(q);
    if (seen.has(key)) continue;
    seen.add(key);
    const group = others.get(subject);
    if (group) group.push(q); else others.set(subject, [q]);
  }
  for (const subject of [...others.keys()].sort()) own.push(...others.get(subject)!);
  return own;
}

/**
 * The descriptions of single things that concurrent requests ask for, made with one query per
 * type instead of one per request. A crawler (or a partner's link checker) asks for thousands of
 * things a second, and the embedded database runs one statement at a time, each costing about
 * 0.1 ms whatever it reads: describing twenty measurements at once costs little more than one.
 *
 * The things asked for while the event loop handles one round of input are described together
 * when that round is over (setImmediate), and the statements are shared out:
 * - a statement about a thing or a fragment of it (`<uri>#period`) is that thing's;
 * - a statement typing something a thing refers to (`<subsector/x> a skos:Concept`, made along
 *   with the reference so that the description satisfies the shapes) goes to every thing of the
 *   batch that refers to it.
 * A batch in which a thing refers to another thing of the batch is described one thing at a
 * time (the other's statements would be ambiguous), and a type that states anything else about
 * other subjects is, then and from then on. So a thing's description never depends on what else
 * was asked for at the same moment: a test compares every type's descriptions made both ways.
 * A batch whose query fails is tried thing by thing, so one thing's failure fails no other request.
 */
export class DescriptionBatches {
  private queued = new Map<PublicEntityType, Map<string, Waiter[]>>();
  private scheduled = false;
  private readonly oneByOne = new Set<string>();

  constructor(private readonly db: Db, private readonly uris: Uris) {}

  /** The statements about one thing, in published order: empty when it does not exist or is not public. */
  describe(entity: PublicEntityType, id: string): Promise<Quad[]> {
    return new Promise((resolve, reject) => {
      let byId = this.queued.get(entity);
      if (!byId) { byId = new Map(); this.queued.set(entity, byId); }
      const waiters = byId.get(id);
      if (waiters) waiters.push({ resolve, reject });
      else byId.set(id, [{ resolve, reject }]);
      if (!this.scheduled) { this.scheduled = true; setImmediate(() => this.flush()); }
    });
  }

  /** Whether things of this type are described one by one (see above). */
  describedOneByOne(type: string): boolean { return this.oneByOne.has(type); }

  private flush(): void {
    this.scheduled = false;
    const batches = this.queued;
    this.queued = new Map();
    for (const [entity, byId] of batches) void this.run(entity, byId);
  }

  private async run(entity: PublicEntityType, byId: Map<string, Waiter[]>): Promise<void> {
    const ids = [...byId.keys()];
    let described: Array<PromiseSettledResult<Quad[]>>;
    try {
      described = (await this.describeEach(entity, ids)).map((value) => ({ status: 'fulfilled', value }));
    } catch (error) {
      // One thing's failure must not fail the others asked for at the same moment: each is tried alone.
      described = ids.length === 1 ? [{ status: 'rejected', reason: error }]
        : await Promise.allSettled(ids.map((id) => entity.describe(this.db, [id], this.uris)));
    }
    ids.forEach((id, i) => {
      const result = described[i]!;
      if (result.status === 'rejected') { for (const w of byId.get(id)!) w.reject(result.reason); return; }
      const quads = inPublishedOrder(result.value, this.uris.thing(entity.type, id));
      for (const w of byId.get(id)!) w.resolve(quads);
    });
  }

  private async describeEach(entity: PublicEntityType, ids: string[]): Promise<Quad[][]> {
    const single = () => Promise.all(ids.map((id) => entity.describe(this.db, [id], this.uris)));
    if (ids.length === 1 || this.oneByOne.has(entity.type)) return single();
    const split = this.split(ids.map((id) => this.uris.thing(entity.type, id)), await entity.describe(this.db, ids, this.uris));
    if (split === 'type') this.oneByOne.add(entity.type);
    return Array.isArray(split) ? split : single();
  }

  /**
   * The statements of each thing (by URI), or why they cannot be shared out: 'batch' when a
   * thing refers to another of the batch, 'type' when a statement is about something else and
   * does not type what a thing refers to.
   */
  private split(things: readonly string[], quads: readonly Quad[]): Quad[][] | 'batch' | 'type' {
    const index = new Map(things.map((uri, i) => [uri, i]));
    const owner = (subject: string) => {
      const hash = subject.indexOf('#');
      return index.get(hash < 0 ? subject : subject.slice(0, hash));
    };
    const out = things.map((): Quad[] => []);
    const foreign: Quad[] = [];
    /** For each subject things refer to: which things (by index). */
    const referrers = new Map<string, Set<number>>();
    for (const quad of quads) {
      const i = owner(quad.subject.value);
      if (i === undefined) { foreign.push(quad); continue; }
      out[i]!.push(quad);
      if (quad.object.termType !== 'NamedNode') continue;
      const target = quad.object.value;
      const other = owner(target);
      if (other !== undefined && other !== i) return 'batch';
      const set = referrers.get(target);
      if (set) set.add(i); else referrers.set(target, new Set([i]));
    }
    for (const quad of foreign) {
      const by = referrers.get(quad.subject.value);
      if (quad.predicate.value !== RDF_TYPE || !by) return 'type';
      for (const i of by) out[i]!.push(quad);
    }
    return out;
  }
}
