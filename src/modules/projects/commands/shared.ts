import { sql } from 'kysely';
import { notFound } from '../../../plugins/errors.js';
import { brusselsDate } from '../../../web/dates.js';
import { projectAccess, type ProjectAccess, type Viewer } from '../access.js';
import type { Tx } from '../db.js';
import { notAllowed, projectClosed, stale } from '../errors.js';

/** The project row, locked for the rest of the transaction: two writers on one project queue up. */
export async function lockProject(tx: Tx, code: string) {
  const project = await tx.selectFrom('projects').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
  if (!project) throw notFound('project', code);
  return project;
}
export type LockedProject = Awaited<ReturnType<typeof lockProject>>;

/**
 * The project, locked, after the per-project rule: the platform permission was checked first by
 * the route; this is the second gate (is this account in this consortium, the lead's owner, ...).
 */
export async function projectFor(tx: Tx, user: Viewer, code: string, rule: (a: ProjectAccess) => boolean, what: string): Promise<{ project: LockedProject; access: ProjectAccess }> {
  const project = await lockProject(tx, code);
  const access = await projectAccess(tx, user, project);
  if (!rule(access)) throw notAllowed(`${what} of project ${code}`);
  return { project, access };
}

export function requireActive(project: LockedProject): void {
  if (project.status !== 'active') throw projectClosed(project.code);
}

export function checkVersion(what: string, id: string | number, current: number, sent: number | undefined): void {
  if (sent !== undefined && current !== sent) throw stale(what, id, current, sent);
}

export const today = () => brusselsDate();

/** The next id of a serial table, so the readable code (L-2026-12) can be written with the row. */
export async function nextId(tx: Tx, table: 'lessons'): Promise<number> {
  const { rows } = await sql<{ id: number | string }>`select nextval(pg_get_serial_sequence(${table}, 'id')) as id`.execute(tx);
  return Number(rows[0]!.id);
}
