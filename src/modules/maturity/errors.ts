import { AppError, conflict, type FieldError } from '../../plugins/errors.js';

/** The module's own error codes; pages translate them through `error.<code>` in messages/. */
export const stale = (version: number, current: number, sent: number) =>
  conflict('MATURITY_STALE', `Version ${version} was changed by someone else (row version ${current}, your edit started from ${sent})`, { currentRowVersion: current });

export const notDraft = (version: number, status: string) =>
  conflict('MATURITY_NOT_DRAFT', `Version ${version} is ${status}: published and retired versions never change. Start a new draft to make changes.`, { versionStatus: status });

export const draftExists = (version: number) =>
  conflict('MATURITY_DRAFT_EXISTS', `Version ${version} is already a draft; there is at most one draft at a time`, { draftVersion: version });

export const codeTaken = (what: 'dimension' | 'question', code: string) =>
  conflict(`MATURITY_${what.toUpperCase()}_CODE_TAKEN`, `This version already has a ${what} with code ${code}`, { field: 'code' });

/** Everything that keeps a draft from being published, each problem named. */
export const notPublishable = (version: number, problems: FieldError[]) =>
  new AppError('MATURITY_NOT_PUBLISHABLE', 409, `Version ${version} cannot be published yet: ${problems.map((p) => p.message).join('; ')}`, problems);

/** A CSV import that was refused: every bad row with its line and reason; nothing was written. */
export const importRefused = (rows: Array<{ line: number; column: string | null; message: string; code: string }>) =>
  new AppError('MATURITY_IMPORT_REFUSED', 400, `The file was not imported; ${rows.length} problem(s): ${rows.slice(0, 20).map((r) => `line ${r.line}${r.column ? ` (${r.column})` : ''}: ${r.message}`).join('; ')}`,
    rows.map((r) => ({ field: r.column ? `line ${r.line}.${r.column}` : `line ${r.line}`, message: r.message, code: 'importRow' })), { rows });
