import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { paths } from '../../paths.js';
import { listTables, ownedSequences, storedColumns } from './catalog.js';
import { BackupFileError, FORMAT, FORMAT_VERSION, gzipLines, parseMarker, type BackupHeader, type Marker } from './format.js';
import { ident, type Session } from './session.js';
import { catchUpTransactionIds, type TransactionIdCatchUp } from './transaction-ids.js';

/** Rows per insert, and a cap on the text sent at once for tables with large rows. */
const BATCH_ROWS = 1000;
const BATCH_CHARS = 8 * 1024 * 1024;

export class RestoreRefused extends Error {}

export interface RestoreOptions {
  /** Replace whatever the target holds (its schema is dropped first, inside the same transaction). */
  force?: boolean;
  migrationsDir?: string;
}

export interface RestoreSummary {
  tables: number; rows: number; sequences: number; newerMigrations: string[]; triggers: 'replica' | 'per-table'; transactionIds: TransactionIdCatchUp;
}

/**
 * Restores a backup into an empty database, all or nothing: one transaction brings the schema to
 * the backup's migration level, loads every row, sets every sequence, and then applies the
 * migrations this version has on top (a backup of an older version upgrades on the way in). A
 * damaged, cut-off or foreign file rolls everything back and leaves the target as it was.
 */
export async function restoreBackup(s: Session, file: string, options: RestoreOptions = {}): Promise<RestoreSummary> {
  const lines = gzipLines(file)[Symbol.asyncIterator]();
  const first = await lines.next().catch((err: Error) => { throw err instanceof BackupFileError ? err : new BackupFileError(err.message); });
  if (first.done || !first.value.startsWith('@backup ')) throw new BackupFileError('it does not start with a Transitieruimte backup header');
  const header = parseMarker(first.value).value as BackupHeader;
  if (header.format !== FORMAT) throw new BackupFileError(`unknown format "${String(header.format)}"`);
  if (header.version > FORMAT_VERSION) throw new RestoreRefused(`The backup has format version ${header.version}; this version of the platform reads up to ${FORMAT_VERSION}. Restore it with a newer version.`);
  const dir = options.migrationsDir ?? paths.migrations;
  const available = (await readdir(dir)).filter((f) => /^\d{4}_[a-z0-9_-]+\.sql$/.test(f)).sort();
  const unknown = header.migrations.filter((m) => !available.includes(m));
  if (unknown.length) {
    throw new RestoreRefused(`The backup comes from a newer version of the platform (migrations this version does not have: ${unknown.join(', ')}). Restore it with that version or a later one.`);
  }

  let summary: Omit<RestoreSummary, 'transactionIds'>;
  await s.exec('begin');
  try {
    const existing = await listTables(s);
    if (existing.length) {
      if (!options.force) {
        throw new RestoreRefused(`${s.label} is not empty (${existing.length} tables, e.g. ${existing.slice(0, 3).join(', ')}). `
          + 'A backup is restored into an empty database only; pass --force to replace everything in it.');
      }
      await s.exec('drop schema public cascade; create schema public;');
    }
    // The backup's schema level, with the same bookkeeping as the platform's own migrations.
    await s.exec('create table schema_migrations (name text primary key, applied_at timestamptz not null default now())');
    for (const name of header.migrations) await applyMigration(s, dir, name);

    // Rows go in as they were: triggers that derive data (the search read model) must not add
    // their own rows, and foreign keys are checked by the order of the tables where the role
    // may not switch them off.
    const [role] = await s.query<{ superuser: boolean }>('select rolsuper as superuser from pg_roles where rolname = current_user');
    const triggers = role?.superuser ? 'replica' : 'per-table';
    const withTriggers = triggers === 'replica' ? [] : await tablesWithTriggers(s);
    if (triggers === 'replica') await s.exec(`set local session_replication_role = replica`);
    for (const table of withTriggers) await s.exec(`alter table public.${ident(table)} disable trigger user`);

    const loaded = await loadRows(s, lines);
    const owned = await ownedSequences(s);
    for (const seq of loaded.sequences) {
      await s.query('select setval($1::regclass, $2::bigint, $3::boolean)', [`public.${ident(seq.name)}`, seq.lastValue, seq.isCalled]);
    }
    // A row written with an explicit id would otherwise clash with the next id the sequence gives.
    for (const o of owned) {
      await s.query(`select setval($1::regclass, x.m, true) from (select max(${ident(o.column)}) as m from public.${ident(o.table)}) x
        where x.m is not null and x.m > (select case when is_called then last_value else last_value - 1 end from public.${ident(o.sequence)})`, [`public.${ident(o.sequence)}`]);
    }
    for (const table of withTriggers) await s.exec(`alter table public.${ident(table)} enable trigger user`);
    if (triggers === 'replica') await s.exec(`set local session_replication_role = origin`);

    const newer = available.filter((m) => !header.migrations.includes(m));
    for (const name of newer) await applyMigration(s, dir, name);
    await s.exec('commit');
    summary = { tables: loaded.tables, rows: loaded.rows, sequences: loaded.sequences.length, newerMigrations: newer, triggers };
  } catch (err) {
    await s.exec('rollback').catch(() => {});
    throw err;
  }
  // After the commit: each step of the catch-up is a transaction of its own.
  return { ...summary, transactionIds: await catchUpTransactionIds(s) };
}

async function applyMigration(s: Session, dir: string, name: string) {
  await s.exec(await readFile(join(dir, name), 'utf8'));
  await s.query('insert into schema_migrations (name) values ($1)', [name]);
}

async function tablesWithTriggers(s: Session): Promise<string[]> {
  const rows = await s.query<{ name: string }>(`select distinct c.relname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid
    join pg_namespace n on n.oid = c.relnamespace where not t.tgisinternal and n.nspname = 'public' order by 1`);
  return rows.map((r) => r.name);
}

type Sequences = Extract<Marker, { kind: 'sequences' }>['value'];

/** Reads the file after its header: every table's rows, then the sequences, then the end marker. */
async function loadRows(s: Session, lines: AsyncIterator<string>): Promise<{ tables: number; rows: number; sequences: Sequences }> {
  let table: { name: string; columns: string[] } | null = null;
  let batch: string[] = [];
  let chars = 0;
  let tableRows = 0;
  let rows = 0;
  let tables = 0;
  let seqs: Sequences = [];
  let insert = '';
  const flush = async () => {
    if (!batch.length) return;
    try {
      await s.query(insert, [`[${batch.join(',')}]`]);
    } catch (err) {
      // A data exception (class 22) here means a row that is not what its table holds.
      if (String((err as { code?: string }).code ?? '').startsWith('22')) throw new BackupFileError(`a row of table ${table?.name} cannot be read: ${(err as Error).message}`);
      throw err;
    }
    batch = [];
    chars = 0;
  };
  for (;;) {
    const next = await lines.next();
    if (next.done) throw new BackupFileError('it ends early (no end marker): the backup was cut off');
    const line = next.value;
    if (!line.startsWith('@')) {
      if (!table) throw new BackupFileError('a row appears outside a table');
      batch.push(line);
      chars += line.length;
      tableRows++;
      if (batch.length >= BATCH_ROWS || chars >= BATCH_CHARS) await flush();
      continue;
    }
    const marker = parseMarker(line);
    if (marker.kind === 'table') {
      table = marker.value;
      const target = await storedColumns(s, table.name).catch(() => null);
      const missing = target ? table.columns.filter((c) => !target.includes(c)) : table.columns;
      if (!target || missing.length) throw new BackupFileError(`table ${table.name} does not match the schema of its migration level (${target ? `columns ${missing.join(', ')}` : 'no such table'})`);
      const columns = table.columns.map(ident).join(', ');
      const name = `public.${ident(table.name)}`;
      insert = `insert into ${name} (${columns}) overriding system value select ${columns} from json_populate_recordset(null::${name}, $1::json)`;
      // The bookkeeping of the backup replaces the rows written while migrating to its level.
      if (table.name === 'schema_migrations') await s.exec('delete from schema_migrations');
      tableRows = 0;
    } else if (marker.kind === 'end-table') {
      await flush();
      if (!table || marker.value.name !== table.name || marker.value.rows !== tableRows) {
        throw new BackupFileError(`table ${marker.value.name}: ${tableRows} rows read, ${marker.value.rows} announced`);
      }
      rows += tableRows;
      tables++;
      table = null;
    } else if (marker.kind === 'sequences') {
      seqs = marker.value;
    } else if (marker.kind === 'end') {
      if (table || marker.value.tables !== tables || marker.value.rows !== rows) throw new BackupFileError('the end marker does not match the tables read');
      return { tables, rows, sequences: seqs };
    } else {
      throw new BackupFileError('a second header');
    }
  }
}
