import type { Graph, Subject } from '../../rdf/terms.js';
import type { Uris } from '../../uris.js';
import { typedConcept } from './concepts.js';

/**
 * The knowledge space's shared tags: pillars, challenges and maturity dimensions as subjects
 * (concepts of the study's schemes), subsectors as the platform's subsector concepts, and
 * technologies as free keywords.
 */
export function tagged(graph: Graph, s: Subject, uris: Uris, tags: {
  pillars?: readonly number[]; challenges?: readonly number[]; dimensions?: readonly string[]; subsectors?: readonly string[]; technologies?: readonly string[];
}): void {
  for (const p of tags.pillars ?? []) s.ref('dct', 'subject', uris.thing('pillar', p));
  for (const c of tags.challenges ?? []) s.ref('dct', 'subject', uris.thing('challenge', c));
  for (const d of tags.dimensions ?? []) s.ref('dct', 'subject', uris.thing('maturity-dimension', d));
  for (const code of tags.subsectors ?? []) s.ref('ext', 'subsector', typedConcept(graph, uris.thing('subsector', code)));
  for (const t of tags.technologies ?? []) s.text('schema', 'keywords', t);
}
