import type { MaturityModel } from './model.js';
import type { Mapping, ModelHead, ModelSummary } from './queries.js';

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function head(h: ModelHead, publicBase: string) {
  return {
    version: h.version, status: h.status, basedOn: h.basedOn, note: h.note,
    createdAt: h.createdAt.toISOString(), updatedAt: h.updatedAt.toISOString(), publishedAt: iso(h.publishedAt),
    rowVersion: h.rowVersion, url: `${publicBase}/maturity/models/${h.version}`,
  };
}

export function presentSummary(s: ModelSummary, publicBase: string) {
  return { ...head(s, publicBase), dimensions: s.dimensions, questions: s.questions, quickScanQuestions: s.quickScanQuestions };
}

/** A whole version: explicit fields; the status comes from the head, which is always current. */
export function presentModel(h: ModelHead, m: MaturityModel, mappings: Mapping[], publicBase: string) {
  const questions = m.dimensions.flatMap((d) => d.questions);
  return {
    ...head(h, publicBase),
    questions: questions.length,
    quickScanQuestions: questions.filter((q) => q.quickScan).length,
    levels: m.levels.map((l) => ({ level: l.level, name: l.name, description: l.description })),
    dimensions: m.dimensions.map((d) => ({
      code: d.code, position: d.position, name: d.name, description: d.description,
      meanings: Object.entries(d.meanings).map(([level, text]) => ({ level: Number(level), text })).sort((a, b) => a.level - b.level),
      steps: Object.values(d.steps).flat().map((s) => ({ id: s.id, level: s.level, position: s.position, text: s.text })),
      questions: d.questions.map((q) => ({
        id: q.id, code: q.code, dimension: q.dimension, position: q.position, text: q.text, help: q.help,
        quickScan: q.quickScan, criticalFrom: q.criticalFrom, allowsNotApplicable: q.allowsNotApplicable,
      })),
    })),
    mappings: mappings.map((x) => ({ fromVersion: x.fromVersion, from: x.from, to: x.to })),
  };
}
