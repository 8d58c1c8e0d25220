import type { Transaction } from 'kysely';
import type { Database, OrganisationRole } from '../../../db/schema.js';
import type { CommentAnswer, VisionSection } from '../../../db/schema-vision.js';
import { INTRO1, INTRO2, ROUND1, ROUND2 } from './texts.js';

type Tx = Transaction<Database>;
const DAY = 86_400_000;

/** Demo people: visibly demo in their name, and unable to log in (no valid password hash). */
const PEOPLE = [
  { email: 'demo-visie-an@example.org', name: 'Demo: An Peeters' },
  { email: 'demo-visie-bram@example.org', name: 'Demo: Bram Claes' },
  { email: 'demo-visie-chloe@example.org', name: 'Demo: Chloé Maes' },
  { email: 'demo-visie-dries@example.org', name: 'Demo: Dries Wouters' },
];

/** Used when no demo organisations exist yet; each is labelled [demo]. */
const ORGANISATIONS = [
  { name: '[demo] Erfgoedcel Kempenland', subsector: 'heritage', province: 'antwerpen', municipality: 'Geel', legal_form: 'association' as const, funding_framework: 'erfgoeddecreet' as const, staff_class: '5-19' as const, budget_class: '250k-1m' as const },
  { name: '[demo] Theater aan de Leie', subsector: 'arts', province: 'oost-vlaanderen', municipality: 'Gent', legal_form: 'vzw' as const, funding_framework: 'kunstendecreet' as const, staff_class: '20-49' as const, budget_class: '1m-5m' as const },
  { name: '[demo] Bibliotheek Maasland', subsector: 'libraries_cultural_centres', province: 'limburg', municipality: 'Maasmechelen', legal_form: 'public' as const, funding_framework: 'lokaal_cultuurbeleid' as const, staff_class: '5-19' as const, budget_class: '250k-1m' as const },
];

async function demoPeople(tx: Tx): Promise<number[]> {
  const ids: number[] = [];
  for (const p of PEOPLE) {
    const existing = await tx.selectFrom('users').select('id').where('email', '=', p.email).executeTakeFirst();
    ids.push(existing?.id ?? (await tx.insertInto('users').values({
      email: p.email, display_name: p.name, password_hash: 'demo-account-without-login', role: 'org_member', created_at: new Date(), updated_at: new Date(),
    }).returning('id').executeTakeFirstOrThrow()).id);
  }
  return ids;
}

/** Demo organisations from the organisations module when there are some, else three of our own. */
async function demoOrganisations(tx: Tx, people: number[]): Promise<number[]> {
  const existing = await tx.selectFrom('organisations').select('id').where('is_demo', '=', true).where('retired_at', 'is', null).orderBy('id').limit(3).execute();
  const ids = existing.length >= 3 ? existing.map((o) => o.id)
    : (await tx.insertInto('organisations').values(ORGANISATIONS.map((o) => ({ ...o, is_demo: true, mission: 'Demo-organisatie voor de visieconsultatie.' })))
      .returning('id').execute()).map((o) => o.id);
  // People 0-2 own one organisation each; person 3 is a member of the first.
  const members: Array<[number, number, OrganisationRole]> = [[ids[0]!, people[0]!, 'owner'], [ids[1]!, people[1]!, 'owner'], [ids[2]!, people[2]!, 'owner'], [ids[0]!, people[3]!, 'member']];
  for (const [organisation_id, user_id, role] of members) {
    await tx.insertInto('organisation_members').values({ organisation_id, user_id, role, position: 'Demo' })
      .onConflict((oc) => oc.columns(['organisation_id', 'user_id']).doNothing()).execute();
  }
  return ids;
}

interface DemoComment { section: VisionSection; who: number; org: number | null; body: string; proposed?: string; answer?: [CommentAnswer, string] }

const ROUND1_COMMENTS: DemoComment[] = [
  { section: 'why', who: 0, org: 0, body: '[demo] Het waarom blijft te abstract voor kleine erfgoedorganisaties. Noem concreet wat we verliezen als we niets doen.',
    answer: ['adopted', '[demo] De tweede versie noemt nu concreet wat er op het spel staat: publiek, vindbaarheid van collecties en versnipperde middelen.'] },
  { section: 'desired_state', who: 1, org: 1, body: '[demo] De gewenste toestand gaat alleen over infrastructuur en vaardigheden. Waar is de ruimte om te experimenteren?',
    proposed: '[demo] Voeg toe: de sector experimenteert voortdurend en deelt wat lukt en wat mislukt.',
    answer: ['adapted', '[demo] We namen experiment op als vierde kenmerk van de gewenste toestand, in eigen woorden.'] },
  { section: 'principles', who: 3, org: null, body: '[demo] Graag ook een principe over rechten en privacy.',
    answer: ['adapted', '[demo] Rechten en privacy staan nu bij de gewenste toestand (open met respect voor rechten en privacy), niet als apart principe.'] },
  { section: 'why', who: 2, org: 2, body: '[demo] Voor bibliotheken is de urgentie al lang duidelijk; de tekst mag meer vertrekken van het publiek.',
    answer: ['not_adopted', '[demo] Het publiek staat al voorop in het eerste principe; we willen het waarom voor alle subsectoren even herkenbaar houden.'] },
];

const ROUND2_COMMENTS: DemoComment[] = [
  { section: 'desired_state', who: 0, org: 0, body: '[demo] Goed dat ook de kleinste organisaties genoemd worden. Hoe zorgen we dat de basisinfrastructuur betaalbaar blijft voor hen?',
    answer: ['adopted', '[demo] Betaalbaarheid nemen we op in het transitiepad naar een gedeelde basisinfrastructuur (doel 2035).'] },
  { section: 'principles', who: 1, org: 1, body: '[demo] "Elke actielijn hoort bij een transitiepad" is sterk. Maak zichtbaar welke paden nog geen acties hebben.',
    answer: ['adopted', '[demo] De lijst van transitiepaden markeert nu elk pad zonder actielijn op korte termijn.'] },
  { section: 'why', who: 3, org: null, body: '[demo] De derde alinea over open ronden mag bovenaan: dat is wat deze visie anders maakt.' },
];

/**
 * The demo consultation: a first round, closed and fully answered, and a second round that is
 * open now, so that a newcomer can comment, read the team's answers and endorse right away.
 */
export async function seedDemoVision(tx: Tx): Promise<void> {
  const people = await demoPeople(tx);
  const orgs = await demoOrganisations(tx, people);
  const now = Date.now();
  const { id: visionId } = await tx.insertInto('visions').values({
    code: 'demo-visie-2050', is_demo: true,
    title_nl: '[demo] Visie op de digitale transformatie van de cultuursector, 2050',
    title_en: '[demo] Vision on the digital transformation of the cultural sector, 2050',
  }).returning('id').executeTakeFirstOrThrow();

  const rounds = [
    { number: 1, status: 'closed' as const, intro: INTRO1, sections: ROUND1, opened: now - 150 * DAY, closed: now - 90 * DAY, comments: ROUND1_COMMENTS, endorsers: [0, 1] },
    { number: 2, status: 'open' as const, intro: INTRO2, sections: ROUND2, opened: now - 14 * DAY, closed: null, comments: ROUND2_COMMENTS, endorsers: [1] },
  ];
  for (const r of rounds) {
    const { id: roundId } = await tx.insertInto('vision_rounds').values({
      vision_id: visionId, number: r.number, status: r.status, intro_nl: r.intro.nl, intro_en: r.intro.en,
      opened_at: new Date(r.opened), closed_at: r.closed ? new Date(r.closed) : null,
    }).returning('id').executeTakeFirstOrThrow();
    await tx.insertInto('vision_sections').values((Object.keys(r.sections) as VisionSection[]).map((section) => ({
      round_id: roundId, section, body_nl: r.sections[section].nl, body_en: r.sections[section].en,
    }))).execute();
    for (const [i, c] of r.comments.entries()) {
      const created = new Date(r.opened + (i + 1) * 2 * DAY);
      await tx.insertInto('vision_comments').values({
        round_id: roundId, section: c.section, user_id: people[c.who]!, organisation_id: c.org === null ? null : orgs[c.org]!,
        body: c.body, proposed_text: c.proposed ?? '', created_at: created, is_demo: true,
        answer: c.answer?.[0] ?? null, answer_reason: c.answer?.[1] ?? '', answered_at: c.answer ? new Date(created.getTime() + 3 * DAY) : null,
      }).execute();
    }
    for (const e of r.endorsers) {
      await tx.insertInto('vision_endorsements').values({
        round_id: roundId, organisation_id: orgs[e]!, user_id: people[e]!, endorsed_at: new Date(r.opened + 10 * DAY), is_demo: true,
      }).execute();
    }
  }
}
