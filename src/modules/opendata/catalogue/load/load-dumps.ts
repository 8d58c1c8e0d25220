import { sql, type Transaction } from 'kysely';
import type { Db } from '../../../../db/database.js';
import type { Database } from '../../../../db/schema.js';
import { audit } from '../../../../plugins/audit.js';
import type { PublicEntityType } from '../../entity-type.js';
import { parseCsv } from '../csv.js';
import { csvDump, csvPlan } from '../csv-dump.js';
import { isIdList, type CsvSource, type TypeSource } from '../csv-source.js';
import { isStructured, Schema, type ColumnInfo, type ForeignKey } from '../table-info.js';
import { neutralValue } from './neutral.js';
import { loadOrder, parentsFirst, RowSet, type Row } from './row-set.js';

const BATCH = 500;

export interface LoadResult {
  /** Things loaded per entity type. */
  types: Record<string, number>;
  /** Rows inserted per table (things, their parts and the rows they read). */
  tables: Record<string, number>;
}

export class LoadError extends Error {}

function decode(column: ColumnInfo, cell: string | null | undefined): unknown {
  if (cell === null || cell === undefined) return null;
  return isStructured(column) ? JSON.parse(cell) : cell;
}

/** Reads one type's CSV into the row set, checking that its columns are the ones this instance dumps. */
async function collect(schema: Schema, rows: RowSet, type: string, source: CsvSource, text: string): Promise<number> {
  const plan = await csvPlan(schema, source);
  const [header, ...lines] = parseCsv(text);
  if (JSON.stringify(header) !== JSON.stringify(plan.header)) {
    throw new LoadError(`${type}.csv: the columns are ${JSON.stringify(header)}, this instance expects ${JSON.stringify(plan.header)}`);
  }
  const width = plan.header.length;
  const nRoot = plan.rootColumns.length;
  for (const [n, cells] of lines.entries()) {
    if (cells.length !== width) throw new LoadError(`${type}.csv line ${n + 2}: ${cells.length} fields, expected ${width}`);
    const root: Row = {};
    plan.rootColumns.forEach((c, i) => { root[c.name] = decode(c, cells[i]); });
    rows.add(source.table, root);
    plan.parts.forEach((part, j) => {
      for (const r of JSON.parse(cells[nRoot + j] ?? '[]') as Row[]) rows.add(part.table, { ...r, [part.column]: root[part.refers] });
    });
    (source.context ?? []).forEach((ctx, k) => {
      const cell = cells[nRoot + plan.parts.length + k];
      if (cell) rows.add(ctx.table, JSON.parse(cell) as Row);
    });
  }
  return lines.length;
}

/** Every reference between the rows to load must land on a loaded row: otherwise the dumps are incomplete. */
function checkReferences(rows: RowSet, fks: readonly ForeignKey[]): void {
  const problems: string[] = [];
  for (const fk of fks) {
    if (!rows.tables.has(fk.table)) continue;
    const targets = new Set(rows.rows(fk.refTable).map((r) => JSON.stringify(fk.refColumns.map((c) => String(r[c])))));
    for (const row of rows.rows(fk.table)) {
      if (fk.columns.some((c) => row[c] == null)) continue;
      const ref = JSON.stringify(fk.columns.map((c) => String(row[c])));
      if (!targets.has(ref)) problems.push(`${fk.table} (${fk.columns.join(', ')}) = ${ref} refers to ${fk.refTable}, which the dumps do not hold`);
    }
  }
  if (problems.length) throw new LoadError(`The dumps are not complete:\n  ${problems.slice(0, 20).join('\n  ')}${problems.length > 20 ? `\n  ... and ${problems.length - 20} more` : ''}`);
}

/**
 * Neutral rows for required references the dumps do not carry (who created a thing): one per
 * referenced table, made on first need, itself completed the same way.
 */
function placeholders(tx: Transaction<Database>, schema: Schema, fks: readonly ForeignKey[], overrides: ReadonlyMap<string, Record<string, unknown>>) {
  const made = new Map<string, Promise<Row>>();
  const complete = async (table: string, row: Row): Promise<Row> => {
    const { columns } = await schema.table(table);
    for (const column of columns) {
      if (column.computed) { delete row[column.name]; continue; }
      if (row[column.name] !== null && row[column.name] !== undefined) continue;
      const override = overrides.get(table)?.[column.name];
      if (override !== undefined) { row[column.name] = override; continue; }
      if (column.hasDefault || column.nullable) { if (!column.nullable) delete row[column.name]; continue; }
      const fk = fks.find((f) => f.table === table && f.columns.length === 1 && f.columns[0] === column.name);
      row[column.name] = fk ? (await placeholder(fk.refTable))[fk.refColumns[0]!] : await neutralValue(schema, table, column);
    }
    return row;
  };
  const placeholder = (table: string): Promise<Row> => {
    let row = made.get(table);
    if (!row) {
      made.set(table, (row = (async () => {
        const values = await complete(table, {});
        const [inserted] = await insertRows(tx, table, [values], true);
        return inserted!;
      })()));
    }
    return row;
  };
  return complete;
}

async function insertRows(tx: Transaction<Database>, table: string, rows: Row[], returning = false): Promise<Row[]> {
  const out: Row[] = [];
  // Rows that leave different columns to their defaults are inserted in separate statements.
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = Object.keys(row).sort().join(',');
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  for (const [key, group] of groups) {
    const columns = key ? key.split(',') : [];
    for (let i = 0; i < group.length; i += BATCH) {
      const batch = JSON.stringify(group.slice(i, i + BATCH));
      const query = columns.length
        ? sql<Row>`insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
            select ${sql.join(columns.map((c) => sql.ref(c)))} from json_populate_recordset(null::${sql.table(table)}, ${batch}::json)
            ${returning ? sql`returning *` : sql``}`
        : sql<Row>`insert into ${sql.table(table)} default values ${returning ? sql`returning *` : sql``}`;
      out.push(...(await query.execute(tx)).rows);
    }
  }
  return out;
}

/**
 * Loads the CSV dumps of every given entity type into an empty instance, in one transaction:
 * all of it or nothing. Columns the dumps do not carry get neutral values; sequences move past
 * the loaded ids so the instance can go on creating records.
 */
export async function loadDumps(db: Db, types: readonly PublicEntityType[], sources: Readonly<Record<string, TypeSource>>, files: ReadonlyMap<string, string>): Promise<LoadResult> {
  const schema = new Schema(db);
  const fks = await schema.foreignKeys();
  const keys = new Map<string, readonly string[]>();
  const rows = new RowSet((table) => keys.get(table) ?? []);
  const result: LoadResult = { types: {}, tables: {} };
  const neutral = new Map<string, Record<string, unknown>>();
  for (const entity of types) {
    const source = sources[entity.type];
    if (!source) throw new LoadError(`${entity.type} has no CSV: it cannot be loaded`);
    const text = files.get(entity.type);
    if (text === undefined) throw new LoadError(`${entity.type}.csv is missing`);
    if (isIdList(source)) {
      // Derived things come back with the types they derive from; nothing to load for them.
      if ('derivedFrom' in source) { result.types[entity.type] = parseCsv(text).length - 1; continue; }
      // The platform defines this list; the dump must name the same codes as this instance.
      let own = '';
      for await (const chunk of csvDump(db, schema, entity, source)) own += chunk;
      if (own !== text) throw new LoadError(`${entity.type}.csv lists other codes than this instance: it comes from another version of the platform`);
      result.types[entity.type] = parseCsv(text).length - 1;
      continue;
    }
    for (const [table, values] of Object.entries(source.neutral ?? {})) neutral.set(table, { ...neutral.get(table), ...values });
    for (const table of [source.table, ...(source.parts ?? []).map((p) => p.table), ...(source.context ?? []).map((c) => c.table)]) {
      keys.set(table, (await schema.table(table)).primaryKey);
    }
    result.types[entity.type] = await collect(schema, rows, entity.type, source, text);
  }
  checkReferences(rows, fks);
  const columnsOf = new Map<string, ColumnInfo[]>();
  for (const table of rows.tables.keys()) columnsOf.set(table, (await schema.table(table)).columns);
  const nullable = (fk: ForeignKey) => fk.columns.every((c) => columnsOf.get(fk.table)?.find((x) => x.name === c)?.nullable);
  const { order: tables, deferred } = loadOrder([...rows.tables.keys()], fks, nullable);
  for (const table of tables) {
    const { rows: found } = await sql<{ n: number }>`select count(*)::int as n from (select 1 from ${sql.table(table)} limit 1) t`.execute(db);
    if (found[0]!.n > 0) throw new LoadError(`Table ${table} already holds rows: load the dumps into an empty instance`);
  }
  await db.transaction().execute(async (tx) => {
    // Inside the transaction every read goes through it: PGlite has one connection, which the transaction holds.
    const txSchema = new Schema(tx);
    const complete = placeholders(tx, txSchema, fks, neutral);
    const pending: Array<{ table: string; row: Row; links: Row }> = [];
    for (const table of tables) {
      const list: Row[] = [];
      for (const row of rows.rows(table)) list.push(await complete(table, row));
      const ordered = parentsFirst(list, fks.filter((f) => f.table === table && f.refTable === table));
      // Links that close a circle between tables are set once both sides are in.
      const later = deferred.filter((f) => f.table === table);
      const held = ordered.map((row) => {
        const links: Row = {};
        for (const f of later) for (const c of f.columns) { links[c] = row[c] ?? null; row[c] = null; }
        return links;
      });
      await insertRows(tx, table, ordered);
      ordered.forEach((row, i) => { if (later.length) pending.push({ table, row, links: held[i]! }); });
      result.tables[table] = ordered.length;
      for (const column of (await txSchema.table(table)).columns.filter((c) => c.serial)) {
        await sql`select setval(pg_get_serial_sequence(${table}, ${column.name}), greatest(coalesce((select max(${sql.ref(column.name)}) from ${sql.table(table)}), 0), 1))`.execute(tx);
      }
    }
    for (const { table, row, links } of pending) {
      const set = Object.entries(links).filter(([, v]) => v !== null);
      if (!set.length) continue;
      const key = (await txSchema.table(table)).primaryKey;
      await sql`update ${sql.table(table)} set ${sql.join(set.map(([c, v]) => sql`${sql.ref(c)} = ${v}`))}
        where ${sql.join(key.map((c) => sql`${sql.ref(c)} = ${row[c]}`), sql` and `)}`.execute(tx);
    }
    for (const [type, count] of Object.entries(result.types)) {
      await audit(tx, { userId: null, entityType: 'opendata-load', entityId: type, action: 'create', after: { things: count } });
    }
  });
  return result;
}
