import { rename, rm, stat } from 'node:fs/promises';
import { sequences, tablesInLoadOrder } from './catalog.js';
import { FORMAT, FORMAT_VERSION, gzipWriter, markerLine, type BackupHeader } from './format.js';
import { ident, type Session } from './session.js';

/** Rows fetched per round trip from the snapshot's cursor. */
const FETCH_ROWS = 2000;

export interface BackupSummary { tables: number; rows: number; bytes: number; migrations: number }

/**
 * Writes a consistent snapshot of the whole database to `file`: one repeatable-read, read-only
 * transaction, so every table is read as of the same moment while the platform keeps writing
 * (on PostgreSQL). Rows stream through a cursor into the gzip'd file, so memory stays flat. The
 * file appears under its name only when it is complete.
 */
export async function writeBackup(s: Session, file: string): Promise<BackupSummary> {
  const partial = `${file}.partial`;
  const out = gzipWriter(partial);
  let rows = 0;
  let tableCount = 0;
  let migrations: string[] = [];
  await s.exec('begin isolation level repeatable read read only');
  try {
    // Timestamps with an explicit UTC offset: the same instant whatever zone the target is in.
    await s.exec(`set local timezone = 'UTC'`);
    const [version] = await s.query<{ v: string }>('show server_version');
    const [known] = await s.query<{ ok: boolean }>(`select to_regclass('public.schema_migrations') is not null as ok`);
    if (known!.ok) migrations = (await s.query<{ name: string }>('select name from schema_migrations order by name')).map((r) => r.name);
    if (!migrations.length) throw new Error(`${s.label} holds no Transitieruimte database (no migrations applied).`);
    const header: BackupHeader = {
      format: FORMAT, version: FORMAT_VERSION, createdAt: new Date().toISOString(), source: s.kind, serverVersion: version!.v, migrations,
    };
    await out.write(markerLine({ kind: 'backup', value: header }));
    const tables = await tablesInLoadOrder(s);
    for (const table of tables) {
      await out.write(markerLine({ kind: 'table', value: table }));
      const columns = table.columns.map(ident).join(', ');
      await s.exec(`declare backup_rows no scroll cursor for select row_to_json(r)::text as j from (select ${columns} from public.${ident(table.name)}) r`);
      let count = 0;
      for (;;) {
        const batch = await s.query<{ j: string }>(`fetch ${FETCH_ROWS} from backup_rows`);
        if (!batch.length) break;
        count += batch.length;
        await out.write(batch.map((r) => r.j).join('\n') + '\n');
      }
      await s.exec('close backup_rows');
      await out.write(markerLine({ kind: 'end-table', value: { name: table.name, rows: count } }));
      rows += count;
      tableCount++;
    }
    await out.write(markerLine({ kind: 'sequences', value: await sequences(s) }));
    await out.write(markerLine({ kind: 'end', value: { tables: tableCount, rows } }));
    await s.exec('commit');
    await out.close();
  } catch (err) {
    await s.exec('rollback').catch(() => {});
    out.destroy();
    await rm(partial, { force: true });
    throw err;
  }
  await rename(partial, file);
  return { tables: tableCount, rows, bytes: (await stat(file)).size, migrations: migrations.length };
}
