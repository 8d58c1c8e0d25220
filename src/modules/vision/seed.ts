import type { SeedSet } from '../../seed/seed-sets.js';
import { ENDORSEMENT_KPI } from './constants.js';
import { seedDemoPaths } from './seed/demo-paths.js';
import { seedDemoScenarios } from './seed/demo-scenarios.js';
import { seedDemoVision } from './seed/demo-vision.js';

/**
 * The KPI that makes the sector's commitment measurable (issue 7: endorsing organisations by
 * subsector, for the follow-up cycle). Real, not demo: its measurements are written by the team
 * from real endorsements only.
 */
const kpiSeed: SeedSet = {
  name: 'vision-kpi',
  async load(tx) {
    if (await tx.selectFrom('kpis').select('id').where('code', '=', ENDORSEMENT_KPI).executeTakeFirst()) return;
    const owner = await tx.selectFrom('actors').select('id').where('code', '=', 'dcjm').executeTakeFirst();
    await tx.insertInto('kpis').values({
      code: ENDORSEMENT_KPI,
      name_nl: 'Organisaties die de visie onderschrijven', name_en: 'Organisations that endorse the vision',
      definition_nl: 'Het aantal cultuurorganisaties dat op het einde van het jaar een versie van de visie op de digitale transformatie onderschrijft (eigenaars onderschrijven voor hun organisatie in de consultatieronden), in totaal en per subsector. Teruggetrokken steun telt niet mee; demogegevens nooit.',
      definition_en: 'The number of cultural organisations that endorse a version of the vision on the digital transformation at the end of the year (owners endorse for their organisation in the consultation rounds), in total and per subsector. Withdrawn support does not count; demo data never does.',
      unit: 'organisations', direction: 'increase', frequency: 'annual', source: 'Transitieruimte: endorsements in the vision consultation',
      owner_actor_id: owner?.id ?? null,
    }).execute();
  },
};

const demoVisionSeed: SeedSet = {
  name: 'demo-vision',
  demo: true,
  async load(tx) {
    await seedDemoVision(tx);
    await seedDemoPaths(tx);
    await seedDemoScenarios(tx);
  },
};

export const seedSets: SeedSet[] = [kpiSeed, demoVisionSeed];
