/**
 * Restores a backup into an empty database:
 *   npm run restore -- <file> [--force]
 * The target is DATABASE_URL when set, else the PGlite folder DATA_DIR (created when missing).
 * A backup from either engine restores into either. A non-empty target is refused unless
 * --force, which replaces everything in it. All or nothing: a failed restore changes nothing.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { BackupFileError } from '../db/backup/format.js';
import { restoreBackup, RestoreRefused } from '../db/backup/restore.js';
import { openSession } from '../db/backup/session.js';
import { DataDirLockedError } from '../db/lock.js';

const { positionals, values } = parseArgs({ allowPositionals: true, options: { force: { type: 'boolean', default: false } } });
if (positionals.length !== 1) {
  console.error('usage: npm run restore -- <file> [--force]   (writes to DATABASE_URL, or DATA_DIR for PGlite)');
  process.exit(2);
}
const file = positionals[0]!;
const config = loadConfig();
const started = Date.now();
try {
  const session = await openSession({ databaseUrl: config.databaseUrl, dataDir: config.dataDir }, { mustExist: false });
  try {
    const summary = await restoreBackup(session, file, { force: values.force });
    console.log(`Restored ${file} into ${session.label}\n  ${summary.tables} tables, ${summary.rows} rows, ${summary.sequences} sequences in ${((Date.now() - started) / 1000).toFixed(1)} s`
      + (summary.newerMigrations.length ? `\n  then applied migrations newer than the backup: ${summary.newerMigrations.join(', ')}` : '')
      + (summary.transactionIds.advancedBy ? `\n  moved the transaction counter on by ${summary.transactionIds.advancedBy} to follow the restored audit log` : ''));
    if (summary.transactionIds.tooFar) {
      console.warn(`Warning: the restored audit log was written by transactions up to ${summary.transactionIds.highest}, far ahead of this database's own count. `
        + 'The changes feed will not show the restored history until the database has run that many transactions; restore into a PostgreSQL cluster that has.');
    }
  } finally {
    await session.close();
  }
} catch (err) {
  const known = err instanceof RestoreRefused || err instanceof BackupFileError || err instanceof DataDirLockedError;
  console.error(`Restore failed: ${(err as Error).message}${known ? '' : '\nNothing was changed: the restore runs in one transaction.'}`);
  if (!known) console.error(err);
  process.exitCode = 1;
}
