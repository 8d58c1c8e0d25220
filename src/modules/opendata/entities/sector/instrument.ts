import type { PublicEntityType } from '../../entity-type.js';
import { Graph } from '../../rdf/terms.js';
import { bilingual, byteOrder, competentAuthority, distinct, markDemo, pageSize } from './common.js';
import { concept, typedConcept } from './concepts.js';

/** Instruments that hand out money: published as subsidy measures (OSLO Subsidie, CPSV-AP). */
const SUBSIDY_TYPES = new Set(['subsidy', 'fund']);

/**
 * A policy instrument of the toolkit (decree, subsidy, training, shared service, ...), tagged by
 * the challenges it addresses. Retired instruments are no longer described.
 */
export const instrumentType: PublicEntityType = {
  type: 'instrument',
  dataset: 'instruments',
  page: (id) => `/instruments/${encodeURIComponent(id)}`,

  async ids(db, after, limit) {
    let q = db.selectFrom('instruments').select('code').where('retired_at', 'is', null).orderBy(byteOrder('code')).limit(pageSize(limit));
    if (after !== null) q = q.where(byteOrder('code'), '>', after);
    return (await q.execute()).map((r) => r.code);
  },

  async describe(db, ids, uris) {
    if (ids.length === 0) return [];
    const rows = await db.selectFrom('instruments as i').leftJoin('actors as a', 'a.id', 'i.responsible_actor_id')
      .select(['i.id', 'i.code', 'i.name_nl', 'i.name_en', 'i.description_nl', 'i.description_en', 'i.type', 'i.since_year', 'i.source', 'i.is_demo',
        'a.code as actor_code', 'a.kind as actor_kind', 'a.retired_at as actor_retired_at'])
      .where('i.code', 'in', [...new Set(ids)]).where('i.retired_at', 'is', null).execute();
    if (rows.length === 0) return [];
    const instrumentIds = rows.map((r) => r.id);
    const [challenges, recommendations] = await Promise.all([
      db.selectFrom('instrument_challenges').select(['instrument_id', 'challenge']).where('instrument_id', 'in', instrumentIds).orderBy('challenge').execute(),
      db.selectFrom('instrument_recommendations').select(['instrument_id', 'recommendation_code']).where('instrument_id', 'in', instrumentIds).orderBy('recommendation_code').execute(),
    ]);
    const graph = new Graph();
    for (const r of rows) {
      const s = graph.subject(uris.thing('instrument', r.code)).type('ext', 'PolicyInstrument');
      if (SUBSIDY_TYPES.has(r.type)) s.type('cpsv', 'PublicService').type('subsidie', 'SubsidiemaatregelAanbod');
      s.text('dct', 'identifier', r.code);
      bilingual(s, 'dct', 'title', r.name_nl, r.name_en);
      bilingual(s, 'dct', 'description', r.description_nl, r.description_en);
      s.ref('dct', 'type', typedConcept(graph, concept(uris, 'instrumentType', r.type)));
      // A retired actor has no public description any more; a link to it would dangle.
      if (r.actor_code && !r.actor_retired_at) s.ref('m8g', 'hasCompetentAuthority', competentAuthority(graph, uris, r.actor_code, r.actor_kind));
      s.typed('dct', 'issued', r.since_year, 'gYear').text('dct', 'source', r.source);
      for (const c of challenges) if (c.instrument_id === r.id) s.ref('dct', 'subject', uris.thing('challenge', c.challenge));
      for (const rec of recommendations) if (rec.instrument_id === r.id) s.ref('dct', 'relation', uris.thing('recommendation', rec.recommendation_code));
      markDemo(s, r.is_demo);
    }
    return distinct(graph.quads);
  },
};
