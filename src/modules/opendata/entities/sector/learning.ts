import type { PublicEntityType } from '../../entity-type.js';
import { Graph } from '../../rdf/terms.js';
import { bilingual, distinct, markDemo, pageSize, serialIdPage, serialIds, webAddress } from './common.js';
import { concept, typedConcept } from './concepts.js';

/**
 * A learning opportunity (leeraanbod, R4.2) as an OSLO Cultuurparticipatie activity: its name and
 * description, kind, provider (Aanbieder), language, period, place, documentation page, themes
 * (maturity dimension, pillars) and disciplines (subsectors). Levels and "online" have no OSLO
 * term and use the platform's vocabulary. Retired opportunities are not public.
 */
export const learningOpportunityType: PublicEntityType = {
  type: 'learning-opportunity',
  dataset: 'learning',
  page: (id) => `/learning/${encodeURIComponent(id)}`,

  ids: (db, after, limit) => serialIdPage(after, (from) => db.selectFrom('learning_opportunities').select('id')
    .where('retired_at', 'is', null).where('id', '>', from).orderBy('id').limit(pageSize(limit)).execute()),

  async describe(db, ids, uris) {
    const wanted = serialIds(ids);
    if (wanted.length === 0) return [];
    const rows = await db.selectFrom('learning_opportunities as lo').leftJoin('actors as a', 'a.id', 'lo.provider_actor_id')
      .select(['lo.id', 'lo.title_nl', 'lo.title_en', 'lo.summary_nl', 'lo.summary_en', 'lo.kind', 'lo.provider_name', 'lo.starts_on', 'lo.ends_on',
        'lo.place', 'lo.online', 'lo.dimension_code', 'lo.level_from', 'lo.level_to', 'lo.url', 'lo.subsectors', 'lo.pillars', 'lo.language', 'lo.is_demo',
        'a.code as actor_code', 'a.retired_at as actor_retired_at'])
      .where('lo.id', 'in', wanted).where('lo.retired_at', 'is', null).orderBy('lo.id').execute();
    const graph = new Graph();
    for (const r of rows) {
      const uri = uris.thing('learning-opportunity', r.id);
      const s = graph.subject(uri).type('crm', 'E7_Activity').type('ext', 'LearningOpportunity');
      bilingual(s, 'cultuurparticipatie', 'Activiteit.naam', r.title_nl, r.title_en);
      bilingual(s, 'cultuurparticipatie', 'Activiteit.beschrijving', r.summary_nl, r.summary_en);
      s.ref('dct', 'type', typedConcept(graph, concept(uris, 'learningKind', r.kind)));
      if (r.actor_code && !r.actor_retired_at) {
        const provider = uris.thing('actor', r.actor_code);
        s.ref('cultuurparticipatie', 'Activiteit.aangebodenDoor', provider);
        graph.subject(provider).type('cultuurparticipatie', 'Aanbieder');
      }
      s.text('ext', 'providerName', r.provider_name);
      for (const lang of r.language === 'nl-en' ? ['nl', 'en'] : [r.language]) s.text('cultuurparticipatie', 'Activiteit.taal', lang);
      if (r.starts_on || r.ends_on) {
        s.ref('dct', 'temporal', `${uri}#period`);
        graph.subject(`${uri}#period`).type('dct', 'PeriodOfTime').type('m8g', 'PeriodOfTime')
          .date('dcat', 'startDate', r.starts_on).date('dcat', 'endDate', r.ends_on ?? r.starts_on);
      }
      if (r.place) {
        s.ref('dct', 'spatial', `${uri}#place`);
        graph.subject(`${uri}#place`).type('dct', 'Location').text('rdfs', 'label', r.place, 'nl');
      }
      s.typed('ext', 'online', String(r.online), 'boolean');
      const page = webAddress(r.url);
      if (page) {
        s.add('cultuurparticipatie', 'Activiteit.documentatie', page);
        graph.subject(page.value).type('foaf', 'Document');
      }
      if (r.dimension_code) s.ref('cultuurparticipatie', 'Activiteit.thema', uris.thing('maturity-dimension', r.dimension_code));
      for (const p of r.pillars) s.ref('cultuurparticipatie', 'Activiteit.thema', uris.thing('pillar', p));
      for (const code of r.subsectors) s.ref('cultuurparticipatie', 'Activiteit.discipline', typedConcept(graph, uris.thing('subsector', code)));
      s.typed('ext', 'levelFrom', r.level_from, 'integer').typed('ext', 'levelTo', r.level_to, 'integer');
      markDemo(s, r.is_demo);
    }
    return distinct(graph.quads);
  },
};
