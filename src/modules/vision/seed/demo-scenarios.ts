import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { Pole } from '../../../db/schema-vision.js';

type Tx = Transaction<Database>;
type Texts = { nl: string; en: string };

interface DemoScenario { code: string; pole1: Pole; pole2: Pole; title: Texts; narrative: Texts; watch: Texts; implications: Texts }

/**
 * A 2x2 demo scenario set after the DEN method (study, Part 2, 5.2): cooperation in the sector
 * (axis 1) against who holds the digital public space (axis 2). Fictitious, for the demo.
 */
const SCENARIOS: DemoScenario[] = [
  {
    code: 'demo-scenario-open-eilanden', pole1: 'low', pole2: 'high',
    title: { nl: '[demo] Open eilanden', en: '[demo] Open islands' },
    narrative: { nl: 'De publieke digitale ruimte is open, maar elke organisatie bouwt haar eigen voorzieningen. Pioniers bloeien, kleine spelers haken af.', en: 'The public digital space is open, but every organisation builds its own facilities. Pioneers thrive, small players drop out.' },
    watch: { nl: 'Veel losse projectsubsidies; weinig gedeelde standaarden; open licenties zonder gedeelde catalogus.', en: 'Many separate project grants; few shared standards; open licences without a shared catalogue.' },
    implications: { nl: 'Het pad naar een gedeelde basisinfrastructuur krijgt voorrang; actielijnen rond competenties moeten kleine organisaties expliciet bereiken.', en: 'The path to a shared basic infrastructure comes first; action lines on skills must reach small organisations explicitly.' },
  },
  {
    code: 'demo-scenario-gemeengoed', pole1: 'high', pole2: 'high',
    title: { nl: '[demo] Cultureel gemeengoed', en: '[demo] Cultural commons' },
    narrative: { nl: 'De sector deelt een open, publiek bestuurde infrastructuur. Data en content stromen vrij tussen organisaties, onderwijs en makers.', en: 'The sector shares an open, publicly governed infrastructure. Data and content flow freely between organisations, education and makers.' },
    watch: { nl: 'Gedeelde diensten met groeiend gebruik; open standaarden in subsidievoorwaarden; Europese publieke dataruimtes.', en: 'Shared services with growing use; open standards in grant conditions; European public data spaces.' },
    implications: { nl: 'Het gewenste eindbeeld komt dichterbij: investeer in opschaling en in bestuur van de gedeelde voorzieningen.', en: 'The desired state comes closer: invest in scaling up and in the governance of shared facilities.' },
  },
  {
    code: 'demo-scenario-ieder-voor-zich', pole1: 'low', pole2: 'low',
    title: { nl: '[demo] Ieder voor zich op andermans platform', en: '[demo] Each on their own, on someone else\'s platform' },
    narrative: { nl: 'Publiek en content verhuizen naar enkele commerciële platformen; organisaties onderhandelen elk apart over zichtbaarheid en data.', en: 'Audiences and content move to a few commercial platforms; organisations each negotiate visibility and data on their own.' },
    watch: { nl: 'Dalend bezoek aan eigen websites; ticketing en streaming via platformen; verlies van publieksgegevens.', en: 'Falling visits to own websites; ticketing and streaming through platforms; loss of audience data.' },
    implications: { nl: 'Urgentie verhogen (pijler 1) en afspraken over data en rechten worden dringend; experimenten moeten alternatieven toetsen.', en: 'Raising urgency (pillar 1) and agreements on data and rights become pressing; experiments must test alternatives.' },
  },
  {
    code: 'demo-scenario-coalitie', pole1: 'high', pole2: 'low',
    title: { nl: '[demo] Samen sterk op andermans terrein', en: '[demo] Stronger together on someone else\'s ground' },
    narrative: { nl: 'Commerciële platformen domineren, maar de sector treedt als één coalitie op en bedingt betere voorwaarden voor data, rechten en zichtbaarheid.', en: 'Commercial platforms dominate, but the sector acts as one coalition and negotiates better terms for data, rights and visibility.' },
    watch: { nl: 'Sectorbrede onderhandelingen met platformen; gezamenlijke datadiensten; Europese regelgeving voor platformen.', en: 'Sector-wide negotiations with platforms; joint data services; European platform regulation.' },
    implications: { nl: 'Netwerken en rollen (pijler 3) wegen zwaarder; paden moeten rekenen op onderhandelde in plaats van eigen infrastructuur.', en: 'Networks and roles (pillar 3) weigh more; paths must count on negotiated rather than own infrastructure.' },
  },
];

const SIGNALS: Array<[string, string, string, Texts]> = [
  ['demo-scenario-ieder-voor-zich', '2025-02-12', 'Demo: jaarrapport ticketing', { nl: '[demo] Meer dan de helft van de tickets verkocht via externe platformen.', en: '[demo] More than half of tickets sold through external platforms.' }],
  ['demo-scenario-open-eilanden', '2025-05-03', 'Demo: overzicht projectsubsidies', { nl: '[demo] Twaalf nieuwe digitaliseringsprojecten, elk met een eigen systeem.', en: '[demo] Twelve new digitisation projects, each with its own system.' }],
  ['demo-scenario-gemeengoed', '2025-09-20', 'Demo: Europese dataruimte', { nl: '[demo] Start van een Europese dataruimte voor cultureel erfgoed.', en: '[demo] Launch of a European data space for cultural heritage.' }],
  ['demo-scenario-gemeengoed', '2025-11-14', 'Demo: sectorenquête', { nl: '[demo] Gedeelde bewaardienst bereikt honderd gebruikers.', en: '[demo] Shared preservation service reaches one hundred users.' }],
  ['demo-scenario-coalitie', '2026-01-22', 'Demo: persbericht koepels', { nl: '[demo] Koepels onderhandelen samen met een streamingplatform.', en: '[demo] Umbrella organisations negotiate together with a streaming platform.' }],
  ['demo-scenario-gemeengoed', '2026-03-05', 'Demo: subsidiereglement', { nl: '[demo] Open standaarden worden voorwaarde in een nieuw subsidiereglement.', en: '[demo] Open standards become a condition in a new grant regulation.' }],
];

export async function seedDemoScenarios(tx: Tx): Promise<void> {
  const { id } = await tx.insertInto('scenario_sets').values({
    code: 'demo-scenarios-2040', is_demo: true, horizon_year: 2040,
    title_nl: '[demo] Scenario\'s voor de digitale cultuursector in 2040', title_en: '[demo] Scenarios for the digital cultural sector in 2040',
    question_nl: 'Hoe ziet de digitale omgeving van de Vlaamse cultuursector eruit in 2040, en wat betekent dat voor onze transitiepaden?',
    question_en: 'What does the digital environment of the Flemish cultural sector look like in 2040, and what does that mean for our transition paths?',
    axis1_nl: 'Samenwerking in de sector', axis1_en: 'Cooperation in the sector',
    axis1_low_nl: 'Versnipperd: elke organisatie apart', axis1_low_en: 'Fragmented: every organisation on its own',
    axis1_high_nl: 'Gedeeld: sectorbrede voorzieningen', axis1_high_en: 'Shared: sector-wide facilities',
    axis2_nl: 'Wie de digitale publieke ruimte bepaalt', axis2_en: 'Who shapes the digital public space',
    axis2_low_nl: 'Enkele commerciële platformen', axis2_low_en: 'A few commercial platforms',
    axis2_high_nl: 'Open, publiek bestuurde infrastructuur', axis2_high_en: 'Open, publicly governed infrastructure',
  }).returning('id').executeTakeFirstOrThrow();
  const ids = new Map<string, number>();
  for (const s of SCENARIOS) {
    const row = await tx.insertInto('scenarios').values({
      set_id: id, code: s.code, pole1: s.pole1, pole2: s.pole2, title_nl: s.title.nl, title_en: s.title.en,
      narrative_nl: s.narrative.nl, narrative_en: s.narrative.en, watch_nl: s.watch.nl, watch_en: s.watch.en,
      implications_nl: s.implications.nl, implications_en: s.implications.en,
    }).returning('id').executeTakeFirstOrThrow();
    ids.set(s.code, row.id);
  }
  // Signals are logged in one language; the demo keeps the Dutch text, as a Flemish team would.
  await tx.insertInto('scenario_signals').values(SIGNALS.map(([code, observed_on, source, text]) => ({
    scenario_id: ids.get(code)!, observed_on, source, description: text.nl, is_demo: true,
  }))).execute();
}
