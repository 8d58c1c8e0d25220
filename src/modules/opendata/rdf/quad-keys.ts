import type { Quad } from 'n3';

/**
 * Quads as sorted, distinct lines that compare equal exactly when the graphs are equal (the
 * platform publishes no blank nodes, so no canonicalisation is needed): for round-trip checks.
 */
export function quadKeys(quads: readonly Quad[]): string[] {
  const key = (q: Quad) => {
    const o = q.object;
    const literal = o.termType === 'Literal' ? `@${o.language}^^${o.datatype.value}` : '';
    return `${q.subject.value} ${q.predicate.value} ${o.termType}:${o.value}${literal} ${q.graph.value}`;
  };
  return [...new Set(quads.map(key))].sort();
}
