import { sql } from 'kysely';
import type { Db } from '../../../db/database.js';

export interface ColumnInfo {
  name: string;
  /** information_schema data_type: 'text', 'integer', 'ARRAY', 'USER-DEFINED', ... */
  dataType: string;
  /** Underlying type name: 'int4', '_text' for text[], an enum's name. */
  udtName: string;
  nullable: boolean;
  hasDefault: boolean;
  /** Filled from a sequence (serial): a load moves the sequence past the loaded values. */
  serial: boolean;
  /** Computed by the database (generated columns, search vectors): never dumped nor loaded. */
  computed: boolean;
}

export interface ForeignKey { table: string; columns: string[]; refTable: string; refColumns: string[] }

export interface TableInfo {
  columns: ColumnInfo[];
  primaryKey: string[];
}

/** Values that travel as JSON inside a CSV cell and load as JSON: lists and JSON documents. */
export const isStructured = (c: ColumnInfo) => c.dataType === 'ARRAY' || c.udtName === 'json' || c.udtName === 'jsonb';

/**
 * The shape of the tables as the database itself reports it, so that dumps and loads follow the
 * migrations without a second description of every column. Read once per database handle.
 */
export class Schema {
  private tables = new Map<string, Promise<TableInfo>>();
  private fks: Promise<ForeignKey[]> | null = null;

  constructor(private readonly db: Db) {}

  table(name: string): Promise<TableInfo> {
    let info = this.tables.get(name);
    if (!info) this.tables.set(name, (info = this.read(name)));
    return info;
  }

  private async read(name: string): Promise<TableInfo> {
    const { rows } = await sql<{ name: string; data_type: string; udt_name: string; is_nullable: string; column_default: string | null; is_generated: string }>`
      select column_name::text as name, data_type::text, udt_name::text, is_nullable::text, column_default::text, is_generated::text
      from information_schema.columns where table_schema = current_schema() and table_name = ${name}
      order by ordinal_position`.execute(this.db);
    if (!rows.length) throw new Error(`Table ${name} does not exist`);
    const pk = await sql<{ name: string }>`
      select a.attname::text as name
      from pg_index i join lateral unnest(i.indkey) with ordinality as k(attnum, n) on true
      join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum
      where i.indrelid = ${name}::regclass and i.indisprimary order by k.n`.execute(this.db);
    return {
      primaryKey: pk.rows.map((r) => r.name),
      columns: rows.map((r) => ({
        name: r.name, dataType: r.data_type, udtName: r.udt_name, nullable: r.is_nullable === 'YES',
        hasDefault: r.column_default !== null, serial: (r.column_default ?? '').startsWith('nextval('), computed: r.is_generated === 'ALWAYS' || r.udt_name === 'tsvector',
      })),
    };
  }

  foreignKeys(): Promise<ForeignKey[]> {
    this.fks ??= sql<{ table: string; columns: string[]; ref_table: string; ref_columns: string[] }>`
      select c.conrelid::regclass::text as table, c.confrelid::regclass::text as ref_table,
        array(select a.attname::text from unnest(c.conkey) with ordinality k(attnum, n)
              join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum order by k.n) as columns,
        array(select a.attname::text from unnest(c.confkey) with ordinality k(attnum, n)
              join pg_attribute a on a.attrelid = c.confrelid and a.attnum = k.attnum order by k.n) as ref_columns
      from pg_constraint c where c.contype = 'f' and c.connamespace = current_schema()::regnamespace
      order by 1, 3`.execute(this.db)
      .then(({ rows }) => rows.map((r) => ({ table: r.table, columns: r.columns, refTable: r.ref_table, refColumns: r.ref_columns })));
    return this.fks;
  }

  async enumLabels(udtName: string): Promise<string[]> {
    const { rows } = await sql<{ label: string }>`
      select e.enumlabel::text as label from pg_enum e join pg_type t on t.oid = e.enumtypid
      where t.typname = ${udtName} order by e.enumsortorder`.execute(this.db);
    return rows.map((r) => r.label);
  }
}
