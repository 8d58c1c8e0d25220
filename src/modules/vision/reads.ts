import type { FastifyInstance } from 'fastify';
import { brusselsDate } from '../../web/dates.js';
import { kpiFigures, lineFigures, pathProgress, pathRecords, type KpiFigure, type LineFigure, type PathRecord } from './queries/paths.js';
import { endorsementsOf, type EndorsementRecord } from './queries/vision.js';
import { gatherWhy, type WhyData } from './queries/why.js';
import { AsyncMemo, roundStats, type RoundStats } from './read-model.js';

export interface PathView { path: PathRecord; figures: Map<number, LineFigure>; kpis: Map<number, KpiFigure[]>; progress: number | null }

/**
 * The module's cached reads. Counts over a round (10,000 comments and more) and the cycle's
 * derived progress are made once per change of the areas they read, not once per request:
 * 'vision' (every write of this module), 'maturity' (organisation names, subsectors and
 * provinces), 'cycle' (action lines and their progress).
 */
export class VisionReads {
  private readonly memo: AsyncMemo;
  constructor(private readonly app: FastifyInstance) { this.memo = new AsyncMemo(app.readModels.catalog); }

  stats(roundId: number): Promise<RoundStats> {
    return this.memo.get(`stats:${roundId}`, ['vision', 'maturity'], () => roundStats(this.app.db, roundId));
  }

  endorsements(roundId: number): Promise<EndorsementRecord[]> {
    return this.memo.get(`endorsements:${roundId}`, ['vision', 'maturity'], () => endorsementsOf(this.app.db, roundId));
  }

  /** Progress depends on today's date (the current annual plan), so the key carries the day. */
  lineFigures(): Promise<Map<number, LineFigure>> {
    return this.memo.get(`lines:${brusselsDate()}`, ['cycle'], () => lineFigures(this.app.db));
  }

  async paths(): Promise<PathView[]> {
    const [paths, figures] = await Promise.all([this.memo.get('paths', ['vision', 'cycle'], () => pathRecords(this.app.db)), this.lineFigures()]);
    return paths.map((path) => ({ path, figures, kpis: new Map(), progress: pathProgress(path, figures) }));
  }

  /** KPI values change with every measurement (not an area), so they are read fresh; the response cache tags pages with them. */
  async pathView(path: PathRecord, year: number): Promise<PathView> {
    const figures = await this.lineFigures();
    const { byLine } = await kpiFigures(this.app.db, path.links.map((l) => l.actionLineId), year);
    return { path, figures, kpis: byLine, progress: pathProgress(path, figures) };
  }

  async why(year: number): Promise<WhyData> {
    return gatherWhy(this.app.db, year, await this.lineFigures());
  }
}
