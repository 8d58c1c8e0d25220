import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { audit } from '../../../plugins/audit.js';
import { conflict, invalid, type FieldError } from '../../../plugins/errors.js';
import { hashPassword, PASSWORD_MIN_LENGTH } from '../../../plugins/passwords.js';
import type { Role } from '../../../plugins/permissions.js';
import { ROLES } from '../../../plugins/permissions.js';

export interface CreateUserInput { email: string; displayName: string; password: string; role: Role }

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateUser(input: Partial<CreateUserInput>): FieldError[] {
  const errors: FieldError[] = [];
  if (!input.email || !EMAIL.test(input.email)) errors.push({ field: 'email', message: 'must be an e-mail address', code: 'format' });
  if (!input.displayName?.trim()) errors.push({ field: 'displayName', message: 'is required', code: 'required' });
  if (!input.password || input.password.length < PASSWORD_MIN_LENGTH) errors.push({ field: 'password', message: `must be at least ${PASSWORD_MIN_LENGTH} characters`, code: 'minLength' });
  if (!input.role || !ROLES.includes(input.role)) errors.push({ field: 'role', message: `must be one of ${ROLES.join(', ')}`, code: 'enum' });
  return errors;
}

export async function createUser(tx: Transaction<Database>, actorId: number | null, input: CreateUserInput) {
  const errors = validateUser(input);
  if (errors.length) throw invalid(errors);
  const existing = await tx.selectFrom('users').select('id').where((eb) => eb(eb.fn('lower', ['email']), '=', input.email.toLowerCase())).executeTakeFirst();
  if (existing) throw conflict('USER_EMAIL_TAKEN', `An account for ${input.email} already exists`, { field: 'email' });
  const row = await tx.insertInto('users').values({
    email: input.email.trim(), display_name: input.displayName.trim(), password_hash: await hashPassword(input.password),
    role: input.role, created_at: new Date(), updated_at: new Date(),
  }).returning(['id', 'email', 'display_name', 'role']).executeTakeFirstOrThrow();
  await audit(tx, { userId: actorId, entityType: 'user', entityId: row.id, action: 'create', after: { email: row.email, displayName: row.display_name, role: row.role } });
  return row;
}
