import { MEDIA_TYPES, type RdfFormat } from '../rdf/serialize.js';

export type Format = RdfFormat | 'html';

/** The formats a description comes in, in the server's order of preference for a tie. */
export const FORMATS: readonly Format[] = ['html', 'ttl', 'jsonld', 'nt', 'json'];

const SUFFIX = /\.(ttl|nt|jsonld|json|html)$/;

/** Splits a format suffix off an id: 'X.ttl' -> { id: 'X', format: 'ttl' }. */
export function splitSuffix(raw: string): { id: string; format: Format | null } {
  const m = SUFFIX.exec(raw);
  return m ? { id: raw.slice(0, -m[0].length), format: m[1] as Format } : { id: raw, format: null };
}

interface Range { type: string; subtype: string; q: number; order: number }

function parseAccept(header: string): Range[] {
  return header.split(',').map((part, order) => {
    const [media = '', ...params] = part.trim().split(';');
    const [type = '', subtype = ''] = media.trim().toLowerCase().split('/');
    let q = 1;
    for (const p of params) {
      const [k, v] = p.trim().split('=');
      if (k?.trim().toLowerCase() === 'q') {
        const n = Number(v);
        q = Number.isFinite(n) ? Math.min(Math.max(n, 0), 1) : 0;
      }
    }
    return { type, subtype, q, order };
  }).filter((r) => r.type && r.subtype);
}

/** How specifically a range names a media type (3 exact, 2 type/*, 1 * / *), or 0 when it does not match. */
function specificity(range: Range, media: string): number {
  const [type, subtype] = media.split('/');
  if (range.type === type && range.subtype === subtype) return 3;
  if (range.type === type && range.subtype === '*') return 2;
  if (range.type === '*' && range.subtype === '*') return 1;
  return 0;
}

/**
 * Picks the format for an Accept header (RFC 9110 12.5.1): each format gets the q of the most
 * specific range that matches it; the highest q wins, a tie goes to the server's order. q=0
 * means "not this one". No (readable) header means anything goes: the first format. null: 406.
 */
export function negotiate(accept: string | undefined, formats: readonly Format[] = FORMATS): Format | null {
  if (!accept || !accept.trim()) return formats[0] ?? null;
  const ranges = parseAccept(accept);
  // A header with no readable range at all is treated as absent (RFC 9110 allows ignoring it).
  if (!ranges.length) return formats[0] ?? null;
  let best: { format: Format; q: number } | null = null;
  for (const format of formats) {
    let match: { spec: number; q: number } | null = null;
    for (const r of ranges) {
      const spec = specificity(r, MEDIA_TYPES[format]);
      if (spec && (!match || spec > match.spec)) match = { spec, q: r.q };
    }
    if (match && match.q > 0 && (!best || match.q > best.q)) best = { format, q: match.q };
  }
  return best?.format ?? null;
}
