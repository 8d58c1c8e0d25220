import type { Catalog } from '../../catalog/catalog.js';
import type { Instrument } from '../../catalog/types.js';
import type { Lang } from '../../plugins/i18n.js';

/**
 * The instrument registry laid out for filtering: instruments in name order for one language,
 * with membership arrays per challenge, pillar and type, so a filtered page is one scan of
 * small typed arrays. Rebuilt (a few milliseconds at 5,000 instruments) once per catalog change.
 */
export interface InstrumentIndex {
  order: Instrument[];
  retired: Uint8Array;
  actor: Int32Array;
  type: string[];
  byChallenge: Map<number, Uint8Array>;
  byPillar: Map<number, Uint8Array>;
  /** Lower-cased names in both languages and the code, for the text filter. */
  text: string[];
  /** Positions (in name order) per challenge, pillar, type, actor and status: the scan starts from the shortest. */
  positions: { challenge: Map<number, Int32Array>; pillar: Map<number, Int32Array>; type: Map<string, Int32Array>; actor: Map<number, Int32Array>; active: Int32Array; retired: Int32Array; all: Int32Array };
}

function positionsOf<K>(keysAt: (pos: number) => Iterable<K>, n: number): Map<K, Int32Array> {
  const lists = new Map<K, number[]>();
  for (let pos = 0; pos < n; pos++) {
    for (const key of keysAt(pos)) {
      const list = lists.get(key);
      if (list) list.push(pos); else lists.set(key, [pos]);
    }
  }
  return new Map([...lists].map(([k, v]) => [k, Int32Array.from(v)]));
}

export function instrumentIndex(catalog: Catalog, lang: Lang): InstrumentIndex {
  return catalog.memo(`instruments:index:${lang}`, () => {
    const collator = new Intl.Collator(lang);
    const order = [...catalog.instruments.values()].sort((a, b) => collator.compare(a.name[lang], b.name[lang]) || a.id - b.id);
    const n = order.length;
    const retired = new Uint8Array(n);
    const actor = new Int32Array(n);
    const byChallenge = new Map<number, Uint8Array>();
    const byPillar = new Map<number, Uint8Array>();
    const pillarOf = new Map(catalog.challenges.map((c) => [c.number, c.pillar]));
    const member = (map: Map<number, Uint8Array>, key: number) => {
      let array = map.get(key);
      if (!array) { array = new Uint8Array(n); map.set(key, array); }
      return array;
    };
    order.forEach((i, pos) => {
      retired[pos] = i.retired ? 1 : 0;
      actor[pos] = i.responsibleActorId ?? -1;
      for (const link of i.links) {
        member(byChallenge, link.challenge)[pos] = 1;
        const pillar = pillarOf.get(link.challenge);
        if (pillar !== undefined) member(byPillar, pillar)[pos] = 1;
      }
    });
    const challengesAt = (pos: number) => order[pos]!.links.map((l) => l.challenge);
    const all = Int32Array.from(order.keys());
    return {
      order, retired, actor, byChallenge, byPillar,
      positions: {
        challenge: positionsOf(challengesAt, n),
        pillar: positionsOf((pos) => new Set(challengesAt(pos).map((c) => pillarOf.get(c) ?? 0)), n),
        type: positionsOf((pos) => [order[pos]!.type], n),
        actor: positionsOf((pos) => (order[pos]!.responsibleActorId === null ? [] : [order[pos]!.responsibleActorId!]), n),
        active: all.filter((pos) => retired[pos] === 0),
        retired: all.filter((pos) => retired[pos] === 1),
        all,
      },
      type: order.map((i) => i.type),
      text: order.map((i) => `${i.name.nl.toLocaleLowerCase('nl')}\u0000${i.name.en.toLocaleLowerCase('en')}\u0000${i.code}`),
    };
  }, ['framework', 'instruments']);
}
