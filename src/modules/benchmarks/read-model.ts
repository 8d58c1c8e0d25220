import { sql } from 'kysely';
import type { Catalog } from '../../catalog/catalog.js';
import type { Db } from '../../db/database.js';
import { brusselsDate } from '../../web/dates.js';
import { currentModelId, dimensionIn, DIMENSION_CODES } from '../maturity/model.js';
import { YOY_MIN_MONTHS } from './constants.js';
import { contribute, counts, emptyGroup, groupKey, MASKS, type GroupStats } from './groups.js';
import { Lru } from '../../catalog/lru.js';
import { groupTable, sameTable, type GroupTable } from './group-tables.js';

/** One submitted assessment's result, by dimension of the current model version (-1: no level). */
export interface Snapshot {
  assessmentId: number;
  kind: 'quick' | 'full';
  modelId: number;
  submittedAt: Date;
  /** Calendar year of submission in Brussels. */
  year: number;
  levels: Int8Array;
  targets: Int8Array;
}

export interface OrgEntry {
  id: number;
  name: string;
  subsector: string;
  staffClass: string;
  province: string;
  isDemo: boolean;
  retired: boolean;
  /** Oldest first. */
  snapshots: Snapshot[];
  /** Derived: the latest snapshot, and the latest one at least YOY_MIN_MONTHS before it. */
  latest: Snapshot | null;
  previous: Snapshot | null;
}

/** What a figure kept by MaturityIndex.memoOver is made of: organisations by id, groups by groupKey. */
export interface Sources { orgs: readonly number[]; groups: readonly string[]; sizes: readonly string[] }

/**
 * A figure kept by MaturityIndex.memoOver: the version at which it was made (or last found
 * different), and the version up to which it is known to hold.
 */
export interface Kept<T> { value: T; at: number; checked: number }

// Figures kept per organisation and filters, and their views per language (memoOver, memoFrom):
// a figure takes about 3 kB and a view with its JSON about 8 kB (the figure it was made from is
// shared), so 40,000 entries, 20,000 benchmarks with their views, stay under 250 MB.
const KEPT_LIMIT = 40_000;

/** See MaturityIndex.maintain. */
export interface Maintained<T> { value: T; apply: (org: OrgEntry, sign: 1 | -1) => void }

type OrgRow = [id: number, name: string, subsector: string, staffClass: string, province: string, isDemo: boolean, retired: boolean];
type ResultRow = [id: number, organisationId: number, modelId: number, kind: 'quick' | 'full', submittedAtMs: number, results: string];

// Rows are read again for this long after a refresh: a submission whose transaction started
// before the previous refresh but committed after it still has its submitted_at in the window.
const OVERLAP = '2 minutes';

function brusselsYear(d: Date): number {
  // Brussels is UTC+1 or +2: only the last hours of 31 December UTC fall in another year.
  if (d.getUTCMonth() === 11 && d.getUTCDate() === 31 && d.getUTCHours() >= 22) return Number(brusselsDate(d).slice(0, 4));
  return d.getUTCFullYear();
}

function derive(org: OrgEntry): void {
  const list = org.snapshots;
  org.latest = list.length ? list[list.length - 1]! : null;
  org.previous = null;
  if (!org.latest) return;
  const cutoff = new Date(org.latest.submittedAt);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - YOY_MIN_MONTHS);
  for (let i = list.length - 2; i >= 0; i--) {
    if (list[i]!.submittedAt.getTime() <= cutoff.getTime()) { org.previous = list[i]!; break; }
  }
}

/**
 * Every organisation's attributes and its submitted results, in memory: what peer benchmarks
 * and the sector baseline are computed from, at sector scale, without a query per figure.
 * Built from two queries (organisations; results joined to their submitted assessments); later
 * changes are read as a delta: new ids plus whatever changed in the overlap window. Results of an
 * older model version are placed under their dimension in the current version (dimensionIn).
 */
export class MaturityIndex {
  readonly orgs = new Map<number, OrgEntry>();
  /** Bumped on every applied change: derived figures are cached against it. */
  version = 0;
  /** Peer groups by groupKey, kept up to date through every change (see groups.ts). */
  readonly groups = new Map<string, GroupStats>();
  private known = new Set<number>();
  /** Known assessments submitted recently, by submission time (ms): the ones a delta may meet again. */
  private recent = new Map<number, number>();
  private maxOrgId = 0;
  private maxAssessmentId = 0;
  private since: Date | null = null;
  private mapping = new Map<number, Map<string, number>>();
  private derived = new Map<string, unknown>();
  private derivedVersion = -1;
  /** Aggregates kept up to date through every change, like the peer groups (see maintain). */
  private maintained = new Map<string, Maintained<unknown>>();
  /** Whether `groups` holds every group (see buildAllGroups) rather than those asked for so far. */
  private allGroups = false;
  /**
   * The version at which each organisation's entry, each peer group's figures and each peer
   * group's size (by groupKey) last changed. A new result of an organisation that had one changes
   * its groups' figures but not their sizes, which is all a benchmark reads of most broader groups.
   */
  private readonly orgChangedAt = new Map<number, number>();
  private readonly groupChangedAt = new Map<string, number>();
  private readonly sizeChangedAt = new Map<string, number>();
  private kept = new Lru<Kept<unknown>>(KEPT_LIMIT);
  /** Each held group's table (group-tables.ts): made at `made`, last different at `changedAt`. */
  private readonly tables = new Map<string, { table: GroupTable; made: number; changedAt: number }>();

  private constructor(readonly modelId: number | null, readonly dimensions: readonly string[]) {}

  static async build(db: Db): Promise<MaturityIndex> {
    const modelId = (await currentModelId(db)) ?? null;
    const dims = modelId === null ? [] : (await db.selectFrom('maturity_dimensions').select('code')
      .where('model_id', '=', modelId).orderBy('position').execute()).map((d) => d.code);
    const index = new MaturityIndex(modelId, dims.length ? dims : [...DIMENSION_CODES]);
    await index.load(db);
    index.buildAllGroups();
    return index;
  }

  /** Reads what changed since the last load; returns false when a full rebuild is needed instead. */
  async refresh(db: Db): Promise<boolean> {
    if (((await currentModelId(db)) ?? null) !== this.modelId) return false;
    await this.load(db);
    return true;
  }

  private async load(db: Db): Promise<void> {
    const { rows } = await sql<{ since: Date }>`select now() - ${sql.raw(`interval '${OVERLAP}'`)} as since`.execute(db);
    const next = new Date(rows[0]!.since);
    const since = this.since;
    // Each query answers one row holding a JSON array: PGlite's cost is per row returned, and
    // a full build reads 200,000 assessments at sector scale.
    const orgFilter = since === null ? sql`true` : sql`(id > ${this.maxOrgId} or updated_at >= ${since})`;
    const orgRows = (await sql<{ list: OrgRow[] | null }>`
      select json_agg(json_build_array(id, name, subsector, staff_class, province, is_demo, retired_at is not null)) as list
      from organisations where ${orgFilter}`.execute(db)).rows[0]?.list ?? [];
    // A full build aggregates every result at once; a delta looks up the results of the few
    // assessments it reads through the primary key instead of aggregating the whole table.
    const results = since === null
      ? sql`select a.id, a.organisation_id, a.model_id, a.kind, a.submitted_at, r.res
          from assessments a
          join (select assessment_id, string_agg(dimension_code || '=' || level || '/' || coalesce(target_level::text, ''), ' ') as res
                from assessment_results group by assessment_id) r on r.assessment_id = a.id
          where a.status = 'submitted' and a.submitted_at is not null`
      : sql`select a.id, a.organisation_id, a.model_id, a.kind, a.submitted_at,
            (select string_agg(r.dimension_code || '=' || r.level || '/' || coalesce(r.target_level::text, ''), ' ')
             from assessment_results r where r.assessment_id = a.id) as res
          from assessments a
          where a.id in (
            -- Two index reads (new ids; recent submissions) rather than one filter over every assessment.
            select id from assessments where id > ${this.maxAssessmentId} and status = 'submitted' and submitted_at is not null
            union select id from assessments where status = 'submitted' and submitted_at >= ${since})
            -- What the overlap window holds that is already known is not read again.
            and not (a.id = any(${this.recentIds(since)}::int[]))`;
    // An assessment without results yet (null) is left for a later read; filtering it here
    // rather than in SQL keeps the lookup of results to the few assessments read.
    const resultRows = ((await sql<{ list: Array<ResultRow | [number, number, number, 'quick' | 'full', number, null]> | null }>`
      select json_agg(json_build_array(x.id, x.organisation_id, x.model_id, x.kind, floor(extract(epoch from x.submitted_at) * 1000), x.res) order by x.id) as list
      from (${results}) x`.execute(db)).rows[0]?.list ?? []).filter((row): row is ResultRow => row[5] !== null);

    const parsed = resultRows.filter(([id]) => !this.known.has(id)).map(([id, organisationId, modelId, kind, at, res]) => ({
      id, organisationId, modelId, kind, submittedAt: new Date(at),
      results: res.split(' ').map((part) => {
        const [code, values] = part.split('=') as [string, string];
        const [level, target] = values.split('/');
        return { code, level: Number(level), target: target ? Number(target) : -1 };
      }),
    }));
    // The last wait of a load: from here on the index changes in one go, so that a reader never
    // sees an organisation taken out of its groups and not yet put back.
    await this.resolveMappings(db, parsed.flatMap((a) => a.results.map((r) => ({ model_id: a.modelId, dimension_code: r.code }))));
    // Organisations about to change leave their cached groups now and join them again afterwards.
    // What they change is marked with the version this load makes (see memoOver).
    const stamp = this.version + 1;
    const sizes = new Map<string, number>();
    const affected = new Set<OrgEntry>();
    const leave = (org: OrgEntry | undefined) => {
      if (!org || affected.has(org)) return;
      affected.add(org);
      this.regroup(org, -1, stamp, sizes);
    };
    // Rows read again in the overlap window that hold nothing new are left out.
    const changedOrgs = orgRows.filter(([id, name, subsector, staffClass, province, isDemo, retired]) => {
      const e = this.orgs.get(id);
      return !e || e.name !== name || e.subsector !== subsector || e.staffClass !== staffClass || e.province !== province || e.isDemo !== isDemo || e.retired !== retired;
    });
    for (const [id] of changedOrgs) leave(this.orgs.get(id));
    for (const [id, organisationId] of resultRows) if (!this.known.has(id)) leave(this.orgs.get(organisationId));

    let changed = false;
    for (const [id, name, subsector, staffClass, province, isDemo, retired] of changedOrgs) {
      const entry = this.orgs.get(id);
      const attrs = { name, subsector, staffClass, province, isDemo, retired };
      if (entry) Object.assign(entry, attrs);
      else {
        const created: OrgEntry = { id, ...attrs, snapshots: [], latest: null, previous: null };
        this.orgs.set(id, created);
        affected.add(created);
      }
      this.maxOrgId = Math.max(this.maxOrgId, id);
      changed = true;
    }
    const touched = new Set<OrgEntry>();
    for (const a of parsed) {
      this.maxAssessmentId = Math.max(this.maxAssessmentId, a.id);
      const org = this.orgs.get(a.organisationId);
      if (!org) continue;
      const snapshot: Snapshot = {
        assessmentId: a.id, kind: a.kind, modelId: a.modelId, submittedAt: a.submittedAt, year: brusselsYear(a.submittedAt),
        levels: new Int8Array(this.dimensions.length).fill(-1), targets: new Int8Array(this.dimensions.length).fill(-1),
      };
      const map = this.mapping.get(a.modelId);
      for (const r of a.results) {
        const d = map?.get(r.code) ?? -1;
        if (d < 0) continue;
        snapshot.levels[d] = r.level;
        snapshot.targets[d] = r.target;
      }
      this.known.add(a.id);
      if (a.submittedAt.getTime() >= next.getTime()) this.recent.set(a.id, a.submittedAt.getTime());
      org.snapshots.push(snapshot);
      touched.add(org);
    }
    for (const org of touched) {
      org.snapshots.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || a.assessmentId - b.assessmentId);
      derive(org);
    }
    for (const org of affected) {
      this.orgChangedAt.set(org.id, stamp);
      this.regroup(org, 1, stamp, sizes);
    }
    for (const org of touched) this.orgChangedAt.set(org.id, stamp);
    for (const [key, change] of sizes) if (change !== 0) this.sizeChangedAt.set(key, stamp);
    if (touched.size || changed) this.version++;
    this.since = next;
  }

  /** Ids of known assessments submitted at or after `since` (older ones are forgotten here). */
  private recentIds(since: Date): number[] {
    const ids: number[] = [];
    for (const [id, at] of this.recent) {
      if (at >= since.getTime()) ids.push(id);
      else this.recent.delete(id);
    }
    return ids;
  }

  /** Where each (model version, dimension code) of these rows sits in the current version. */
  private async resolveMappings(db: Db, rows: ReadonlyArray<{ model_id: number; dimension_code: string }>): Promise<void> {
    const missing = new Map<number, Set<string>>();
    for (const r of rows) {
      if (this.mapping.get(r.model_id)?.has(r.dimension_code)) continue;
      let codes = missing.get(r.model_id);
      if (!codes) missing.set(r.model_id, (codes = new Set()));
      codes.add(r.dimension_code);
    }
    for (const [modelId, codes] of missing) {
      let map = this.mapping.get(modelId);
      if (!map) this.mapping.set(modelId, (map = new Map()));
      for (const code of codes) {
        const target = this.modelId === null ? code : await dimensionIn(db, modelId, code, this.modelId);
        map.set(code, target === null ? -1 : this.dimensions.indexOf(target));
      }
    }
  }

  /** Adds an organisation to (or takes it out of) every cached peer group it belongs to. */
  private regroup(org: OrgEntry, sign: 1 | -1, stamp: number, sizes: Map<string, number>): void {
    if (!counts(org)) return;
    for (const mask of MASKS) {
      const key = groupKey(mask, org);
      this.groupChangedAt.set(key, stamp);
      sizes.set(key, (sizes.get(key) ?? 0) + sign);
      let g = this.groups.get(key);
      // With every group held, a missing one has no member yet: this organisation starts it.
      if (!g && this.allGroups && sign === 1) this.groups.set(key, (g = emptyGroup(this.dimensions.length)));
      if (g) contribute(g, org, sign);
    }
    for (const m of this.maintained.values()) m.apply(org, sign);
  }

  /**
   * An aggregate built once from the whole index and from then on updated per organisation: each
   * change takes the organisation's part out (sign -1) before it applies and puts it back (1) after.
   */
  maintain<T>(key: string, build: () => Maintained<T>): T {
    let m = this.maintained.get(key);
    if (!m) this.maintained.set(key, (m = build()));
    return m.value as T;
  }

  /** Caches a figure computed from the index until its next change. */
  memo<T>(key: string, compute: () => T): T {
    if (this.derivedVersion !== this.version) { this.derived.clear(); this.derivedVersion = this.version; }
    if (this.derived.has(key)) return this.derived.get(key) as T;
    const value = compute();
    // Bounded: a long run of distinct keys between two changes starts the cache afresh.
    if (this.derived.size > 20_000) this.derived.clear();
    this.derived.set(key, value);
    return value;
  }

  /**
   * Caches a figure made from some organisations' entries, some peer groups' figures and some
   * peer groups' sizes (groups by groupKey) until one of those changes: a submission renews the
   * benchmarks that show a group it is in, not every benchmark, as `memo` does. The key names
   * everything else the figure depends on (the language, say).
   *
   * With `same`, a figure whose groups changed (but not its own organisations) is made again and
   * compared: one more result in a group of hundreds seldom moves a quartile or a percentile, and
   * an equal figure is kept as it was, with what was made from it (memoFrom). `at` names the
   * figure: it changes exactly when the figure does.
   */
  memoOver<T>(key: string, sources: Sources, compute: () => T, same?: (before: T, after: T) => boolean): Kept<T> {
    const held = this.kept.get(key) as Kept<T> | undefined;
    const change = held ? this.changeSince(held.checked, sources) : 'own';
    if (held && change === 'none') return held;
    const value = compute();
    if (held && change === 'groups' && same?.(held.value, value)) {
      held.checked = this.version;
      return held;
    }
    const made: Kept<T> = { value, at: this.version, checked: this.version };
    this.kept.set(key, made);
    return made;
  }

  /** Caches what is made from a kept figure (its view in one language, say) for as long as that figure is kept. */
  memoFrom<S, T>(key: string, source: Kept<S>, compute: (source: S) => T): T {
    const held = this.kept.get(key) as Kept<{ from: S; made: T }> | undefined;
    if (held && held.value.from === source.value) return held.value.made;
    const made = compute(source.value);
    this.kept.set(key, { value: { from: source.value, made }, at: source.at, checked: source.checked });
    return made;
  }

  /**
   * What changed since version `at` among the sources: nothing, only groups, or an organisation's
   * own entry. A group counts as changed when its table did: a change that leaves every figure
   * of the group as it was, for every member, changes no benchmark that shows it.
   */
  private changeSince(at: number, { orgs, groups, sizes }: Sources): 'none' | 'groups' | 'own' {
    for (const id of orgs) if ((this.orgChangedAt.get(id) ?? 0) > at) return 'own';
    for (const key of groups) {
      if ((this.groupChangedAt.get(key) ?? 0) <= at) continue;
      const held = this.groups.has(key) ? this.tableEntry(key) : undefined;
      if (!held || held.changedAt > at) return 'groups';
    }
    for (const key of sizes) if ((this.sizeChangedAt.get(key) ?? 0) > at) return 'groups';
    return 'none';
  }

  /** The table of a held peer group (groupKey), made again only after the group changed. */
  groupTable(key: string): GroupTable | undefined {
    return this.groups.has(key) ? this.tableEntry(key).table : undefined;
  }

  private tableEntry(key: string): { table: GroupTable; made: number; changedAt: number } {
    const held = this.tables.get(key);
    if (held && held.made >= (this.groupChangedAt.get(key) ?? 0)) return held;
    const table = groupTable(this.groups.get(key)!);
    if (held && sameTable(held.table, table)) {
      held.made = this.version;
      return held;
    }
    const made = { table, made: this.version, changedAt: this.version };
    this.tables.set(key, made);
    return made;
  }

  /**
   * Every peer group of every organisation, in one pass (each organisation joins its eight): a
   * benchmark then never scans the sector, also not the first time a combination is asked for.
   */
  buildAllGroups(): void {
    this.groups.clear();
    this.tables.clear();
    for (const org of this.activeList()) {
      if (!counts(org)) continue;
      for (const mask of MASKS) {
        const key = groupKey(mask, org);
        let g = this.groups.get(key);
        if (!g) this.groups.set(key, (g = emptyGroup(this.dimensions.length)));
        contribute(g, org, 1);
      }
    }
    this.allGroups = true;
  }

  /** Drops every cached figure, so the next read computes afresh (for timing cold reads). */
  forgetDerived(): void {
    this.allGroups = false;
    this.derived.clear();
    this.kept = new Lru<Kept<unknown>>(KEPT_LIMIT);
    this.tables.clear();
    this.groups.clear();
    this.maintained.clear();
  }

  /** Organisations that take part in comparisons: not retired. */
  activeList(): OrgEntry[] {
    return this.memo('active', () => [...this.orgs.values()].filter((o) => !o.retired));
  }

  years(): number[] {
    return this.memo('years', () => {
      const set = new Set<number>();
      for (const org of this.activeList()) for (const s of org.snapshots) set.add(s.year);
      return [...set].sort((a, b) => a - b);
    });
  }
}

/**
 * The index as of the latest write: every successful write under the maturity addresses bumps
 * the catalog's 'maturity' area, and the next read brings the index up to date first. Loads run
 * one at a time; readers that arrive meanwhile wait for the same load.
 */
export class BenchmarkReadModel {
  private index: MaturityIndex | null = null;
  private seen: string | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly db: Db, private readonly catalog: Catalog) {}

  async current(): Promise<MaturityIndex> {
    if (this.index && this.seen === this.catalog.stamp(['maturity'])) return this.index;
    const step = this.queue.catch(() => undefined).then(async () => {
      const stamp = this.catalog.stamp(['maturity']);
      if (this.index && this.seen === stamp) return;
      if (!this.index || !(await this.index.refresh(this.db))) this.index = await MaturityIndex.build(this.db);
      this.seen = stamp;
    });
    this.queue = step;
    await step;
    return this.index!;
  }
}
