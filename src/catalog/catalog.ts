import type { Db } from '../db/database.js';
import { loadActors, loadCases, loadFramework, loadInstruments } from './load.js';
import type { Actor, Case, Challenge, Instrument, Pillar, Principle, Recommendation, Spearhead, SubsectorView, TimelineEvent } from './types.js';

/**
 * Areas of data whose changes invalidate cached views. The first four live in this read model;
 * governance, cycle and monitoring stay in the database and are only counted here, so that
 * responses made from them can be cached until their next write.
 */
export type CatalogArea = 'framework' | 'actors' | 'instruments' | 'cases' | 'governance' | 'cycle' | 'monitoring' | 'maturity' | 'vision' | 'access' | 'calls' | 'knowledge' | 'guide';
export type InstrumentListener = (before: Instrument | undefined, after: Instrument) => void;
export const AREAS: readonly CatalogArea[] = ['framework', 'actors', 'instruments', 'cases', 'governance', 'cycle', 'monitoring', 'maturity', 'vision', 'access', 'calls', 'knowledge', 'guide'];
export const OPERATIONAL_AREAS: readonly CatalogArea[] = ['governance', 'cycle', 'monitoring', 'maturity', 'vision', 'access', 'calls', 'knowledge', 'guide'];

/**
 * The catalog read model: the study's frame, actors, instruments and cases, held in memory and
 * kept current by the commands that change them (they call `refresh*` after their transaction
 * commits). Derived views (coverage matrix, role coverage, sorted lists) are memoised against
 * the generations of the areas they read: every refresh bumps its area, so a write is visible
 * on the next read. A memo is replaced in place under its key, so memory stays bounded by the
 * number of distinct keys.
 *
 * One process owns the read model. With several processes on one PostgreSQL server, each would
 * need to hear the others' writes; run one instance per database.
 */
export class Catalog {
  subsectors: SubsectorView[] = [];
  pillars: Pillar[] = [];
  challenges: Challenge[] = [];
  recommendations: Recommendation[] = [];
  principles: Principle[] = [];
  spearheads: Spearhead[] = [];
  timeline: TimelineEvent[] = [];
  readonly actors = new Map<number, Actor>();
  readonly instruments = new Map<number, Instrument>();
  readonly cases = new Map<number, Case>();
  private actorCodes = new Map<string, number>();
  private instrumentCodes = new Map<string, number>();
  private caseCodes = new Map<string, number>();
  private generationNo = 0;
  /** One counter per area, so that a change to instruments leaves the cases' caches alone. */
  private areaGenerations: Record<CatalogArea, number> = { framework: 0, actors: 0, instruments: 0, cases: 0, governance: 0, cycle: 0, monitoring: 0, maturity: 0, vision: 0, access: 0, calls: 0, knowledge: 0, guide: 0 };
  private memos = new Map<string, { stamp: string; value: unknown }>();
  private instrumentListeners: InstrumentListener[] = [];

  constructor(private readonly db: Db) {}

  get generation() { return this.generationNo; }
  /** Changes whenever any actor changes: caches that embed actor names key on it. */
  get actorsGeneration() { return this.areaGenerations.actors; }

  async reloadAll(): Promise<void> {
    const [framework, actors, instruments, cases] = await Promise.all([
      loadFramework(this.db), loadActors(this.db), loadInstruments(this.db), loadCases(this.db),
    ]);
    Object.assign(this, framework);
    this.actors.clear(); this.actorCodes.clear();
    for (const a of actors) this.putActor(a);
    this.instruments.clear(); this.instrumentCodes.clear();
    for (const i of instruments) this.putInstrument(i);
    this.cases.clear(); this.caseCodes.clear();
    for (const c of cases) this.putCase(c);
    this.bump('framework', 'actors', 'instruments', 'cases');
  }

  async refreshInstruments(ids: number[]): Promise<void> {
    const changes: Array<[Instrument | undefined, Instrument]> = [];
    for (const i of await loadInstruments(this.db, ids)) {
      const before = this.instruments.get(i.id);
      this.putInstrument(i);
      if (this.instruments.get(i.id) === i) changes.push([before, i]);
    }
    this.bump('instruments');
    for (const [before, after] of changes) for (const listener of this.instrumentListeners) listener(before, after);
  }

  /** Marks areas as changed (after a committed write to data this read model does not hold). */
  touch(...areas: CatalogArea[]): void {
    this.bump(...areas);
  }

  /** Called after every instrument change with its state before (none when new) and after. */
  onInstrumentChange(listener: InstrumentListener): void {
    this.instrumentListeners.push(listener);
  }

  async refreshActors(ids: number[]): Promise<void> {
    for (const a of await loadActors(this.db, ids)) this.putActor(a);
    this.bump('actors');
  }

  async refreshCases(ids: number[]): Promise<void> {
    const found = await loadCases(this.db, ids);
    for (const c of found) this.putCase(c);
    // Retired cases are not loaded: a refresh that does not find a case takes it out.
    for (const id of ids) {
      if (found.some((c) => c.id === id)) continue;
      const gone = this.cases.get(id);
      if (gone) { this.cases.delete(id); this.caseCodes.delete(gone.code); }
    }
    this.bump('cases');
  }

  /**
   * Caches `compute()` until the next change to one of the areas it depends on (by default
   * all of them): a cached view can never outlive the data it was made from.
   */
  memo<T>(key: string, compute: () => T, dependsOn: readonly CatalogArea[] = AREAS): T {
    const stamp = this.stamp(dependsOn);
    const hit = this.memos.get(key);
    if (hit && hit.stamp === stamp) return hit.value as T;
    const value = compute();
    this.memos.set(key, { stamp, value });
    return value;
  }

  /** The generations of these areas: equal stamps mean nothing they hold has changed. */
  stamp(areas: readonly CatalogArea[] = AREAS): string {
    return areas.map((area) => this.areaGenerations[area]).join('.');
  }

  pillar(n: number) { return this.pillars.find((p) => p.number === n); }
  challenge(n: number) { return this.challenges.find((c) => c.number === n); }
  recommendation(code: string) { return this.recommendations.find((r) => r.code === code); }
  actorByCode(code: string) { const id = this.actorCodes.get(code); return id === undefined ? undefined : this.actors.get(id); }
  instrumentByCode(code: string) { const id = this.instrumentCodes.get(code); return id === undefined ? undefined : this.instruments.get(id); }
  caseByCode(code: string) { const id = this.caseCodes.get(code); return id === undefined ? undefined : this.cases.get(id); }

  // A refresh that lost a race with a newer one must not put back an older version.
  private putActor(a: Actor) {
    if ((this.actors.get(a.id)?.version ?? 0) > a.version) return;
    this.actors.set(a.id, a); this.actorCodes.set(a.code, a.id);
  }
  private putInstrument(i: Instrument) {
    if ((this.instruments.get(i.id)?.version ?? 0) > i.version) return;
    this.instruments.set(i.id, i); this.instrumentCodes.set(i.code, i.id);
  }
  private putCase(c: Case) { this.cases.set(c.id, c); this.caseCodes.set(c.code, c.id); }
  private bump(...areas: CatalogArea[]) {
    this.generationNo++;
    for (const area of areas) this.areaGenerations[area]++;
  }
}
