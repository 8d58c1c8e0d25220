import type { Db } from '../../db/database.js';
import { rng, type Rng } from '../../bench/random.js';
import { DIMENSION_CODES, LEARNING_KINDS, SUBSECTORS, TECHNOLOGIES } from './constants.js';

/**
 * Synthetic knowledge for the benchmark, clearly labelled: every record is is_demo = true and its
 * title starts with "[synthetic]". The Dutch texts mix the inflected forms a reader types
 * (digitalisering, digitaliseren, gedigitaliseerd; archief, archieven) so that a search without
 * Dutch stemming misses what it should find. Deterministic for a given seed.
 */
export interface KnowledgeBenchOptions { cases: number; learning: number; lessons?: number; seed?: number; today?: string }
export interface KnowledgeBenchResult { cases: number; failures: number; learning: number; lessons: number }

const ACTIONS = ['Digitalisering van', 'Digitaliseren van', 'Gedigitaliseerde', 'Ontsluiting van', 'Ontsluiten van', 'Bewaring van', 'Duurzaam bewaren van', 'Publiekswerking rond', 'Samenwerking rond', 'Hergebruik van', 'Registratie van', 'Beschrijving van'];
const OBJECTS = ['archieven', 'het archief', 'collecties', 'de collectie', 'erfgoedcollecties', 'beeldbanken', 'audiovisueel materiaal', 'podiumkunstenarchieven', 'bibliotheekcollecties', 'metadata', 'publieksgegevens', 'voorstellingen', 'tentoonstellingen', 'verhalen van vrijwilligers'];
const PLACES = ['in Gent', 'in Antwerpen', 'in Brugge', 'in Leuven', 'in Hasselt', 'in Mechelen', 'in Kortrijk', 'in de Kempen', 'in Brussel', 'in het Waasland', 'in Oostende', 'in Limburg'];
const SENTENCES = [
  'De organisatie digitaliseerde haar archief stap voor stap en beschreef elk stuk met gedeelde standaarden.',
  'Vrijwilligers hielpen bij het digitaliseren van foto\'s, brieven en affiches uit de archieven.',
  'De publiekswerking gebruikte de gedigitaliseerde collecties voor nieuwe rondleidingen en workshops.',
  'Door samen te werken met de bibliotheek bereikten de musea een nieuw publiek.',
  'De metadata werden via een open API ontsloten zodat anderen ze kunnen hergebruiken.',
  'De duurzame bewaring liep via een gedeelde dienst in plaats van eigen servers.',
  'Het project toonde dat digitalisering zonder plan voor bewaring weinig oplevert.',
  'Publieksgegevens hielpen om de programmering beter af te stemmen op bezoekers.',
  'De ticketing en de publiekswerking gebruikten voortaan dezelfde gegevens.',
  'Erfgoedorganisaties deelden hun ervaringen met archivering in een lerend netwerk.',
];
const FAILED = [
  'Wat misliep: de eigen software werd na een jaar niet meer onderhouden en de gegevens raakten verloren.',
  'Wat misliep: het archief werd gedigitaliseerd zonder afspraken over rechten, zodat niets online mocht.',
  'Wat misliep: de app trok nauwelijks gebruikers omdat het publiek niet betrokken werd.',
];
const LEARNING_TOPICS = ['digitalisering', 'archiefbeheer', 'archivering van e-mail', 'publiekswerking online', 'metadata en standaarden', 'duurzame digitale bewaring', 'auteursrecht en hergebruik', 'publieksdata lezen', 'digitaal leiderschap', 'samenwerken in de cloud', 'collectieregistratie', 'digitaliseren met vrijwilligers'];
const CITIES = ['Gent', 'Antwerpen', 'Brussel', 'Leuven', 'Hasselt', 'Brugge', 'Mechelen', 'Kortrijk'];
const COUNTRIES = ['BE', 'BE', 'BE', 'NL', 'DE', 'DK', 'FR', 'EU'];
const SECTORS = ['heritage', 'arts', 'culture', 'creative_industries', 'government'];
const BATCH = 1000;

const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

async function inBatches<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

function caseTitle(r: Rng) {
  return `${r.pick(ACTIONS)} ${r.pick(OBJECTS)} ${r.pick(PLACES)}`;
}

/**
 * Inserts `cases` synthetic cases (tagged; one in six a failure, about one in fifteen mixed), `learning`
 * learning opportunities spread over two years around `today`, and optionally `lessons`
 * published lessons. Call `catalog.reloadAll()` (or start the server) afterwards: the case
 * library reads cases from memory.
 */
export async function insertKnowledgeBenchData(db: Db, options: KnowledgeBenchOptions): Promise<KnowledgeBenchResult> {
  const r = rng(options.seed ?? 2021);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const start = Number((await db.selectFrom('cases').select((eb) => eb.fn.max('id').as('m')).executeTakeFirstOrThrow()).m ?? 0);
  const actors = await db.selectFrom('actors').select(['id', 'name']).where('retired_at', 'is', null).where('is_demo', '=', false).orderBy('id').execute();

  let failures = 0;
  const cases = Array.from({ length: options.cases }, (_, i) => {
    const outcome = i % 6 === 0 ? 'failure' as const : i % 10 === 0 ? 'mixed' as const : 'inspiring' as const;
    if (outcome === 'failure') failures++;
    const title = caseTitle(r);
    const body = [r.pick(SENTENCES), r.pick(SENTENCES), ...(outcome === 'inspiring' ? [] : [r.pick(FAILED)])].join(' ');
    return {
      code: `synthetic-case-${start + i + 1}`, title_nl: `[synthetic] ${cap(title)}`, title_en: `[synthetic] Case ${start + i + 1}: digitisation and archives`,
      summary_nl: body, summary_en: 'Synthetic case for the benchmark.', country: r.pick(COUNTRIES), region: null, sector: r.pick(SECTORS),
      pillar: r.int(1, 5), outcome, subsectors: r.sample(SUBSECTORS, r.int(1, 2)), technologies: r.sample(TECHNOLOGIES, r.int(0, 3)),
      maintained_by_actor_id: actors.length && r.chance(0.3) ? r.pick(actors).id : null, source: 'synthetic benchmark data', is_demo: true,
    };
  });
  const caseIds: number[] = [];
  await inBatches(cases, async (chunk) => { caseIds.push(...(await db.insertInto('cases').values(chunk).returning('id').execute()).map((x) => x.id)); });
  const links = caseIds.flatMap((id) => r.sample(Array.from({ length: 14 }, (_, k) => k + 1), r.int(1, 3)).map((challenge) => ({ case_id: id, challenge })));
  await inBatches(links, (chunk) => db.insertInto('case_challenges').values(chunk).execute());
  const dims = caseIds.flatMap((id) => r.sample(DIMENSION_CODES, r.int(1, 2)).map((dimension_code) => ({ case_id: id, dimension_code })));
  await inBatches(dims, (chunk) => db.insertInto('case_dimensions').values(chunk).execute());

  const learning = Array.from({ length: options.learning }, () => {
    const provider = actors.length ? r.pick(actors) : null;
    const starts = addDays(today, r.int(-365, 365));
    const online = r.chance(0.4);
    const from = r.int(0, 3);
    return {
      title_nl: `[synthetic] ${cap(r.pick(LEARNING_TOPICS))} voor ${r.pick(OBJECTS)}`, title_en: '[synthetic] Learning opportunity on digitisation',
      summary_nl: `${r.pick(SENTENCES)} ${r.pick(SENTENCES)}`, summary_en: 'Synthetic learning opportunity for the benchmark.',
      kind: r.pick(LEARNING_KINDS), provider_actor_id: provider?.id ?? null, provider_name: provider?.name ?? '[synthetic] aanbieder',
      starts_on: starts, ends_on: r.chance(0.5) ? addDays(starts, r.int(0, 120)) : null, place: online ? null : r.pick(CITIES), online,
      dimension_code: r.chance(0.85) ? r.pick(DIMENSION_CODES) : null, level_from: from, level_to: Math.min(5, from + r.int(1, 3)),
      subsectors: r.sample(SUBSECTORS, r.int(0, 2)), pillars: r.sample([1, 2, 3, 4, 5], r.int(0, 2)), is_demo: true,
    };
  });
  await inBatches(learning, (chunk) => db.insertInto('learning_opportunities').values(chunk).execute());

  const lessonCount = options.lessons ?? 0;
  const lessonStart = Number((await db.selectFrom('lessons').select((eb) => eb.fn.max('id').as('m')).executeTakeFirstOrThrow()).m ?? 0);
  const lessons = Array.from({ length: lessonCount }, (_, i) => ({
    code: `synthetic-lesson-${lessonStart + i + 1}`, title: `[synthetic] Leerles: ${caseTitle(r)}`, summary: `${r.pick(SENTENCES)} ${r.pick(SENTENCES)}`,
    what_worked: r.pick(SENTENCES), what_failed: r.pick(FAILED), language: 'nl' as const,
    pillars: r.sample([1, 2, 3, 4, 5], r.int(1, 2)), challenges: r.sample(Array.from({ length: 14 }, (_, k) => k + 1), r.int(1, 2)),
    dimension_codes: r.sample(DIMENSION_CODES, r.int(1, 2)), subsectors: r.sample(SUBSECTORS, r.int(1, 2)), technologies: r.sample(TECHNOLOGIES, r.int(0, 2)),
    published_at: new Date(Date.parse(`${addDays(today, -r.int(0, 700))}T10:00:00Z`)), is_demo: true,
  }));
  await inBatches(lessons, (chunk) => db.insertInto('lessons').values(chunk).execute());

  return { cases: caseIds.length, failures, learning: learning.length, lessons: lessons.length };
}
