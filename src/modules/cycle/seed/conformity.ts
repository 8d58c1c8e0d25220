import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { SeedSet } from '../../../seed/seed-sets.js';

type Text = { nl: string; en: string };
interface Clause { actor: string; agreement: Text; note: Text; source: string }

const R21 = 'Deel 3, 2.2 (Aanbeveling 2.1)';
const SCREENING = 'Deel 1, 3 (overkoepelende reflecties)';

const lighter: Text = {
  nl: 'Volgens de screening in de studie staat digitale transformatie niet in de huidige overeenkomst en zijn er geen middelen voor geoormerkt. De studie stelt een lichtere herziening voor: een conformiteitsclausule als aanvulling bij de kerntaak, die zelf ongewijzigd blijft.',
  en: 'According to the screening in the study, digital transformation is not part of the current agreement and no money is earmarked for it. The study proposes a lighter revision: a conformity clause added to the core task, which itself stays the same.',
};

const agreement = (name: string): Text => ({ nl: `Beheersovereenkomst ${name} met de Vlaamse overheid`, en: `${name} management agreement with the Flemish Government` });

/**
 * R2.1 "create the right room for action", as the study found it in 2021: for none of these actors
 * has the agreement taken up a digital transformation plan yet (there was none), so every clause
 * is absent; the note records what the study asks of each. Texts are the platform's own summary.
 */
const CLAUSES: Clause[] = [
  {
    actor: 'meemoo', agreement: agreement('meemoo'),
    note: {
      nl: 'Digitale transformatie zit al in de huidige overeenkomst, een transformatieplan nog niet. De studie vraagt een grondige herziening van het convenant, onder meer voor een rol als aggregator van digitale cultuurcontent en voor deelname aan internationale netwerken.',
      en: 'Digital transformation is already part of the current agreement, a transformation plan is not. The study asks for a thorough revision of the convenant, among other things for a role as aggregator of digital cultural content and for taking part in international networks.',
    },
    source: `${R21}; ${SCREENING}; Deel 3, 2.5 (Aanbeveling 5.1)`,
  },
  {
    actor: 'cultuurconnect', agreement: agreement('Cultuurconnect'),
    note: {
      nl: 'Digitale transformatie zit al in de huidige overeenkomst, een transformatieplan nog niet. De studie vraagt een grondige herziening van het convenant, in lijn met de gekozen governance en de taken die Cultuurconnect in de uitrol krijgt.',
      en: 'Digital transformation is already part of the current agreement, a transformation plan is not. The study asks for a thorough revision of the convenant, in line with the chosen governance and the tasks Cultuurconnect takes on in the roll-out.',
    },
    source: `${R21}; ${SCREENING}`,
  },
  {
    actor: 'publiq', agreement: agreement('publiq'),
    note: {
      nl: 'Digitale transformatie zit slechts deels in de huidige overeenkomst (bij samenwerkingsverbanden). Of het convenant herzien moet worden, hangt volgens de studie af van een verdere reflectie over de kerntaken van publiq rond digitale transformatie.',
      en: 'Digital transformation is only partly part of the current agreement (in partnerships). Whether the convenant needs revising depends, the study says, on further reflection on publiq\'s core tasks in digital transformation.',
    },
    source: `${R21}; ${SCREENING}`,
  },
  { actor: 'faro', agreement: agreement('FARO'), note: lighter, source: `${R21}; ${SCREENING}` },
  { actor: 'kunstenpunt', agreement: agreement('Kunstenpunt'), note: lighter, source: `${R21}; ${SCREENING}` },
  { actor: 'socius', agreement: agreement('Socius'), note: lighter, source: `${R21}; ${SCREENING}` },
  { actor: 'vaf', agreement: agreement('VAF'), note: lighter, source: `${R21}; ${SCREENING}` },
  { actor: 'literatuur-vlaanderen', agreement: agreement('Literatuur Vlaanderen'), note: lighter, source: `${R21}; ${SCREENING}` },
  {
    actor: 'foci',
    agreement: { nl: 'Opdrachtomschrijving van FoCI (sinds 2021 in het departement)', en: 'Mission of FoCI (part of the department since 2021)' },
    note: {
      nl: 'De opdracht bood geen ruimte of incentives om in digitale infrastructuur te investeren. De studie vraagt de opdrachtomschrijving aan te passen; sinds 1 januari 2021 is FoCI ingekanteld in het departement.',
      en: 'Its mission left no room or incentive to invest in digital infrastructure. The study asks for the mission to be adapted; since 1 January 2021 FoCI has been part of the department.',
    },
    source: `${R21}; ${SCREENING}`,
  },
];

export const conformitySeed: SeedSet = {
  name: 'study-2021-conformity',
  async load(tx: Transaction<Database>) {
    const actors = await tx.selectFrom('actors').select(['id', 'code']).where('code', 'in', CLAUSES.map((c) => c.actor)).execute();
    const idOf = new Map(actors.map((a) => [a.code, a.id]));
    const rows = CLAUSES.filter((c) => idOf.has(c.actor)).map((c) => ({
      actor_id: idOf.get(c.actor)!, agreement_nl: c.agreement.nl, agreement_en: c.agreement.en, status: 'absent' as const, since: null,
      note_nl: c.note.nl, note_en: c.note.en, source: c.source,
    }));
    if (rows.length) await tx.insertInto('conformity_clauses').values(rows).execute();
  },
};
