import type { FieldError } from '../../../plugins/errors.js';
import { invalid } from '../../../plugins/errors.js';
import { translator, type Lang } from '../../../plugins/i18n.js';
import { rankContext, type ResultContext } from '../result-context.js';
import type { Relevance } from '../ranking.js';
import type { RelevanceInput } from '../schemas.js';
import { reasonSentence, text } from '../sentences.js';
import type { Tx } from './shared.js';

/** A priority must be a dimension of the plan's model that the result has a level for, chosen once. */
export function checkPriorities(context: ResultContext, priorities: ReadonlyArray<{ dimension: string }>): void {
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

/**
 * The relevance of every dimension of the plan's model after this save: what the plan had (when
 * its priorities change), then the `relevance` sent, then the relevance sent with a priority. A
 * priority whose relevance contradicts the one in `relevance` is refused rather than guessed.
 */
export function resolveRelevance(context: ResultContext, input: { priorities: ReadonlyArray<{ dimension: string; relevance?: Relevance }>; relevance?: RelevanceInput },
  previous: ReadonlyMap<string, Relevance> = new Map()): Map<string, Relevance> {
  const errors: FieldError[] = [];
  const sent = Object.entries(input.relevance ?? {});
  for (const [code] of sent) {
    if (!context.dimensions.some((d) => d.code === code)) errors.push({ field: `relevance.${code}`, message: `dimension ${code} is not in model version ${context.model.version}`, code: 'reference' });
  }
  input.priorities.forEach((p, i) => {
    const other = input.relevance?.[p.dimension];
    if (p.relevance && other && other !== p.relevance) errors.push({ field: `priorities.${i}.relevance`, message: `differs from relevance.${p.dimension} (${other})`, code: 'improvementRelevanceConflict' });
  });
  if (errors.length) throw invalid(errors);
  const out = new Map<string, Relevance>();
  for (const d of context.dimensions) {
    const chosen = input.priorities.find((p) => p.dimension === d.code)?.relevance;
    out.set(d.code, chosen ?? input.relevance?.[d.code] ?? previous.get(d.code) ?? 'normal');
  }
  return out;
}

/** One row per dimension of the plan's model, chosen or not, replacing what the plan had. */
export async function saveRelevance(tx: Tx, planId: number, relevance: ReadonlyMap<string, Relevance>): Promise<void> {
  await tx.deleteFrom('improvement_relevance').where('plan_id', '=', planId).execute();
  const rows = [...relevance].map(([dimension_code, r]) => ({ plan_id: planId, dimension_code, relevance: r }));
  if (rows.length) await tx.insertInto('improvement_relevance').values(rows).execute();
}

/**
 * The chosen priorities, each with its reason written out as the one sentence the ranking gives
 * (in the language of the save), so the plan keeps why a dimension was chosen at that moment.
 */
export async function savePriorities(tx: Tx, planId: number, context: ResultContext, dimensions: readonly string[], relevance: ReadonlyMap<string, Relevance>, lang: Lang): Promise<void> {
  await tx.deleteFrom('improvement_priorities').where('plan_id', '=', planId).execute();
  const t = translator(lang);
  const ranking = rankContext(context, relevance);
  const rows = dimensions.map((code) => {
    const r = ranking.find((x) => x.code === code);
    const reason = r ? reasonSentence(t, r, r.criticalItems.map((q) => text(context.model.questions.get(q)?.text, lang))) : '';
    return { plan_id: planId, dimension_code: code, reason };
  });
  if (rows.length) await tx.insertInto('improvement_priorities').values(rows).execute();
}
