import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { notFound } from '../../plugins/errors.js';
import { rankApplications, type CriterionAggregate, type RankInput, type Ranking } from './ranking.js';
import type { CallRecord } from './queries.js';

interface AppEntry extends RankInput { version: number; leadId: number }
interface CallEntry { call: CallRecord; version: number; apps: Map<number, AppEntry>; ranking: Ranking | null; views: Map<string, unknown> }

/** How far back a sync looks for rows changed by other modules (a transaction's now() is its start). */
const SYNC_MARGIN_MS = 60_000;
/** However many of the platform's writes are this module's own, look at the others at least this often. */
const SYNC_AT_LEAST_MS = 2_000;

/**
 * The ranking read model: every call with its submitted applications and, per application and
 * criterion, the sum, count, minimum and maximum of the counted scores (submitted reviews without
 * a conflict of interest), held in memory so that a ranking is a sort of a few rows.
 *
 * Loaded on the first ranking read. Kept current in two ways:
 * - this module's commands reload the call they changed before they answer (`refreshCall`), so a
 *   submitted score is in the very next ranking read;
 * - writes elsewhere (calls, applications, organisations) bump the 'calls' or 'maturity' area;
 *   the next read then looks up the calls and applications changed since the last look (by
 *   updated_at, with a margin) and reloads those whose version or status differ. The area bump
 *   that follows each of this module's own writes (the app renews 'calls' after every write to
 *   these addresses) needs no look, as the call is already reloaded; a look still happens at
 *   least every SYNC_AT_LEAST_MS, and its margin also covers a write of another module that
 *   came in between.
 */
export class RankingIndex {
  private readonly calls = new Map<number, CallEntry>();
  private readonly codes = new Map<string, number>();
  private loading: Promise<void> | null = null;
  private syncing: Promise<void> | null = null;
  private seen = '';
  private seenMaturity = '';
  private lastSync = 0;
  /** Bumps of 'calls' still to come from this module's own answered writes. */
  private ownBumps = 0;

  constructor(private readonly app: FastifyInstance) {}

  private get db(): Db { return this.app.db; }

  /** The call's ranking, current with every committed write. */
  async rankingOf(code: string): Promise<{ call: CallRecord; ranking: Ranking; entry: CallEntry }> {
    await this.current();
    let id = this.codes.get(code);
    if (id === undefined) {
      // A call created since the last look: load it alone (or answer 404).
      const row = await this.db.selectFrom('calls').select('id').where('code', '=', code).executeTakeFirst();
      if (!row) throw notFound('call', code);
      await this.current();
      await this.reload(row.id);
      id = row.id;
    }
    const entry = this.calls.get(id);
    if (!entry) throw notFound('call', code);
    entry.ranking ??= rankApplications(entry.call.criteria, [...entry.apps.values()], entry.call.budget);
    return { call: entry.call, ranking: entry.ranking, entry };
  }

  /**
   * Something made from a call's ranking (its JSON, a rendered table in one language), made once
   * per state of the ranking: a reload of the call replaces the entry and with it these views.
   */
  async rankingView<T>(code: string, key: string, build: (call: CallRecord, ranking: Ranking) => T): Promise<T> {
    const { call, ranking, entry } = await this.rankingOf(code);
    if (entry.ranking !== ranking) return build(call, ranking);
    if (!entry.views.has(key)) entry.views.set(key, build(call, ranking));
    return entry.views.get(key) as T;
  }

  /** Reloads one call after a write of this module; awaited before the write is answered. */
  async refreshCall(callId: number): Promise<void> {
    if (!this.loading) return; // not loaded yet: the first read loads everything anyway
    await this.loading;
    await this.reload(callId);
    this.ownBumps++;
  }

  private async reload(callId: number): Promise<void> {
    const entries = await loadEntries(this.db, [callId]);
    for (const entry of entries) this.put(entry);
    if (!entries.length) this.drop(callId);
  }

  private put(entry: CallEntry): void {
    const old = this.calls.get(entry.call.id);
    if (old && old.call.code !== entry.call.code) this.codes.delete(old.call.code);
    this.calls.set(entry.call.id, entry);
    this.codes.set(entry.call.code, entry.call.id);
  }

  private drop(callId: number): void {
    const old = this.calls.get(callId);
    if (old) { this.codes.delete(old.call.code); this.calls.delete(callId); }
  }

  private async current(): Promise<void> {
    const catalog = this.app.readModels.catalog;
    if (!this.loading) {
      this.seen = catalog.stamp(['calls']);
      this.seenMaturity = catalog.stamp(['maturity']);
      this.lastSync = Date.now();
      this.loading = loadEntries(this.db, null).then((entries) => { for (const e of entries) this.put(e); });
    }
    await this.loading;
    const now = catalog.stamp(['calls']);
    const ownOnly = Number(now) - Number(this.seen);
    if (ownOnly > 0 && ownOnly <= this.ownBumps && catalog.stamp(['maturity']) === this.seenMaturity && Date.now() - this.lastSync < SYNC_AT_LEAST_MS) {
      this.ownBumps -= ownOnly;
      this.seen = now;
      return;
    }
    while (catalog.stamp(['calls']) !== this.seen || catalog.stamp(['maturity']) !== this.seenMaturity) {
      this.syncing ??= this.sync().finally(() => { this.syncing = null; });
      await this.syncing;
    }
  }

  private async sync(): Promise<void> {
    const catalog = this.app.readModels.catalog;
    // Taken before looking: a write during the look bumps the area again and the next read looks again.
    const stamp = catalog.stamp(['calls']);
    const maturity = catalog.stamp(['maturity']);
    const since = new Date(this.lastSync - SYNC_MARGIN_MS);
    this.lastSync = Date.now();
    this.ownBumps = 0;
    const [calls, apps] = await Promise.all([
      this.db.selectFrom('calls').select(['id', 'version']).where('updated_at', '>', since).execute(),
      this.db.selectFrom('applications').select(['id', 'call_id', 'version', 'status']).where('updated_at', '>', since).execute(),
    ]);
    const reload = new Set<number>();
    for (const c of calls) if (this.calls.get(c.id)?.version !== c.version) reload.add(c.id);
    for (const a of apps) {
      const known = this.calls.get(a.call_id)?.apps.get(a.id);
      if (known ? known.version !== a.version || known.status !== a.status : a.status !== 'draft') reload.add(a.call_id);
    }
    if (maturity !== this.seenMaturity) {
      // Organisation names may have changed: renew the names of every lead in memory.
      const names = await this.db.selectFrom('organisations').select(['id', 'name']).execute();
      const byId = new Map(names.map((n) => [n.id, n.name]));
      for (const entry of this.calls.values()) {
        let changed = false;
        for (const a of entry.apps.values()) { const n = byId.get(a.leadId); if (n !== undefined && n !== a.leadName) { a.leadName = n; changed = true; } }
        if (changed) { entry.ranking = null; entry.views.clear(); }
      }
    }
    if (reload.size) for (const entry of await loadEntries(this.db, [...reload])) this.put(entry);
    this.seen = stamp;
    this.seenMaturity = maturity;
  }
}

/**
 * Calls with their ranked applications and score aggregates; all calls when ids is null. For a
 * few calls the applications are found first, so that scores and reviews are read through their
 * primary keys (a call's refresh must not scan every score of the platform).
 */
async function loadEntries(db: Db, ids: number[] | null): Promise<CallEntry[]> {
  if (ids && !ids.length) return [];
  const inCalls = ids ? sql`and call_id = any(${ids})` : sql``;
  const [calls, criteria, steps, apps] = await Promise.all([
    sql<{ id: number; code: string; title_nl: string; title_en: string; is_demo: boolean; budget_eur: string; max_grant_eur: string | null; closes_at: Date; status: string; version: number }>`
      select id, code, title_nl, title_en, is_demo, budget_eur, max_grant_eur, closes_at, status, version from calls
      ${ids ? sql`where id = any(${ids})` : sql``}`.execute(db),
    sql<{ call_id: number; code: string; position: number; weight: string; label_nl: string; label_en: string }>`
      select call_id, code, position, weight, label_nl, label_en from call_criteria where true ${inCalls} order by call_id, position`.execute(db),
    sql<{ call_id: number; code: string; position: number; kind: string; actor_role: string; label_nl: string; label_en: string }>`
      select call_id, code, position, kind, actor_role, label_nl, label_en from call_workflow_steps where true ${inCalls} order by call_id, position`.execute(db),
    sql<{ id: number; call_id: number; title: string; lead_organisation_id: number; name: string; requested_eur: string | null; status: string; current_step: string | null; submitted_at: Date | null; is_demo: boolean; version: number }>`
      select a.id, a.call_id, a.title, a.lead_organisation_id, o.name, a.requested_eur, a.status, a.current_step, a.submitted_at, a.is_demo, a.version
      from applications a join organisations o on o.id = a.lead_organisation_id
      where a.status <> 'draft' ${ids ? sql`and a.call_id = any(${ids})` : sql``}`.execute(db),
  ]);
  const appIds = apps.rows.map((a) => a.id);
  const inApps = (column: string) => (ids ? sql`and ${sql.ref(column)} = any(${appIds})` : sql``);
  const noRows = { rows: [] as never[] };
  const [reviews, aggregates, decisions] = ids && !appIds.length ? [noRows, noRows, noRows] : await Promise.all([
    sql<{ application_id: number; n: number }>`
      select application_id, count(*)::int as n from reviews where not conflicted and submitted_at is not null ${inApps('application_id')}
      group by application_id`.execute(db),
    sql<{ application_id: number; criterion_code: string; total: number; n: number; lo: number; hi: number }>`
      select s.application_id, s.criterion_code, sum(s.score)::int as total, count(*)::int as n, min(s.score)::int as lo, max(s.score)::int as hi
      from review_scores s join reviews r on r.application_id = s.application_id and r.reviewer_id = s.reviewer_id
      where not r.conflicted and r.submitted_at is not null ${inApps('s.application_id')}
      group by s.application_id, s.criterion_code`.execute(db),
    sql<{ application_id: number; outcome: 'granted' | 'refused'; amount_eur: string | null }>`
      select application_id, outcome, amount_eur from grant_decisions where true ${inApps('application_id')}`.execute(db),
  ]);
  const reviewCount = new Map(reviews.rows.map((r) => [r.application_id, Number(r.n)]));
  const entries = new Map<number, CallEntry>();
  for (const c of calls.rows) {
    entries.set(c.id, {
      version: c.version, apps: new Map(), ranking: null, views: new Map(),
      call: {
        id: c.id, code: c.code, title: { nl: c.title_nl, en: c.title_en }, isDemo: c.is_demo, budget: Number(c.budget_eur),
        maxGrant: c.max_grant_eur === null ? null : Number(c.max_grant_eur), closesAt: new Date(c.closes_at).toISOString(), status: c.status,
        criteria: [], steps: [],
      },
    });
  }
  for (const c of criteria.rows) entries.get(c.call_id)?.call.criteria.push({ code: c.code, position: c.position, weight: Number(c.weight), label: { nl: c.label_nl, en: c.label_en } });
  for (const s of steps.rows) {
    entries.get(s.call_id)?.call.steps.push({ code: s.code, position: s.position, kind: s.kind as never, actorRole: s.actor_role as never, label: { nl: s.label_nl, en: s.label_en } });
  }
  const byApp = new Map<number, Map<string, CriterionAggregate>>();
  for (const g of aggregates.rows) {
    let m = byApp.get(g.application_id);
    if (!m) byApp.set(g.application_id, (m = new Map()));
    m.set(g.criterion_code, { sum: Number(g.total), count: Number(g.n), min: Number(g.lo), max: Number(g.hi) });
  }
  const decided = new Map(decisions.rows.map((d) => [d.application_id, { outcome: d.outcome, amount: d.amount_eur === null ? null : Number(d.amount_eur) }]));
  const none: ReadonlyMap<string, CriterionAggregate> = new Map();
  for (const a of apps.rows) {
    entries.get(a.call_id)?.apps.set(a.id, {
      id: a.id, title: a.title, leadName: a.name, leadId: a.lead_organisation_id, isDemo: a.is_demo,
      requested: a.requested_eur === null ? null : Number(a.requested_eur), status: a.status, currentStep: a.current_step,
      submittedAt: a.submitted_at ? new Date(a.submitted_at).toISOString() : null, reviews: reviewCount.get(a.id) ?? 0,
      perCriterion: byApp.get(a.id) ?? none, decision: decided.get(a.id) ?? null, version: a.version,
    });
  }
  return [...entries.values()];
}
