import type { Db } from '../../../../db/database.js';
import { translator } from '../../../../plugins/i18n.js';
import type { PublicEntityType } from '../../entity-type.js';
import { Graph } from '../../rdf/terms.js';
import type { Uris } from '../../uris.js';
import { byteOrder, distinct, pageSize } from './common.js';

type Label = { nl: string; en: string };

/**
 * The platform's own code lists (legal forms, kinds of actor, instrument and learning, roles,
 * outcomes) as SKOS concept schemes with dereferenceable concepts: /id/<list>/<code>. OSLO has no
 * published code list for these values, so the platform mints them; the labels are the ones its
 * pages show. Shapes check `sh:class skos:Concept` on such links, which these types satisfy.
 */
interface CodeList {
  type: string;
  scheme: Label;
  codes: readonly string[];
  label(code: string): Label;
}

const fromMessages = (prefix: string) => (code: string): Label => ({
  nl: translator('nl')(`${prefix}.${code}`), en: translator('en')(`${prefix}.${code}`),
});

const fixed = (labels: Record<string, Label>) => (code: string): Label => labels[code]!;

export const CODE_LISTS = {
  legalForm: {
    type: 'legal-form', scheme: { nl: 'Rechtsvormen van cultuurorganisaties', en: 'Legal forms of cultural organisations' },
    codes: ['vzw', 'public', 'autonomous_municipal', 'foundation', 'company', 'association', 'other'], label: fromMessages('orgs.legalForm'),
  },
  actorKind: {
    type: 'actor-kind', scheme: { nl: 'Soorten actoren', en: 'Kinds of actor' },
    codes: ['government', 'support_organisation', 'knowledge_institution', 'broadcaster', 'fund', 'international', 'sector_organisation', 'company'],
    label: fromMessages('actorKind'),
  },
  instrumentType: {
    type: 'instrument-type', scheme: { nl: 'Soorten beleidsinstrumenten', en: 'Kinds of policy instrument' },
    codes: ['decree', 'regulation', 'subsidy', 'residency', 'training', 'shared_service', 'tool', 'fund', 'agreement', 'policy_document'],
    label: fromMessages('instrumentType'),
  },
  learningKind: {
    type: 'learning-kind', scheme: { nl: 'Soorten leeraanbod', en: 'Kinds of learning opportunity' },
    codes: ['course', 'workshop', 'peer_learning', 'residency', 'living_lab', 'fieldlab', 'webinar', 'coaching'], label: fromMessages('knowledge.kind'),
  },
  outcome: {
    type: 'outcome', scheme: { nl: 'Uitkomsten van experimenten', en: 'Outcomes of experiments' },
    codes: ['inspiring', 'failure', 'mixed'], label: fromMessages('knowledge.outcome'),
  },
  // The study's role axes (R1.2): driver or relief provider, strategic or technical, long or short term, reach.
  transitionRole: {
    type: 'transition-role', scheme: { nl: 'Rollen in de transitie (aanbeveling 1.2)', en: 'Roles in the transition (recommendation 1.2)' },
    codes: ['driver', 'relief_provider', 'strategic', 'technical', 'long', 'short', 'sector_wide', 'subsector'],
    label: (code: string): Label => {
      const key = ['driver', 'relief_provider'].includes(code) ? `roles.${code}`
        : ['strategic', 'technical'].includes(code) ? `roles.focus.${code}`
          : ['long', 'short'].includes(code) ? `roles.horizon.${code}` : `roles.access.${code}`;
      return { nl: translator('nl')(key), en: translator('en')(key) };
    },
  },
  consortiumRole: {
    type: 'consortium-role', scheme: { nl: 'Rollen in een consortium', en: 'Roles in a consortium' },
    codes: ['lead', 'partner'],
    label: fixed({ lead: { nl: 'trekker', en: 'lead organisation' }, partner: { nl: 'partner', en: 'partner' } }),
  },
  callStatus: {
    type: 'call-status', scheme: { nl: 'Status van oproepen', en: 'Status of calls' },
    codes: ['published', 'cancelled'],
    label: fixed({ published: { nl: 'gepubliceerd', en: 'published' }, cancelled: { nl: 'geannuleerd', en: 'cancelled' } }),
  },
} satisfies Record<string, CodeList>;

export type CodeListKey = keyof typeof CODE_LISTS;

/** The URI of one value of a code list, e.g. concept(uris, 'legalForm', 'vzw'). */
export function concept(uris: Uris, list: CodeListKey, code: string): string {
  return uris.thing(CODE_LISTS[list].type, code);
}

/** Types a linked concept in the description that links it, so class checks hold per document. */
export function typedConcept(graph: Graph, uri: string): string {
  graph.subject(uri).type('skos', 'Concept');
  return uri;
}

function describeConcept(graph: Graph, uris: Uris, list: CodeList, code: string): void {
  const label = list.label(code);
  graph.subject(uris.thing(list.type, code)).type('skos', 'Concept')
    .text('skos', 'prefLabel', label.nl, 'nl').text('skos', 'prefLabel', label.en, 'en')
    .text('skos', 'notation', code)
    .ref('skos', 'inScheme', uris.collection(list.type))
    .ref('skos', 'topConceptOf', uris.collection(list.type));
  graph.subject(uris.collection(list.type)).type('skos', 'ConceptScheme')
    .text('skos', 'prefLabel', list.scheme.nl, 'nl').text('skos', 'prefLabel', list.scheme.en, 'en');
}

function codeListType(list: CodeList): PublicEntityType {
  const sorted = [...list.codes].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    type: list.type,
    dataset: 'framework',
    page: () => null,
    async ids(_db, after, limit) {
      return sorted.filter((code) => after === null || code > after).slice(0, pageSize(limit));
    },
    async describe(_db, ids, uris) {
      const graph = new Graph();
      for (const code of new Set(ids)) if (list.codes.includes(code)) describeConcept(graph, uris, list, code);
      return distinct(graph.quads);
    },
  };
}

/** Subsectors (arts, heritage, ...) from the platform's own table, as a concept scheme. */
export const subsectorType: PublicEntityType = {
  type: 'subsector',
  dataset: 'framework',
  page: () => null,
  async ids(db: Db, after, limit) {
    let q = db.selectFrom('subsectors').select('code').orderBy(byteOrder('code')).limit(pageSize(limit));
    if (after !== null) q = q.where(byteOrder('code'), '>', after);
    return (await q.execute()).map((r) => r.code);
  },
  async describe(db, ids, uris) {
    if (ids.length === 0) return [];
    const rows = await db.selectFrom('subsectors').selectAll().where('code', 'in', [...new Set(ids)]).execute();
    const graph = new Graph();
    for (const r of rows) {
      graph.subject(uris.thing('subsector', r.code)).type('skos', 'Concept')
        .text('skos', 'prefLabel', r.name_nl, 'nl').text('skos', 'prefLabel', r.name_en, 'en')
        .text('skos', 'notation', r.code).ref('skos', 'inScheme', uris.collection('subsector'))
        .ref('skos', 'topConceptOf', uris.collection('subsector'));
    }
    if (rows.length > 0) {
      graph.subject(uris.collection('subsector')).type('skos', 'ConceptScheme')
        .text('skos', 'prefLabel', 'Deelsectoren van de cultuursector', 'nl').text('skos', 'prefLabel', 'Subsectors of the cultural sector', 'en');
    }
    return distinct(graph.quads);
  },
};

export const codeListTypes: PublicEntityType[] = [subsectorType, ...Object.values(CODE_LISTS).map(codeListType)];
