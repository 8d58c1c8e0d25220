/**
 * A PostgreSQL tsquery in its text form ('archief' & 'digitaliser' | 'open' <-> 'api' & !'foo'),
 * read back into a tree so that it can be matched against documents in memory. The database
 * parses and stems the words once per distinct search; everything after that happens here.
 *
 * Operator priority as in PostgreSQL: ! binds tightest, then <N> (phrase), then &, then |; the
 * database prints parentheses wherever the tree differs from that reading.
 */
export type TsNode =
  /** weights: bit mask of the allowed weights (D = 1, C = 2, B = 4, A = 8); 0 means any. */
  | { op: 'val'; lexeme: string; prefix: boolean; weights: number }
  | { op: 'not'; arg: TsNode }
  | { op: 'and' | 'or'; left: TsNode; right: TsNode }
  | { op: 'phrase'; distance: number; left: TsNode; right: TsNode };

type Token = { t: 'val'; node: TsNode } | { t: '!' | '&' | '|' | '(' | ')' } | { t: 'phrase'; distance: number };

const WEIGHT_BITS: Record<string, number> = { a: 8, b: 4, c: 2, d: 1 };

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === ' ') { i++; continue; }
    if (ch === "'") {
      let lexeme = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated lexeme');
        const c = text[i]!;
        if (c === "'" && text[i + 1] === "'") { lexeme += "'"; i += 2; continue; }
        if (c === '\\' && i + 1 < text.length) { lexeme += text[i + 1]; i += 2; continue; }
        if (c === "'") { i++; break; }
        lexeme += c;
        i++;
      }
      let prefix = false, weights = 0;
      if (text[i] === ':') {
        i++;
        while (i < text.length && /[*abcdABCD]/.test(text[i]!)) {
          const c = text[i]!.toLowerCase();
          if (c === '*') prefix = true; else weights |= WEIGHT_BITS[c]!;
          i++;
        }
      }
      out.push({ t: 'val', node: { op: 'val', lexeme, prefix, weights } });
      continue;
    }
    if (ch === '<') {
      const m = /^<(-|\d+)>/.exec(text.slice(i));
      if (!m) throw new Error(`unexpected "${text.slice(i, i + 5)}"`);
      out.push({ t: 'phrase', distance: m[1] === '-' ? 1 : Number(m[1]) });
      i += m[0].length;
      continue;
    }
    if (ch === '!' || ch === '&' || ch === '|' || ch === '(' || ch === ')') { out.push({ t: ch }); i++; continue; }
    throw new Error(`unexpected "${ch}" in tsquery`);
  }
  return out;
}

/** The tree of a tsquery's text; null for the empty query (which matches nothing). */
export function parseTsQuery(text: string): TsNode | null {
  const tokens = tokenize(text);
  if (!tokens.length) return null;
  let at = 0;
  const peek = () => tokens[at];
  const or = (): TsNode => {
    let left = and();
    while (peek()?.t === '|') { at++; left = { op: 'or', left, right: and() }; }
    return left;
  };
  const and = (): TsNode => {
    let left = phrase();
    while (peek()?.t === '&') { at++; left = { op: 'and', left, right: phrase() }; }
    return left;
  };
  const phrase = (): TsNode => {
    let left = unary();
    for (let tok = peek(); tok?.t === 'phrase'; tok = peek()) {
      at++;
      left = { op: 'phrase', distance: tok.distance, left, right: unary() };
    }
    return left;
  };
  const unary = (): TsNode => {
    const tok = tokens[at++];
    if (!tok) throw new Error('tsquery ends too early');
    if (tok.t === '!') return { op: 'not', arg: unary() };
    if (tok.t === '(') {
      const inner = or();
      if (tokens[at++]?.t !== ')') throw new Error('missing ) in tsquery');
      return inner;
    }
    if (tok.t === 'val') return tok.node;
    throw new Error(`unexpected ${tok.t} in tsquery`);
  };
  const tree = or();
  if (at !== tokens.length) throw new Error('trailing text in tsquery');
  return tree;
}

/** The operands of a query, as PostgreSQL's ranking counts them: every lexeme once (negated ones too). */
export function operands(node: TsNode, out: Array<Extract<TsNode, { op: 'val' }>> = []): Array<Extract<TsNode, { op: 'val' }>> {
  if (node.op === 'val') out.push(node);
  else if (node.op === 'not') operands(node.arg, out);
  else { operands(node.left, out); operands(node.right, out); }
  return out;
}
