import { sql, type RawBuilder } from 'kysely';
import { DataFactory, type Quad } from 'n3';
import type { Graph, Subject } from '../../rdf/terms.js';
import type { Uris } from '../../uris.js';

/**
 * Codes are compared byte by byte ("C" collation) so that the keyset order of `ids` is the same
 * on PGlite and PostgreSQL whatever the database's default collation.
 */
export function byteOrder(column: string): RawBuilder<string> {
  return sql<string>`${sql.ref(column)} collate "C"`;
}

/** A serial id as a positive integer, or null for anything else (never a 500 on a bad id). */
export function serialId(value: string | null): number | null {
  if (value === null || !/^[1-9]\d{0,9}$/.test(value)) return null;
  const n = Number(value);
  return n <= 2147483647 ? n : null;
}

/** One keyset page of serial ids: those above `after` (serial ids start at 1), none after an id that is not one. */
export async function serialIdPage(after: string | null, page: (from: number) => Promise<Array<{ id: number }>>): Promise<string[]> {
  const from = after === null ? 0 : serialId(after);
  if (from === null) return [];
  return (await page(from)).map((r) => String(r.id));
}

/** The serial ids among `ids`, without duplicates. */
export function serialIds(ids: readonly string[]): number[] {
  return [...new Set(ids.map(serialId).filter((n): n is number => n !== null))];
}

/** A page size between 1 and 10,000 (a caller's 0 or negative limit yields an empty page). */
export function pageSize(limit: number): number {
  return Math.max(0, Math.min(10000, Math.floor(limit)));
}

/**
 * Demo records are published when the platform shows them, but marked so that nobody takes them
 * for real: the ext:isDemo flag every public entity carries, and a note in both languages.
 */
export function markDemo(s: Subject, isDemo: boolean): void {
  s.typed('ext', 'isDemo', String(isDemo), 'boolean');
  if (!isDemo) return;
  s.text('rdfs', 'comment', 'Demogegeven: fictief voorbeeld om het platform te tonen, geen echte gegevens.', 'nl')
    .text('rdfs', 'comment', 'Demo record: a fictitious example to show the platform, not real data.', 'en');
}

/** Both language variants of a bilingual field. */
export function bilingual(s: Subject, prefix: Parameters<Subject['text']>[0], local: string, nl: string | null, en: string | null): Subject {
  return s.text(prefix, local, nl, 'nl').text(prefix, local, en, 'en');
}

/** A numeric column as an xsd:decimal lexical form (numeric columns arrive as strings from both drivers). */
export function decimal(value: string | number | null): string | null {
  if (value === null || value === '') return null;
  const n = Number(value);
  return Number.isFinite(n) ? String(n) : null;
}

/** An absolute http(s) address, or null: free-text links are not published as IRIs. */
export function webAddress(value: string | null | undefined): ReturnType<typeof DataFactory.namedNode> | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? DataFactory.namedNode(url.toString()) : null;
  } catch {
    return null;
  }
}


/**
 * Each quad once: a shared node (a concept, a competent authority) is typed by every entity that
 * links it, so that each description validates on its own; the merged output names it once.
 */
export function distinct(quads: readonly Quad[]): Quad[] {
  const seen = new Set<string>();
  return quads.filter((q) => {
    const o = q.object;
    const key = `${q.subject.value}\u0000${q.predicate.value}\u0000${o.termType}\u0000${o.value}\u0000${o.termType === 'Literal' ? `${o.language}\u0000${o.datatype.value}` : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The responsible actor, typed as a public organisation when it is a government: the subsidy
 * register expects the competent authority of a public service to be one.
 */
export function competentAuthority(graph: Graph, uris: Uris, code: string, kind: string | null): string {
  const uri = uris.thing('actor', code);
  if (kind === 'government') graph.subject(uri).type('m8g', 'PublicOrganisation');
  return uri;
}
