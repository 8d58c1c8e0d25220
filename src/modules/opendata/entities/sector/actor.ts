import type { PublicEntityType } from '../../entity-type.js';
import { Graph } from '../../rdf/terms.js';
import type { Uris } from '../../uris.js';
import { byteOrder, distinct, markDemo, pageSize, webAddress } from './common.js';
import { concept, typedConcept } from './concepts.js';

/**
 * A knowledge or support actor of the landscape drawing (R1.1) with its roles on the study's axes
 * (R1.2), in OSLO Organisatie and W3C org terms. Governments are public organisations (m8g).
 * Actors are not typed regorg:RegisteredOrganization: the platform holds no enterprise number,
 * which that class requires.
 */
export const actorType: PublicEntityType = {
  type: 'actor',
  dataset: 'actors',
  page: (id) => `/actors/${encodeURIComponent(id)}`,

  async ids(db, after, limit) {
    let q = db.selectFrom('actors').select('code').where('retired_at', 'is', null).orderBy(byteOrder('code')).limit(pageSize(limit));
    if (after !== null) q = q.where(byteOrder('code'), '>', after);
    return (await q.execute()).map((r) => r.code);
  },

  async describe(db, ids, uris) {
    if (ids.length === 0) return [];
    const rows = await db.selectFrom('actors').selectAll().where('code', 'in', [...new Set(ids)]).where('retired_at', 'is', null).execute();
    if (rows.length === 0) return [];
    const roles = await db.selectFrom('actor_roles').selectAll().where('actor_id', 'in', rows.map((r) => r.id)).orderBy('id').execute();
    const graph = new Graph();
    for (const r of rows) {
      const uri = uris.thing('actor', r.code);
      const s = graph.subject(uri).type('org', 'Organization').type('org', 'FormalOrganization').type('dct', 'Agent');
      if (r.kind === 'government') s.type('m8g', 'PublicOrganisation');
      s.text('dct', 'identifier', r.code)
        // A proper name, written as the platform writes it (Dutch first).
        .text('skos', 'prefLabel', r.name, 'nl')
        // Organisatie-basis allows one dct:description; the English text goes to schema:description.
        .text('dct', 'description', r.description_nl, 'nl')
        .text('schema', 'description', r.description_en, 'en')
        .ref('org', 'classification', typedConcept(graph, concept(uris, 'actorKind', r.kind)))
        .add('schema', 'url', webAddress(r.website))
        .text('dct', 'source', r.source);
      for (const e of r.expertise) s.text('schema', 'knowsAbout', e);
      for (const p of r.pillars) s.ref('dct', 'subject', uris.thing('pillar', p));
      for (const code of r.subsectors) s.ref('ext', 'servesSubsector', typedConcept(graph, uris.thing('subsector', code)));
      for (const role of roles) if (role.actor_id === r.id) describeRole(graph, uris, uri, role);
      markDemo(s, r.is_demo);
    }
    return distinct(graph.quads);
  },
};

interface RoleRow { id: number; role: string; focus: string; horizon: string; access: string; note_nl: string; note_en: string; source: string | null }

/** One role on the axes driver/relief provider, strategic/technical, long/short term, reach. */
function describeRole(graph: Graph, uris: Uris, actorUri: string, role: RoleRow): void {
  const roleUri = `${actorUri}#role-${role.id}`;
  graph.subject(actorUri).ref('ext', 'transitionRole', roleUri);
  const s = graph.subject(roleUri).type('ext', 'TransitionRole');
  for (const [predicate, code] of [['roleType', role.role], ['focus', role.focus], ['horizon', role.horizon], ['reach', role.access]] as const) {
    s.ref('ext', predicate, typedConcept(graph, concept(uris, 'transitionRole', code)));
  }
  s.text('rdfs', 'comment', role.note_nl, 'nl').text('rdfs', 'comment', role.note_en, 'en').text('dct', 'source', role.source);
}
