import type { PublicEntityType } from '../../entity-type.js';
import { Graph, type Subject } from '../../rdf/terms.js';
import { bilingual, byteOrder, competentAuthority, decimal, distinct, markDemo, pageSize } from './common.js';
import { concept, typedConcept } from './concepts.js';

/** A money amount in euro as a schema.org MonetaryAmount node. */
export function amount(graph: Graph, uri: string, value: string | null): string | null {
  const v = decimal(value);
  if (v === null) return null;
  graph.subject(uri).type('schema', 'MonetaryAmount').typed('schema', 'value', v, 'decimal').text('schema', 'currency', 'EUR');
  return uri;
}

/**
 * A call for experiments (projectoproep) as an OSLO Subsidie offer: a subsidy measure one can
 * apply to within a period, a public service (CPSV-AP) of the instrument it belongs to, with its
 * budget, award criteria and consortium rules. Draft calls are not public.
 */
export const callType: PublicEntityType = {
  type: 'call',
  dataset: 'calls',
  page: (id) => `/calls/${encodeURIComponent(id)}`,

  async ids(db, after, limit) {
    let q = db.selectFrom('calls').select('code').where('status', '<>', 'draft').orderBy(byteOrder('code')).limit(pageSize(limit));
    if (after !== null) q = q.where(byteOrder('code'), '>', after);
    return (await q.execute()).map((r) => r.code);
  },

  async describe(db, ids, uris) {
    if (ids.length === 0) return [];
    const rows = await db.selectFrom('calls as c')
      .innerJoin('instruments as i', 'i.id', 'c.instrument_id')
      .leftJoin('actors as a', 'a.id', 'i.responsible_actor_id')
      .select(['c.id', 'c.code', 'c.title_nl', 'c.title_en', 'c.summary_nl', 'c.summary_en', 'c.eligibility_nl', 'c.eligibility_en',
        'c.budget_eur', 'c.max_grant_eur', 'c.opens_at', 'c.closes_at', 'c.min_partners', 'c.requires_cross_sector', 'c.status', 'c.is_demo',
        'i.code as instrument_code', 'i.retired_at as instrument_retired_at', 'a.code as actor_code', 'a.kind as actor_kind', 'a.retired_at as actor_retired_at'])
      .where('c.code', 'in', [...new Set(ids)]).where('c.status', '<>', 'draft').execute();
    if (rows.length === 0) return [];
    const criteria = await db.selectFrom('call_criteria').selectAll().where('call_id', 'in', rows.map((r) => r.id)).orderBy('position').execute();
    const graph = new Graph();
    for (const r of rows) {
      const uri = uris.thing('call', r.code);
      const s = graph.subject(uri).type('subsidie', 'SubsidiemaatregelAanbod').type('cpsv', 'PublicService').text('dct', 'identifier', r.code);
      bilingual(s, 'dct', 'title', r.title_nl, r.title_en);
      bilingual(s, 'dct', 'description', r.summary_nl, r.summary_en);
      bilingual(s, 'ext', 'eligibility', r.eligibility_nl, r.eligibility_en);
      if (!r.instrument_retired_at) s.ref('dct', 'isPartOf', uris.thing('instrument', r.instrument_code));
      if (r.actor_code && !r.actor_retired_at) s.ref('m8g', 'hasCompetentAuthority', competentAuthority(graph, uris, r.actor_code, r.actor_kind));
      s.ref('dct', 'temporal', `${uri}#application-period`);
      graph.subject(`${uri}#application-period`).type('dct', 'PeriodOfTime').type('m8g', 'PeriodOfTime')
        .dateTime('dcat', 'startDate', r.opens_at).dateTime('dcat', 'endDate', r.closes_at);
      s.ref('ext', 'budget', amount(graph, `${uri}#budget`, r.budget_eur))
        .ref('ext', 'maxGrant', amount(graph, `${uri}#max-grant`, r.max_grant_eur))
        .typed('ext', 'minPartners', r.min_partners, 'integer')
        .typed('ext', 'requiresCrossSector', String(r.requires_cross_sector), 'boolean')
        .ref('adms', 'status', typedConcept(graph, concept(uris, 'callStatus', r.status)));
      for (const c of criteria) if (c.call_id === r.id) describeCriterion(graph, s, `${uri}#criterion-${encodeURIComponent(c.code)}`, c);
      markDemo(s, r.is_demo);
    }
    return distinct(graph.quads);
  },
};

interface CriterionRow { code: string; weight: string; label_nl: string; label_en: string; description_nl: string; description_en: string }

/** An award criterion with its weight in the score (m8g:Criterion, as in CPSV-AP). */
function describeCriterion(graph: Graph, call: Subject, uri: string, c: CriterionRow): void {
  call.ref('m8g', 'hasCriterion', uri);
  const s = graph.subject(uri).type('m8g', 'Criterion').text('dct', 'identifier', c.code);
  bilingual(s, 'dct', 'title', c.label_nl, c.label_en);
  bilingual(s, 'dct', 'description', c.description_nl, c.description_en);
  s.typed('ext', 'weight', decimal(c.weight), 'decimal');
}
