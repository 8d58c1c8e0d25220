/**
 * How the CSV of one public entity type is made from the database, and how a load puts it back.
 * The CSV carries the public rows themselves (ids and references included), so that a dump loaded
 * into an empty instance gives the same public data; nothing else leaves the database.
 */

/** Rows of another table that belong to one thing: its links to other things, its parts. */
export interface PartSource {
  table: string;
  /** The part's column that refers to the thing, and the thing's column it refers to. */
  column: string;
  refers: string;
  /** Columns never published (the rest of the part's row is). */
  omit?: readonly string[];
  /** An SQL condition on the part's rows, where only some of them are public. */
  where?: string;
}

/**
 * A row the description reads although it is not a public thing of its own (the model version a
 * dimension belongs to). Only the listed columns are published; a load fills the others neutrally.
 */
export interface ContextSource {
  table: string;
  /** The context row's key column, and where its value comes from: a column of the thing, or
   * `<table>.<column>` of a context listed before this one. */
  key: string;
  from: string;
  columns: readonly string[];
  /** Columns published only where the SQL condition on the context row holds. */
  onlyWhere?: Readonly<Record<string, string>>;
}

/**
 * A code list defined by the platform itself (no table): its CSV lists the codes, and a load
 * only checks that the instance it loads into has the same list.
 */
export interface FixedSource { fixed: true }

/**
 * Things described entirely from what other types carry (an agenda item from the published
 * minutes and decisions of its meeting): the CSV lists their ids; loading the other types
 * brings them back.
 */
export interface DerivedSource { derivedFrom: readonly string[] }

export interface CsvSource {
  /** The table with one row per thing. */
  table: string;
  /** The column holding the id that the entity type's `ids` returns. */
  idColumn: string;
  /** An SQL expression giving that id, where it is made of several columns ('2026-v1'). */
  idSql?: string;
  /** An SQL condition on the table's rows, where an id alone does not name one row. */
  where?: string;
  /** Published columns: these, or every column except `omit`. */
  columns?: readonly string[];
  omit?: readonly string[];
  /** Columns published only where the SQL condition on the row holds (consent); otherwise empty. */
  onlyWhere?: Readonly<Record<string, string>>;
  parts?: readonly PartSource[];
  context?: readonly ContextSource[];
  /** Values for required columns the dumps do not carry where the emptiest value breaks a rule, per table. */
  neutral?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

export type TypeSource = CsvSource | FixedSource | DerivedSource;
/** Sources whose CSV is the list of ids, with nothing to load. */
export const isIdList = (source: TypeSource): source is FixedSource | DerivedSource => 'fixed' in source || 'derivedFrom' in source;

/** Column name prefixes in the CSV for the JSON cells of parts and context rows. */
export const PART_PREFIX = 'part:';
export const CONTEXT_PREFIX = 'context:';
