import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { SeedSet } from '../../../seed/seed-sets.js';
import { DIMENSION_CODES } from '../../maturity/model.js';
import { KPI_SOURCE, kpiCode } from '../constants.js';
import { DIMENSION_NAMES } from '../dimension-names.js';

/**
 * Six KPIs, one per maturity dimension: the sector's median level, measured once a year from the
 * self-assessments (R4.1 asks for a baseline of digital competence and progress against it). The
 * transition team feeds them from the sector baseline page; DCJM, quartermaster of the
 * transition team, owns them. Real KPIs (not demo): without measurements until fed.
 */
export const maturityKpisSeed: SeedSet = {
  name: 'maturity-kpis',
  async load(tx: Transaction<Database>) {
    const owner = await tx.selectFrom('actors').select('id').where('code', '=', 'dcjm').executeTakeFirst();
    const instrument = await tx.selectFrom('instruments').select('id').where('code', '=', 'self-assessment-tool').executeTakeFirst();
    for (const code of DIMENSION_CODES) {
      const name = DIMENSION_NAMES[code];
      const exists = await tx.selectFrom('kpis').select('id').where('code', '=', kpiCode(code)).executeTakeFirst();
      if (exists) continue;
      const { id } = await tx.insertInto('kpis').values({
        code: kpiCode(code),
        name_nl: `Mediaan maturiteitsniveau: ${name.nl.toLowerCase()}`,
        name_en: `Median maturity level: ${name.en.toLowerCase()}`,
        definition_nl: `Het mediaan maturiteitsniveau (0 tot 5) van de cultuurorganisaties voor de dimensie "${name.nl}", uit de zelfevaluatie digitale maturiteit: per organisatie de laatste ingediende evaluatie van het jaar. Groepen van minder dan vijf organisaties worden niet gepubliceerd. Demogegevens tellen niet mee.`,
        definition_en: `The median maturity level (0 to 5) of cultural organisations in the dimension "${name.en}", from the digital maturity self-assessment: per organisation the last assessment submitted in the year. Groups of fewer than five organisations are not published. Demo data does not count.`,
        unit: 'level', direction: 'increase', frequency: 'annual', source: KPI_SOURCE, owner_actor_id: owner?.id ?? null,
        baseline_value: null, baseline_date: null, is_demo: false,
      }).returning('id').executeTakeFirstOrThrow();
      if (instrument) await tx.insertInto('kpi_instruments').values({ kpi_id: id, instrument_id: instrument.id }).execute();
    }
  },
};
