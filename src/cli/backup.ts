/**
 * Writes a consistent snapshot of the platform's database to a file:
 *   npm run backup -- <file>
 * The database is the server's: DATABASE_URL when set, else the PGlite folder DATA_DIR. On
 * PostgreSQL the backup runs while the platform keeps working; a PGlite folder is backed up
 * while the server is stopped (one process at a time may open it).
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { writeBackup } from '../db/backup/backup.js';
import { openSession } from '../db/backup/session.js';
import { DataDirLockedError } from '../db/lock.js';

const { positionals } = parseArgs({ allowPositionals: true, options: {} });
if (positionals.length !== 1) {
  console.error('usage: npm run backup -- <file>   (reads DATABASE_URL, or DATA_DIR for PGlite)');
  process.exit(2);
}
const file = positionals[0]!;
const config = loadConfig();
const started = Date.now();
try {
  const session = await openSession({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }, { mustExist: true });
  try {
    const summary = await writeBackup(session, file);
    console.log(`Backup of ${session.label} written to ${file}\n  ${summary.tables} tables, ${summary.rows} rows, schema level ${summary.migrations} migrations, `
      + `${(summary.bytes / 1024 / 1024).toFixed(1)} MB in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  } finally {
    await session.close();
  }
} catch (err) {
  const hint = err instanceof DataDirLockedError ? '\nStop the server first: a PGlite folder is backed up while the platform is stopped.' : '';
  console.error(`Backup failed: ${(err as Error).message}${hint}`);
  process.exitCode = 1;
}
