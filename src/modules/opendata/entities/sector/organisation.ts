import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../../../../db/database.js';
import type { Database } from '../../../../db/schema.js';
import { translator } from '../../../../plugins/i18n.js';
import type { PublicEntityType } from '../../entity-type.js';
import { Graph } from '../../rdf/terms.js';
import { distinct, markDemo, pageSize, serialIdPage, serialIds } from './common.js';
import { concept, typedConcept } from './concepts.js';

/**
 * A cultural organisation is public only where the platform already shows it: in the consortium
 * of a granted project, or as the author of a published lesson. An organisation that only uses
 * the self-assessment stays out entirely (the maturity module shows others nothing identified).
 */
function isPublic(eb: ExpressionBuilder<Database, 'organisations'>) {
  return eb.and([
    eb('organisations.retired_at', 'is', null),
    eb.or([
      eb.exists(eb.selectFrom('projects as p').select('p.id').whereRef('p.lead_organisation_id', '=', 'organisations.id')),
      eb.exists(eb.selectFrom('projects as p').innerJoin('application_partners as ap', 'ap.application_id', 'p.application_id')
        .select('p.id').whereRef('ap.organisation_id', '=', 'organisations.id')),
      eb.exists(eb.selectFrom('lessons as l').select('l.id').whereRef('l.organisation_id', '=', 'organisations.id')
        .where('l.published_at', 'is not', null).where('l.retired_at', 'is', null)),
    ]),
  ]);
}

/** Which of these organisations are public (for links from projects and lessons). */
export async function publicOrganisations(db: Db, ids: readonly number[]): Promise<Set<number>> {
  if (ids.length === 0) return new Set();
  const rows = await db.selectFrom('organisations').select('id').where('id', 'in', [...new Set(ids)]).where(isPublic).execute();
  return new Set(rows.map((r) => r.id));
}

/**
 * Only the public profile: name, subsector, municipality and province, legal form. Members,
 * assessments, answers, consent settings, contact details, size, budget and funding stay out.
 */
export const organisationType: PublicEntityType = {
  type: 'organisation',
  dataset: 'actors',
  // The organisation's own page is for its members; the linked-data description is its public face.
  page: () => null,

  ids: (db, after, limit) => serialIdPage(after, (from) => db.selectFrom('organisations').select('id')
    .where(isPublic).where('id', '>', from).orderBy('id').limit(pageSize(limit)).execute()),

  async describe(db, ids, uris) {
    const wanted = serialIds(ids);
    if (wanted.length === 0) return [];
    const rows = await db.selectFrom('organisations')
      .select(['id', 'name', 'subsector', 'province', 'municipality', 'legal_form', 'is_demo'])
      .where('id', 'in', wanted).where(isPublic).orderBy('id').execute();
    const graph = new Graph();
    const nl = translator('nl');
    for (const r of rows) {
      const uri = uris.thing('organisation', r.id);
      const s = graph.subject(uri).type('org', 'Organization').type('dct', 'Agent');
      // An unincorporated association is no legal entity; the others are formal organisations.
      if (r.legal_form === 'association') s.type('feitelijkeVerenigingen', 'FeitelijkeVereniging');
      else if (r.legal_form !== 'other') s.type('org', 'FormalOrganization');
      if (r.legal_form === 'public') s.type('m8g', 'PublicOrganisation');
      s.text('skos', 'prefLabel', r.name, 'nl')
        .ref('regorg', 'orgActivity', typedConcept(graph, uris.thing('subsector', r.subsector)))
        .ref('regorg', 'orgType', typedConcept(graph, concept(uris, 'legalForm', r.legal_form)))
        .ref('dct', 'spatial', `${uri}#municipality`)
        .ref('dct', 'spatial', `${uri}#province`);
      graph.subject(`${uri}#municipality`).type('dct', 'Location').text('rdfs', 'label', r.municipality, 'nl')
        .ref('dct', 'isPartOf', `${uri}#province`);
      graph.subject(`${uri}#province`).type('dct', 'Location').text('rdfs', 'label', nl(`benchmarks.province.${r.province}`), 'nl');
      markDemo(s, r.is_demo);
    }
    return distinct(graph.quads);
  },
};
