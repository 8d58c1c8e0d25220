/**
 * How answers become the result of an assessment. Benchmarks and the improvement trajectory read
 * only the stored result (assessment_results), so these rules are a contract: change them only
 * together with those modules. The results page states them in plain words (messages
 * `assessments.rule.*`), and scoring.test.ts pins each of them in a table.
 *
 * 1. Per respondent and dimension, the level is the LOWER median of the current levels of the
 *    questions that respondent answered in that dimension. "Not applicable" and unanswered
 *    questions are left out. No answered question: no level.
 * 2. Critical items: a question with critical_from = L answered below L caps that respondent's
 *    level in its dimension at L - 1. In a full assessment an unanswered critical item caps too
 *    (as if answered 0); in a quick scan only answered critical items count. "Not applicable"
 *    never caps.
 * 3. Per respondent and dimension, the target is the lower median of the 12-month targets given;
 *    none when none was given.
 * 4. Combined, per dimension, over the respondents who have a level there: level = lower median
 *    of their levels, target_level = lower median of their targets (null if none), min_level and
 *    max_level, respondents = how many had a level, disagreement = max_level - min_level >= 2.
 * 5. A dimension where nobody has a level gets no result row.
 *
 * The lower median (the middle value, or the lower of the two middle values) never rounds up: a
 * team split between level 2 and level 3 is at level 2 until it agrees it is at 3.
 */

export type AssessmentKind = 'quick' | 'full';

export interface ScoredQuestion { id: number; dimension: string; criticalFrom: number | null }
export interface ScoredAnswer { questionId: number; currentLevel: number | null; targetLevel: number | null; notApplicable: boolean }

export interface RespondentDimension {
  level: number | null;
  target: number | null;
  /** Critical questions that lowered this respondent's level (empty when none did). */
  cappedBy: number[];
}

export interface DimensionResult {
  dimension: string;
  level: number;
  targetLevel: number | null;
  minLevel: number;
  maxLevel: number;
  respondents: number;
  disagreement: boolean;
}

/** Respondents at least this many levels apart on a dimension disagree. */
export const DISAGREEMENT_SPREAD = 2;

export function lowerMedian(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

/**
 * One respondent's level and target per dimension. `questions` are the questions of the
 * assessment (all of the model for a full assessment, the quick-scan ones for a quick scan);
 * answers to other questions are ignored.
 */
export function scoreRespondent(kind: AssessmentKind, questions: readonly ScoredQuestion[], answers: readonly ScoredAnswer[]): Map<string, RespondentDimension> {
  const byQuestion = new Map(answers.map((a) => [a.questionId, a]));
  const dimensions = new Map<string, { levels: number[]; targets: number[]; caps: Array<{ id: number; max: number }> }>();
  for (const q of questions) {
    const d = dimensions.get(q.dimension) ?? { levels: [], targets: [], caps: [] };
    dimensions.set(q.dimension, d);
    const answer = byQuestion.get(q.id);
    const answered = answer !== undefined && !answer.notApplicable && answer.currentLevel !== null;
    if (answered) {
      d.levels.push(answer.currentLevel!);
      if (answer.targetLevel !== null) d.targets.push(answer.targetLevel);
    }
    if (q.criticalFrom === null) continue;
    const effective = answered ? answer.currentLevel! : answer === undefined && kind === 'full' ? 0 : null;
    if (effective !== null && effective < q.criticalFrom) d.caps.push({ id: q.id, max: q.criticalFrom - 1 });
  }
  const out = new Map<string, RespondentDimension>();
  for (const [code, d] of dimensions) {
    const median = lowerMedian(d.levels);
    if (median === null) { out.set(code, { level: null, target: lowerMedian(d.targets), cappedBy: [] }); continue; }
    let level = median;
    const cappedBy: number[] = [];
    for (const cap of d.caps) {
      if (cap.max < median) cappedBy.push(cap.id);
      level = Math.min(level, cap.max);
    }
    out.set(code, { level, target: lowerMedian(d.targets), cappedBy });
  }
  return out;
}

/** The combined result per dimension, in the order of `dimensionCodes`; dimensions nobody scored are left out. */
export function combine(dimensionCodes: readonly string[], respondents: ReadonlyArray<Map<string, RespondentDimension>>): DimensionResult[] {
  const results: DimensionResult[] = [];
  for (const code of dimensionCodes) {
    const levels: number[] = [];
    const targets: number[] = [];
    for (const r of respondents) {
      const d = r.get(code);
      if (!d) continue;
      if (d.level !== null) levels.push(d.level);
      if (d.target !== null) targets.push(d.target);
    }
    if (!levels.length) continue;
    const minLevel = Math.min(...levels);
    const maxLevel = Math.max(...levels);
    results.push({
      dimension: code, level: lowerMedian(levels)!, targetLevel: lowerMedian(targets), minLevel, maxLevel,
      respondents: levels.length, disagreement: maxLevel - minLevel >= DISAGREEMENT_SPREAD,
    });
  }
  return results;
}
