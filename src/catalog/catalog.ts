import type { Db } from '../db/database.js';
import { loadActors, loadCases, loadFramework, loadInstruments } from './load.js';
import type { Actor, Case, Challenge, Instrument, Pillar, Principle, Recommendation, Spearhead, SubsectorView, TimelineEvent } from './types.js';

/**
 * The catalog read model: the study's frame, actors, instruments and cases, held in memory and
 * kept current by the commands that change them (they call `refresh*` after their transaction
 * commits). Derived views (coverage matrix, role coverage, sorted lists) are memoised per
 * generation: every refresh starts a new generation, so a write is visible on the next read.
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
  private memos = new Map<string, { generation: number; value: unknown }>();

  constructor(private readonly db: Db) {}

  get generation() { return this.generationNo; }

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
    this.bump();
  }

  async refreshInstruments(ids: number[]): Promise<void> {
    for (const i of await loadInstruments(this.db, ids)) this.putInstrument(i);
    this.bump();
  }

  async refreshActors(ids: number[]): Promise<void> {
    for (const a of await loadActors(this.db, ids)) this.putActor(a);
    this.bump();
  }

  async refreshCases(ids: number[]): Promise<void> {
    for (const c of await loadCases(this.db, ids)) this.putCase(c);
    this.bump();
  }

  /** Caches `compute()` until the next change to the catalog. */
  memo<T>(key: string, compute: () => T): T {
    const hit = this.memos.get(key);
    if (hit && hit.generation === this.generationNo) return hit.value as T;
    const value = compute();
    this.memos.set(key, { generation: this.generationNo, value });
    return value;
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
  private bump() {
    this.generationNo++;
    // Memos of an older generation can never be served again; drop them to bound memory.
    this.memos.clear();
  }
}
