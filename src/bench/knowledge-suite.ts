import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { SUBSECTORS } from '../catalog/types.js';
import { insertKnowledgeBenchData } from '../modules/knowledge/bench-dataset.js';
import { DIMENSION_CODES } from '../modules/maturity/index.js';
import { createSession } from '../plugins/auth.js';
import { rng, type Rng } from './random.js';
import { browserCookies } from './writer.js';
import type { Endpoint } from './endpoint.js';
import { accepted, failed, writeLoop, type Writer } from './write-loop.js';

/**
 * The knowledge space at sector scale, labelled synthetic: 15,000 cases and 5,000 published
 * lessons (20,000 in all) and 10,000 learning opportunities from the knowledge module's
 * generator, and 500 guide questions of 100 synthetic organisations with one member whose
 * session the benchmark uses. The search read model fills itself through its triggers.
 * A question's text is worded as a reader would ask it: the label is on its organisation (named
 * "[synthetic] ...", flagged as demo, so its pages say so), not in the words, where a term that
 * every synthetic record holds would match the whole corpus as no real question does.
 *
 * Wiring (in run.ts, left to its owner): call generateKnowledgeDataset after the base dataset
 * (it needs the study seed and the maturity model for the questions' dimensions), add
 * knowledgeEndpoints(r, dataset) to the endpoints with a 'knowledge' suite, and run
 * startLearningWriter(app, teamHeaders, 2) as that suite's writer.
 */
export const KNOWLEDGE_SIZE = { cases: 15_000, lessons: 5_000, learning: 10_000, organisations: 100, questions: 500 } as const;

export interface KnowledgeDataset { cases: number; lessons: number; learning: number; questions: number[]; memberCookie: string; searchDocuments: number }

export async function generateKnowledgeDataset(db: Db): Promise<KnowledgeDataset> {
  const made = await insertKnowledgeBenchData(db, { cases: KNOWLEDGE_SIZE.cases, lessons: KNOWLEDGE_SIZE.lessons, learning: KNOWLEDGE_SIZE.learning, seed: 2021 });
  const r = rng(55);
  const { id: userId } = await db.insertInto('users').values({
    email: 'synthetic-guide-member@example.org', display_name: '[synthetic] Wegwijzer-lid', password_hash: 'synthetic-without-login', role: 'org_member', created_at: new Date(), updated_at: new Date(),
  }).returning('id').executeTakeFirstOrThrow();
  const orgs = await db.insertInto('organisations').values(Array.from({ length: KNOWLEDGE_SIZE.organisations }, (_, i) => ({
    name: `[synthetic] Wegwijzerorganisatie ${i + 1}`, subsector: SUBSECTORS[i % SUBSECTORS.length]!, staff_class: '5-19' as const, budget_class: '250k-1m' as const,
    province: 'antwerpen' as const, municipality: 'Antwerpen', legal_form: 'vzw' as const, funding_framework: 'none' as const, contactable: i % 3 === 0, is_demo: true,
  }))).returning('id').execute();
  await db.insertInto('organisation_members').values(orgs.map((o) => ({ organisation_id: o.id, user_id: userId, role: 'owner' as const }))).execute();
  const questions = await db.insertInto('guide_questions').values(Array.from({ length: KNOWLEDGE_SIZE.questions }, (_, i) => ({
    organisation_id: orgs[i % orgs.length]!.id, asked_by: userId, question: `${r.pick(QUESTION_OPENINGS)} ${r.pick(QUERIES)}?`,
    dimension_code: r.chance(0.8) ? r.pick(DIMENSION_CODES) : null, level: r.chance(0.5) ? r.int(0, 3) : null, visible_to_providers: r.chance(0.5),
  }))).returning('id').execute();
  const session = await createSession(db, userId, 24);
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from search_documents`.execute(db);
  return { cases: made.cases, lessons: made.lessons, learning: made.learning, questions: questions.map((q) => q.id), memberCookie: browserCookies(session.token), searchDocuments: rows[0]?.n ?? 0 };
}

const QUESTION_OPENINGS = ['Hoe pakken we', 'Wie helpt ons met', 'Waar beginnen we met', 'Welke opleiding bestaat er over', 'Wie heeft ervaring met'];

/** Typical Dutch searches of the sector: inflected forms, two-word queries, a phrase, an or. */
export const QUERIES = [
  'digitaliseren', 'digitalisering', 'archief', 'archieven', 'archief digitaliseren', 'collectie', 'collecties ontsluiten', 'erfgoed', 'erfgoedcollecties',
  'metadata', 'metadata standaarden', 'open data', 'publiekswerking', 'publiek bereiken', 'publieksgegevens', 'ticketing', 'bewaring', 'duurzaam bewaren',
  'digitale bewaring', 'audiovisueel', 'beeldbank', 'bibliotheek', 'bibliotheken', 'vrijwilligers', 'samenwerking', 'samenwerken', 'hergebruik', 'auteursrecht',
  'rechten', 'registratie', 'collectieregistratie', 'workshop', 'opleiding', 'leiderschap', 'digitaal leiderschap', 'cloud', 'podiumkunsten', 'tentoonstellingen',
  'rondleidingen', 'gedeelde dienst', '"open api"', 'archief or collectie', 'verhalen', 'programmering', 'lerend netwerk',
];

/** Search (page and API) with queries and filters drawn as readers vary them, and the guide's proposals for varying questions. */
export function knowledgeEndpoints(r: Rng, dataset: KnowledgeDataset): Endpoint<'knowledge'>[] {
  const searchQuery = () => {
    const p = new URLSearchParams({ q: r.pick(QUERIES), lang: r.chance(0.8) ? 'nl' : 'en' });
    if (r.chance(0.25)) p.set('type', r.pick(['case', 'lesson', 'learning', 'actor', 'instrument', 'call']));
    if (r.chance(0.15)) p.set('dimension', r.pick(DIMENSION_CODES));
    if (r.chance(0.15)) p.set('subsector', r.pick(SUBSECTORS));
    if (r.chance(0.1)) p.set('pillar', String(r.int(1, 5)));
    if (r.chance(0.1)) p.set('upcoming', 'true');
    if (r.chance(0.2)) p.set('page', String(r.int(2, 4)));
    return p.toString();
  };
  const member = { cookie: dataset.memberCookie };
  return [
    { key: 'search-api', label: 'GET /api/search?q&<filters> (20,000 cases and lessons, 10,000 learning)', suite: 'knowledge', sample: '/api/search?q=digitaliseren', path: () => `/api/search?${searchQuery()}` },
    { key: 'search-page', label: 'GET /search?q&<filters> (HTML)', suite: 'knowledge', sample: '/search?q=archief', path: () => `/search?${searchQuery()}` },
    { key: 'guide-question-api', label: 'GET /api/guide/questions/:id (proposals, member)', suite: 'knowledge', headers: member,
      sample: `/api/guide/questions/${dataset.questions[0]}`, path: () => `/api/guide/questions/${r.pick(dataset.questions)}?lang=${r.chance(0.8) ? 'nl' : 'en'}` },
    { key: 'guide-question-page', label: 'GET /guide/questions/:id (HTML, member)', suite: 'knowledge', headers: member,
      sample: `/guide/questions/${dataset.questions[0]}`, path: () => `/guide/questions/${r.pick(dataset.questions)}` },
  ];
}

/**
 * Adds learning opportunities through the API while the readers run (the team's account), and
 * checks that the very next search for the new record's own word finds it: a cached result that
 * survived the write would count as a stale read.
 */
export async function startLearningWriter(base: string, headers: Record<string, string>, perSecond: number): Promise<Writer> {
  const json = { ...headers, 'content-type': 'application/json' };
  let n = 0;
  return writeLoop(perSecond, async () => {
    const word = `benchmarkworkshop${++n}x${Date.now() % 100_000}`;
    const res = await fetch(`${base}/api/learning`, {
      method: 'POST', headers: json,
      body: JSON.stringify({ title: { nl: `[synthetic] Workshop ${word} over digitaliseren`, en: `[synthetic] Workshop ${word} on digitising` }, kind: 'workshop', provider: 'meemoo', online: true }),
    });
    if (!await accepted(res, 'learning')) return 'conflict';
    const found = await (await fetch(`${base}/api/search?q=${word}`)).json() as { total: number };
    const page = await (await fetch(`${base}/search?q=${word}`)).text();
    return failed(found.total === 1 && page.includes(word));
  });
}
