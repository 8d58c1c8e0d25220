import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { SearchType } from './constants.js';
import { dimensionBits, pillarBits, subsectorBits } from './tag-bits.js';
import { packTerms, type DocTerms, type Lexicon } from './ts-rank.js';

/**
 * The search read model (search_documents) in memory: every searchable record with its tags and
 * the lexemes of its stored document vector (positions and weights exactly as PostgreSQL stemmed
 * them), and an inverted index from lexeme to the records that hold it.
 *
 * It is brought up to date by reading only what changed: every version of a row has its own
 * revision number (migration 0023) and the transaction that wrote it, and a removed version
 * leaves its revision in a log (0034); see `refresh`.
 */
export class SearchDoc implements DocTerms {
  constructor(
    readonly slot: number, readonly key: string, readonly kind: SearchType, readonly sourceId: number, readonly revision: string,
    readonly code: string | null, readonly titleNl: string, readonly titleEn: string, readonly detail: string,
    /** The text snippets are cut from, per language. */
    readonly bodyNl: string, readonly bodyEn: string,
    readonly pillars: number[], readonly challenges: number[], readonly dimensions: string[], readonly subsectors: string[],
    /** First day (learning) or opening day (call), as YYYY-MM-DD. */
    readonly startsOn: string | null,
    /** End of a learning opportunity or a call's closing, in ms (Infinity: no end); null for undated kinds. */
    readonly openUntil: number | null,
    readonly levelFrom: number | null, readonly levelTo: number | null, readonly isDemo: boolean,
    /** The source record's last change, in microseconds: the tie-break of equal ranks. */
    readonly updatedAt: number,
    /** Lexeme ids (ascending), offsets into `pos` (one more than ids), positions (WordEntryPos). */
    readonly lex: Int32Array, readonly off: Uint32Array, readonly pos: Uint16Array,
  ) {
    this.subsectorMask = subsectorBits.mask(subsectors);
    this.dimensionMask = dimensionBits.mask(dimensions);
    this.pillarMask = pillarBits.mask(pillars);
  }

  /** The tags as bits (tag-bits.ts), for matching many records quickly. */
  readonly subsectorMask: number;
  readonly dimensionMask: number;
  readonly pillarMask: number;
}

interface Row {
  kind: SearchType | null; source_id: number; code: string | null; title_nl: string; title_en: string; body_nl: string; body_en: string; detail: string;
  pillars: number[]; challenges: number[]; dimensions: string[]; subsectors: string[]; starts_on: string | null; open_until: number | string | null;
  level_from: number | null; level_to: number | null; is_demo: boolean; updated_at: string; revision: string; document: string;
}

const COLUMNS = sql`d.kind, d.source_id, d.code, d.title_nl, d.title_en, d.body_nl, d.body_en, d.detail, d.pillars, d.challenges, d.dimensions, d.subsectors,
  d.starts_on::text as starts_on, (extract(epoch from d.open_until) * 1000)::float8 as open_until, d.level_from, d.level_to, d.is_demo,
  (extract(epoch from d.updated_at) * 1000000)::int8::text as updated_at, d.revision::text as revision, d.document::text as document`;

/** Rows read by revision in one statement at most this many. */
const CHUNK = 5000;
/** Removed revisions stay in their log for a day (migration 0034): an older last read compares everything. */
const FULL_READ_AFTER_MS = 12 * 3600_000;
const WEIGHT_OF: Record<string, number> = { A: 3, B: 2, C: 1, D: 0 };

export interface IndexChange { version: number; removed: SearchDoc[]; added: SearchDoc[] }

export class SearchIndex implements Lexicon {
  private readonly docs: Array<SearchDoc | undefined> = [];
  private readonly byKey = new Map<string, SearchDoc>();
  private readonly lexemeIds = new Map<string, number>();
  private readonly lexemes: string[] = [];
  private postings: number[][] = [];
  private deadPostings = 0;
  private livePostings = 0;
  private readonly byRevision = new Map<string, SearchDoc>();
  /** The snapshot of the last read (pg_snapshot as text), and when it was taken. */
  private snapshot: string | null = null;
  private readAt = 0;
  private marks = new Int32Array(0);
  private markNo = 0;
  /** Changes with every change of the documents; a result computed at one version holds until the next. */
  version = 0;
  /** The last changes, so that results made at an earlier version can be brought up to date. */
  private readonly log: IndexChange[] = [];

  get size() { return this.byKey.size; }
  /** One more than the highest slot in use: the length of an array indexed by `SearchDoc.slot`. */
  get slots() { return this.docs.length; }
  id(lexeme: string): number | undefined { return this.lexemeIds.get(lexeme); }
  lexeme(id: number): string { return this.lexemes[id]!; }
  withPrefix(prefix: string): number[] {
    return this.lexemes.filter((l) => l.startsWith(prefix)).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))).map((l) => this.lexemeIds.get(l)!);
  }
  get(kind: SearchType, sourceId: number): SearchDoc | undefined { return this.byKey.get(`${kind}:${sourceId}`); }
  all(): IterableIterator<SearchDoc> { return this.byKey.values(); }

  /** The changes after `version`, or null when they are no longer all known. */
  changesSince(version: number): IndexChange[] | null {
    if (version === this.version) return [];
    const first = this.log[0];
    if (!first || first.version > version + 1) return null;
    return this.log.filter((c) => c.version > version);
  }

  /** The documents holding any of these lexemes, each once, in no particular order. */
  holding(ids: readonly number[]): SearchDoc[] {
    const out: SearchDoc[] = [];
    if (ids.length === 1) {
      for (const slot of this.postings[ids[0]!] ?? []) { const d = this.docs[slot]; if (d) out.push(d); }
      return out;
    }
    if (this.marks.length < this.docs.length) this.marks = new Int32Array(this.docs.length * 2);
    const mark = ++this.markNo;
    for (const id of ids) {
      for (const slot of this.postings[id] ?? []) {
        if (this.marks[slot] === mark) continue;
        this.marks[slot] = mark;
        const d = this.docs[slot];
        if (d) out.push(d);
      }
    }
    return out;
  }

  /**
   * Brings the index up to date with the table; true when anything changed. One statement reads
   * the database's current snapshot, the rows written and the revisions removed by every
   * transaction the previous read's snapshot did not see (migration 0034), so a transaction that
   * committed late is read as surely as one that committed early. The first read, and a read
   * after the removal log may have been pruned, compare every (key, revision) pair instead.
   */
  async refresh(db: Kysely<Database>): Promise<boolean> {
    const removed: SearchDoc[] = [], added: SearchDoc[] = [];
    if (this.snapshot === null || Date.now() - this.readAt > FULL_READ_AFTER_MS) await this.reconcile(db, removed, added);
    else await this.readChanges(db, this.snapshot, removed, added);
    if (!removed.length && !added.length) return false;
    this.version++;
    this.log.push({ version: this.version, removed, added });
    if (this.log.length > 64) this.log.shift();
    if (this.deadPostings > 100_000 && this.deadPostings > this.livePostings) this.compact();
    return true;
  }

  private async readChanges(db: Kysely<Database>, previous: string, removed: SearchDoc[], added: SearchDoc[]) {
    const { rows } = await sql<Row & { snap: string; removals: string | null }>`
      with s as materialized (select pg_current_snapshot() as snap, ${previous}::pg_snapshot as prev),
      r as (select string_agg(x.revision::text, ',') as removals from search_document_removals x, s
        where x.removed_xid >= pg_snapshot_xmin(s.prev) and not pg_visible_in_snapshot(x.removed_xid, s.prev))
      select s.snap::text as snap, case when row_number() over (order by d.revision) = 1 then r.removals end as removals, ${COLUMNS}
      from s cross join r left join search_documents d
        on d.written_xid >= pg_snapshot_xmin(s.prev) and not pg_visible_in_snapshot(d.written_xid, s.prev)
      order by d.revision`.execute(db);
    for (const row of rows) if (row.kind !== null) this.put(row, removed, added);
    // A removal names one version: a record written again since keeps its newer version.
    for (const revision of rows[0]?.removals?.split(',') ?? []) {
      const doc = this.byRevision.get(revision);
      if (doc) { this.remove(doc); removed.push(doc); }
    }
    this.snapshot = rows[0]!.snap;
    this.readAt = Date.now();
  }

  private async readAll(db: Kysely<Database>, added: SearchDoc[]) {
    const { rows } = await sql<Row & { snap: string }>`
      with s as materialized (select pg_current_snapshot()::text as snap)
      select s.snap, ${COLUMNS} from s left join search_documents d on true order by d.revision`.execute(db);
    for (const row of rows) if (row.kind !== null) this.put(row, [], added);
    this.snapshot = rows[0]!.snap;
    this.readAt = Date.now();
  }

  /** Compares every (key, revision) pair with the table and reads the rows that differ. */
  private async reconcile(db: Kysely<Database>, removed: SearchDoc[], added: SearchDoc[]) {
    if (this.byKey.size === 0) return this.readAll(db, added);
    const { rows } = await sql<{ snap: string; kind: SearchType | null; source_id: number; revision: string }>`
      with s as materialized (select pg_current_snapshot()::text as snap)
      select s.snap, d.kind, d.source_id, d.revision::text as revision from s left join search_documents d on true`.execute(db);
    const present = new Map(rows.filter((r) => r.kind !== null).map((r) => [`${r.kind}:${r.source_id}`, r.revision]));
    // A held version that differs goes first: should its successor be gone by the time it is read,
    // the transaction that removed it is one the snapshot below did not see, so the next read has it.
    for (const doc of [...this.byKey.values()]) if (present.get(doc.key) !== doc.revision) { this.remove(doc); removed.push(doc); }
    const wanted = [...present.values()].filter((revision) => !this.byRevision.has(revision));
    for (let i = 0; i < wanted.length; i += CHUNK) {
      const chunk = wanted.slice(i, i + CHUNK);
      const { rows: full } = await sql<Row>`select ${COLUMNS} from search_documents d where d.revision = any(${`{${chunk.join(',')}}`}::int8[]) order by d.revision`.execute(db);
      for (const row of full) this.put(row, removed, added);
    }
    this.snapshot = rows[0]!.snap;
    this.readAt = Date.now();
  }

  private put(row: Row, removed: SearchDoc[], added: SearchDoc[]) {
    const key = `${row.kind}:${row.source_id}`;
    const held = this.byKey.get(key);
    if (held) {
      if (held.revision === row.revision) return;
      this.remove(held);
      removed.push(held);
    }
    const doc = this.makeDoc(key, row);
    this.docs.push(doc);
    this.byKey.set(key, doc);
    this.byRevision.set(doc.revision, doc);
    for (const id of doc.lex) (this.postings[id] ??= []).push(doc.slot);
    this.livePostings += doc.lex.length;
    added.push(doc);
  }

  private remove(doc: SearchDoc) {
    this.docs[doc.slot] = undefined;
    this.byKey.delete(doc.key);
    this.byRevision.delete(doc.revision);
    this.deadPostings += doc.lex.length;
    this.livePostings -= doc.lex.length;
  }

  /** Drops the removed documents from the posting lists (slots stay as they are). */
  private compact() {
    this.postings = this.lexemes.map(() => []);
    for (const doc of this.byKey.values()) for (const id of doc.lex) this.postings[id]!.push(doc.slot);
    for (const list of this.postings) list.sort((a, b) => a - b);
    this.deadPostings = 0;
  }

  private lexemeId(lexeme: string): number {
    let id = this.lexemeIds.get(lexeme);
    if (id === undefined) {
      id = this.lexemes.length;
      this.lexemes.push(lexeme);
      this.lexemeIds.set(lexeme, id);
      this.postings.push([]);
    }
    return id;
  }

  private makeDoc(key: string, r: Row): SearchDoc {
    const { lex, off, pos } = packTerms(parseTsVector(r.document).map(([lexeme, positions]) => [this.lexemeId(lexeme), positions] as const));
    const openUntil = r.open_until === null ? null : Number(r.open_until);
    return new SearchDoc(this.docs.length, key, r.kind!, r.source_id, r.revision, r.code, r.title_nl, r.title_en, r.detail, r.body_nl, r.body_en,
      r.pillars, r.challenges, r.dimensions, r.subsectors, r.starts_on, openUntil, r.level_from, r.level_to, r.is_demo, Number(r.updated_at), lex, off, pos);
  }
}

/**
 * A tsvector's text form ('archief':5A,6 'archiev':7) as lexemes with their positions encoded
 * as PostgreSQL's WordEntryPos (weight in the top two bits). Quotes and backslashes inside a
 * lexeme are doubled in that form.
 */
export function parseTsVector(text: string): Array<[string, number[]]> {
  const out: Array<[string, number[]]> = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] !== "'") { i++; continue; }
    i++;
    let lexeme = '';
    for (;;) {
      const c = text[i]!;
      if ((c === "'" && text[i + 1] === "'") || (c === '\\' && i + 1 < text.length)) { lexeme += text[i + 1]; i += 2; continue; }
      i++;
      if (c === "'") break;
      lexeme += c;
    }
    const positions: number[] = [];
    if (text[i] === ':') {
      i++;
      for (;;) {
        let n = 0;
        while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) n = n * 10 + text.charCodeAt(i++) - 48;
        const w = WEIGHT_OF[text[i] ?? ''];
        if (w !== undefined) i++;
        positions.push(((w ?? 0) << 14) | n);
        if (text[i] !== ',') break;
        i++;
      }
    }
    out.push([lexeme, positions]);
  }
  return out;
}
