import type { PublicEntityType } from '../../entity-type.js';
import { Graph } from '../../rdf/terms.js';
import type { Uris } from '../../uris.js';
import { bilingual, fromStudy, intIds, pageOf, type Db } from './shared.js';

/**
 * The study's frame as SKOS concept schemes: each list (pillars, challenges, recommendations,
 * maturity dimensions) is a skos:ConceptScheme at /id/<type>, its entries skos:Concepts.
 * Links across lists use the mapping properties (skos:broadMatch, skos:related), because a
 * challenge and its pillar live in different schemes.
 */

function concept(g: Graph, uris: Uris, type: string, id: string | number, label: { nl: string; en: string }, definition: { nl: string; en: string }, top: boolean) {
  const s = g.subject(uris.thing(type, id)).type('skos', 'Concept')
    .ref('skos', 'inScheme', uris.collection(type))
    .text('skos', 'notation', String(id));
  bilingual(s, 'skos', 'prefLabel', label.nl, label.en);
  bilingual(s, 'skos', 'definition', definition.nl, definition.en);
  if (top) s.ref('skos', 'topConceptOf', uris.collection(type));
  return s;
}

export const pillarType: PublicEntityType = {
  type: 'pillar',
  dataset: 'framework',
  page: (id) => `/pillars/${encodeURIComponent(id)}`,
  async ids(db, after, limit) {
    const rows = await db.selectFrom('pillars').select('number').execute();
    return pageOf(rows.map((r) => String(r.number)), after, limit);
  },
  async describe(db, ids, uris) {
    const numbers = intIds(ids);
    if (!numbers.length) return [];
    const g = new Graph();
    for (const p of await db.selectFrom('pillars').selectAll().where('number', 'in', numbers).execute()) {
      fromStudy(concept(g, uris, 'pillar', p.number, { nl: p.name_nl, en: p.name_en }, { nl: p.description_nl, en: p.description_en }, true), uris, p.source);
    }
    return g.quads;
  },
};

export const challengeType: PublicEntityType = {
  type: 'challenge',
  dataset: 'framework',
  page: (id) => `/challenges/${encodeURIComponent(id)}`,
  async ids(db, after, limit) {
    const rows = await db.selectFrom('challenges').select('number').execute();
    return pageOf(rows.map((r) => String(r.number)), after, limit);
  },
  async describe(db, ids, uris) {
    const numbers = intIds(ids);
    if (!numbers.length) return [];
    const g = new Graph();
    for (const c of await db.selectFrom('challenges').selectAll().where('number', 'in', numbers).execute()) {
      const s = concept(g, uris, 'challenge', c.number, { nl: c.title_nl, en: c.title_en }, { nl: c.description_nl, en: c.description_en }, true)
        .ref('skos', 'broadMatch', uris.thing('pillar', c.pillar));
      bilingual(s, 'skos', 'scopeNote', c.why_nl, c.why_en);
      fromStudy(s, uris, c.source);
    }
    return g.quads;
  },
};

export const recommendationType: PublicEntityType = {
  type: 'recommendation',
  dataset: 'framework',
  page: (id) => `/recommendations/${encodeURIComponent(id)}`,
  async ids(db, after, limit) {
    const rows = await db.selectFrom('recommendations').select('code').execute();
    return pageOf(rows.map((r) => r.code), after, limit);
  },
  async describe(db, ids, uris) {
    const codes = [...new Set(ids)];
    if (!codes.length) return [];
    const [rows, challenges, pillars] = await Promise.all([
      db.selectFrom('recommendations').selectAll().where('code', 'in', codes).execute(),
      db.selectFrom('recommendation_challenges').selectAll().where('recommendation_code', 'in', codes).execute(),
      db.selectFrom('recommendation_pillars').selectAll().where('recommendation_code', 'in', codes).execute(),
    ]);
    const g = new Graph();
    for (const r of rows) {
      const s = concept(g, uris, 'recommendation', r.code, { nl: r.title_nl, en: r.title_en }, { nl: r.description_nl, en: r.description_en }, r.parent_code === null);
      s.ref('skos', 'broader', r.parent_code ? uris.thing('recommendation', r.parent_code) : null);
      for (const c of challenges.filter((x) => x.recommendation_code === r.code)) s.ref('skos', 'related', uris.thing('challenge', c.challenge));
      for (const p of pillars.filter((x) => x.recommendation_code === r.code)) s.ref('skos', 'related', uris.thing('pillar', p.pillar));
      fromStudy(s, uris, r.source);
    }
    return g.quads;
  },
};

/** The dimensions of the newest published maturity model; drafts stay out. */
async function publishedModel(db: Db) {
  return db.selectFrom('maturity_models').select(['id', 'version', 'published_at']).where('status', '=', 'published')
    .orderBy('version', 'desc').limit(1).executeTakeFirst();
}

export const maturityDimensionType: PublicEntityType = {
  type: 'maturity-dimension',
  dataset: 'framework',
  page: () => '/maturity/model',
  async ids(db, after, limit) {
    const model = await publishedModel(db);
    if (!model) return [];
    const rows = await db.selectFrom('maturity_dimensions').select('code').where('model_id', '=', model.id).execute();
    return pageOf(rows.map((r) => r.code), after, limit);
  },
  async describe(db, ids, uris) {
    const model = await publishedModel(db);
    const codes = [...new Set(ids)];
    if (!model || !codes.length) return [];
    const rows = await db.selectFrom('maturity_dimensions').selectAll().where('model_id', '=', model.id).where('code', 'in', codes).execute();
    const g = new Graph();
    for (const d of rows) {
      concept(g, uris, 'maturity-dimension', d.code, { nl: d.name_nl, en: d.name_en }, { nl: d.description_nl, en: d.description_en }, true)
        .typed('ext', 'position', d.position, 'integer')
        .typed('owl', 'versionInfo', model.version, 'integer');
    }
    return g.quads;
  },
};

/** A concept scheme: its labels and its top concepts (the concepts themselves have their own URIs). */
export async function describeScheme(uris: Uris, type: string, label: { nl: string; en: string }, topIds: readonly string[], derivedFromStudy: boolean) {
  const g = new Graph();
  const s = g.subject(uris.collection(type)).type('skos', 'ConceptScheme');
  bilingual(s, 'skos', 'prefLabel', label.nl, label.en);
  for (const id of topIds) s.ref('skos', 'hasTopConcept', uris.thing(type, id));
  if (derivedFromStudy) s.ref('prov', 'wasDerivedFrom', uris.collection('study'));
  return g.quads;
}

export const FRAMEWORK_SCHEMES = {
  pillar: { label: { nl: 'Pijlers van transitiesturing', en: 'Pillars of transition steering' }, fromStudy: true },
  challenge: { label: { nl: 'Uitdagingen voor de digitale transformatie', en: 'Challenges of the digital transformation' }, fromStudy: true },
  recommendation: { label: { nl: 'Aanbevelingen', en: 'Recommendations' }, fromStudy: true },
  'maturity-dimension': { label: { nl: 'Dimensies van digitale maturiteit', en: 'Dimensions of digital maturity' }, fromStudy: false },
} as const;

/** The top concepts of a framework scheme: every entry, except sub-recommendations (they sit under R1-R5). */
export async function frameworkTopIds(db: Db, type: keyof typeof FRAMEWORK_SCHEMES): Promise<string[]> {
  if (type === 'recommendation') {
    return (await db.selectFrom('recommendations').select('code').where('parent_code', 'is', null).orderBy('position').execute()).map((r) => r.code);
  }
  const all: string[] = [];
  const entity = { pillar: pillarType, challenge: challengeType, 'maturity-dimension': maturityDimensionType }[type];
  for (let after: string | null = null; ;) {
    const page: string[] = await entity.ids(db, after, 500);
    all.push(...page);
    if (page.length < 500) return all;
    after = page[page.length - 1]!;
  }
}
