import { loadModel, type Texts } from '../maturity/model.js';
import { mapCode } from './codes.js';
import { outOfLineFlags, type Flag, type ResultLevel } from './flags.js';
import { answerFacts, resultsFor, submittedAssessments, type AssessmentRef, type Reader, type ResultRow } from './queries.js';

export interface ProgressPoint { assessmentId: number; date: string; kind: 'quick' | 'full'; level: number | null; target: number | null }
export interface DimensionProgress { code: string; name: Texts; points: ProgressPoint[] }
export interface ProgressView { assessments: AssessmentRef[]; modelVersion: number | null; dimensions: DimensionProgress[]; flags: Flag[] }

const asLevels = (rows: readonly ResultRow[]): ResultLevel[] => rows.map((r) => ({ dimension: r.dimension, level: r.level, disagreement: r.disagreement, min: r.min, max: r.max }));

/**
 * Every submitted result over time, per dimension of the latest result's model version; results of
 * older versions are placed under the dimension their code maps to (maturity_dimension_map).
 */
export async function loadProgress(db: Reader, organisationId: number): Promise<ProgressView> {
  const assessments = await submittedAssessments(db, organisationId);
  const latest = assessments.at(-1);
  if (!latest) return { assessments, modelVersion: null, dimensions: [], flags: [] };
  const model = (await loadModel(db, latest.modelId))!;
  const results = await resultsFor(db, assessments.map((a) => a.id));
  const mapped = new Map<number, ResultRow[]>();
  for (const a of assessments) {
    const rows: ResultRow[] = [];
    for (const r of results.get(a.id) ?? []) {
      const code = await mapCode(db, a.modelId, r.dimension, latest.modelId);
      if (code) rows.push({ ...r, dimension: code });
    }
    mapped.set(a.id, rows);
  }
  const dimensions = model.dimensions.map((d) => ({
    code: d.code, name: d.name,
    points: assessments.map((a) => {
      const r = mapped.get(a.id)!.find((x) => x.dimension === d.code);
      return { assessmentId: a.id, date: a.submittedOn, kind: a.kind, level: r?.level ?? null, target: r?.target ?? null };
    }),
  }));
  const previous = assessments.length > 1 ? asLevels(mapped.get(assessments.at(-2)!.id)!) : null;
  const flags = outOfLineFlags(asLevels(mapped.get(latest.id)!), previous, await answerFacts(db, latest.id, model));
  return { assessments, modelVersion: model.version, dimensions, flags };
}
