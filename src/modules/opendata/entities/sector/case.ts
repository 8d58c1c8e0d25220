import type { PublicEntityType } from '../../entity-type.js';
import { Graph } from '../../rdf/terms.js';
import { bilingual, byteOrder, distinct, markDemo, pageSize, webAddress } from './common.js';
import { concept, typedConcept } from './concepts.js';
import { tagged } from './tags.js';

/**
 * A case of the knowledge space: an inspiring example or a failure to learn from, from Flanders
 * or abroad, tagged like lessons. Retired cases are not public.
 */
export const caseType: PublicEntityType = {
  type: 'case',
  dataset: 'knowledge',
  page: (id) => `/cases/${encodeURIComponent(id)}`,

  async ids(db, after, limit) {
    let q = db.selectFrom('cases').select('code').where('retired_at', 'is', null).orderBy(byteOrder('code')).limit(pageSize(limit));
    if (after !== null) q = q.where(byteOrder('code'), '>', after);
    return (await q.execute()).map((r) => r.code);
  },

  async describe(db, ids, uris) {
    if (ids.length === 0) return [];
    const rows = await db.selectFrom('cases as c').leftJoin('actors as a', 'a.id', 'c.maintained_by_actor_id')
      .select(['c.id', 'c.code', 'c.title_nl', 'c.title_en', 'c.summary_nl', 'c.summary_en', 'c.country', 'c.region', 'c.sector', 'c.pillar',
        'c.url', 'c.source', 'c.outcome', 'c.subsectors', 'c.technologies', 'c.is_demo', 'a.code as actor_code', 'a.retired_at as actor_retired_at'])
      .where('c.code', 'in', [...new Set(ids)]).where('c.retired_at', 'is', null).execute();
    if (rows.length === 0) return [];
    const caseIds = rows.map((r) => r.id);
    const [challenges, dimensions] = await Promise.all([
      db.selectFrom('case_challenges').selectAll().where('case_id', 'in', caseIds).orderBy('challenge').execute(),
      db.selectFrom('case_dimensions').selectAll().where('case_id', 'in', caseIds).orderBy('dimension_code').execute(),
    ]);
    const graph = new Graph();
    for (const r of rows) {
      const s = graph.subject(uris.thing('case', r.code)).type('ext', 'Case').type('schema', 'CreativeWork').text('dct', 'identifier', r.code);
      bilingual(s, 'dct', 'title', r.title_nl, r.title_en);
      bilingual(s, 'dct', 'abstract', r.summary_nl, r.summary_en);
      s.text('ext', 'country', r.country).text('ext', 'region', r.region).text('ext', 'sector', r.sector)
        .ref('ext', 'outcome', typedConcept(graph, concept(uris, 'outcome', r.outcome)))
        .add('schema', 'url', webAddress(r.url))
        .text('dct', 'source', r.source);
      if (r.actor_code && !r.actor_retired_at) s.ref('dct', 'publisher', uris.thing('actor', r.actor_code));
      tagged(graph, s, uris, {
        pillars: [r.pillar],
        challenges: challenges.filter((c) => c.case_id === r.id).map((c) => c.challenge),
        dimensions: dimensions.filter((d) => d.case_id === r.id).map((d) => d.dimension_code),
        subsectors: r.subsectors, technologies: r.technologies,
      });
      markDemo(s, r.is_demo);
    }
    return distinct(graph.quads);
  },
};
