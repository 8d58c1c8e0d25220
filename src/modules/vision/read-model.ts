import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { VisionSection } from '../../db/schema-vision.js';
import { PROVINCES } from '../monitoring/constants.js';
import { SUBSECTORS } from '../../catalog/types.js';
import { SECTIONS } from './constants.js';

type Q = Kysely<Database> | Transaction<Database>;

/** Organisations and people that took part in one group (a subsector, a province, or acting on their own). */
export interface ParticipationRow { key: string; organisations: number; individuals: number }
export interface RoundStats {
  comments: { total: number; unanswered: number; bySection: Record<VisionSection, { total: number; unanswered: number; answered: number }> };
  participation: {
    organisations: number; individuals: number;
    /** Per subsector (catalog order), then '' for people who took part on their own. */
    bySubsector: ParticipationRow[];
    byProvince: ParticipationRow[];
  };
  endorsements: { total: number; bySubsector: Array<{ key: string; organisations: number }> };
}

/**
 * Everything the consultation page counts about one round, in four grouped queries: who took
 * part (commented, or endorsed and did not withdraw) by subsector and province, comments per
 * section and answered or not, and endorsing organisations per subsector.
 */
export async function roundStats(db: Q, roundId: number): Promise<RoundStats> {
  const acts = db.selectFrom('vision_comments').select(['user_id', 'organisation_id']).where('round_id', '=', roundId)
    .union(db.selectFrom('vision_endorsements').select(['user_id', 'organisation_id']).where('round_id', '=', roundId).where('withdrawn_at', 'is', null));
  const grouped = (column: 'subsector' | 'province') => db.selectFrom(acts.as('a')).leftJoin('organisations as o', 'o.id', 'a.organisation_id')
    .select([`o.${column} as key`, (eb) => eb.fn.count<number>('a.organisation_id').distinct().as('organisations'), (eb) => eb.fn.count<number>('a.user_id').distinct().as('individuals')])
    .groupBy(`o.${column}`).execute();
  const [bySubsector, byProvince, totals, sections, endorsed] = await Promise.all([
    grouped('subsector'),
    grouped('province'),
    db.selectFrom(acts.as('a'))
      .select([(eb) => eb.fn.count<number>('a.organisation_id').distinct().as('organisations'), (eb) => eb.fn.count<number>('a.user_id').distinct().as('individuals')])
      .executeTakeFirstOrThrow(),
    db.selectFrom('vision_comments').select(['section', (eb) => eb.fn.countAll<number>().as('total'), (eb) => eb.fn.count<number>('answer').as('answered')])
      .where('round_id', '=', roundId).groupBy('section').execute(),
    db.selectFrom('vision_endorsements as e').innerJoin('organisations as o', 'o.id', 'e.organisation_id')
      .select(['o.subsector as key', (eb) => eb.fn.countAll<number>().as('organisations')])
      .where('e.round_id', '=', roundId).where('e.withdrawn_at', 'is', null).groupBy('o.subsector').execute(),
  ]);
  const rows = (list: typeof bySubsector, keys: readonly string[]): ParticipationRow[] => [...keys, ''].map((key) => {
    const r = list.find((x) => (x.key ?? '') === key);
    return { key, organisations: Number(r?.organisations ?? 0), individuals: Number(r?.individuals ?? 0) };
  });
  const bySection = {} as RoundStats['comments']['bySection'];
  for (const s of SECTIONS) {
    const r = sections.find((x) => x.section === s);
    const total = Number(r?.total ?? 0);
    const answered = Number(r?.answered ?? 0);
    bySection[s] = { total, answered, unanswered: total - answered };
  }
  const endorsements = SUBSECTORS.map((key) => ({ key, organisations: Number(endorsed.find((e) => e.key === key)?.organisations ?? 0) }));
  return {
    comments: {
      total: SECTIONS.reduce((n, s) => n + bySection[s].total, 0),
      unanswered: SECTIONS.reduce((n, s) => n + bySection[s].unanswered, 0),
      bySection,
    },
    participation: {
      organisations: Number(totals.organisations), individuals: Number(totals.individuals),
      bySubsector: rows(bySubsector, SUBSECTORS), byProvince: rows(byProvince, PROVINCES),
    },
    endorsements: { total: endorsements.reduce((n, e) => n + e.organisations, 0), bySubsector: endorsements },
  };
}

/** How many comments a filter of the page has, from the counts (no extra query). */
export function filteredCount(stats: RoundStats, section: VisionSection | undefined, status: 'all' | 'unanswered' | 'answered'): number {
  const pick = (c: { total: number; unanswered: number; answered: number }) => (status === 'all' ? c.total : c[status]);
  return section ? pick(stats.comments.bySection[section]) : SECTIONS.reduce((n, s) => n + pick(stats.comments.bySection[s]), 0);
}
