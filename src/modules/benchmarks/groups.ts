import type { OrgEntry } from './read-model.js';
import { add, changeHistogram, levelHistogram, type Histogram } from './stats.js';

/**
 * Peer groups: the organisations that share some of one organisation's attributes, chosen by a
 * mask (1 subsector, 2 size class, 4 province; 0 is everyone). Their histograms are kept across
 * writes: a change to one organisation updates only the groups it belongs to, so a submission
 * does not make every benchmark start from a full scan again.
 */
export interface GroupStats {
  /** Members with a latest assessment (the asking organisation included when it is one). */
  members: number;
  demo: number;
  levels: Histogram[];
  targets: Histogram[];
  changes: Histogram[];
}

export const MASKS = [0, 1, 2, 3, 4, 5, 6, 7] as const;

export function groupKey(mask: number, org: Pick<OrgEntry, 'subsector' | 'staffClass' | 'province'>): string {
  return `${mask}:${mask & 1 ? org.subsector : ''}:${mask & 2 ? org.staffClass : ''}:${mask & 4 ? org.province : ''}`;
}

export function emptyGroup(dimensions: number): GroupStats {
  return {
    members: 0, demo: 0,
    levels: Array.from({ length: dimensions }, levelHistogram), targets: Array.from({ length: dimensions }, levelHistogram), changes: Array.from({ length: dimensions }, changeHistogram),
  };
}

/** Whether an organisation counts in peer groups at all: active, with a submitted assessment. */
export const counts = (org: OrgEntry) => !org.retired && org.latest !== null;

/** Adds (sign 1) or takes away (sign -1) one organisation's latest result. */
export function contribute(g: GroupStats, org: OrgEntry, sign: 1 | -1): void {
  const latest = org.latest!;
  g.members += sign;
  if (org.isDemo) g.demo += sign;
  for (let d = 0; d < latest.levels.length; d++) {
    const level = latest.levels[d]!;
    if (level < 0) continue;
    add(g.levels[d]!, level, sign);
    if (latest.targets[d]! >= 0) add(g.targets[d]!, latest.targets[d]!, sign);
    const before = org.previous?.levels[d] ?? -1;
    if (before >= 0) add(g.changes[d]!, level - before, sign);
  }
}

/** Which masks' groups of `like` an organisation belongs to: every mask within the attributes they share. */
export function sharedMask(org: OrgEntry, like: Pick<OrgEntry, 'subsector' | 'staffClass' | 'province'>): number {
  return (org.subsector === like.subsector ? 1 : 0) | (org.staffClass === like.staffClass ? 2 : 0) | (org.province === like.province ? 4 : 0);
}
