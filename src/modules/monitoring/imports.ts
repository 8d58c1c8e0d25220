import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/database.js';
import { AppError } from '../../plugins/errors.js';
import { writeImport } from './commands/write-import.js';
import { LIMITS } from './constants.js';
import { loadKpiRefs } from './queries.js';
import { checkFile, checkRecords, type RowError } from './rows.js';
import { sourceChecksum, sourceRows, type ImportSource } from './import-source.js';

export type ImportStatus = 'validating' | 'importing' | 'done' | 'failed';

/** The state of an import as the API and the progress page show it. */
export interface ImportState {
  id: number; status: ImportStatus; filename: string;
  rowsTotal: number; rowsChecked: number; rowsDone: number; rowsChanged: number;
  errorCount: number; errors: RowError[]; createdAt: string; finishedAt: string | null;
}

interface Job extends ImportState { finished: Promise<void> }

/** How the errors column stores a list cut at LIMITS.importErrorsKept: a last entry counts the rest. */
const TRUNCATED = 'truncated';

export function errorsFromColumn(value: unknown): { errors: RowError[]; errorCount: number } {
  const list = (Array.isArray(value) ? value : typeof value === 'string' ? JSON.parse(value) : []) as RowError[];
  const last = list[list.length - 1];
  if (last?.code === TRUNCATED) return { errors: list.slice(0, -1), errorCount: list.length - 1 + Number(last.params?.count ?? 0) };
  return { errors: list, errorCount: list.length };
}

function errorsToColumn(errors: RowError[], errorCount: number): string {
  const rest = errorCount - errors.length;
  // jsonb refuses the NUL character that a refused row may quote.
  return JSON.stringify(rest > 0
    ? [...errors, { line: 0, column: null, code: TRUNCATED, message: `and ${rest} more`, params: { count: rest } }]
    : errors).replace(/\\u0000/g, '\\ufffd');
}

/**
 * Runs imports: each is checked as a whole first and written only when every row is valid, in
 * one transaction. Progress lives in memory while an import runs (one instance per database),
 * so a poll can answer without waiting for the database: on PGlite the write transaction holds
 * the only session until it commits. The measurement_imports row has the outcome.
 */
export class ImportRunner {
  private readonly jobs = new Map<number, Job>();

  /** `onWritten` runs after an import committed, so that caches of monitoring data renew. */
  constructor(private readonly db: Db, private readonly log: FastifyBaseLogger, private readonly onWritten: () => void = () => {}) {}

  /** Records the import and starts it; `finished` settles when it is done or failed. */
  async start(userId: number | null, filename: string, source: ImportSource): Promise<Job> {
    const row = await this.db.insertInto('measurement_imports')
      .values({ filename: filename.slice(0, 200) || `upload.${source.format}`, checksum: sourceChecksum(source), status: 'validating', created_by: userId })
      .returning(['id', 'filename', 'created_at']).executeTakeFirstOrThrow();
    const job = {
      id: row.id, status: 'validating', filename: row.filename, rowsTotal: 0, rowsChecked: 0, rowsDone: 0, rowsChanged: 0,
      errorCount: 0, errors: [], createdAt: row.created_at.toISOString(), finishedAt: null,
    } as unknown as Job;
    this.jobs.set(job.id, job);
    job.finished = this.run(job, userId, source).finally(() => this.jobs.delete(job.id));
    return job;
  }

  /** A running import's state, straight from memory; undefined once it is finished. */
  running(id: number): ImportState | undefined { return this.jobs.get(id); }

  /** Lets running imports end (tests, shutdown). */
  async settle(): Promise<void> { await Promise.allSettled([...this.jobs.values()].map((j) => j.finished)); }

  /** Imports left unfinished by a stopped process: their transaction never committed, so nothing of them was written. */
  async failInterrupted(): Promise<void> {
    const running = [...this.jobs.keys()];
    let q = this.db.updateTable('measurement_imports')
      .set({ status: 'failed', finished_at: new Date(), errors: JSON.stringify([{ line: 0, column: null, code: 'interrupted', message: 'the server stopped during the import; nothing was written' }]) })
      .where('status', 'in', ['validating', 'importing']);
    if (running.length) q = q.where('id', 'not in', running);
    await q.execute();
  }

  private async run(job: Job, userId: number | null, source: ImportSource): Promise<void> {
    try {
      const kpis = await loadKpiRefs(this.db);
      job.rowsTotal = sourceRows(source);
      const onProgress = (n: number, total: number) => { job.rowsChecked = n; job.rowsTotal = total; };
      const checked = source.format === 'csv'
        ? await checkFile(source.text, kpis, onProgress)
        : await checkRecords({ records: source.records, problems: [] }, kpis, onProgress);
      job.rowsTotal = checked.rowsTotal;
      job.rowsChecked = checked.rowsTotal;
      if (checked.errorCount) {
        await this.fail(job, checked.errors, checked.errorCount);
        return;
      }
      await this.db.updateTable('measurement_imports').set({ status: 'importing', rows_total: checked.rowsTotal }).where('id', '=', job.id).execute();
      job.status = 'importing';
      const refs = checked.kpiIds.map((id) => [...kpis.values()].find((k) => k.id === id)!);
      const result = await this.db.transaction().execute((tx) => writeImport(tx, userId, {
        importId: job.id, rows: checked.rows, kpis: refs,
        onBatch: (done, changed) => { job.rowsDone = done; job.rowsChanged = changed; },
      }));
      this.onWritten();
      Object.assign(job, { status: 'done', rowsDone: result.rowsDone, rowsChanged: result.rowsChanged, finishedAt: new Date().toISOString() });
    } catch (err) {
      const known = err instanceof AppError && err.status < 500;
      if (!known) this.log.error({ err, importId: job.id }, 'measurement import failed');
      const message = known ? err.detail : 'the import failed on the server; nothing was written';
      await this.fail(job, [{ line: 0, column: null, code: known ? err.code : 'internal', message }], 1).catch((e: unknown) => this.log.error({ err: e }, 'could not record the failed import'));
    }
  }

  private async fail(job: Job, errors: RowError[], errorCount: number): Promise<void> {
    const finishedAt = new Date();
    await this.db.updateTable('measurement_imports').set({
      status: 'failed', rows_total: job.rowsTotal, rows_done: 0, rows_changed: 0, errors: errorsToColumn(errors, errorCount), finished_at: finishedAt,
    }).where('id', '=', job.id).execute();
    Object.assign(job, { status: 'failed', errors, errorCount, rowsDone: 0, rowsChanged: 0, finishedAt: finishedAt.toISOString() });
  }
}

export function stateFromRow(row: {
  id: number; status: ImportStatus; filename: string; rows_total: number; rows_done: number; rows_changed: number;
  errors: unknown; created_at: Date; finished_at: Date | null;
}): ImportState {
  const { errors, errorCount } = errorsFromColumn(row.errors);
  return {
    id: row.id, status: row.status, filename: row.filename, rowsTotal: row.rows_total,
    rowsChecked: row.status === 'validating' ? 0 : row.rows_total, rowsDone: row.rows_done, rowsChanged: row.rows_changed,
    errorCount, errors, createdAt: row.created_at.toISOString(), finishedAt: row.finished_at ? row.finished_at.toISOString() : null,
  };
}

export { LIMITS };
