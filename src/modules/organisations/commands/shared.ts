import { createHash, randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { AppError, invalid } from '../../../plugins/errors.js';
import { emailTaken, nameTaken } from '../errors.js';
import type { CreateOrganisationInput, UpdateOrganisationInput } from '../schemas.js';

export type Tx = Transaction<Database>;

/** Only the hash of an invitation token is stored: a leaked database opens no organisation. */
export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
export const newToken = () => randomBytes(32).toString('base64url');

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

/** The profile columns from an API-shaped input; text trimmed, an empty website stored as none. */
export function profileColumns(input: Omit<CreateOrganisationInput, 'position'> | UpdateOrganisationInput) {
  const website = input.website?.trim();
  return {
    name: input.name.trim(), subsector: input.subsector, staff_class: input.staffClass, budget_class: input.budgetClass,
    province: input.province, municipality: input.municipality.trim(), legal_form: input.legalForm,
    funding_framework: input.fundingFramework, website: website ? website : null, mission: (input.mission ?? '').trim(),
  };
}

/** The state of an organisation as the audit log records it. */
export async function organisationSnapshot(tx: Tx, id: number) {
  const o = await tx.selectFrom('organisations').selectAll().where('id', '=', id).executeTakeFirst();
  if (!o) return null;
  return {
    name: o.name, subsector: o.subsector, staffClass: o.staff_class, budgetClass: o.budget_class, province: o.province,
    municipality: o.municipality, legalForm: o.legal_form, fundingFramework: o.funding_framework, website: o.website,
    mission: o.mission, shareWithTeam: o.share_with_team, contactable: o.contactable, version: o.version,
  };
}

/**
 * A race our checks could not see (two registrations of one name at the same moment on
 * PostgreSQL) surfaces as a unique violation: it is the client's 409, never a 500.
 */
export function translateDbError(err: unknown, input: { name?: string; email?: string }): unknown {
  if (err instanceof AppError) return err;
  const e = err as { code?: string; constraint?: string; message?: string };
  if (e?.code === '23505') {
    const where = `${e.constraint ?? ''} ${e.message ?? ''}`;
    if (where.includes('organisations_name_key')) return nameTaken(input.name ?? '');
    if (where.includes('users_email_key')) return emailTaken(input.email ?? '');
  }
  if (e?.code === '23503') return invalid([{ field: 'body', message: 'refers to something that no longer exists', code: 'reference' }]);
  return err;
}
