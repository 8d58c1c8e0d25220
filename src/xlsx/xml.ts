import { XlsxError } from './errors.js';

/**
 * A small streaming XML reader for the parts of a workbook: elements, attributes, text and
 * CDATA, with the five predefined entities and character references. A DOCTYPE or any other
 * markup declaration is refused outright, so entity expansion (XXE, billion laughs) cannot
 * happen. Element and attribute names are reported without their namespace prefix: the
 * parts use prefixes freely (x:row, r:id) and the local names do not clash.
 */
export interface XmlHandler {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  text(value: string): void;
}

const MAX_DEPTH = 64;
const MAX_TOKEN = 4 * 1024 * 1024;
const PREDEFINED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

const localName = (qname: string) => {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
};

/** Marks a token that continues in the next chunk. */
const INCOMPLETE = Symbol('incomplete');

export class XmlReader {
  private rest = '';
  private readonly stack: string[] = [];
  private seenRoot = false;

  constructor(private readonly handler: XmlHandler) {}

  /** Reads the next piece of the document; a token cut at the end waits for the next piece. */
  feed(chunk: string): void {
    this.rest = this.scan(this.rest + chunk);
    // Only an unfinished tag, comment or CDATA section waits here; one that runs on for megabytes
    // is no spreadsheet (a cell holds at most 32,767 characters) and would be rescanned at every piece.
    if (this.rest.length > MAX_TOKEN) throw new XlsxError('xml', 'the XML has a tag or section that does not end');
  }

  /** The document is complete: anything left open means it was cut short. */
  end(): void {
    if (this.rest.trim()) throw new XlsxError('xml', 'the XML ends in the middle of a tag');
    if (this.stack.length) throw new XlsxError('xml', `the XML ends before </${this.stack[this.stack.length - 1]}>`);
    if (!this.seenRoot) throw new XlsxError('xml', 'the XML has no root element');
  }

  /** Handles every complete token of `s`; returns the unfinished tail. */
  private scan(s: string): string {
    const n = s.length;
    let i = 0;
    while (i < n) {
      const lt = s.indexOf('<', i);
      if (lt < 0) return this.partialText(s.slice(i));
      if (lt > i) this.emitText(s.slice(i, lt));
      const end = this.token(s, lt);
      if (end === INCOMPLETE) return s.slice(lt);
      i = end;
    }
    return '';
  }

  /**
   * Text that runs to the end of the piece is passed on now (handlers join the parts), except
   * an entity reference or a CR that may continue in the next piece.
   */
  private partialText(tail: string): string {
    let keep = tail.length;
    const amp = tail.lastIndexOf('&');
    if (amp >= 0 && tail.indexOf(';', amp) < 0) keep = amp;
    if (keep > 0 && tail.charCodeAt(keep - 1) === 13) keep--;
    if (keep > 0) this.emitText(tail.slice(0, keep));
    return tail.slice(keep);
  }

  /** One token starting with '<' at `lt`; returns the position after it. */
  private token(s: string, lt: number): number | typeof INCOMPLETE {
    const n = s.length;
    if (lt + 1 >= n) return INCOMPLETE;
    const next = s.charCodeAt(lt + 1);
    if (next === 33 /* ! */) {
      if (s.startsWith('<!--', lt)) {
        const end = s.indexOf('-->', lt + 4);
        return end < 0 ? INCOMPLETE : end + 3;
      }
      if (s.startsWith('<![CDATA[', lt)) {
        const end = s.indexOf(']]>', lt + 9);
        if (end < 0) return INCOMPLETE;
        this.requireOpen();
        this.handler.text(normaliseLineEnds(s.slice(lt + 9, end)));
        return end + 3;
      }
      if (n - lt < 9 && ('<![CDATA['.startsWith(s.slice(lt)) || '<!--'.startsWith(s.slice(lt)))) return INCOMPLETE;
      throw new XlsxError('dtd', 'the XML contains a DOCTYPE or another markup declaration, which is not accepted');
    }
    if (next === 63 /* ? */) {
      const end = s.indexOf('?>', lt + 2);
      if (end < 0) return INCOMPLETE;
      const pi = s.slice(lt + 2, end);
      const encoding = /^xml\s[^]*encoding\s*=\s*["']([^"']+)["']/.exec(pi)?.[1];
      if (encoding && !/^utf-?8$/i.test(encoding)) throw new XlsxError('unsupported', `the XML is encoded in ${encoding}; only UTF-8 is read`);
      return end + 2;
    }
    if (next === 47 /* / */) {
      const end = s.indexOf('>', lt + 2);
      if (end < 0) return INCOMPLETE;
      const name = s.slice(lt + 2, end).trim();
      const open = this.stack.pop();
      if (open !== name) throw new XlsxError('xml', open ? `</${name}> closes <${open}>` : `</${name}> closes nothing`);
      this.handler.close(localName(name));
      return end + 1;
    }
    return this.startTag(s, lt);
  }

  private startTag(s: string, lt: number): number | typeof INCOMPLETE {
    const n = s.length;
    let j = lt + 1;
    while (j < n && !isNameEnd(s.charCodeAt(j))) j++;
    if (j >= n) return INCOMPLETE;
    const name = s.slice(lt + 1, j);
    if (!name) throw new XlsxError('xml', 'a tag without a name');
    const attrs: Record<string, string> = {};
    for (;;) {
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      if (j >= n) return INCOMPLETE;
      const c = s.charCodeAt(j);
      if (c === 62 /* > */) { this.openElement(name, attrs, false); return j + 1; }
      if (c === 47 /* / */) {
        if (j + 1 >= n) return INCOMPLETE;
        if (s.charCodeAt(j + 1) !== 62) throw new XlsxError('xml', `a stray / in <${name}>`);
        this.openElement(name, attrs, true);
        return j + 2;
      }
      const start = j;
      while (j < n && !isNameEnd(s.charCodeAt(j)) && s.charCodeAt(j) !== 61 /* = */) j++;
      const attr = s.slice(start, j);
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      if (j >= n) return INCOMPLETE;
      if (!attr || s.charCodeAt(j) !== 61) throw new XlsxError('xml', `an attribute without a value in <${name}>`);
      j++;
      while (j < n && isSpace(s.charCodeAt(j))) j++;
      if (j >= n) return INCOMPLETE;
      const quote = s[j];
      if (quote !== '"' && quote !== "'") throw new XlsxError('xml', `an unquoted attribute value in <${name}>`);
      const close = s.indexOf(quote, j + 1);
      if (close < 0) return INCOMPLETE;
      const raw = s.slice(j + 1, close);
      if (raw.includes('<')) throw new XlsxError('xml', `a < inside an attribute value in <${name}>`);
      attrs[localName(attr)] = decodeEntities(normaliseLineEnds(raw));
      j = close + 1;
    }
  }

  private openElement(name: string, attrs: Record<string, string>, selfClosing: boolean) {
    if (!this.stack.length) {
      if (this.seenRoot) throw new XlsxError('xml', 'the XML has more than one root element');
      this.seenRoot = true;
    }
    if (this.stack.length >= MAX_DEPTH) throw new XlsxError('xml', 'the XML is nested too deeply');
    const local = localName(name);
    this.handler.open(local, attrs, selfClosing);
    if (selfClosing) this.handler.close(local);
    else this.stack.push(name);
  }

  private emitText(raw: string) {
    if (!this.stack.length) {
      if (raw.trim()) throw new XlsxError('xml', 'text outside the root element');
      return;
    }
    this.handler.text(decodeEntities(normaliseLineEnds(raw)));
  }

  private requireOpen() {
    if (!this.stack.length) throw new XlsxError('xml', 'CDATA outside the root element');
  }
}

const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13;
const isNameEnd = (c: number) => isSpace(c) || c === 62 || c === 47;

/** XML turns every CR LF and lone CR in the markup into LF; a CR written as &#13; survives. */
function normaliseLineEnds(s: string): string {
  return s.includes('\r') ? s.replace(/\r\n?/g, '\n') : s;
}

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&([^;&<]*);?/g, (match, ref: string) => {
    if (!match.endsWith(';')) throw new XlsxError('xml', 'an & that starts no entity');
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      const valid = /^#(x[0-9a-fA-F]+|[0-9]+)$/.test(ref) && code >= 1 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
      if (!valid) throw new XlsxError('xml', `&${ref}; is not a valid character reference`);
      return String.fromCodePoint(code);
    }
    const value = PREDEFINED[ref];
    if (value === undefined) throw new XlsxError('dtd', `the entity &${ref}; is not one of XML's five predefined entities`);
    return value;
  });
}

/** Text for element content: the markup characters escaped (> too, so that "]]>" cannot occur). */
export function escapeText(s: string): string {
  return s.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;'));
}

export function escapeAttr(s: string): string {
  return s.replace(/[&<>"'\r\n\t]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;', '\r': '&#13;', '\n': '&#10;', '\t': '&#9;' })[c]!);
}
