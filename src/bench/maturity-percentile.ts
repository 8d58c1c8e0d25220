import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { MaturityIndex, peerBenchmark, type PeerFilters } from '../modules/benchmarks/index.js';
import { rng } from './random.js';

export interface PercentileTiming {
  indexBuildMs: number;
  samples: number;
  /** Mean per benchmark computed from the index with no cached figure (all six dimensions, the group and its broader groups). */
  memoryColdMs: number;
  /** Mean per benchmark read again (cached until the next write). */
  memoryCachedMs: number;
  /** Mean per SQL aggregate for one dimension of the same group (percentile_cont and the mid-rank percentile). */
  sqlMs: number;
  /** In-memory cold time over SQL time: at most 2 means the index is within 2x of the raw aggregate. */
  memoryToSql: number;
  compared: number;
  mismatches: number;
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const round = (n: number) => Math.round(n * 100) / 100;

/**
 * Times the peer figures from the in-memory index against one SQL statement that computes the same
 * figures for one dimension, for the same organisations and filters, and checks they agree.
 */
export async function timePeerPercentile(db: Db, organisations: number[], dimensions: string[], samples = 8): Promise<PercentileTiming> {
  let t0 = performance.now();
  const index = await MaturityIndex.build(db);
  const indexBuildMs = Math.round(performance.now() - t0);
  const r = rng(2021);
  const cold: number[] = [], cached: number[] = [], sqlTimes: number[] = [];
  let compared = 0, mismatches = 0;
  for (let i = 0; i < samples; i++) {
    const orgId = r.pick(organisations);
    const filters: PeerFilters = { subsector: r.chance(0.6), size: r.chance(0.5), province: r.chance(0.4) };
    const d = r.int(0, dimensions.length - 1);
    index.forgetDerived();
    t0 = performance.now();
    const figures = peerBenchmark(index, orgId, filters)!;
    cold.push(performance.now() - t0);
    t0 = performance.now();
    peerBenchmark(index, orgId, filters);
    cached.push(performance.now() - t0);

    const org = index.orgs.get(orgId)!;
    const own = org.latest!.levels[d]!;
    t0 = performance.now();
    const { rows } = await sql<{ n: number; q1: number; median: number; q3: number; percentile: number }>`
      with latest as (
        select distinct on (a.organisation_id) a.organisation_id, a.id
        from assessments a where a.status = 'submitted' and a.submitted_at is not null
        order by a.organisation_id, a.submitted_at desc, a.id desc
      )
      select count(*)::int as n,
        percentile_cont(0.25) within group (order by r.level) as q1,
        percentile_cont(0.5) within group (order by r.level) as median,
        percentile_cont(0.75) within group (order by r.level) as q3,
        round(100 * (count(*) filter (where r.level < ${own}) + 0.5 * count(*) filter (where r.level = ${own})) / count(*))::int as percentile
      from latest l
      join organisations o on o.id = l.organisation_id
      join assessment_results r on r.assessment_id = l.id and r.dimension_code = ${dimensions[d]!}
      where o.retired_at is null and o.id <> ${orgId}
        and (${filters.subsector} = false or o.subsector = ${org.subsector})
        and (${filters.size} = false or o.staff_class = ${org.staffClass})
        and (${filters.province} = false or o.province = ${org.province})`.execute(db);
    sqlTimes.push(performance.now() - t0);
    const dim = figures.group.dimensions[d];
    if (!figures.group.visibility.shown || !dim) continue;
    compared++;
    const row = rows[0]!;
    const same = row.n === dim.peers && Number(row.q1) === dim.q1 && Number(row.median) === dim.median && Number(row.q3) === dim.q3 && row.percentile === dim.percentile;
    if (!same) mismatches++;
  }
  const memoryColdMs = round(mean(cold));
  const sqlMs = round(mean(sqlTimes));
  return {
    indexBuildMs, samples, memoryColdMs, memoryCachedMs: Math.round(mean(cached) * 10000) / 10000, sqlMs,
    memoryToSql: Math.round((memoryColdMs / sqlMs) * 10000) / 10000, compared, mismatches,
  };
}
