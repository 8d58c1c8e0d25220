import { PGlite } from '@electric-sql/pglite';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { lockDataDir } from '../lock.js';

/**
 * One database session for backup and restore: a snapshot and a restore must each run in a single
 * transaction on a single connection, which the application's pool does not promise. Values cross
 * it as text only, so no type parser of either engine can change them on the way.
 */
export interface Session {
  kind: 'pglite' | 'postgres';
  /** Where the session points, for messages (never the password). */
  label: string;
  query<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  /** Several statements in one go (migrations). */
  exec(script: string): Promise<void>;
  close(): Promise<void>;
}

export interface Target { databaseUrl?: string | undefined; dataDir?: string }

/** True when a PGlite data folder holds a database (PostgreSQL writes PG_VERSION first). */
export function hasPgliteDatabase(dataDir: string): boolean {
  return existsSync(join(dataDir, 'PG_VERSION'));
}

export function isEmptyFolder(dataDir: string): boolean {
  return !existsSync(dataDir) || readdirSync(dataDir).filter((f) => f !== 'transitieruimte.lock').length === 0;
}

export async function openSession(target: Target, options: { mustExist: boolean }): Promise<Session> {
  if (target.databaseUrl) {
    const client = new pg.Client({ connectionString: target.databaseUrl });
    await client.connect();
    const url = new URL(target.databaseUrl);
    url.password = '';
    return {
      kind: 'postgres',
      label: `PostgreSQL ${url.host}${url.pathname}`,
      async query<R>(text: string, params: unknown[] = []) { return (await client.query(text, params)).rows as R[]; },
      async exec(script) { await client.query(script); },
      async close() { await client.end(); },
    };
  }
  const dataDir = target.dataDir!;
  if (options.mustExist && !hasPgliteDatabase(dataDir)) throw new Error(`There is no database in DATA_DIR ${dataDir}.`);
  // The same lock as the server's: a backup of a folder a running server writes to would not be consistent.
  const unlock = lockDataDir(dataDir);
  try {
    const client = await PGlite.create(dataDir);
    return {
      kind: 'pglite',
      label: `PGlite ${dataDir}`,
      async query<R>(text: string, params: unknown[] = []) { return (await client.query<R>(text, params)).rows; },
      async exec(script) { await client.exec(script); },
      async close() {
        try { await client.close(); } finally { unlock(); }
      },
    };
  } catch (err) {
    unlock();
    throw err;
  }
}

/** A name as an SQL identifier, quoted. */
export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
