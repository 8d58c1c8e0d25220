import { createUser } from '../../accounts/index.js';
import { duplicates, emailTaken, nameTaken } from '../errors.js';
import { nameInUse, userByEmail } from '../queries.js';
import type { RegisterInput } from '../schemas.js';
import { createOrganisation } from './create-organisation.js';
import type { Tx } from './shared.js';

/**
 * A newcomer's account and organisation in one transaction: if either cannot be made, neither is.
 * Both duplicates are looked for first, so one answer names every field to change.
 */
export async function registerAccountAndOrganisation(tx: Tx, input: RegisterInput): Promise<{ userId: number; organisationId: number }> {
  const email = input.email.trim();
  const name = input.name.trim();
  const taken = [
    ...(await userByEmail(tx, email) ? [emailTaken(email)] : []),
    ...(await nameInUse(tx, name) ? [nameTaken(name)] : []),
  ];
  if (taken.length) throw duplicates(taken);
  const user = await createUser(tx, null, { email, displayName: input.displayName, password: input.password, role: 'org_member' });
  const { displayName: _d, email: _e, password: _p, ...organisation } = input;
  const organisationId = await createOrganisation(tx, user.id, organisation);
  return { userId: user.id, organisationId };
}
