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
 * revision number (migration 0023), so one statement returns the table's fingerprint (count and
 * sum of revisions) together with the rows newer than the newest one held. Removed rows (a
 * retired record, an unpublished lesson) show as a count or sum that does not add up; then the
 * (key, revision) pairs are compared and only the differing rows read.
 */
export class SearchDoc implements DocTerms {
  constructor(
    readonly slot: number, readonly key: string, readonly kind: SearchType, readonly sourceId: number, readonly revision: string,
    readonly code: string | null, readonly titleNl: string, readonly titleEn: string, readonly detail: string,
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
  f_n: number; f_s: string; kind: SearchType | null; source_id: number; code: string | null; title_nl: string; title_en: string; detail: string;
  pillars: number[]; challenges: number[]; dimensions: string[]; subsectors: string[]; starts_on: string | null; open_until: number | string | null;
  level_from: number | null; level_to: number | null; is_demo: boolean; updated_at: string; revision: string; document: string;
}

const COLUMNS = sql`d.kind, d.source_id, d.code, d.title_nl, d.title_en, d.detail, d.pillars, d.challenges, d.dimensions, d.subsectors,
  d.starts_on::text as starts_on, (extract(epoch from d.open_until) * 1000)::float8 as open_until, d.level_from, d.level_to, d.is_demo,
  (extract(epoch from d.updated_at) * 1000000)::int8::text as updated_at, d.revision::text as revision, d.document::text as document`;

/** Rows read by revision in one statement at most this many; more changed rows mean a full read. */
const CHUNK = 5000;
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
  private revisionSum = 0n;
  private newest = 0n;
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

  /** Brings the index up to date with the table; true when anything changed. */
  async refresh(db: Kysely<Database>): Promise<boolean> {
    const { rows } = await sql<Row>`with f as (select count(*)::int as n, coalesce(sum(revision), 0)::text as s from search_documents)
      select f.n as f_n, f.s as f_s, ${COLUMNS} from f left join search_documents d on d.revision > ${this.newest.toString()}::int8
      order by d.revision`.execute(db);
    const removed: SearchDoc[] = [], added: SearchDoc[] = [];
    for (const row of rows) if (row.kind !== null) this.put(row, removed, added);
    const print = rows[0]!;
    if (this.byKey.size !== print.f_n || this.revisionSum !== BigInt(print.f_s)) await this.reconcile(db, removed, added);
    if (!removed.length && !added.length) return false;
    this.version++;
    this.log.push({ version: this.version, removed, added });
    if (this.log.length > 64) this.log.shift();
    if (this.deadPostings > 100_000 && this.deadPostings > this.livePostings) this.compact();
    return true;
  }

  /** Rows were removed (or committed out of order): compare every (key, revision) and read the differing rows. */
  private async reconcile(db: Kysely<Database>, removed: SearchDoc[], added: SearchDoc[]) {
    const { rows } = await sql<{ kind: SearchType; source_id: number; revision: string }>`select kind, source_id, revision::text as revision from search_documents`.execute(db);
    const present = new Map(rows.map((r) => [`${r.kind}:${r.source_id}`, r.revision]));
    for (const doc of [...this.byKey.values()]) if (!present.has(doc.key)) { this.remove(doc); removed.push(doc); }
    const wanted = rows.filter((r) => this.byKey.get(`${r.kind}:${r.source_id}`)?.revision !== r.revision).map((r) => r.revision);
    for (let i = 0; i < wanted.length; i += CHUNK) {
      const chunk = wanted.slice(i, i + CHUNK);
      const { rows: full } = await sql<Row>`select 0 as f_n, '0' as f_s, ${COLUMNS} from search_documents d where d.revision = any(${`{${chunk.join(',')}}`}::int8[])`.execute(db);
      for (const row of full) this.put(row, removed, added);
    }
  }

  private put(row: Row, removed: SearchDoc[], added: SearchDoc[]) {
    const key = `${row.kind}:${row.source_id}`;
    const revision = BigInt(row.revision);
    if (revision > this.newest) this.newest = revision;
    const held = this.byKey.get(key);
    if (held) {
      if (held.revision === row.revision) return;
      this.remove(held);
      removed.push(held);
    }
    const doc = this.makeDoc(key, row);
    this.docs.push(doc);
    this.byKey.set(key, doc);
    this.revisionSum += revision;
    for (const id of doc.lex) (this.postings[id] ??= []).push(doc.slot);
    this.livePostings += doc.lex.length;
    added.push(doc);
  }

  private remove(doc: SearchDoc) {
    this.docs[doc.slot] = undefined;
    this.byKey.delete(doc.key);
    this.revisionSum -= BigInt(doc.revision);
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
    return new SearchDoc(this.docs.length, key, r.kind!, r.source_id, r.revision, r.code, r.title_nl, r.title_en, r.detail,
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
