import type { Db } from '../../db/database.js';
import { generatePassword } from '../../plugins/passwords.js';
import { createUser } from './commands/create-user.js';

/**
 * On the very first start there is no account: create one administrator with a generated
 * password that the caller prints once. There is never a default password.
 */
export async function ensureFirstAdmin(db: Db, email = process.env.ADMIN_EMAIL ?? 'admin@transitieruimte.local') {
  return db.transaction().execute(async (tx) => {
    const any = await tx.selectFrom('users').select('id').where('role', '=', 'admin').limit(1).executeTakeFirst();
    if (any) return null;
    const password = generatePassword();
    await createUser(tx, null, { email, displayName: 'Administrator', password, role: 'admin' });
    return { email, password };
  });
}
