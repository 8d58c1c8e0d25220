import type { Kysely } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { ENDORSEMENT_KPI } from '../constants.js';
import { roundStats, type RoundStats } from '../read-model.js';
import { kpiFigures, pathProgress, pathRecords, type KpiFigure, type LineFigure, type PathRecord } from './paths.js';
import { featuredVision, type RoundWithSections, type VisionRecord } from './vision.js';

export interface WhyPath { path: PathRecord; progress: number | null; lines: LineFigure[] }
export interface WhyData {
  featured: { vision: VisionRecord; round: RoundWithSections; stats: RoundStats } | null;
  paths: WhyPath[];
  /** Mean progress of every action line tied to a path, null when none has progress yet. */
  overallProgress: number | null;
  kpis: KpiFigure[];
}

/**
 * Everything the public "why" page and its embeddable version tell, drawn live from the
 * platform: the vision's text and the sector's commitment to it, the paths with the progress of
 * their action lines, and the KPIs of those lines (and the endorsement KPI).
 */
export async function gatherWhy(db: Kysely<Database>, year: number, figures: Map<number, LineFigure>): Promise<WhyData> {
  const featured = await featuredVision(db);
  const stats = featured ? await roundStats(db, featured.round.id) : null;
  const paths = await pathRecords(db);
  const whyPaths = paths.map((path) => ({
    path, progress: pathProgress(path, figures),
    lines: path.links.map((l) => figures.get(l.actionLineId)).filter((f): f is LineFigure => f !== undefined),
  }));
  const tied = [...new Set(paths.flatMap((p) => p.links.map((l) => l.actionLineId)))];
  const progresses = tied.map((id) => figures.get(id)?.progress).filter((p): p is number => typeof p === 'number');
  const kpis = await kpiFigures(db, tied, year, [ENDORSEMENT_KPI]);
  return {
    featured: featured && stats ? { ...featured, stats } : null,
    paths: whyPaths,
    overallProgress: progresses.length ? progresses.reduce((a, b) => a + b, 0) / progresses.length : null,
    kpis: [...kpis.byCode.values()],
  };
}
