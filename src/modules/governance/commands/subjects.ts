import type { FieldError } from '../../../plugins/errors.js';
import type { SubjectInput, SubjectType } from '../schemas.js';
import type { Tx } from './shared.js';

/** What each subject type is called in a message, and the table it must exist in. */
const LABEL: Record<SubjectType, string> = {
  action_line: 'action line', plan: 'plan', action: 'action', kpi: 'KPI', body: 'body', instrument: 'instrument', call: 'call',
};

const TABLES = { action_line: 'action_lines', action: 'actions', kpi: 'kpis', body: 'bodies', instrument: 'instruments', plan: 'plans' } as const;

/** The ids of the rows a reference matches (0, 1, or more for an action code used in two plans). */
async function lookup(tx: Tx, type: Exclude<SubjectType, 'call'>, by: 'id' | 'code', ref: number | string): Promise<number[]> {
  // Every table here has an integer id and, plans excepted, a text code: one query shape fits all.
  const table = TABLES[type] as 'bodies';
  const rows = by === 'id'
    ? await tx.selectFrom(table).select('id').where('id', '=', Number(ref)).execute()
    : await tx.selectFrom(table).select('id').where('code', '=', String(ref)).execute();
  return rows.map((r) => r.id);
}

/**
 * Every subject must point at a row that exists in its own table; each one that does not is
 * named with its index. Calls do not exist yet, so a decision cannot be about one.
 */
export async function resolveSubjectInput(tx: Tx, subjects: SubjectInput[], errors: FieldError[]): Promise<Array<{ subject_type: SubjectType; subject_id: number }>> {
  const out: Array<{ subject_type: SubjectType; subject_id: number }> = [];
  for (const [i, s] of subjects.entries()) {
    const field = `subjects.${i}`;
    if (s.type === 'call') {
      errors.push({ field: `${field}.type`, message: 'calls do not exist yet: a decision cannot be about a call', code: 'reference' });
      continue;
    }
    if (s.id === undefined && !s.code) { errors.push({ field, message: 'give the id or the code of the subject', code: 'required' }); continue; }
    if (s.type === 'plan' && s.id === undefined) { errors.push({ field: `${field}.code`, message: 'a plan has no code: give its id', code: 'reference' }); continue; }
    const by = s.id !== undefined ? 'id' : 'code';
    const ref = s.id ?? s.code!;
    const ids = await lookup(tx, s.type, by, ref);
    if (ids.length === 0) errors.push({ field: `${field}.${by}`, message: `${LABEL[s.type]} ${ref} does not exist`, code: 'reference' });
    else if (ids.length > 1) errors.push({ field: `${field}.code`, message: `${ids.length} ${LABEL[s.type]}s have code ${ref}: give the id`, code: 'reference' });
    else if (out.some((o) => o.subject_type === s.type && o.subject_id === ids[0])) errors.push({ field, message: `${LABEL[s.type]} ${ref} is listed twice`, code: 'uniqueItems' });
    else out.push({ subject_type: s.type, subject_id: ids[0]! });
  }
  return out;
}

export async function writeSubjects(tx: Tx, decisionId: number, subjects: Array<{ subject_type: SubjectType; subject_id: number }>): Promise<void> {
  await tx.deleteFrom('decision_subjects').where('decision_id', '=', decisionId).execute();
  if (subjects.length) await tx.insertInto('decision_subjects').values(subjects.map((s) => ({ decision_id: decisionId, ...s }))).execute();
}
