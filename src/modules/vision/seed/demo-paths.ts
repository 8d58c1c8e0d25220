import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { Horizon } from '../../../db/schema-vision.js';

type Tx = Transaction<Database>;
type Texts = { nl: string; en: string };
interface DemoPath {
  code: string; title: Texts; summary: Texts; pillars: number[]; challenges: number[];
  goals: Record<Horizon, Texts>;
  /** Demo action lines of the follow-up cycle's demo set; a link is skipped when the line is absent. */
  lines: Array<[string, Horizon]>;
}

const demo = (t: Texts): Texts => ({ nl: `[demo] ${t.nl}`, en: `[demo] ${t.en}` });

/** Four demo paths toward the desired state; the last has no action line yet, so the list flags it. */
const PATHS: DemoPath[] = [
  {
    code: 'demo-pad-basisinfrastructuur',
    title: demo({ nl: 'Een gedeelde digitale basisinfrastructuur', en: 'A shared digital basic infrastructure' }),
    summary: { nl: 'Van losse systemen per organisatie naar gedeelde standaarden, aggregatie en duurzame bewaring (aanbeveling 2.2). Fictief voorbeeld.', en: 'From separate systems per organisation to shared standards, aggregation and long-term preservation (recommendation 2.2). Fictitious example.' },
    pillars: [3, 5], challenges: [6, 13],
    goals: {
      2025: { nl: 'De reikwijdte van de basisinfrastructuur ligt vast en een eerste standaard voor collectiedata is aangenomen.', en: 'The scope of the basic infrastructure is agreed and a first standard for collection data is adopted.' },
      2035: { nl: 'De meeste gesubsidieerde organisaties gebruiken de gedeelde diensten voor bewaring en ontsluiting, tegen een betaalbare prijs.', en: 'Most subsidised organisations use the shared services for preservation and access, at an affordable price.' },
      2050: { nl: 'De basisinfrastructuur is een vanzelfsprekende, publiek bestuurde voorziening waarop de hele sector verder bouwt.', en: 'The basic infrastructure is a self-evident, publicly governed facility the whole sector builds on.' },
    },
    lines: [['demo-basisinfrastructuur', 2025], ['demo-proeftuinen', 2035]],
  },
  {
    code: 'demo-pad-competenties',
    title: demo({ nl: 'Digitaal sterke organisaties en mensen', en: 'Digitally strong organisations and people' }),
    summary: { nl: 'Digitale competenties en leiderschap als strategische prioriteit, gemeten tegen een nulmeting (aanbeveling 4.1). Fictief voorbeeld.', en: 'Digital skills and leadership as a strategic priority, measured against a baseline (recommendation 4.1). Fictitious example.' },
    pillars: [3], challenges: [7],
    goals: {
      2025: { nl: 'Er is een nulmeting van de digitale competenties in elke subsector.', en: 'There is a baseline of digital skills in every subsector.' },
      2035: { nl: 'Elke organisatie heeft een digitale strategie en iemand die ze trekt.', en: 'Every organisation has a digital strategy and someone who leads it.' },
      2050: { nl: 'Digitaal vakmanschap hoort bij elk cultureel beroep.', en: 'Digital craft is part of every cultural profession.' },
    },
    lines: [['demo-digitale-competenties', 2025]],
  },
  {
    code: 'demo-pad-experiment',
    title: demo({ nl: 'Ruimte om te experimenteren en op te schalen', en: 'Room to experiment and to scale up' }),
    summary: { nl: 'Experimenten met ruimte om te falen, los van de infrastructuur, en samen opschalen wat werkt (aanbeveling 3.1). Fictief voorbeeld.', en: 'Experiments with room to fail, separate from infrastructure, and scaling up together what works (recommendation 3.1). Fictitious example.' },
    pillars: [2, 4], challenges: [5, 10, 12],
    goals: {
      2025: { nl: 'Een eerste oproep voor proeftuinen loopt, met verplichte leerlessen.', en: 'A first call for living labs runs, with mandatory lessons learned.' },
      2035: { nl: 'Succesvolle experimenten worden sectorbreed opgeschaald via de gedeelde infrastructuur.', en: 'Successful experiments are scaled up sector-wide through the shared infrastructure.' },
      2050: { nl: 'Experimenteren is een gewone manier van werken in de sector.', en: 'Experimenting is an ordinary way of working in the sector.' },
    },
    lines: [['demo-proeftuinen', 2025]],
  },
  {
    code: 'demo-pad-open-data',
    title: demo({ nl: 'Open en verbonden cultuurdata', en: 'Open and connected cultural data' }),
    summary: { nl: 'Collecties, programma\'s en publieksgegevens open en herbruikbaar, met respect voor rechten en privacy. Nog zonder actielijn: een pad dat nog niemand trekt. Fictief voorbeeld.', en: 'Collections, programmes and audience data open and reusable, with respect for rights and privacy. No action line yet: a path nobody leads so far. Fictitious example.' },
    pillars: [4, 5], challenges: [11, 14],
    goals: {
      2025: { nl: 'Afspraken over open licenties voor gesubsidieerde content liggen op tafel.', en: 'Agreements on open licences for subsidised content are on the table.' },
      2035: { nl: 'De meeste collecties en programma\'s zijn als linked data vindbaar.', en: 'Most collections and programmes can be found as linked data.' },
      2050: { nl: 'Cultuurdata zijn een open bron voor onderwijs, onderzoek en nieuwe makers.', en: 'Cultural data are an open resource for education, research and new makers.' },
    },
    lines: [],
  },
];

export async function seedDemoPaths(tx: Tx): Promise<void> {
  for (const [position, p] of PATHS.entries()) {
    const { id } = await tx.insertInto('transition_paths').values({
      code: p.code, title_nl: p.title.nl, title_en: p.title.en, summary_nl: p.summary.nl, summary_en: p.summary.en, position, is_demo: true,
    }).returning('id').executeTakeFirstOrThrow();
    await tx.insertInto('path_horizons').values(([2025, 2035, 2050] as const).map((year) => ({ path_id: id, year, goal_nl: p.goals[year].nl, goal_en: p.goals[year].en }))).execute();
    await tx.insertInto('path_pillars').values(p.pillars.map((pillar) => ({ path_id: id, pillar }))).execute();
    await tx.insertInto('path_challenges').values(p.challenges.map((challenge) => ({ path_id: id, challenge }))).execute();
    for (const [code, horizon] of p.lines) {
      const line = await tx.selectFrom('action_lines').select('id').where('code', '=', code).executeTakeFirst();
      if (line) await tx.insertInto('path_action_lines').values({ path_id: id, action_line_id: line.id, horizon }).execute();
    }
  }
}
