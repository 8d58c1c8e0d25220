import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { SeedSet } from '../../seed/seed-sets.js';

/** Demo offers of seeded support actors and demo questions that providers may see; every record is labelled demo. */
const OFFERS = [
  {
    actor: 'meemoo', dimensions: ['infrastructure', 'data'], subsectors: ['heritage'], pillars: [3], from: 1, to: 4,
    nl: ['[demo] Begeleiding bij het digitaliseren en duurzaam bewaren van je archief', 'Wij helpen erfgoedorganisaties hun collectie en archief te digitaliseren, met metadata volgens de standaarden, en duurzaam te bewaren in een gedeelde infrastructuur.'],
    en: ['[demo] Guidance on digitising and preserving your archive', 'We help heritage organisations digitise their collection and archive, with metadata that follows the standards, and preserve it in a shared infrastructure.'],
  },
  {
    actor: 'cultuurconnect', dimensions: ['leadership', 'operations'], subsectors: ['libraries_cultural_centres'], pillars: [3], from: 0, to: 3,
    nl: ['[demo] Traject digitale competenties voor bibliotheekteams', 'Een traject van vier sessies waarin je team werkt aan digitale vaardigheden en een plan voor de eigen werking.'],
    en: ['[demo] Digital skills programme for library teams', 'A four-session programme in which your team builds digital skills and a plan for its own operations.'],
  },
  {
    actor: 'publiq', dimensions: ['audience', 'data'], subsectors: [], pillars: [4], from: 1, to: 5,
    nl: ['[demo] Je activiteiten en publieksdata beter ontsluiten', 'Advies over het invoeren van je activiteiten in de gedeelde databank en over het sturen met publieksdata.'],
    en: ['[demo] Opening up your events and audience data', 'Advice on entering your events into the shared database and on steering with audience data.'],
  },
] as const;

const QUESTIONS = [
  { subsector: 'heritage', dimension: 'infrastructure', level: 1, text: '[demo] Ons archief ligt nog grotendeels op papier. Hoe beginnen we aan het digitaliseren, en waar bewaren we de bestanden duurzaam?' },
  { subsector: 'libraries_cultural_centres', dimension: 'leadership', level: 2, text: '[demo] Ons team voelt zich onzeker bij digitale tools. Welke opleiding of begeleiding past bij een kleine bibliotheek?' },
  { subsector: 'arts', dimension: 'data', level: 1, text: '[demo] We willen beter begrijpen wie ons publiek is. Hoe kunnen we sturen met data uit ticketing zonder de privacy te schenden?' },
] as const;

export const demoGuideSeed: SeedSet = {
  name: 'demo-guide',
  demo: true,
  async load(tx: Transaction<Database>) {
    const existing = await tx.selectFrom('users').select('id').where('email', '=', 'demo-wegwijzer@transitieruimte.local').executeTakeFirst();
    const userId = existing?.id ?? (await tx.insertInto('users').values({
      email: 'demo-wegwijzer@transitieruimte.local', display_name: '[demo] Wegwijzer-gebruiker', password_hash: 'demo-account-without-login', role: 'org_member', created_at: new Date(), updated_at: new Date(),
    }).returning('id').executeTakeFirstOrThrow()).id;
    for (const o of OFFERS) {
      const actor = await tx.selectFrom('actors').select('id').where('code', '=', o.actor).where('retired_at', 'is', null).executeTakeFirst();
      if (!actor) continue;
      await tx.insertInto('guide_offers').values({
        actor_id: actor.id, title_nl: o.nl[0], title_en: o.en[0], description_nl: o.nl[1], description_en: o.en[1],
        dimension_codes: [...o.dimensions], subsectors: [...o.subsectors], pillars: [...o.pillars], level_from: o.from, level_to: o.to, created_by: userId, is_demo: true,
      }).execute();
    }
    for (const q of QUESTIONS) {
      // A demo organisation of that subsector (from the demo sector, when it is loaded).
      const org = await tx.selectFrom('organisations').select('id').where('is_demo', '=', true).where('subsector', '=', q.subsector).where('retired_at', 'is', null)
        .orderBy('id').executeTakeFirst();
      if (!org) continue;
      await tx.insertInto('organisation_members').values({ organisation_id: org.id, user_id: userId, role: 'member', position: '' })
        .onConflict((oc) => oc.columns(['organisation_id', 'user_id']).doNothing()).execute();
      await tx.insertInto('guide_questions').values({
        organisation_id: org.id, asked_by: userId, question: q.text, dimension_code: q.dimension, level: q.level, visible_to_providers: true,
      }).execute();
    }
  },
};

export const seedSets: SeedSet[] = [demoGuideSeed];
