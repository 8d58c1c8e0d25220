import type { FieldError } from '../../../plugins/errors.js';
import { invalid } from '../../../plugins/errors.js';
import type { Lang } from '../../../plugins/i18n.js';
import type { ResultContext } from '../result-context.js';
import type { Relevance } from '../ranking.js';
import type { Tx } from './shared.js';

/** A priority must be a dimension of the plan's model that the result has a level for, chosen once. */
export function checkPriorities(context: ResultContext, priorities: ReadonlyArray<{ dimension: string; relevance: Relevance }>): void {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  priorities.forEach((p, i) => {
    const dim = context.dimensions.find((d) => d.code === p.dimension);
    if (!dim) errors.push({ field: `priorities.${i}.dimension`, message: `dimension ${p.dimension} is not in model version ${context.model.version}`, code: 'reference' });
    else if (!dim.result) errors.push({ field: `priorities.${i}.dimension`, message: `the result has no level for dimension ${p.dimension}`, code: 'improvementNotAnswered' });
    else if (seen.has(p.dimension)) errors.push({ field: `priorities.${i}.dimension`, message: `dimension ${p.dimension} is chosen twice`, code: 'uniqueItems' });
    seen.add(p.dimension);
  });
  if (errors.length) throw invalid(errors);
}

export function checkReassessOn(context: ResultContext, reassessOn: string | null | undefined, field = 'reassessOn'): void {
  if (reassessOn && reassessOn <= context.assessment.submittedOn) {
    throw invalid([{ field, message: `must be after the result's date (${context.assessment.submittedOn})`, code: 'improvementAfterResult' }]);
  }
}

/**
 * The concrete steps toward the next level of each newly chosen dimension become the plan's first
 * items, in the language the plan is made in; the organisation edits them from there.
 */
export async function addNextLevelSteps(tx: Tx, planId: number, context: ResultContext, dimensions: readonly string[], lang: Lang): Promise<number> {
  const existing = new Set((await tx.selectFrom('improvement_items').select('step_id').where('plan_id', '=', planId).where('step_id', 'is not', null).execute()).map((r) => r.step_id));
  const rows = dimensions.flatMap((code) => {
    const dim = context.dimensions.find((d) => d.code === code);
    return (dim?.nextSteps ?? []).filter((s) => !existing.has(s.id)).map((s) => ({
      plan_id: planId, dimension_code: code, step_id: s.id, text: s.text[lang] || s.text.nl, status: 'todo' as const,
    }));
  });
  if (rows.length) await tx.insertInto('improvement_items').values(rows).execute();
  return rows.length;
}
