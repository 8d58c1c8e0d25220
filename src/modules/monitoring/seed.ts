import type { Insertable, Transaction } from 'kysely';
import type { Database, MeasurementsTable } from '../../db/schema.js';
import type { SeedSet } from '../../seed/seed-sets.js';
import { PROVINCES, SUBSECTORS, type Frequency } from './constants.js';
import { periodStart } from './periods.js';

/** A small deterministic generator: the demo data is the same on every start. */
function generator(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits;
const SOURCE = 'Demogegevens (fictief), niet uit de studie';

interface DemoKpi {
  code: string; name: { nl: string; en: string }; definition: { nl: string; en: string };
  unit: string; direction: 'increase' | 'decrease'; frequency: Frequency; owner: string; instruments: string[];
  /** Demo action lines of the follow-up cycle's demo data; linked when they are there. */
  actionLines: string[];
  baseline: { value: number; date: string }; targets: Record<number, number>;
  /** Totals per period; the breakdowns are drawn around them. */
  totals: Array<[string, number]>;
  subsectors: readonly string[]; provinces: boolean; digits: number;
  /** How a breakdown relates to the total: a share of it (counts) or a value near it (rates). */
  split: 'share' | 'near';
}

const years = (from: number, values: number[]): Array<[string, number]> => values.map((v, i) => [String(from + i), v]);
const quarters = (from: number, values: number[]): Array<[string, number]> => values.map((v, i) => [`${from + Math.floor(i / 4)}-Q${(i % 4) + 1}`, v]);
const months = (from: number, values: number[]): Array<[string, number]> => values.map((v, i) => [`${from + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`, v]);

const KPIS: DemoKpi[] = [
  {
    code: 'demo-digital-strategy-share',
    name: { nl: '[demo] Aandeel organisaties met een digitale strategie', en: '[demo] Share of organisations with a digital strategy' },
    definition: {
      nl: 'Demo-indicator. Het aandeel van de gesubsidieerde cultuurorganisaties dat een door het bestuur goedgekeurde digitale strategie heeft, volgens een jaarlijkse bevraging.',
      en: 'Demo indicator. The share of subsidised cultural organisations with a digital strategy approved by their board, from an annual survey.',
    },
    unit: '%', direction: 'increase', frequency: 'annual', owner: 'dcjm', instruments: ['self-assessment-tool', 'digital-leadership-training'], actionLines: ['demo-digitale-competenties'],
    baseline: { value: 23, date: '2021-06-30' }, targets: { 2025: 40, 2026: 50, 2027: 60 },
    totals: years(2021, [23, 27, 31, 36, 41]), subsectors: SUBSECTORS, provinces: true, digits: 1, split: 'near',
  },
  {
    code: 'demo-self-assessments',
    name: { nl: '[demo] Aantal organisaties dat de zelfevaluatie invulde', en: '[demo] Number of organisations that took the self-assessment' },
    definition: {
      nl: 'Demo-indicator. Het totale aantal verschillende organisaties dat de zelfevaluatie digitale maturiteit minstens één keer invulde, aan het einde van elk kwartaal.',
      en: 'Demo indicator. The total number of different organisations that completed the digital maturity self-assessment at least once, at the end of each quarter.',
    },
    unit: 'organisations', direction: 'increase', frequency: 'quarterly', owner: 'cultuurconnect', instruments: ['self-assessment-tool'], actionLines: ['demo-digitale-competenties'],
    baseline: { value: 40, date: '2023-01-01' }, targets: { 2025: 600, 2026: 900, 2027: 1200 },
    totals: quarters(2023, [65, 120, 180, 240, 300, 350, 410, 470, 540, 600, 650, 700, 760, 850, 930]), subsectors: [], provinces: true, digits: 0, split: 'share',
  },
  {
    code: 'demo-europeana-aggregation-share',
    name: { nl: '[demo] Aandeel collecties geaggregeerd naar Europeana', en: '[demo] Share of collections aggregated to Europeana' },
    definition: {
      nl: 'Demo-indicator. Het aandeel van de gedigitaliseerde collectiestukken van Vlaamse erfgoedcollecties dat via een aggregator in Europeana beschikbaar is.',
      en: 'Demo indicator. The share of digitised collection items of Flemish heritage collections that is available in Europeana through an aggregator.',
    },
    unit: '%', direction: 'increase', frequency: 'annual', owner: 'meemoo', instruments: ['management-agreement-meemoo', 'oslo-cultural-heritage'], actionLines: ['demo-basisinfrastructuur'],
    baseline: { value: 12, date: '2020-12-31' }, targets: { 2025: 20, 2026: 24, 2027: 28 },
    totals: years(2020, [12, 13, 15, 16, 18, 19]), subsectors: ['heritage', 'libraries_cultural_centres', 'arts', 'film'], provinces: false, digits: 1, split: 'near',
  },
  {
    code: 'demo-helpdesk-response-days',
    name: { nl: '[demo] Doorlooptijd van een vraag aan het loket digitale transformatie', en: '[demo] Time to answer a question to the digital transformation desk' },
    definition: {
      nl: 'Demo-indicator. Het gemiddelde aantal kalenderdagen tussen een vraag van een organisatie en het eerste inhoudelijke antwoord, per maand. Lager is beter.',
      en: 'Demo indicator. The average number of calendar days between a question from an organisation and the first answer on substance, per month. Lower is better.',
    },
    unit: 'days', direction: 'decrease', frequency: 'monthly', owner: 'cultuurconnect', instruments: [], actionLines: [],
    baseline: { value: 14, date: '2024-01-31' }, targets: { 2025: 10, 2026: 7, 2027: 5 },
    totals: months(2024, Array.from({ length: 34 }, (_, i) => round(14 - i * 0.2 + ((i * 7) % 5 - 2) * 0.3, 1))),
    subsectors: [], provinces: false, digits: 1, split: 'near',
  },
];

/** Four clearly labelled demo KPIs with a baseline, targets 2025-2027 and a few years of measurements. */
export const demoMonitoringSeed: SeedSet = {
  name: 'demo-monitoring',
  demo: true,
  async load(tx: Transaction<Database>) {
    const actors = new Map((await tx.selectFrom('actors').select(['id', 'code']).execute()).map((a) => [a.code, a.id]));
    const instruments = new Map((await tx.selectFrom('instruments').select(['id', 'code']).execute()).map((i) => [i.code, i.id]));
    const lines = new Map((await tx.selectFrom('action_lines').select(['id', 'code']).execute()).map((l) => [l.code, l.id]));
    const random = generator(20210129);
    for (const k of KPIS) {
      const { id } = await tx.insertInto('kpis').values({
        code: k.code, name_nl: k.name.nl, name_en: k.name.en, definition_nl: k.definition.nl, definition_en: k.definition.en,
        unit: k.unit, direction: k.direction, frequency: k.frequency, source: SOURCE, owner_actor_id: actors.get(k.owner) ?? null,
        baseline_value: k.baseline.value, baseline_date: k.baseline.date, is_demo: true,
      }).returning('id').executeTakeFirstOrThrow();
      const linked = k.instruments.map((c) => instruments.get(c)).filter((i): i is number => i !== undefined);
      if (linked.length) await tx.insertInto('kpi_instruments').values(linked.map((instrument_id) => ({ kpi_id: id, instrument_id }))).execute();
      const linkedLines = k.actionLines.map((c) => lines.get(c)).filter((l): l is number => l !== undefined);
      if (linkedLines.length) await tx.insertInto('kpi_action_lines').values(linkedLines.map((action_line_id) => ({ kpi_id: id, action_line_id }))).execute();
      await tx.insertInto('kpi_targets').values(Object.entries(k.targets).map(([year, value]) => ({ kpi_id: id, year: Number(year), value }))).execute();
      const rows: Array<Insertable<MeasurementsTable>> = [];
      const add = (period: string, value: number, subsector: string, province: string) => rows.push({
        kpi_id: id, period, period_start: periodStart(k.frequency, period)!, value: round(value, k.digits), unit: k.unit,
        subsector, province, source: SOURCE, confidence: subsector || province ? 'medium' : 'high', note: '', import_id: null,
      });
      // Each subsector and province keeps its own level over time, with a little noise per period.
      const levels = new Map([...k.subsectors, ...(k.provinces ? PROVINCES : [])].map((code) => [code, 0.6 + 0.8 * random()]));
      const breakdown = (period: string, total: number, codes: readonly string[], kind: 'subsector' | 'province') => {
        const weights = codes.map((code) => levels.get(code)! * (0.97 + 0.06 * random()));
        const sum = weights.reduce((a, b) => a + b, 0);
        codes.forEach((code, i) => {
          const value = k.split === 'share' ? total * weights[i]! / sum : Math.max(0, total * weights[i]!);
          add(period, value, kind === 'subsector' ? code : '', kind === 'province' ? code : '');
        });
      };
      for (const [period, total] of k.totals) {
        add(period, total, '', '');
        if (k.subsectors.length) breakdown(period, total, k.subsectors, 'subsector');
        if (k.provinces) breakdown(period, total, PROVINCES, 'province');
      }
      await tx.insertInto('measurements').values(rows).execute();
    }
  },
};
