import { operands, type TsNode } from './tsquery.js';

/**
 * Matching (`document @@ query`) and ranking (`ts_rank(document, query)`) done in memory the way
 * PostgreSQL does them (tsvector_op.c, tsrank.c), so that the in-memory search returns the same
 * records in the same order as the SQL one. Positions are PostgreSQL's WordEntryPos: the weight
 * (D = 0 ... A = 3) in the top two bits, the position (1-16383) below. Ranks are computed in
 * single precision at the same steps as the C code (Math.fround), so equal ranks stay equal.
 */

/**
 * The lexemes of one document, packed: lexeme ids ascending, offsets into `pos` (one more than
 * ids), and the positions of each lexeme in order.
 */
export interface DocTerms { readonly lex: Int32Array; readonly off: Uint32Array; readonly pos: Uint16Array }

/** Where a lexeme is in the document's list, or -1. */
export function find(doc: DocTerms, id: number): number {
  const lex = doc.lex;
  let lo = 0, hi = lex.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = lex[mid]!;
    if (v === id) return mid;
    if (v < id) lo = mid + 1; else hi = mid - 1;
  }
  return -1;
}

export function positionsOf(doc: DocTerms, id: number): Uint16Array | null {
  const e = find(doc, id);
  return e < 0 ? null : doc.pos.subarray(doc.off[e]!, doc.off[e + 1]!);
}

/** Packs lexemes (by id) with their positions. */
export function packTerms(entries: Array<readonly [number, readonly number[]]>): DocTerms {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  const lex = new Int32Array(sorted.length), off = new Uint32Array(sorted.length + 1);
  let total = 0;
  sorted.forEach(([id, p], i) => { lex[i] = id; off[i] = total; total += p.length; });
  off[sorted.length] = total;
  const pos = new Uint16Array(total);
  sorted.forEach(([, p], i) => pos.set(p, off[i]!));
  return { lex, off, pos };
}

export type CompiledNode =
  | { op: 'val'; ids: number[]; weights: number }
  | { op: 'not'; arg: CompiledNode }
  | { op: 'and' | 'or'; left: CompiledNode; right: CompiledNode }
  | { op: 'phrase'; distance: number; left: CompiledNode; right: CompiledNode };

export interface CompiledQuery {
  root: CompiledNode;
  /** The distinct operands in PostgreSQL's order (byte order of the lexeme), for the rank. */
  items: number[][];
  /** True when the root is & or <N>: PostgreSQL then ranks by proximity (calc_rank_and). */
  proximity: boolean;
  /** Every lexeme id the query names: a matching document holds one of them, unless `matchesEmpty`. */
  allIds: number[];
  /** The query matches a document that holds none of its words (e.g. "!word" alone). */
  matchesEmpty: boolean;
}

export interface Lexicon {
  id(lexeme: string): number | undefined;
  /** Ids of all lexemes starting with the prefix, in byte order. */
  withPrefix(prefix: string): number[];
}

const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

export function compileQuery(tree: TsNode, lexicon: Lexicon): CompiledQuery {
  const resolve = (v: Extract<TsNode, { op: 'val' }>): number[] => {
    if (v.prefix) return lexicon.withPrefix(v.lexeme);
    const id = lexicon.id(v.lexeme);
    return id === undefined ? [] : [id];
  };
  const compile = (n: TsNode): CompiledNode => {
    switch (n.op) {
      case 'val': return { op: 'val', ids: resolve(n), weights: n.weights };
      case 'not': return { op: 'not', arg: compile(n.arg) };
      case 'phrase': return { op: 'phrase', distance: n.distance, left: compile(n.left), right: compile(n.right) };
      default: return { op: n.op, left: compile(n.left), right: compile(n.right) };
    }
  };
  const seen = new Map<string, Extract<TsNode, { op: 'val' }>>();
  for (const v of operands(tree)) if (!seen.has(v.lexeme)) seen.set(v.lexeme, v);
  const items = [...seen.keys()].sort(byteOrder).map((l) => resolve(seen.get(l)!));
  const root = compile(tree);
  return {
    root, items, proximity: tree.op === 'and' || tree.op === 'phrase',
    allIds: [...new Set(items.flat())], matchesEmpty: matches(EMPTY, root),
  };
}

const EMPTY: DocTerms = { lex: new Int32Array(0), off: new Uint32Array(1), pos: new Uint16Array(0) };
const POS_MASK = 0x3fff;
const weightOf = (p: number) => p >> 14;
const posOf = (p: number) => p & POS_MASK;

/** A value's positions in the document (only those of the allowed weights); null when it has none. */
function valuePositions(doc: DocTerms, v: Extract<CompiledNode, { op: 'val' }>): Uint16Array | null {
  let found: Uint16Array | null = null;
  if (v.ids.length === 1) found = positionsOf(doc, v.ids[0]!);
  else if (v.ids.length > 1) {
    const all: number[] = [];
    for (const id of v.ids) { const p = positionsOf(doc, id); if (p) all.push(...p); }
    if (all.length) found = Uint16Array.from([...new Set(all)].sort((a, b) => posOf(a) - posOf(b) || a - b));
  }
  if (!found || !found.length) return null;
  if (!v.weights) return found;
  const kept = found.filter((p) => (v.weights >> weightOf(p)) & 1);
  return kept.length ? kept : null;
}

/** `document @@ query` (TS_execute without flags). */
export function matches(doc: DocTerms, n: CompiledNode): boolean {
  switch (n.op) {
    case 'val': return n.ids.length === 1 && !n.weights ? find(doc, n.ids[0]!) >= 0 : valuePositions(doc, n) !== null;
    case 'not': return !matches(doc, n.arg);
    case 'and': return matches(doc, n.left) && matches(doc, n.right);
    case 'or': return matches(doc, n.left) || matches(doc, n.right);
    case 'phrase': return phraseInto(doc, n, { pos: [], width: 0, negate: false });
  }
}

interface PhraseData { pos: number[]; width: number; negate: boolean }
const L_ONLY = 1, R_ONLY = 2, BOTH = 4;

/** TS_phrase_output: merge-joins two position lists. */
function output(L: PhraseData, R: PhraseData, emit: number, lOffset: number, rOffset: number, data: PhraseData): boolean {
  let li = 0, ri = 0;
  while (li < L.pos.length || ri < R.pos.length) {
    let lpos: number, rpos: number;
    if (li < L.pos.length) lpos = L.pos[li]! + lOffset;
    else { if (!(emit & R_ONLY)) break; lpos = Number.MAX_SAFE_INTEGER; }
    if (ri < R.pos.length) rpos = R.pos[ri]! + rOffset;
    else { if (!(emit & L_ONLY)) break; rpos = Number.MAX_SAFE_INTEGER; }
    let out = 0;
    if (lpos < rpos) { if (emit & L_ONLY) out = lpos; li++; }
    else if (lpos === rpos) { if (emit & BOTH) out = rpos; li++; ri++; }
    else { if (emit & R_ONLY) out = rpos; ri++; }
    if (out > 0) data.pos.push(out);
  }
  return data.pos.length > 0;
}

/**
 * TS_phrase_execute: whether the node matches inside a phrase, leaving in `data` the positions
 * where it does, the width of the match, and whether those positions are the ones it avoids.
 */
function phraseInto(doc: DocTerms, n: CompiledNode, data: PhraseData): boolean {
  if (n.op === 'val') {
    const p = valuePositions(doc, n);
    if (!p) return false;
    data.pos = Array.from(p, posOf);
    data.width = 0;
    return true;
  }
  if (n.op === 'not') {
    if (!phraseInto(doc, n.arg, data)) { data.pos = []; data.negate = true; return true; }
    if (data.pos.length > 0) { data.negate = !data.negate; return true; }
    if (data.negate) { data.negate = false; return false; }
    return false;
  }
  const L: PhraseData = { pos: [], width: 0, negate: false }, R: PhraseData = { pos: [], width: 0, negate: false };
  if (n.op === 'phrase' || n.op === 'and') {
    if (!phraseInto(doc, n.left, L)) return false;
    if (!phraseInto(doc, n.right, R)) return false;
    let lOffset: number, rOffset: number;
    if (n.op === 'phrase') { lOffset = n.distance + R.width; rOffset = 0; data.width = n.distance + L.width + R.width; }
    else { const w = Math.max(L.width, R.width); lOffset = w - L.width; rOffset = w - R.width; data.width = w; }
    if (L.negate && R.negate) { output(L, R, BOTH | L_ONLY | R_ONLY, lOffset, rOffset, data); data.negate = true; return true; }
    if (L.negate) return output(L, R, R_ONLY, lOffset, rOffset, data);
    if (R.negate) return output(L, R, L_ONLY, lOffset, rOffset, data);
    return output(L, R, BOTH, lOffset, rOffset, data);
  }
  // or
  const lm = phraseInto(doc, n.left, L), rm = phraseInto(doc, n.right, R);
  if (!lm && !rm) return false;
  if (!lm) L.width = 0;
  if (!rm) R.width = 0;
  const w = Math.max(L.width, R.width);
  const lOffset = w - L.width, rOffset = w - R.width;
  data.width = w;
  if (L.negate && R.negate) { output(L, R, BOTH, lOffset, rOffset, data); data.negate = true; return true; }
  if (L.negate) { output(L, R, L_ONLY, lOffset, rOffset, data); data.negate = true; return true; }
  if (R.negate) { output(L, R, R_ONLY, lOffset, rOffset, data); data.negate = true; return true; }
  return output(L, R, BOTH | L_ONLY | R_ONLY, lOffset, rOffset, data);
}

const f = Math.fround;
/** ts_rank's default weights for D, C, B, A. */
const WEIGHTS = [f(0.1), f(0.2), f(0.4), f(1.0)];
const wpos = (p: number) => WEIGHTS[weightOf(p)]!;

function itemPositions(doc: DocTerms, ids: number[]): Uint16Array[] {
  const out: Uint16Array[] = [];
  for (const id of ids) { const p = positionsOf(doc, id); if (p) out.push(p); }
  return out;
}

/** calc_rank_or: each word by its weights, the first and heaviest occurrences counting most. */
function rankOr(doc: DocTerms, items: number[][]): number {
  let res = 0;
  const pos = doc.pos, off = doc.off;
  for (const ids of items) {
    for (const id of ids) {
      const e = find(doc, id);
      if (e < 0) continue;
      let resj = 0, wjm = -1, jm = 0;
      for (let j = 0, at = off[e]!, end = off[e + 1]!; at < end; j++, at++) {
        const w = wpos(pos[at]!);
        resj = f(resj + f(w / ((j + 1) * (j + 1))));
        if (w > wjm) { wjm = w; jm = j; }
      }
      res = f(res + f(f(wjm + resj) - f(wjm / ((jm + 1) * (jm + 1)))) / 1.64493406685);
    }
  }
  return items.length > 0 ? f(res / items.length) : res;
}

function wordDistance(w: number): number {
  if (w > 100) return f(1e-30);
  return f(1.0 / (1.005 + 0.05 * Math.exp(f(w) / 1.5 - 2)));
}

/** calc_rank_and: how close together the words stand. */
function rankAnd(doc: DocTerms, items: number[][]): number {
  if (items.length < 2) return rankOr(doc, items);
  const pos: Array<Uint16Array | null> = items.map(() => null);
  let res = -1;
  for (let i = 0; i < items.length; i++) {
    for (const post of itemPositions(doc, items[i]!)) {
      pos[i] = post;
      for (let k = 0; k < i; k++) {
        const ct = pos[k];
        if (!ct) continue;
        for (let l = 0; l < post.length; l++) {
          for (let p = 0; p < ct.length; p++) {
            const dist = Math.abs(posOf(post[l]!) - posOf(ct[p]!));
            if (!dist) continue;
            const curw = f(Math.sqrt(f(f(wpos(post[l]!) * wpos(ct[p]!)) * wordDistance(dist))));
            res = res < 0 ? curw : f(1.0 - (1.0 - res) * (1.0 - curw));
          }
        }
      }
    }
  }
  return res;
}

/** ts_rank(document, query) with the default weights and no normalisation. */
export function rank(doc: DocTerms, q: CompiledQuery): number {
  let res = q.proximity ? rankAnd(doc, q.items) : rankOr(doc, q.items);
  if (res < 0) res = f(1e-20);
  return res;
}

