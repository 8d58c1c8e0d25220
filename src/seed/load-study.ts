import type { Db } from '../db/database.js';
import { runSeedSets, type SeedSet } from './seed-sets.js';
import { checkStudySeed, readStudySeed, type SeedRecommendation } from './study-files.js';

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' -> a date to sort on (the first day of the period). */
export function sortDate(text: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(text);
  if (!m) throw new Error(`timeline date "${text}" is not YYYY, YYYY-MM or YYYY-MM-DD`);
  return `${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}`;
}

/** The study's frame, actors, instruments and cases (src/seed/study), with the section of each fact. */
export const studySeedSet: SeedSet = {
  name: 'study-2021',
  async load(tx) {
    const { seed } = readStudySeed();
    const problems = checkStudySeed(seed);
    if (problems.length) throw new Error('Seed data has broken references:\n' + problems.join('\n'));

    await tx.insertInto('subsectors').values(seed.subsectors.map((s, i) => ({ code: s.code, position: i + 1, name_nl: s.nl, name_en: s.en }))).execute();
    await tx.insertInto('pillars').values(seed.pillars.map((p) => ({
      number: p.number, name_nl: p.name.nl, name_en: p.name.en, description_nl: p.description.nl, description_en: p.description.en, source: p.source,
    }))).execute();
    await tx.insertInto('challenges').values(seed.challenges.map((c) => ({
      number: c.number, pillar: c.pillar, title_nl: c.title.nl, title_en: c.title.en, description_nl: c.description.nl,
      description_en: c.description.en, why_nl: c.whyItMatters.nl, why_en: c.whyItMatters.en, source: c.source,
    }))).execute();

    let position = 0;
    const insertRec = async (r: SeedRecommendation, parent: string | null) => {
      await tx.insertInto('recommendations').values({
        code: r.code, parent_code: parent, position: ++position, title_nl: r.title.nl, title_en: r.title.en,
        description_nl: r.description.nl, description_en: r.description.en, source: r.source,
      }).execute();
      if (r.challenges.length) await tx.insertInto('recommendation_challenges').values([...new Set(r.challenges)].map((c) => ({ recommendation_code: r.code, challenge: c }))).execute();
      if (r.pillars.length) await tx.insertInto('recommendation_pillars').values([...new Set(r.pillars)].map((p) => ({ recommendation_code: r.code, pillar: p }))).execute();
      for (const child of r.children ?? []) await insertRec(child, r.code);
    };
    for (const r of seed.recommendations) await insertRec(r, null);

    await tx.insertInto('principles').values(seed.principles.map((p) => ({
      number: p.number, title_nl: p.title.nl, title_en: p.title.en, description_nl: p.description.nl, description_en: p.description.en, source: p.source,
    }))).execute();
    const pc = seed.principles.flatMap((p) => [...new Set(p.challenges)].map((c) => ({ principle: p.number, challenge: c })));
    if (pc.length) await tx.insertInto('principle_challenges').values(pc).execute();
    const pr = seed.principles.flatMap((p) => [...new Set(p.recommendations)].map((r) => ({ principle: p.number, recommendation_code: r })));
    if (pr.length) await tx.insertInto('principle_recommendations').values(pr).execute();

    await tx.insertInto('spearheads').values(seed.spearheads.map((s) => ({
      number: s.number, title_nl: s.title.nl, title_en: s.title.en, description_nl: s.description.nl, description_en: s.description.en, source: s.source,
    }))).execute();
    await tx.insertInto('timeline_events').values(seed.timeline.map((e) => ({
      date_text: e.date, sort_date: sortDate(e.date), title_nl: e.title.nl, title_en: e.title.en,
      description_nl: e.description.nl, description_en: e.description.en, source: e.source,
    }))).execute();

    const actorIds = new Map<string, number>();
    for (const a of seed.actors) {
      const { id } = await tx.insertInto('actors').values({
        code: a.code, name: a.name, kind: a.kind, description_nl: a.description.nl, description_en: a.description.en,
        website: a.website ?? null, expertise: a.expertise, pillars: a.pillars, subsectors: a.subsectors, source: a.source,
      }).returning('id').executeTakeFirstOrThrow();
      actorIds.set(a.code, id);
      if (a.roles.length) {
        await tx.insertInto('actor_roles').values(a.roles.map((r) => ({
          actor_id: id, role: r.role as 'driver', focus: r.focus as 'strategic', horizon: r.horizon as 'long', access: r.access as 'sector_wide',
          note_nl: r.note.nl, note_en: r.note.en, source: r.source,
        }))).execute();
      }
    }

    for (const i of seed.instruments) {
      const { id } = await tx.insertInto('instruments').values({
        code: i.code, name_nl: i.name.nl, name_en: i.name.en, description_nl: i.description.nl, description_en: i.description.en,
        type: i.type, responsible_actor_id: actorIds.get(i.responsibleActor) ?? null, since_year: i.since ?? null, source: i.source,
      }).returning('id').executeTakeFirstOrThrow();
      if (i.links.length) await tx.insertInto('instrument_challenges').values(i.links.map((l) => ({
        instrument_id: id, challenge: l.challenge, strength: l.strength, note_nl: l.note.nl, note_en: l.note.en,
      }))).execute();
      if (i.recommendations.length) await tx.insertInto('instrument_recommendations').values([...new Set(i.recommendations)].map((r) => ({ instrument_id: id, recommendation_code: r }))).execute();
    }

    for (const c of seed.cases) {
      const { id } = await tx.insertInto('cases').values({
        code: c.code, title_nl: c.title.nl, title_en: c.title.en, summary_nl: c.summary.nl, summary_en: c.summary.en,
        country: c.country, region: c.region ?? null, sector: c.sector, pillar: c.pillar, url: c.url ?? null, source: c.source,
      }).returning('id').executeTakeFirstOrThrow();
      if (c.challenges.length) await tx.insertInto('case_challenges').values([...new Set(c.challenges)].map((n) => ({ case_id: id, challenge: n }))).execute();
    }

  },
};

/** Loads the study's seed data once; false when it was already there. */
export async function loadStudySeed(db: Db): Promise<boolean> {
  return (await runSeedSets(db, [studySeedSet], { demo: false })).length > 0;
}
