import { loadModel, type MaturityModel, type ModelStep, type Texts } from '../maturity/model.js';
import { gapOf, rankPriorities, type Ranked, type Relevance } from './ranking.js';
import { criticalCaps, resultsFor, type AssessmentRef, type Reader, type ResultRow } from './queries.js';

/** One dimension of one result, with what its level means and the steps toward the next level. */
export interface DimensionState {
  code: string; position: number; name: Texts;
  result: ResultRow | null;
  levelName: Texts | null; meaning: Texts | null;
  nextLevel: number | null; nextLevelName: Texts | null; nextMeaning: Texts | null; nextSteps: ModelStep[];
  criticalItems: number[];
}

export interface ResultContext { assessment: AssessmentRef; model: MaturityModel; dimensions: DimensionState[] }

export async function resultContext(db: Reader, assessment: AssessmentRef): Promise<ResultContext> {
  const model = await loadModel(db, assessment.modelId);
  if (!model) throw new Error(`Model ${assessment.modelId} of assessment ${assessment.id} is missing`);
  const results = (await resultsFor(db, [assessment.id])).get(assessment.id) ?? [];
  const caps = await criticalCaps(db, assessment, model, results);
  const levelName = (n: number) => model.levels.find((l) => l.level === n)?.name ?? null;
  const dimensions = model.dimensions.map((d): DimensionState => {
    const result = results.find((r) => r.dimension === d.code) ?? null;
    const next = result && result.level < 5 ? result.level + 1 : null;
    return {
      code: d.code, position: d.position, name: d.name, result,
      levelName: result ? levelName(result.level) : null, meaning: result && result.level > 0 ? d.meanings[result.level] ?? null : null,
      nextLevel: next, nextLevelName: next ? levelName(next) : null, nextMeaning: next ? d.meanings[next] ?? null : null,
      nextSteps: next ? d.steps[next] ?? [] : [],
      criticalItems: caps.get(d.code) ?? [],
    };
  });
  return { assessment, model, dimensions };
}

/** The ranking of a result's answered dimensions under the given relevance choices (missing: normal). */
export function rankContext(context: ResultContext, relevance: ReadonlyMap<string, Relevance>): Ranked[] {
  return rankPriorities(context.dimensions.filter((d) => d.result !== null).map((d) => ({
    code: d.code, position: d.position, level: d.result!.level, target: d.result!.target,
    relevance: relevance.get(d.code) ?? 'normal', criticalItems: d.criticalItems,
  })));
}

export { gapOf };
