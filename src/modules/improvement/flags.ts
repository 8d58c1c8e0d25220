/**
 * Points for the organisation's own reflection on a result: not accusations, but places where a
 * second look usually helps (a big jump, everything at the top, top levels without evidence,
 * respondents far apart). Pure, so the rules can be read and tested in one place.
 */
export const JUMP = 2;

export interface ResultLevel { dimension: string; level: number; disagreement: boolean; min: number; max: number }
export interface AnswerFact { dimension: string; currentLevel: number | null; notApplicable: boolean; hasEvidence: boolean }

export type Flag =
  | { kind: 'jump'; dimension: string; from: number; to: number }
  | { kind: 'allTop'; basis: 'levels' | 'answers' }
  | { kind: 'noEvidence'; dimension: string; level: number }
  | { kind: 'disagreement'; dimension: string; min: number; max: number };

/** `previous` carries the earlier result with its codes already mapped onto the latest model's. */
export function outOfLineFlags(latest: readonly ResultLevel[], previous: readonly ResultLevel[] | null, answers: readonly AnswerFact[]): Flag[] {
  const flags: Flag[] = [];
  if (previous) {
    for (const r of latest) {
      const before = previous.find((p) => p.dimension === r.dimension);
      if (before && Math.abs(r.level - before.level) >= JUMP) flags.push({ kind: 'jump', dimension: r.dimension, from: before.level, to: r.level });
    }
  }
  const answered = answers.filter((a) => !a.notApplicable && a.currentLevel !== null);
  if (latest.length > 0 && latest.every((r) => r.level === 5)) flags.push({ kind: 'allTop', basis: 'levels' });
  else if (answered.length > 0 && answered.every((a) => a.currentLevel === 5)) flags.push({ kind: 'allTop', basis: 'answers' });
  for (const r of latest) {
    if (r.level >= 4 && !answers.some((a) => a.dimension === r.dimension && a.hasEvidence)) flags.push({ kind: 'noEvidence', dimension: r.dimension, level: r.level });
  }
  for (const r of latest) {
    if (r.disagreement) flags.push({ kind: 'disagreement', dimension: r.dimension, min: r.min, max: r.max });
  }
  return flags;
}
