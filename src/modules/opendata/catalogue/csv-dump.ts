import { sql } from 'kysely';
import type { Db } from '../../../db/database.js';
import type { PublicEntityType } from '../entity-type.js';
import { cellText, csvLine } from './csv.js';
import { CONTEXT_PREFIX, isIdList, PART_PREFIX, type ContextSource, type CsvSource, type TypeSource } from './csv-source.js';

/** The one column of the CSV of a code list or of things derived from others. */
export const FIXED_HEADER = 'id';
import type { ColumnInfo, Schema } from './table-info.js';

type Row = Record<string, unknown>;

export interface CsvPlan {
  source: CsvSource;
  /** Root columns in table order, then one column per part and per context. */
  header: string[];
  rootColumns: ColumnInfo[];
  idIsInteger: boolean;
  parts: Array<{ table: string; column: string; refers: string; where?: string; columns: string[] }>;
}

const INTEGER_TYPES = new Set(['int2', 'int4', 'int8']);

/** What a type's CSV holds, from its source and the table shapes the database reports. */
export async function csvPlan(schema: Schema, source: CsvSource): Promise<CsvPlan> {
  const table = await schema.table(source.table);
  const wanted = (c: ColumnInfo) => !c.computed && (source.columns ? source.columns.includes(c.name) : !source.omit?.includes(c.name));
  const rootColumns = table.columns.filter(wanted);
  const idColumn = table.columns.find((c) => c.name === source.idColumn);
  if (!idColumn || !rootColumns.includes(idColumn)) throw new Error(`CSV of ${source.table}: the id column ${source.idColumn} must be published`);
  // A load rebuilds links from published values only, so what parts and context hang on must be published.
  const published = new Set(rootColumns.map((c) => c.name));
  for (const needed of [...(source.parts ?? []).map((p) => p.refers), ...(source.context ?? []).map((c) => c.from).filter((f) => !f.includes('.'))]) {
    if (!published.has(needed)) throw new Error(`CSV of ${source.table}: column ${needed} links a part or context row and must be published`);
  }
  const parts = [];
  for (const part of source.parts ?? []) {
    const info = await schema.table(part.table);
    parts.push({ ...part, columns: info.columns.filter((c) => !c.computed && c.name !== part.column && !part.omit?.includes(c.name)).map((c) => c.name) });
  }
  return {
    source, rootColumns, parts, idIsInteger: INTEGER_TYPES.has(idColumn.udtName),
    header: [
      ...rootColumns.map((c) => c.name),
      ...parts.map((p) => PART_PREFIX + p.table),
      ...(source.context ?? []).map((c) => CONTEXT_PREFIX + c.table),
    ],
  };
}

/** A stable order for rows without a natural one: by their JSON text, the same on every engine. */
function sortedByText(rows: Row[], columns: readonly string[]): Row[] {
  const keyed = rows.map((row) => ({ row, key: JSON.stringify(columns.map((c) => cellText(row[c]))) }));
  return keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((k) => k.row);
}

const pickColumns = (row: Row, columns: readonly string[]) => Object.fromEntries(columns.map((c) => [c, row[c] ?? null]));

/** The rows of one page of ids, as CSV lines in the order of the ids. */
export async function csvLines(db: Db, plan: CsvPlan, ids: readonly string[]): Promise<string> {
  const { source } = plan;
  const keys: Array<string | number> = plan.idIsInteger && !source.idSql ? ids.filter((id) => /^-?\d{1,18}$/.test(id)).map(Number) : [...ids];
  if (!keys.length) return '';
  const select = plan.rootColumns.map((c) => (source.onlyWhere?.[c.name]
    ? sql`case when ${sql.raw(source.onlyWhere[c.name]!)} then ${sql.ref(c.name)} end as ${sql.ref(c.name)}`
    : sql.ref(c.name)));
  const idSql = source.idSql ? sql.raw(`(${source.idSql})`) : sql.ref(source.idColumn);
  const rows = (await sql<Row>`select ${sql.join(select)}, ${idSql} as "__id" from ${sql.table(source.table)}
    where ${idSql} in (${sql.join(source.idSql ? [...ids] : keys)}) and ${sql.raw(source.where ?? 'true')}`.execute(db)).rows;
  const byId = new Map(rows.map((r) => [String(r.__id), r]));

  const partCells = await Promise.all(plan.parts.map(async (part) => {
    const refs = [...new Set(rows.map((r) => r[part.refers]).filter((v) => v != null))] as Array<string | number>;
    const grouped = new Map<string, Row[]>();
    if (!refs.length) return grouped;
    const found = (await sql<Row>`select * from ${sql.table(part.table)}
      where ${sql.ref(part.column)} in (${sql.join(refs)}) and ${sql.raw(part.where ?? 'true')}`.execute(db)).rows;
    for (const row of found) {
      const key = String(row[part.column]);
      grouped.set(key, [...(grouped.get(key) ?? []), pickColumns(row, part.columns)]);
    }
    for (const [key, list] of grouped) grouped.set(key, sortedByText(list, part.columns));
    return grouped;
  }));

  const contextRows = await readContext(db, source.context ?? [], rows);

  let out = '';
  for (const id of ids) {
    const row = byId.get(id);
    if (!row) continue;
    const cells = plan.rootColumns.map((c) => cellText(row[c.name]));
    plan.parts.forEach((part, i) => cells.push(cellText(partCells[i]!.get(String(row[part.refers])) ?? [])));
    (source.context ?? []).forEach((ctx, i) => cells.push(cellText(contextRows[i]!.get(rowKey(row, ctx, contextRows, source.context!)) ?? null)));
    out += csvLine(cells);
  }
  return out;
}

/** The value a context row is found by, for one thing's row (through earlier contexts if needed). */
function rowKey(row: Row, ctx: ContextSource, found: ReadonlyArray<Map<string, Row>>, all: readonly ContextSource[]): string {
  const dot = ctx.from.indexOf('.');
  if (dot < 0) return String(row[ctx.from]);
  const earlier = all.findIndex((c) => c.table === ctx.from.slice(0, dot));
  const parent = found[earlier]?.get(rowKey(row, all[earlier]!, found, all));
  return String(parent?.[ctx.from.slice(dot + 1)]);
}

async function readContext(db: Db, contexts: readonly ContextSource[], rows: Row[]): Promise<Array<Map<string, Row>>> {
  const found: Array<Map<string, Row>> = [];
  for (const ctx of contexts) {
    const values = new Set<string | number>();
    for (const row of rows) {
      const dot = ctx.from.indexOf('.');
      if (dot < 0) { if (row[ctx.from] != null) values.add(row[ctx.from] as string | number); continue; }
      const earlier = contexts.findIndex((c) => c.table === ctx.from.slice(0, dot));
      const parent = found[earlier]?.get(rowKey(row, contexts[earlier]!, found, contexts));
      const v = parent?.[ctx.from.slice(dot + 1)];
      if (v != null) values.add(v as string | number);
    }
    const map = new Map<string, Row>();
    if (values.size) {
      const select = [...new Set([ctx.key, ...ctx.columns])].map((c) => (ctx.onlyWhere?.[c]
        ? sql`case when ${sql.raw(ctx.onlyWhere[c]!)} then ${sql.ref(c)} end as ${sql.ref(c)}` : sql.ref(c)));
      const list = (await sql<Row>`select ${sql.join(select)}
        from ${sql.table(ctx.table)} where ${sql.ref(ctx.key)} in (${sql.join([...values])})`.execute(db)).rows;
      for (const r of list) map.set(String(r[ctx.key]), pickColumns(r, [...new Set([ctx.key, ...ctx.columns])]));
    }
    found.push(map);
  }
  return found;
}

/**
 * The CSV of one entity type, page by page: the header, then the public rows in the order of
 * `ids`. Only one page is read at a time, so memory stays bounded whatever the size.
 */
export async function* csvDump(db: Db, schema: Schema, entity: PublicEntityType, source: TypeSource, pageSize = 500): AsyncGenerator<string> {
  if (isIdList(source)) {
    yield csvLine([FIXED_HEADER]);
    for (let after: string | null = null; ;) {
      const ids: string[] = await entity.ids(db, after, pageSize);
      if (!ids.length) return;
      yield ids.map((id) => csvLine([id])).join('');
      if (ids.length < pageSize) return;
      after = ids[ids.length - 1]!;
    }
  }
  const plan = await csvPlan(schema, source);
  yield csvLine(plan.header);
  for (let after: string | null = null; ;) {
    const ids: string[] = await entity.ids(db, after, pageSize);
    if (!ids.length) return;
    const lines = await csvLines(db, plan, ids);
    if (lines) yield lines;
    if (ids.length < pageSize) return;
    after = ids[ids.length - 1]!;
  }
}
