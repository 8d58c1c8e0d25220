import { flatHtml } from '../../catalog/flat-text.js';
import type { FastifyInstance } from 'fastify';
import type { Html } from '../../web/jsx.js';
import { brusselsDate } from '../../web/dates.js';
import { kpiFigures, lineFigures, pathProgress, pathRecords, type KpiFigure, type LineFigure, type PathRecord } from './queries/paths.js';
import { getVision, roundWithSections, type RoundRecord, type RoundWithSections, type VisionWithRounds } from './queries/vision.js';
import { gatherWhy, type WhyData } from './queries/why.js';
import { AsyncMemo } from '../../catalog/async-memo.js';
import { RoundModel } from './round-model.js';

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

  /**
   * A vision with its rounds, and a round's text: read on every consultation page, changed only
   * by writes of this module. A vision that does not exist is not kept (the promise rejects).
   */
  vision(code: string, seesDrafts: boolean): Promise<VisionWithRounds> {
    return this.memo.get(`vision:${seesDrafts ? 'all' : 'open'}:${code}`, ['vision'], () => getVision(this.app.db, code, seesDrafts));
  }

  round(round: RoundRecord): Promise<RoundWithSections> {
    return this.memo.get(`round:${round.id}`, ['vision'], () => roundWithSections(this.app.db, round));
  }

  private readonly fragments = new Map<string, Html>();

  /**
   * Parts of the consultation page that many readers see alike (who took part; one page of
   * comments), rendered once. The key names everything the part shows (the round model's
   * generation, the comments' ids and versions), so a part is never stale; old keys age out.
   */
  fragment(key: string, render: () => Html): Html {
    const hit = this.fragments.get(key);
    if (hit) { this.fragments.delete(key); this.fragments.set(key, hit); return hit; }
    const html = render();
    flatHtml(html);
    this.fragments.set(key, html);
    if (this.fragments.size > 2000) this.fragments.delete(this.fragments.keys().next().value!);
    return html;
  }

  private readonly rounds = new Map<number, { vision: string; access: string; model: Promise<RoundModel> }>();

  /**
   * A round's comments, endorsements and counts in memory (round-model.ts), brought up to date
   * after writes of this module ('vision') and read afresh after changes to organisations
   * ('access': names, subsectors, provinces). Concurrent readers share one refresh.
   */
  roundModel(roundId: number): Promise<RoundModel> {
    const { catalog } = this.app.readModels;
    const vision = catalog.stamp(['vision']), access = catalog.stamp(['access']);
    const held = this.rounds.get(roundId);
    if (held && held.vision === vision && held.access === access) return held.model;
    const previous = held?.model.catch(() => undefined) ?? Promise.resolve(undefined);
    const model = previous.then((m) => (m ?? new RoundModel(roundId)).refresh(this.app.db, held !== undefined && held.access !== access));
    this.rounds.set(roundId, { vision, access, model });
    model.catch(() => { if (this.rounds.get(roundId)?.model === model) this.rounds.delete(roundId); });
    return model;
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
