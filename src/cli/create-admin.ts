/**
 * Creates an account from the command line (the first administrator, or any later one):
 *   npm run admin:create -- --email someone@example.org --name "Some One" [--role transition_team]
 * A password is generated and printed once.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { generatePassword } from '../plugins/passwords.js';
import { ROLES, type Role } from '../plugins/permissions.js';
import { createUser } from '../modules/accounts/index.js';

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', default: 'admin' } } });
if (!values.email || !values.name || !ROLES.includes(values.role as Role)) {
  console.error(`usage: npm run admin:create -- --email <e-mail> --name <name> [--role ${ROLES.join('|')}]`);
  process.exit(2);
}
const config = loadConfig();
const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
try {
  await migrate(database);
  const password = generatePassword();
  await database.db.transaction().execute((tx) => createUser(tx, null, { email: values.email!, displayName: values.name!, password, role: values.role as Role }));
  console.log(`Account created\n  e-mail:   ${values.email}\n  role:     ${values.role}\n  password: ${password}\nIt is shown only once.`);
} catch (err) {
  console.error((err as Error).message);
  process.exitCode = 1;
} finally {
  await database.close();
}
