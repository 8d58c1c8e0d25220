import type { Insertable, Transaction } from 'kysely';
import type { AssessmentResultsTable, BudgetClass, Database, FundingFramework, LegalForm, StaffClass } from '../../../db/schema.js';
import type { SeedSet } from '../../../seed/seed-sets.js';
import { currentModelId } from '../../maturity/model.js';
import { PROVINCES, STAFF_CLASSES, SUBSECTORS } from '../constants.js';

/** mulberry32: the demo sector is the same on every start. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
  const weighted = <T>(items: ReadonlyArray<readonly [T, number]>): T => {
    let r = next() * items.reduce((s, [, w]) => s + w, 0);
    for (const [item, w] of items) if ((r -= w) < 0) return item;
    return items[items.length - 1]![0];
  };
  // Sum of three uniforms: a cheap bell curve around 0 with spread about `sd`.
  const normal = (sd: number) => (next() + next() + next() - 1.5) * 2 * sd;
  return { next, pick, weighted, normal };
}

export const DEMO_ORGANISATIONS = 250;

const FUNDING: Record<string, FundingFramework> = {
  arts: 'kunstendecreet', heritage: 'erfgoeddecreet', socio_cultural: 'sociaal_cultureel_volwassenenwerk', circus: 'circusdecreet',
  literature: 'literatuur', film: 'vaf', amateur_arts: 'amateurkunsten', libraries_cultural_centres: 'lokaal_cultuurbeleid',
};
// How common each subsector and province is among the demo organisations; the small ones stay
// small, so that some subsector x province groups have fewer than five members.
const SUBSECTOR_WEIGHTS: Record<string, number> = { arts: 5, heritage: 5, socio_cultural: 4, circus: 1, literature: 1.5, film: 1.5, amateur_arts: 2, libraries_cultural_centres: 4 };
const PROVINCE_WEIGHTS: Record<string, number> = { antwerpen: 5, 'oost-vlaanderen': 4.5, 'west-vlaanderen': 3.5, 'vlaams-brabant': 3, limburg: 2.5, brussel: 1.5 };
const TOWNS: Record<string, string[]> = {
  antwerpen: ['Antwerpen', 'Mechelen', 'Turnhout', 'Geel', 'Lier', 'Mol'],
  limburg: ['Hasselt', 'Genk', 'Tongeren', 'Sint-Truiden', 'Lommel'],
  'oost-vlaanderen': ['Gent', 'Aalst', 'Sint-Niklaas', 'Oudenaarde', 'Dendermonde', 'Eeklo'],
  'vlaams-brabant': ['Leuven', 'Vilvoorde', 'Halle', 'Tienen', 'Diest'],
  'west-vlaanderen': ['Brugge', 'Kortrijk', 'Oostende', 'Roeselare', 'Ieper', 'Veurne'],
  brussel: ['Brussel', 'Anderlecht', 'Schaarbeek', 'Sint-Gillis'],
};
const KINDS: Record<string, string[]> = {
  arts: ['Kunstencentrum', 'Theatergezelschap', 'Muziekensemble', 'Dansgezelschap', 'Kunstwerkplaats'],
  heritage: ['Erfgoedcel', 'Stadsmuseum', 'Archief', 'Erfgoedhuis', 'Documentatiecentrum'],
  socio_cultural: ['Vormingsplus', 'Volkshogeschool', 'Beweging', 'Ontmoetingshuis'],
  circus: ['Circusatelier', 'Circuscentrum', 'Circusgezelschap'],
  literature: ['Literair huis', 'Poëziecentrum', 'Schrijverscollectief'],
  film: ['Filmhuis', 'Productiehuis', 'Filmfestival'],
  amateur_arts: ['Harmonie', 'Amateurtoneel', 'Koorvereniging', 'Fotoclub'],
  libraries_cultural_centres: ['Bibliotheek', 'Cultuurcentrum', 'Gemeenschapscentrum'],
};
const SPIRIT = ['De Brug', 'Het Anker', 'Noorderlicht', 'De Kapel', 'Zuiderkroon', 'De Wissel', 'Het Pakhuis', 'Ringlicht', 'De Spiegel', 'Vrijstaat', 'De Vonk', 'Polderzicht'];
const BUDGET_BY_STAFF: Record<StaffClass, BudgetClass[]> = {
  '0-4': ['lt-250k', 'lt-250k', '250k-1m'], '5-19': ['250k-1m', '250k-1m', '1m-5m'], '20-49': ['1m-5m', '1m-5m', 'gt-5m'], '50+': ['gt-5m', 'gt-5m', '1m-5m'],
};
/** Where each dimension tends to sit relative to an organisation's overall maturity. */
const DIMENSION_OFFSET: Record<string, number> = { audience: 0.1, value: -0.3, operations: 0, data: -0.7, leadership: -0.1, infrastructure: 0.7 };

const clamp = (v: number) => Math.max(0, Math.min(5, Math.round(v)));

/**
 * A demo sector of about 250 organisations for trying benchmarks and the sector baseline: every
 * name starts with "Demo:" and every record is is_demo. Each organisation has 1-3 submitted full
 * assessments between 2024 and today, results only (no answers), mostly at levels 1-3, stronger
 * in infrastructure and weaker in data, improving over time. Needs a published model: without
 * one there is nothing to assess against, and the set loads nothing.
 */
export const demoMaturitySeed: SeedSet = {
  name: 'demo-maturity',
  demo: true,
  async load(tx: Transaction<Database>) {
    const modelId = await currentModelId(tx);
    if (modelId === undefined) return;
    const dims = (await tx.selectFrom('maturity_dimensions').select('code').where('model_id', '=', modelId).orderBy('position').execute()).map((d) => d.code);
    const r = generator(20210129);
    const now = Date.now();
    const names = new Set<string>();

    // The first rounds put at least five in every subsector; the rest follow the weights.
    const subsectors = Array.from({ length: DEMO_ORGANISATIONS }, (_, i) => (i < SUBSECTORS.length * 5
      ? SUBSECTORS[i % SUBSECTORS.length]!
      : r.weighted(SUBSECTORS.map((s) => [s, SUBSECTOR_WEIGHTS[s] ?? 1] as const))));
    const orgs = subsectors.map((subsector, i) => {
      const province = r.weighted(PROVINCES.map((p) => [p, PROVINCE_WEIGHTS[p] ?? 1] as const));
      const town = r.pick(TOWNS[province]!);
      let name = `Demo: ${r.pick(KINDS[subsector]!)} ${r.pick(SPIRIT)} ${town}`;
      if (names.has(name.toLowerCase())) name = `${name} ${i + 1}`;
      names.add(name.toLowerCase());
      const staff = r.weighted(STAFF_CLASSES.map((s, k) => [s, [4, 4, 2, 1][k]!] as const)) as StaffClass;
      const legal: LegalForm = subsector === 'libraries_cultural_centres' ? r.pick(['public', 'autonomous_municipal'] as const) : r.weighted([['vzw', 8], ['foundation', 1], ['association', 1]] as const);
      return {
        name, subsector, staff_class: staff, budget_class: r.pick(BUDGET_BY_STAFF[staff]), province, municipality: town,
        legal_form: legal, funding_framework: FUNDING[subsector] ?? 'other', website: null,
        mission: 'Fictieve demo-organisatie om benchmarks en de sectorbrede nulmeting uit te proberen.',
        share_with_team: r.next() < 0.4, contactable: r.next() < 0.3, is_demo: true,
      };
    });
    const ids: number[] = [];
    for (let i = 0; i < orgs.length; i += 100) {
      ids.push(...(await tx.insertInto('organisations').values(orgs.slice(i, i + 100)).returning('id').execute()).map((o) => o.id));
    }

    const assessments: Array<{ organisation_id: number; submitted: Date; levels: number[]; targets: Array<number | null> }> = [];
    const start2024 = Date.UTC(2024, 0, 10);
    for (const id of ids) {
      const base = 2 + r.normal(0.7);
      const count = 1 + Math.floor(r.next() * 3);
      let at = start2024 + r.next() * 540 * 86400_000;
      for (let k = 0; k < count && at < now; k++) {
        const growth = k * (0.3 + r.next() * 0.3);
        const levels = dims.map((d) => clamp(base + (DIMENSION_OFFSET[d] ?? 0) + growth + r.normal(0.5)));
        const targets = levels.map((l) => (r.next() < 0.8 ? Math.min(5, l + (r.next() < 0.7 ? 1 : 2)) : null));
        assessments.push({ organisation_id: id, submitted: new Date(at), levels, targets });
        at += (240 + r.next() * 180) * 86400_000;
      }
    }
    const results: Array<Insertable<AssessmentResultsTable>> = [];
    for (let i = 0; i < assessments.length; i += 200) {
      const chunk = assessments.slice(i, i + 200);
      const rows = await tx.insertInto('assessments').values(chunk.map((a) => ({
        organisation_id: a.organisation_id, model_id: modelId, kind: 'full' as const, status: 'submitted' as const, started_by: null,
        started_at: new Date(a.submitted.getTime() - 12 * 86400_000), submitted_at: a.submitted, is_demo: true,
      }))).returning('id').execute();
      rows.forEach((row, k) => {
        const a = chunk[k]!;
        dims.forEach((code, d) => {
          const level = a.levels[d]!;
          // One respondent cannot disagree with themself; with more, answers spread a little.
          const respondents = 1 + Math.floor(r.next() * 4);
          const spread = respondents === 1 ? 0 : r.next() < 0.25 ? 2 : r.next() < 0.5 ? 1 : 0;
          const min = Math.max(0, level - Math.ceil(spread / 2));
          const max = Math.min(5, level + Math.floor(spread / 2));
          results.push({
            assessment_id: row.id, dimension_code: code, level, target_level: a.targets[d] ?? null,
            min_level: min, max_level: max, respondents, disagreement: max - min > 1,
          });
        });
      });
    }
    for (let i = 0; i < results.length; i += 1000) await tx.insertInto('assessment_results').values(results.slice(i, i + 1000)).execute();
  },
};
