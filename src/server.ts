import { buildApp } from './app.js';
import { bootstrap } from './bootstrap.js';
import { loadConfig } from './config.js';

const started = Date.now();
const config = loadConfig();
const boot = await bootstrap(config);
const app = await buildApp({ config: boot.config, database: boot.database, logger: { level: config.logLevel } });

const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite in ${config.dataDir}`;
if (boot.migrations.length) app.log.info(`applied migrations: ${boot.migrations.join(', ')}`);
app.log.info(boot.seeded ? `loaded seed data: ${boot.seedSets.join(', ')}` : 'seed data already present');
if (boot.firstAdmin) {
  // Printed once: the password is not stored anywhere but as a hash.
  console.log(`\n  First administrator created\n    e-mail:   ${boot.firstAdmin.email}\n    password: ${boot.firstAdmin.password}\n  Write it down now: it is shown only once.\n`);
}

let closing = false;
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info(`${signal}: closing`);
  await app.close();
  await boot.database.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: config.port, host: config.host });
console.log(`Transitieruimte is ready on ${config.publicBase} (database: ${where}; started in ${Date.now() - started} ms)`);
