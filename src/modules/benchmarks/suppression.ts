import { MIN_GROUP } from './constants.js';

/**
 * When figures about a group of organisations may be shown. Two rules, one place:
 *
 * 1. Small groups: a group of fewer than MIN_GROUP organisations shows nothing, not even its size.
 * 2. No reveal by difference: the platform shows every broader group too (a peer group without one
 *    of its filters, a sector total beside its cells). When a broader group has 1 to MIN_GROUP - 1
 *    organisations more than this one, the two sets of figures together describe those few, so
 *    the narrower group is withheld.
 *
 * An organisation comparing itself is never one of its own peers: counts exclude it.
 */
export type Visibility =
  | { shown: true }
  | { shown: false; reason: 'too_small' | 'difference' | 'complementary' };

export const SHOWN: Visibility = { shown: true };

/** A peer group of `peers` organisations (excluding the asking one), beside broader groups of these sizes. */
export function groupVisibility(peers: number, broaderPeers: readonly number[]): Visibility {
  if (peers < MIN_GROUP) return { shown: false, reason: 'too_small' };
  for (const broader of broaderPeers) {
    const difference = broader - peers;
    if (difference > 0 && difference < MIN_GROUP) return { shown: false, reason: 'difference' };
  }
  return SHOWN;
}

/**
 * The same rule from group sizes that still count the asking organisation, when it has an
 * assessment itself (it then sits in its own group and in every broader one).
 */
export function peerVisibility(members: number, broaderMembers: readonly number[], selfAssessed: boolean): Visibility {
  const self = selfAssessed ? 1 : 0;
  return groupVisibility(members - self, broaderMembers.map((m) => m - self));
}

/**
 * A breakdown shown with its total (sector baseline by subsector or province). Cells of 1 to
 * MIN_GROUP - 1 organisations are withheld; if what is withheld adds up to fewer than MIN_GROUP,
 * the total minus the shown cells would give it away, so the smallest shown cell with members is
 * withheld as well (complementary suppression). Empty cells are shown as empty: no one is in them.
 * A total below MIN_GROUP withholds everything.
 */
export function cellVisibility(total: number, cells: ReadonlyArray<{ key: string; n: number }>): { total: Visibility; cells: Map<string, Visibility> } {
  const result = new Map<string, Visibility>();
  if (total < MIN_GROUP) {
    const hidden: Visibility = { shown: false, reason: 'too_small' };
    for (const c of cells) result.set(c.key, hidden);
    return { total: hidden, cells: result };
  }
  let withheld = 0;
  for (const c of cells) {
    if (c.n > 0 && c.n < MIN_GROUP) {
      result.set(c.key, { shown: false, reason: 'too_small' });
      withheld += c.n;
    } else result.set(c.key, SHOWN);
  }
  if (withheld > 0 && withheld < MIN_GROUP) {
    const candidates = cells.filter((c) => c.n >= MIN_GROUP).sort((a, b) => a.n - b.n || a.key.localeCompare(b.key));
    for (const c of candidates) {
      result.set(c.key, { shown: false, reason: 'complementary' });
      withheld += c.n;
      if (withheld >= MIN_GROUP) break;
    }
  }
  return { total: SHOWN, cells: result };
}
