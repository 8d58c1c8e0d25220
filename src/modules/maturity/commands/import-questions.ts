import { importRefused } from '../errors.js';
import { finalPositions, readQuestionRows } from '../question-rows.js';
import { auditChange, dimensionCodes, lockDraft, touchDraft, type Tx } from './shared.js';

export interface ImportResult { version: number; rowVersion: number; created: number; updated: number; removed: number; unchanged: number }

/**
 * The file is the draft's whole question list: questions are matched by code, changed ones
 * updated, new ones added, and those no longer in the file removed. Every row is checked first;
 * one bad row and nothing is written.
 */
export async function importQuestions(tx: Tx, userId: number, version: number, rowVersion: number, text: string): Promise<ImportResult> {
  const draft = await lockDraft(tx, version, rowVersion);
  const { rows, problems } = readQuestionRows(text, await dimensionCodes(tx, draft.id));
  if (problems.length) throw importRefused(problems);
  const positions = finalPositions(rows);
  const existing = await tx.selectFrom('maturity_questions').selectAll().where('model_id', '=', draft.id).execute();
  const byCode = new Map(existing.map((q) => [q.code, q]));
  const inFile = new Set(rows.map((r) => r.code));
  const result: ImportResult = { version, rowVersion, created: 0, updated: 0, removed: 0, unchanged: 0 };

  const gone = existing.filter((q) => !inFile.has(q.code)).map((q) => q.code);
  if (gone.length) await tx.deleteFrom('maturity_questions').where('model_id', '=', draft.id).where('code', 'in', gone).execute();
  result.removed = gone.length;
  for (const r of rows) {
    const values = {
      dimension_code: r.dimension, position: positions.get(r.code)!, text_nl: r.text.nl, text_en: r.text.en, help_nl: r.help.nl, help_en: r.help.en,
      in_quick_scan: r.quickScan, critical_from: r.criticalFrom, allows_not_applicable: r.allowsNotApplicable,
    };
    const old = byCode.get(r.code);
    if (!old) {
      await tx.insertInto('maturity_questions').values({ model_id: draft.id, code: r.code, ...values }).execute();
      result.created++;
    } else {
      const differs = (Object.keys(values) as Array<keyof typeof values>).filter((k) => old[k] !== values[k]);
      if (differs.length) await tx.updateTable('maturity_questions').set(values).where('id', '=', old.id).execute();
      // A question that only closed up behind a removed one did not change in the team's eyes.
      if (differs.some((k) => k !== 'position')) result.updated++;
      else result.unchanged++;
    }
  }
  result.rowVersion = await touchDraft(tx, draft);
  await auditChange(tx, userId, 'maturity_model', String(version), 'update', 'questions.import',
    { questions: existing.map((q) => q.code) },
    { created: result.created, updated: result.updated, removed: result.removed, unchanged: result.unchanged, removedCodes: gone });
  return result;
}
