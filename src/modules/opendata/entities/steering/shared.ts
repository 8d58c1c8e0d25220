import type { Quad } from 'n3';
import type { Db } from '../../../../db/database.js';
import type { Uris } from '../../uris.js';
import type { Subject } from '../../rdf/terms.js';

export type { Db };
export type Text = { nl: string; en: string };

/** Adds a bilingual text as two language-tagged literals of one property. */
export function bilingual(s: Subject, prefix: Parameters<Subject['text']>[0], local: string, nl: string | null | undefined, en: string | null | undefined): Subject {
  return s.text(prefix, local, nl, 'nl').text(prefix, local, en, 'en');
}

/**
 * The study the seed facts come from, as one resource (/id/study): every seed fact says
 * prov:wasDerivedFrom it, and dct:source names the part and section as the data records it.
 */
export const STUDY_TYPE = 'study';

/** Provenance of a record with a `source` column: the study and the section, or nothing. */
export function fromStudy(s: Subject, uris: Uris, source: string | null | undefined): Subject {
  if (!source) return s;
  return s.ref('prov', 'wasDerivedFrom', uris.collection(STUDY_TYPE)).text('dct', 'source', source, 'nl');
}

/** The recommendation codes a source text names ("Aanbeveling 1.3" -> R1.3), for prov:wasDerivedFrom. */
export function recommendationsNamedIn(source: string | null | undefined): string[] {
  if (!source) return [];
  return [...source.matchAll(/Aanbeveling (\d(?:\.\d)?)/g)].map((m) => `R${m[1]}`);
}

/** Keyset paging over ids computed in memory (small sets): the next `limit` after `after`. */
export function pageOf(all: readonly string[], after: string | null, limit: number): string[] {
  const sorted = [...new Set(all)].sort(compareIds);
  const start = after === null ? 0 : sorted.findIndex((id) => compareIds(id, after) > 0);
  return start < 0 ? [] : sorted.slice(start, start + limit);
}

/** Orders ids with numbers compared as numbers ("1-10" after "1-2"), so that paging is stable. */
export function compareIds(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

/** Positive integer ids only: anything else cannot name a row, and must not reach SQL. */
export function intIds(ids: readonly string[]): number[] {
  return [...new Set(ids.filter((id) => /^\d{1,9}$/.test(id)).map(Number))];
}

export type Describe = (db: Db, ids: readonly string[], uris: Uris) => Promise<Quad[]>;

/** An ISO date (YYYY-MM-DD) from a date column, whichever type the driver returns. */
export function day(value: Date | string | null | undefined): string | null {
  if (value == null) return null;
  if (value instanceof Date) {
    // DATE columns arrive as local midnight from node-postgres; read them back the same way.
    const y = value.getFullYear(), m = value.getMonth() + 1, d = value.getDate();
    return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return String(value).slice(0, 10);
}

/** A number as an xsd:decimal lexical form (never exponent notation, which xsd:decimal does not allow). */
export function decimal(value: number | string | null | undefined): string | null {
  if (value == null || value === '') return null;
  const n = Number(value);
  if (!Number.isFinite(n)) return null;
  const plain = String(n);
  return /e/i.test(plain) ? n.toFixed(20).replace(/\.?0+$/, '') : plain;
}
