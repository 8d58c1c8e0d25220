/**
 * Writes the open-data dumps of this instance into a folder, the same files as /dumps serves:
 * a CSV per public entity type and all.nt.
 *   npm run opendata:dump -- --dir ./dumps
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { dumpToDirectory } from '../modules/opendata/catalogue/load/directory.js';

const { values } = parseArgs({ options: { dir: { type: 'string' } } });
if (!values.dir) {
  console.error('usage: npm run opendata:dump -- --dir <folder>');
  process.exit(2);
}
const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await migrate(database);
  const files = await dumpToDirectory(database.db, config.publicBase, values.dir);
  console.log(`Wrote ${files.length} files to ${values.dir}: ${files.join(', ')}`);
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await database.close();
}
