import { sql } from 'kysely';
import type { Db } from '../../db/database.js';
import { AUDIT_ACTIONS as ACTIONS, auditWrites, type AuditAction } from '../../plugins/audit.js';
import { CHANGE_SOURCES, SNAPSHOT_TYPES, type ChangeSource } from './sources.js';
import { readAuditBatch, type AuditBatchRow } from './audit-batch.js';
import { statesOf, type Found } from './states.js';

/** One row of the feed's log, as the classification needs it. */
export interface LoggedRow {
  tx: number; id: number; at: number; source: ChangeSource; sourceIndex: number; entityId: string; action: AuditAction;
  /** An update that changed none of the source's public fields. */
  privateEdit: boolean;
  /** The URI id of a deleted record, read from the audit row's `before`. */
  deletedUriId: string | null;
}

const LOAD_BATCH = 20_000;

/**
 * What a page of the feed was made from: the states of its rows' sources (by epoch) and, when
 * it reached the end of the log, the log's length. Rows themselves never change.
 */
export interface PageDependencies { size: number; reachedEnd: boolean; sources: number[]; epochs: number[] }
const SOURCE_INDEX = new Map(CHANGE_SOURCES.map((source, i) => [source.auditType, i]));
const DEPENDENTS = new Map<string, number[]>();
CHANGE_SOURCES.forEach((source, i) => {
  for (const type of source.dependsOn ?? []) DEPENDENTS.set(type, [...(DEPENDENTS.get(type) ?? []), i]);
});
/** Rows of these types are read too: the feed names their records, or their records decide whether others are public. */
const READ_TYPES = [...new Set([...SOURCE_INDEX.keys(), ...DEPENDENTS.keys()])];

const field = (snapshot: unknown, name: string): unknown =>
  snapshot && typeof snapshot === 'object' ? (snapshot as Record<string, unknown>)[name] : undefined;

/**
 * A record's state as kept: most records' URI id is their entity id, so a number says enough
 * (0 neither public nor withdrawn, 1 public, 2 withdrawn); a string is a public record's other
 * URI id (a measurement's row id). A million kept states then cost no objects of their own.
 */
type Kept = 0 | 1 | 2 | string | Found;

function pack(found: Found | null, entityId: string): Kept {
  if (!found) return 0;
  if (found.uriId === entityId) return found.state === 'public' ? 1 : 2;
  return found.state === 'public' ? found.uriId : found;
}

const PUBLIC = (uriId: string): Found => ({ state: 'public', uriId });
function unpack(kept: Kept, entityId: string): Found | null {
  if (kept === 0) return null;
  if (kept === 1) return PUBLIC(entityId);
  if (kept === 2) return { state: 'withdrawn', uriId: entityId };
  return typeof kept === 'string' ? PUBLIC(kept) : kept;
}

/**
 * The feed's audit rows in (transaction, id) order, column by column: a million rows take some
 * tens of megabytes instead of a million objects.
 */
class FeedLog {
  length = 0;
  private tx = new Float64Array(1024);
  private id = new Float64Array(1024);
  private at = new Float64Array(1024);
  private source = new Uint8Array(1024);
  private flags = new Uint8Array(1024);
  private readonly entity: string[] = [];
  private readonly deleted = new Map<number, string>();

  push(tx: number, id: number, at: number, source: number, action: AuditAction, entityId: string, privateEdit: boolean, deletedUriId: string | null) {
    if (this.length === this.tx.length) this.grow();
    const i = this.length++;
    this.tx[i] = tx; this.id[i] = id; this.at[i] = at; this.source[i] = source;
    this.flags[i] = ACTIONS.indexOf(action) | (privateEdit ? 0x80 : 0);
    this.entity.push(entityId);
    if (deletedUriId !== null) this.deleted.set(i, deletedUriId);
  }

  row(i: number): LoggedRow {
    return {
      tx: this.tx[i]!, id: this.id[i]!, at: this.at[i]!, source: CHANGE_SOURCES[this.source[i]!]!, sourceIndex: this.source[i]!, entityId: this.entity[i]!,
      action: ACTIONS[this.flags[i]! & 0x7f]!, privateEdit: (this.flags[i]! & 0x80) !== 0, deletedUriId: this.deleted.get(i) ?? null,
    };
  }

  sourceAt(i: number): number { return this.source[i]!; }
  entityAt(i: number): string { return this.entity[i]!; }

  /** The index of the first row after position (tx, id). */
  firstAfter(tx: number, id: number): number {
    let lo = 0, hi = this.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.tx[mid]! < tx || (this.tx[mid] === tx && this.id[mid]! <= id)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private grow() {
    const size = this.tx.length * 2;
    const widen = <T extends Float64Array | Uint8Array>(old: T, make: (n: number) => T): T => { const next = make(size); next.set(old); return next; };
    this.tx = widen(this.tx, (n) => new Float64Array(n));
    this.id = widen(this.id, (n) => new Float64Array(n));
    this.at = widen(this.at, (n) => new Float64Array(n));
    this.source = widen(this.source, (n) => new Uint8Array(n));
    this.flags = widen(this.flags, (n) => new Uint8Array(n));
  }
}

/**
 * The changes feed's read model: every audit row the feed may speak about, held in memory in
 * feed order, and the current state of the records they name.
 *
 * - Rows are appended, never changed: the feed serves only rows of transactions older than every
 *   running one (migration 0027), and those can no longer change or appear out of order.
 * - Before each read it checks how many audit rows this process has written (`auditWrites`).
 *   When that count is unchanged and no transaction was running at the last load, nothing new
 *   can be visible and the read costs no query; otherwise it reads the tail after its last row.
 * - A record's state (public, withdrawn, neither) is read once and dropped when a new audit row
 *   names the record, or a type its state depends on (`dependsOn` in sources.ts). While another
 *   transaction is running every state is dropped, since its change may already be visible
 *   before its audit row is.
 *
 * Other processes writing to the same database are not seen: like the other read models, one
 * process owns a database.
 */
export class ChangesFeed {
  private readonly log = new FeedLog();
  private readonly states = CHANGE_SOURCES.map(() => new Map<string, Kept>());
  /** Bumped whenever a source's states are dropped, so that a lookup begun before is not stored. */
  private readonly epochs = CHANGE_SOURCES.map(() => 0);
  /** The last audit row read, whether the feed keeps it or only learnt from it. */
  private position: [number, number] | null = null;
  private loadedAt = -1;
  private settled = false;
  /** The first transaction id not yet started at the last load: a cursor at or past it comes from another history. */
  private horizon = 0;
  private chain: Promise<void> = Promise.resolve();
  private queued: { writes: number; promise: Promise<void> } | null = null;

  constructor(private readonly db: Db) {}

  get size(): number { return this.log.length; }

  /** Brings the log up to date with every audit row written before this call. */
  current(): Promise<void> {
    const writes = auditWrites();
    if (this.settled && this.loadedAt === writes) return Promise.resolve();
    // A load queued after the last write covers it; an earlier one may have missed it.
    if (this.queued && this.queued.writes >= writes) return this.queued.promise;
    const promise = this.chain.then(() => this.loadTail());
    const queued = { writes, promise };
    this.queued = queued;
    this.chain = promise.catch(() => {});
    promise.then(() => { if (this.queued === queued) this.queued = null; }, () => { if (this.queued === queued) this.queued = null; });
    return promise;
  }

  /** True when a cursor's transaction lies beyond anything this database has started. */
  fromAnotherHistory(tx: number): boolean {
    return !(tx < this.horizon);
  }

  firstAfter(after: readonly [number, number] | null): number {
    return after ? this.log.firstAfter(after[0], after[1]) : 0;
  }

  row(i: number): LoggedRow { return this.log.row(i); }

  /**
   * The states of the records named by rows [from, to): those not known are read first. The
   * returned lookup answers for every row of the range; it must be used before the next await,
   * since a load may drop states meanwhile (what was read here is kept apart for that reason).
   */
  async statesFor(from: number, to: number): Promise<(row: number) => Found | null> {
    let read: Array<Map<string, Found | null>> | null = null;
    for (;;) {
      let missing: Map<number, Set<string>> | null = null;
      for (let i = from; i < to; i++) {
        const s = this.log.sourceAt(i);
        const entity = this.log.entityAt(i);
        if (this.states[s]!.has(entity) || read?.[s]?.has(entity)) continue;
        missing ??= new Map();
        let ids = missing.get(s);
        if (!ids) missing.set(s, ids = new Set());
        ids.add(entity);
      }
      if (!missing) break;
      read ??= [];
      for (const [s, set] of missing) {
        const ids = [...set];
        const epoch = this.epochs[s]!;
        const found = await statesOf(this.db, CHANGE_SOURCES[s]!, ids);
        const keep = this.epochs[s] === epoch;
        const into = read[s] ??= new Map();
        for (const id of ids) {
          const state = found.get(id) ?? null;
          into.set(id, state);
          if (keep) this.states[s]!.set(id, pack(state, id));
        }
      }
    }
    const fresh = read;
    return (i) => {
      const s = this.log.sourceAt(i);
      const entity = this.log.entityAt(i);
      const state = fresh?.[s]?.get(entity);
      if (state !== undefined) return state;
      return unpack(this.states[s]!.get(entity)!, entity);
    };
  }

  /** What a page made from rows [from, to) depends on, given the epochs taken before it was made. */
  dependencies(from: number, to: number, epochsBefore: readonly number[]): PageDependencies {
    const seen = new Set<number>();
    for (let i = from; i < to; i++) seen.add(this.log.sourceAt(i));
    const sources = [...seen];
    return { size: this.log.length, reachedEnd: to >= this.log.length, sources, epochs: sources.map((s) => epochsBefore[s]!) };
  }

  /** The epochs of every source now: take them before making a page. */
  epochsNow(): number[] { return [...this.epochs]; }

  /** Whether a page with these dependencies would still come out the same. */
  unchanged(page: PageDependencies): boolean {
    if (page.reachedEnd && page.size !== this.log.length) return false;
    return page.sources.every((s, k) => this.epochs[s] === page.epochs[k]);
  }

  private drop(source: number, entityId?: string) {
    this.epochs[source]!++;
    if (entityId === undefined) this.states[source]!.clear();
    else this.states[source]!.delete(entityId);
  }

  private async loadTail(): Promise<void> {
    const writes = auditWrites();
    const { rows: [snapshot] } = await sql<{ xmin: string; xmax: string }>`
      select pg_snapshot_xmin(s)::text as xmin, pg_snapshot_xmax(s)::text as xmax from pg_current_snapshot() s`.execute(this.db);
    const { xmin, xmax } = snapshot!;
    for (;;) {
      const rows = await readAuditBatch(this.db, READ_TYPES, SNAPSHOT_TYPES, xmin, this.position, LOAD_BATCH);
      for (const row of rows) this.append(row);
      if (rows.length < LOAD_BATCH) break;
    }
    this.horizon = Number(xmax);
    this.settled = xmin === xmax;
    if (!this.settled) for (let s = 0; s < CHANGE_SOURCES.length; s++) this.drop(s);
    this.loadedAt = writes;
  }

  private append(row: AuditBatchRow) {
    this.position = [Number(row.tx), row.id];
    for (const dependent of DEPENDENTS.get(row.entityType) ?? []) this.drop(dependent);
    const s = SOURCE_INDEX.get(row.entityType);
    if (s === undefined) return;
    const source = CHANGE_SOURCES[s]!;
    const action = row.action as AuditAction;
    const privateEdit = Boolean(source.publicFields && action === 'update' && row.before && row.after
      && source.publicFields.every((name) => JSON.stringify(field(row.before, name)) === JSON.stringify(field(row.after, name))));
    const deletedUriId = action === 'delete' ? source.deletedUriId?.(row.before) ?? null : null;
    this.log.push(Number(row.tx), row.id, row.at, s, action, row.entityId, privateEdit, deletedUriId);
    // A source with several keys may know a record by another name than this row's.
    if (source.keys.length > 1) this.drop(s);
    else this.drop(s, row.entityId);
  }
}
