import { sql } from 'kysely';
import type { Lang } from '../../plugins/i18n.js';
import { MARK_END, MARK_START } from './highlight.js';
import type { Reader } from './queries.js';

/**
 * Titles and snippets with the matched words marked, made here instead of with ts_headline,
 * which parses and stems the whole text on every call (about 0.7 ms for a short summary on the
 * embedded database: some 15 ms for one page of results). The database stems each distinct word
 * once per configuration (`dutch` for Dutch text, `english` for English), exactly as it stems
 * the documents; those stems are kept, so a page of known words is marked without a query.
 *
 * A word is marked when one of its stems is a word of the search (or starts with one the search
 * gave as a prefix, archie:*). The snippet follows ts_headline's options of before (MaxWords=32,
 * MinWords=12, MaxFragments=2): up to two passages of at most 32 words, each centred on a marked
 * word, with " … " between them, "…" where the snippet cuts the text, and the first 12 words
 * when nothing in the text is marked.
 */
export const SNIPPET = { maxWords: 32, minWords: 12, fragments: 2 } as const;
const WORD = /[\p{L}\p{N}]+/gu;
/** A stem is at most this long in PostgreSQL (longer words are left out of a document). */
const MAX_WORD = 2047;
const DIGITS = /^[0-9]+$/;

export interface SearchTerm { lexeme: string; prefix: boolean }

/** The words of a tsquery in its text form ('archief' & 'digitaliser':* | !'foo'), whatever its operators. */
export function termsOf(tsquery: string): SearchTerm[] {
  const out: SearchTerm[] = [];
  for (const m of tsquery.matchAll(/'((?:[^']|'')*)'(:[*a-dA-D]+)?/g)) out.push({ lexeme: m[1]!.replace(/''/g, "'"), prefix: (m[2] ?? '').includes('*') });
  return out;
}

type Config = 'dutch' | 'english';
const configOf = (lang: Lang): Config => (lang === 'en' ? 'english' : 'dutch');
/**
 * Stems of words, for one configuration, shared by every search: they depend on nothing else.
 * Read for every word of every snippet made, so kept in two generations of plain maps keyed by
 * the word alone (a word read from the older one moves to the newer; when the newer is full the
 * older is dropped) rather than in an Lru, whose reordering on every read costs more than the
 * marking itself.
 */
const STEMS_PER_GENERATION = 50_000;
class StemMemo {
  private now = new Map<string, readonly string[]>();
  private before = new Map<string, readonly string[]>();
  get(word: string): readonly string[] | undefined {
    const hit = this.now.get(word);
    if (hit !== undefined) return hit;
    const old = this.before.get(word);
    if (old !== undefined) this.set(word, old);
    return old;
  }
  set(word: string, value: readonly string[]) {
    if (this.now.size >= STEMS_PER_GENERATION) { this.before = this.now; this.now = new Map(); }
    this.now.set(word, value);
  }
}
const stems: Record<Config, StemMemo> = { dutch: new StemMemo(), english: new StemMemo() };

/** Stems every word of these texts not stemmed before, in one statement. */
export async function learnStems(db: Reader, texts: Array<{ text: string; lang: Lang }>): Promise<void> {
  const words: string[] = [], configs: Config[] = [];
  const asked = { dutch: new Set<string>(), english: new Set<string>() };
  for (const { text, lang } of texts) {
    const config = configOf(lang);
    const memo = stems[config];
    for (const [w] of text.matchAll(WORD)) {
      const word = w.toLowerCase();
      if (word.length > MAX_WORD || asked[config].has(word) || memo.get(word)) continue;
      // A number is its own stem in both configurations (the simple dictionary): no need to ask.
      if (DIGITS.test(word)) { memo.set(word, [word]); continue; }
      asked[config].add(word);
      words.push(word);
      configs.push(config);
    }
  }
  if (!words.length) return;
  const { rows } = await sql<{ i: number; stems: string[] }>`
    select x.i::int as i, tsvector_to_array(to_tsvector(x.config::regconfig, x.word)) as stems
    from unnest(${words}::text[], ${configs}::text[]) with ordinality as x(word, config, i)`.execute(db);
  for (const r of rows) stems[configs[r.i - 1]!].set(words[r.i - 1]!, r.stems);
}

interface Word { start: number; end: number; marked: boolean }

function wordsOf(text: string, lang: Lang, terms: readonly SearchTerm[]): Word[] {
  const memo = stems[configOf(lang)];
  const exact = new Set(terms.filter((t) => !t.prefix).map((t) => t.lexeme));
  const prefixes = terms.filter((t) => t.prefix).map((t) => t.lexeme);
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    const own = memo.get(word) ?? [];
    const marked = own.some((s) => exact.has(s) || prefixes.some((p) => s.startsWith(p)));
    out.push({ start: m.index!, end: m.index! + m[0].length, marked });
  }
  return out;
}

/** The text from word `from` to word `to` (inclusive), marked words between the marks. */
function render(text: string, words: Word[], from: number, to: number): string {
  let out = '';
  let at = words[from]!.start;
  for (let i = from; i <= to; i++) {
    const w = words[i]!;
    out += text.slice(at, w.start);
    out += w.marked ? `${MARK_START}${text.slice(w.start, w.end)}${MARK_END}` : text.slice(w.start, w.end);
    at = w.end;
  }
  return out;
}

const clean = (text: string) => text.replace(/[\u0001\u0002]/g, '');

/** The whole text with every matched word marked (for titles). Call learnStems first. */
export function markAll(text: string, lang: Lang, terms: readonly SearchTerm[]): string {
  const t = clean(text);
  const words = wordsOf(t, lang, terms);
  if (!words.length) return t;
  return t.slice(0, words[0]!.start) + render(t, words, 0, words.length - 1) + t.slice(words[words.length - 1]!.end);
}

/** A passage of `size` words centred on word `at`, inside the text. */
function around(at: number, size: number, n: number): [number, number] {
  const from = Math.max(0, Math.min(at - Math.floor((size - 1) / 2), n - size));
  return [from, Math.min(n, from + size) - 1];
}

/** Up to two passages around marked words (see above), with ellipses where the text is cut. Call learnStems first. */
export function snippetOf(text: string, lang: Lang, terms: readonly SearchTerm[]): string {
  const t = clean(text);
  const words = wordsOf(t, lang, terms);
  const n = words.length;
  if (!n) return '';
  const hits = words.flatMap((w, i) => (w.marked ? [i] : []));
  const passages: Array<[number, number]> = [];
  if (!hits.length) passages.push([0, Math.min(n, SNIPPET.minWords) - 1]);
  else if (n <= SNIPPET.maxWords) passages.push([0, n - 1]);
  else {
    // Each passage, or a passage joined to the first, uses one of the fragments.
    let used = 0;
    for (const hit of hits) {
      if (used === SNIPPET.fragments) break;
      if (passages.some(([a, b]) => hit >= a && hit <= b)) continue;
      const [a, b] = around(hit, SNIPPET.maxWords, n);
      const before = passages[0];
      // A second passage that would touch the first joins it instead.
      if (before && a <= before[1] + 1) before[1] = b;
      else passages.push([a, b]);
      used++;
    }
  }
  const parts = passages.map(([a, b]) => render(t, words, a, b));
  const opens = passages[0]![0] === 0, closes = passages[passages.length - 1]![1] === n - 1;
  // What stands before the first word or after the last (a quote, a full stop) is kept where the snippet reaches it.
  return `${opens ? t.slice(0, words[0]!.start).trimStart() : '… '}${parts.join(' … ')}${closes ? t.slice(words[n - 1]!.end).trimEnd() : ' …'}`;
}
