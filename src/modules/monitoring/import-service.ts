import type { Db } from '../../db/database.js';
import { LIMITS } from './constants.js';
import { importInvalid } from './errors.js';
import { stateFromRow, type ImportRunner, type ImportState } from './imports.js';
import { sourceRows, type ImportSource } from './import-source.js';
import { getImport } from './queries.js';

/** An import's state: from memory while it runs, else from its record. */
export async function importState(db: Db, runner: ImportRunner, id: number): Promise<ImportState | undefined> {
  const running = runner.running(id);
  if (running) return { ...running };
  const row = await getImport(db, id);
  return row ? stateFromRow(row) : undefined;
}

/**
 * Starts an import. A small file is checked and written before this returns (inline: true);
 * a large one goes on in the background and the caller points the user at its progress.
 */
export async function submitImport(db: Db, runner: ImportRunner, userId: number, filename: string, source: ImportSource): Promise<{ state: ImportState; inline: boolean }> {
  const job = await runner.start(userId, filename, source);
  if (sourceRows(source) > LIMITS.importInlineRows) return { state: { ...job }, inline: false };
  await job.finished;
  return { state: (await importState(db, runner, job.id))!, inline: true };
}

/** A failed inline import as the API answers it: 400 with every refused row named by its line. */
export function refusal(state: ImportState) {
  return importInvalid(state.id, state.errors.map((e) => ({
    field: e.line > 0 ? `line.${e.line}${e.column ? `.${e.column}` : ''}` : 'file', message: e.message, code: e.code, line: e.line, column: e.column,
  })), state.errorCount);
}
