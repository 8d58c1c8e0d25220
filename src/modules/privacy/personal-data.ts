import { sql } from 'kysely';
import type { Db } from '../../db/database.js';

/** Tables read on their own below, or holding nothing a person should receive (secrets). */
const SEPARATE = new Set(['users', 'sessions', 'audit_log', 'user_identities', 'erased_accounts']);
/** Columns never handed out, whoever they belong to: hashes of tokens and keys. */
const SECRET_COLUMN = /hash|token|secret/i;

export const EXPORT_FORMAT = 'transitieruimte-personal-data/1';

/** Every column of every table that refers to an account: found in the catalogue, so a table added later is included. */
async function userReferences(db: Db): Promise<Array<{ table: string; column: string }>> {
  const { rows } = await sql<{ table: string; column: string }>`
    select cl.relname as "table", a.attname as "column"
    from pg_constraint c
    join pg_class cl on cl.oid = c.conrelid
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = any (c.conkey)
    where c.contype = 'f' and c.confrelid = 'users'::regclass and array_length(c.conkey, 1) = 1
    order by cl.relname, a.attname`.execute(db);
  return rows.filter((r) => !SEPARATE.has(r.table));
}

const withoutSecrets = (row: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(row).filter(([key]) => !SECRET_COLUMN.test(key)));

/**
 * Everything the platform holds about one person (GDPR art. 15 and 20), as one JSON document:
 * the account, provider identities, sessions (when, not their keys), memberships, then every row
 * of every table that names them (answers, comments, applications, reviews, ...), and the audit
 * entries they made or that are about their account.
 */
export async function personalData(db: Db, userId: number) {
  const account = await db.selectFrom('users').select(['id', 'email', 'display_name', 'role', 'created_at', 'updated_at', 'disabled_at'])
    .where('id', '=', userId).executeTakeFirstOrThrow();
  const identities = await db.selectFrom('user_identities').select(['issuer', 'subject', 'email', 'linked_at', 'last_login_at'])
    .where('user_id', '=', userId).orderBy('linked_at').execute();
  const sessions = await db.selectFrom('sessions').leftJoin('session_activity', 'session_activity.id_hash', 'sessions.id_hash')
    .select(['sessions.created_at', 'sessions.expires_at', 'session_activity.last_seen_at'])
    .where('sessions.user_id', '=', userId).orderBy('sessions.created_at').execute();
  const memberships = await db.selectFrom('organisation_members').innerJoin('organisations', 'organisations.id', 'organisation_members.organisation_id')
    .select(['organisations.id as organisation_id', 'organisations.name as organisation', 'organisation_members.role', 'organisation_members.position', 'organisation_members.added_at'])
    .where('organisation_members.user_id', '=', userId).orderBy('organisations.name').execute();

  const records: Record<string, Array<Record<string, unknown>>> = {};
  for (const { table, column } of await userReferences(db)) {
    const { rows } = await sql<Record<string, unknown>>`select * from ${sql.table(table)} where ${sql.ref(column)} = ${userId}`.execute(db);
    if (!rows.length) continue;
    const list = (records[table] ??= []);
    for (const row of rows) {
      const clean = withoutSecrets(row);
      // A row can name the person in two columns (created_by and submitted_by): listed once.
      if (!list.some((r) => JSON.stringify(r) === JSON.stringify(clean))) list.push(clean);
    }
  }

  const auditBy = await db.selectFrom('audit_log').select(['at', 'entity_type', 'entity_id', 'action', 'before', 'after'])
    .where('user_id', '=', userId).orderBy('at').orderBy('id').execute();
  const auditAbout = await db.selectFrom('audit_log').select(['at', 'user_id', 'entity_type', 'entity_id', 'action', 'before', 'after'])
    .where('entity_type', 'in', ['user', 'user_identity']).where('entity_id', '=', String(userId))
    .where((eb) => eb.or([eb('user_id', 'is', null), eb('user_id', '!=', userId)])).orderBy('at').orderBy('id').execute();

  return {
    format: EXPORT_FORMAT,
    exportedAt: new Date().toISOString(),
    account: {
      id: account.id, email: account.email, displayName: account.display_name, role: account.role,
      createdAt: account.created_at, updatedAt: account.updated_at, disabledAt: account.disabled_at,
    },
    identities,
    sessions,
    memberships,
    answers: records.assessment_answers ?? [],
    comments: [...(records.vision_comments ?? []), ...(records.improvement_comments ?? [])],
    applications: records.applications ?? [],
    records,
    audit: { madeByYou: auditBy, aboutYourAccount: auditAbout },
  };
}
