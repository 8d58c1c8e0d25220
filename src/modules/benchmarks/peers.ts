import { MIN_GROUP, PEER_FILTERS, type PeerFilter } from './constants.js';
import type { Kept, MaturityIndex, OrgEntry, Snapshot, Sources } from './read-model.js';
import { contribute, counts, emptyGroup, groupKey, sharedMask, type GroupStats } from './groups.js';
import { rowFor } from './group-tables.js';
import { peerVisibility, type Visibility } from './suppression.js';

export type PeerFilters = Record<PeerFilter, boolean>;

const BIT: Record<PeerFilter, number> = { subsector: 1, size: 2, province: 4 };
export const maskOf = (f: PeerFilters) => PEER_FILTERS.reduce((m, k) => (f[k] ? m | BIT[k] : m), 0);
export const filtersOf = (mask: number): PeerFilters => ({ subsector: Boolean(mask & 1), size: Boolean(mask & 2), province: Boolean(mask & 4) });

/** The groups of `like` for these masks, the missing ones made in one pass over the index. */
function groupsOf(index: MaturityIndex, like: OrgEntry, masks: number[]): Map<number, GroupStats> {
  const found = new Map<number, GroupStats>();
  const missing: number[] = [];
  for (const mask of masks) {
    const hit = index.groups.get(groupKey(mask, like));
    if (hit) found.set(mask, hit);
    else missing.push(mask);
  }
  if (missing.length) {
    const fresh = missing.map((mask) => [mask, emptyGroup(index.dimensions.length)] as const);
    for (const org of index.activeList()) {
      if (!org.latest) continue;
      const shared = sharedMask(org, like);
      for (const [mask, g] of fresh) if ((mask & ~shared) === 0) contribute(g, org, 1);
    }
    for (const [mask, g] of fresh) { index.groups.set(groupKey(mask, like), g); found.set(mask, g); }
  }
  return found;
}

export interface DimensionFigures {
  code: string;
  /** Peers with a level in this dimension. */
  peers: number;
  q1: number | null;
  median: number | null;
  q3: number | null;
  /** The asking organisation's own level and target, and where its level stands among the peers. */
  level: number | null;
  target: number | null;
  percentile: number | null;
  /** Peers' median 12-month target; shown only when at least MIN_GROUP peers set one. */
  targetMedian: number | null;
  targetPeers: number | null;
  /** Median change since each peer's previous assessment (at least six months older), over at least MIN_GROUP peers. */
  yoyMedian: number | null;
  yoyPeers: number | null;
}

export interface GroupFigures {
  filters: PeerFilters;
  visibility: Visibility;
  /** Only when shown. */
  peers: number | null;
  includesDemo: boolean;
  dimensions: DimensionFigures[];
}

export interface PeerBenchmark {
  organisation: OrgEntry;
  latest: Snapshot | null;
  group: GroupFigures;
  /** The chosen group without one of its filters each, widest last. */
  broader: GroupFigures[];
}

const atLeast = (n: number) => (n >= MIN_GROUP ? n : null);

/** Every mask within `mask`, itself first. */
function submasks(mask: number): number[] {
  const out: number[] = [];
  for (let sub = mask; ; sub = (sub - 1) & mask) { out.push(sub); if (sub === 0) break; }
  return out;
}

function figures(index: MaturityIndex, self: OrgEntry, mask: number): GroupFigures {
  // Every broader combination can be asked for as well, so each is a difference to guard.
  const all = submasks(mask);
  const groups = groupsOf(index, self, all);
  const group = groups.get(mask)!;
  // The organisation is never its own peer: the group's table gives its figures without it.
  const table = index.groupTable(groupKey(mask, self))!;
  const selfAssessed = counts(self);
  const broader = all.slice(1).map((m) => groups.get(m)!.members);
  const visibility = peerVisibility(group.members, broader, selfAssessed);
  const filters = filtersOf(mask);
  if (!visibility.shown) return { filters, visibility, peers: null, includesDemo: false, dimensions: [] };
  const own = selfAssessed ? self.latest : null;
  const dimensions = index.dimensions.map((code, d): DimensionFigures => {
    const t = table.dimensions[d]!;
    const level = own && own.levels[d]! >= 0 ? own.levels[d]! : null;
    // What the organisation adds to the group in this dimension (see contribute in groups.ts).
    const target = own && level !== null && own.targets[d]! >= 0 ? own.targets[d]! : null;
    const before = self.previous?.levels[d] ?? -1;
    const change = own && level !== null && before >= 0 ? level - before : null;
    const levels = rowFor(t.levels, level, 0);
    const targets = rowFor(t.targets, target, 0);
    const changes = rowFor(t.changes, change, -5);
    const n = levels.n;
    const enough = n >= MIN_GROUP;
    return {
      code, peers: n,
      q1: enough ? levels.q1 : null, median: enough ? levels.median : null, q3: enough ? levels.q3 : null,
      level, target: own && own.targets[d]! >= 0 ? own.targets[d]! : null,
      percentile: enough && level !== null ? levels.percentile : null,
      targetMedian: enough && targets.n >= MIN_GROUP ? targets.median : null, targetPeers: enough ? atLeast(targets.n) : null,
      yoyMedian: enough && changes.n >= MIN_GROUP ? changes.median : null, yoyPeers: enough ? atLeast(changes.n) : null,
    };
  });
  return { filters, visibility, peers: group.members - (selfAssessed ? 1 : 0), includesDemo: group.demo - (selfAssessed && self.isDemo ? 1 : 0) > 0, dimensions };
}

/**
 * What a benchmark is made of: the organisation's own entry, the figures of the groups it shows
 * (the chosen one and each one filter broader) and the sizes of every group within the chosen
 * one, which the rule against reveal by difference compares.
 */
export function benchmarkSources(self: OrgEntry, filters: PeerFilters): Sources {
  const mask = maskOf(filters);
  const shown = [mask, ...PEER_FILTERS.filter((f) => filters[f]).map((f) => mask & ~BIT[f])];
  return { orgs: [self.id], groups: shown.map((m) => groupKey(m, self)), sizes: submasks(mask).map((m) => groupKey(m, self)) };
}

/**
 * An organisation among its peers: the chosen group, and each group one filter broader. Kept
 * until the organisation or one of those groups changes (MaturityIndex.memoOver).
 */
export function keptPeerBenchmark(index: MaturityIndex, organisationId: number, filters: PeerFilters): Kept<PeerBenchmark> | null {
  const self = index.orgs.get(organisationId);
  if (!self) return null;
  const mask = maskOf(filters);
  return index.memoOver(`benchmark:${organisationId}:${mask}`, benchmarkSources(self, filters), () => ({
    organisation: self,
    latest: self.latest,
    group: figures(index, self, mask),
    broader: PEER_FILTERS.filter((f) => filters[f]).map((f) => figures(index, self, mask & ~BIT[f])),
  }), sameBenchmark);
}

const FIELDS = ['peers', 'q1', 'median', 'q3', 'level', 'target', 'percentile', 'targetMedian', 'targetPeers', 'yoyMedian', 'yoyPeers'] as const;

function sameFigures(a: GroupFigures, b: GroupFigures): boolean {
  if (a.visibility.shown !== b.visibility.shown || (!a.visibility.shown && a.visibility.reason !== (b.visibility as typeof a.visibility).reason)) return false;
  if (a.peers !== b.peers || a.includesDemo !== b.includesDemo || a.dimensions.length !== b.dimensions.length) return false;
  return a.dimensions.every((d, i) => { const e = b.dimensions[i]!; return d.code === e.code && FIELDS.every((f) => d[f] === e[f]); });
}

/** Whether two benchmarks of the same organisation and filters show the same figures. */
export function sameBenchmark(a: PeerBenchmark, b: PeerBenchmark): boolean {
  return a.organisation === b.organisation && a.latest === b.latest && sameFigures(a.group, b.group)
    && a.broader.length === b.broader.length && a.broader.every((g, i) => sameFigures(g, b.broader[i]!));
}

export function peerBenchmark(index: MaturityIndex, organisationId: number, filters: PeerFilters): PeerBenchmark | null {
  return keptPeerBenchmark(index, organisationId, filters)?.value ?? null;
}
