import type { PublicEntityType } from '../../entity-type.js';
import { Graph } from '../../rdf/terms.js';
import { byteOrder, distinct, markDemo, pageSize } from './common.js';
import { concept, typedConcept } from './concepts.js';
import { publicOrganisations } from './organisation.js';
import { tagged } from './tags.js';

/** The EU language authority's IRIs, as DCAT-AP uses them for dct:language. */
export const LANGUAGE = {
  nl: 'http://publications.europa.eu/resource/authority/language/NLD',
  en: 'http://publications.europa.eu/resource/authority/language/ENG',
} as const;

/**
 * A published lesson learned (what worked and what failed) from a project or from an
 * organisation's own experiment. Its details are published only when the organisation consented
 * (publish_details); unpublished and retired lessons are not public.
 */
export const lessonType: PublicEntityType = {
  type: 'lesson',
  dataset: 'knowledge',
  page: (id) => `/lessons/${encodeURIComponent(id)}`,

  async ids(db, after, limit) {
    let q = db.selectFrom('lessons').select('code').where('published_at', 'is not', null).where('retired_at', 'is', null)
      .orderBy(byteOrder('code')).limit(pageSize(limit));
    if (after !== null) q = q.where(byteOrder('code'), '>', after);
    return (await q.execute()).map((r) => r.code);
  },

  async describe(db, ids, uris) {
    if (ids.length === 0) return [];
    const rows = await db.selectFrom('lessons as l').leftJoin('projects as p', 'p.id', 'l.project_id')
      .select(['l.code', 'l.organisation_id', 'l.title', 'l.summary', 'l.what_worked', 'l.what_failed', 'l.details', 'l.publish_details',
        'l.language', 'l.outcome', 'l.pillars', 'l.challenges', 'l.dimension_codes', 'l.subsectors', 'l.technologies', 'l.published_at', 'l.is_demo',
        'p.code as project_code'])
      .where('l.code', 'in', [...new Set(ids)]).where('l.published_at', 'is not', null).where('l.retired_at', 'is', null).execute();
    const visible = await publicOrganisations(db, rows.flatMap((r) => (r.organisation_id === null ? [] : [r.organisation_id])));
    const graph = new Graph();
    for (const r of rows) {
      const lang = r.language;
      const s = graph.subject(uris.thing('lesson', r.code)).type('ext', 'LessonLearned').type('schema', 'CreativeWork')
        .text('dct', 'identifier', r.code)
        .text('dct', 'title', r.title, lang)
        .text('dct', 'abstract', r.summary, lang)
        .text('ext', 'whatWorked', r.what_worked, lang)
        .text('ext', 'whatFailed', r.what_failed, lang)
        .ref('dct', 'language', LANGUAGE[lang])
        .ref('ext', 'outcome', typedConcept(graph, concept(uris, 'outcome', r.outcome)))
        .dateTime('dct', 'issued', r.published_at);
      // The organisation decides whether its details are public; without consent they stay out.
      if (r.publish_details) s.text('ext', 'details', r.details, lang);
      if (r.project_code) s.ref('dct', 'relation', uris.thing('project', r.project_code));
      if (r.organisation_id !== null && visible.has(r.organisation_id)) s.ref('dct', 'creator', uris.thing('organisation', r.organisation_id));
      tagged(graph, s, uris, { pillars: r.pillars, challenges: r.challenges, dimensions: r.dimension_codes, subsectors: r.subsectors, technologies: r.technologies });
      markDemo(s, r.is_demo);
    }
    return distinct(graph.quads);
  },
};
