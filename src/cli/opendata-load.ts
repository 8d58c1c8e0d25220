/**
 * Loads the CSV dumps of another instance (GET /dumps/<type>.csv, or `opendata:dump`) into this
 * one, which must be empty: a fresh database, migrated, without seed data.
 *   npm run opendata:load -- --dir ./dumps
 * All of it lands or nothing does; the public data then reads the same as where it came from.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { loadFromDirectory } from '../modules/opendata/catalogue/load/directory.js';

const { values } = parseArgs({ options: { dir: { type: 'string' } } });
if (!values.dir) {
  console.error('usage: npm run opendata:load -- --dir <folder with the <type>.csv dumps>');
  process.exit(2);
}
const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await migrate(database);
  const result = await loadFromDirectory(database.db, values.dir);
  for (const [type, n] of Object.entries(result.types)) console.log(`  ${type.padEnd(24)} ${n}`);
  console.log(`Loaded ${Object.values(result.types).reduce((a, b) => a + b, 0)} public things into ${Object.keys(result.tables).length} tables.`);
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await database.close();
}
