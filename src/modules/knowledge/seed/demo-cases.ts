import type { SeedSet } from '../../../seed/seed-sets.js';

interface DemoCase {
  code: string; title: [string, string]; summary: [string, string];
  sector: string; pillar: number; outcome: 'failure' | 'mixed'; challenges: number[]; dimensions: string[]; subsectors: string[]; technologies: string[];
}

/**
 * Failures and mixed results as the sector would report them, so that a newcomer sees that the
 * knowledge space counts what did not work too (R3: room to fail). Invented, and labelled demo.
 */
const CASES: DemoCase[] = [
  {
    code: 'demo-mislukt-gedeeld-ticketplatform', outcome: 'failure', sector: 'arts', pillar: 4,
    title: ['[demo] Gedeeld ticketplatform voor vijf podia: stopgezet na een jaar', '[demo] A shared ticketing platform for five venues: stopped after a year'],
    summary: [
      'Vijf middelgrote podia kozen samen één ticketplatform om hun publieksdata te delen. Na een jaar stopten ze: elk huis bleef zijn eigen klantvelden gebruiken, de koppeling met de boekhouding kostte meer dan begroot en niemand was eigenaar van het gedeelde profiel. Wat ze meenamen: eerst samen afspraken maken over data en rollen, dan pas een systeem kiezen.',
      'Five mid-sized venues chose one ticketing platform to share audience data. After a year they stopped: each house kept its own customer fields, linking to accounting cost more than budgeted and nobody owned the shared profile. What they took away: agree on data and roles together first, then choose a system.',
    ],
    challenges: [8, 10], dimensions: ['data', 'audience'], subsectors: ['arts'], technologies: ['ticketing_crm', 'data_platform'],
  },
  {
    code: 'demo-mislukt-vr-tentoonstelling', outcome: 'failure', sector: 'heritage', pillar: 5,
    title: ['[demo] VR-tentoonstelling zonder onderhoudsplan', '[demo] A VR exhibition without a maintenance plan'],
    summary: [
      'Een erfgoedhuis bouwde met projectgeld een VR-ervaring. Na de subsidieperiode was er geen budget voor updates; de brillen raakten verouderd en de ervaring ging na anderhalf jaar offline. Les: reken onderhoud en beheer mee in het project, of bouw op gedeelde infrastructuur.',
      'A heritage house built a VR experience with project money. After the grant period there was no budget for updates; the headsets aged and the experience went offline after eighteen months. Lesson: budget maintenance into the project, or build on shared infrastructure.',
    ],
    challenges: [6, 12], dimensions: ['infrastructure', 'value'], subsectors: ['heritage'], technologies: ['vr_ar'],
  },
  {
    code: 'demo-gemengd-open-collectiedata', outcome: 'mixed', sector: 'heritage', pillar: 3,
    title: ['[demo] Collectiedata open gezet: veel hergebruik, weinig verrijking', '[demo] Collection data opened: much reuse, little enrichment'],
    summary: [
      'Een stedelijk museum publiceerde zijn collectiedata als linked open data met persistente URI\'s. Ontwikkelaars en onderwijs hergebruikten ze volop; de hoop dat vrijwilligers de beschrijvingen zouden verrijken kwam niet uit, omdat een eenvoudige invoerweg ontbrak.',
      'A city museum published its collection data as linked open data with persistent URIs. Developers and schools reused it widely; the hope that volunteers would enrich the descriptions did not come true, because a simple way to contribute was missing.',
    ],
    challenges: [9], dimensions: ['data', 'infrastructure'], subsectors: ['heritage'], technologies: ['linked_data', 'persistent_identifiers'],
  },
];

export const demoCasesSeed: SeedSet = {
  name: 'demo-cases',
  demo: true,
  async load(tx) {
    for (const c of CASES) {
      if (await tx.selectFrom('cases').select('id').where('code', '=', c.code).executeTakeFirst()) continue;
      const { id } = await tx.insertInto('cases').values({
        code: c.code, title_nl: c.title[0], title_en: c.title[1], summary_nl: c.summary[0], summary_en: c.summary[1],
        country: 'BE', region: 'Vlaanderen', sector: c.sector, pillar: c.pillar, url: null, source: 'demo', is_demo: true,
        outcome: c.outcome, subsectors: c.subsectors, technologies: c.technologies,
      }).returning('id').executeTakeFirstOrThrow();
      await tx.insertInto('case_challenges').values(c.challenges.map((challenge) => ({ case_id: id, challenge }))).execute();
      await tx.insertInto('case_dimensions').values(c.dimensions.map((dimension_code) => ({ case_id: id, dimension_code }))).execute();
    }
  },
};
