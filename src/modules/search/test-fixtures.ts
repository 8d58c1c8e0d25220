import type { Db } from '../../db/database.js';

/** Records written straight into the tables, as the modules that own them would. */
let n = 0;
const code = (prefix: string) => `${prefix}-${++n}-${Math.random().toString(36).slice(2, 7)}`;

export async function addCase(db: Db, fields: { title_nl: string; summary_nl?: string; title_en?: string; summary_en?: string; pillar?: number; subsectors?: string[]; dimensions?: string[]; challenges?: number[] }) {
  const row = await db.insertInto('cases').values({
    code: code('case'), title_nl: fields.title_nl, title_en: fields.title_en ?? fields.title_nl, summary_nl: fields.summary_nl ?? '', summary_en: fields.summary_en ?? '',
    country: 'BE', sector: 'heritage', pillar: fields.pillar ?? 1, subsectors: fields.subsectors ?? [], is_demo: true,
  }).returning(['id', 'code']).executeTakeFirstOrThrow();
  for (const d of fields.dimensions ?? []) await db.insertInto('case_dimensions').values({ case_id: row.id, dimension_code: d }).execute();
  for (const c of fields.challenges ?? []) await db.insertInto('case_challenges').values({ case_id: row.id, challenge: c }).execute();
  return row;
}

export async function addLesson(db: Db, fields: { title: string; summary?: string; language?: 'nl' | 'en'; published?: boolean; dimensions?: string[]; subsectors?: string[] }) {
  return db.insertInto('lessons').values({
    code: code('lesson'), title: fields.title, summary: fields.summary ?? '', what_worked: 'Samenwerken werkte.', what_failed: 'De planning liep uit.',
    language: fields.language ?? 'nl', dimension_codes: fields.dimensions ?? [], subsectors: fields.subsectors ?? [],
    published_at: fields.published === false ? null : new Date(), is_demo: true,
  }).returning(['id', 'code']).executeTakeFirstOrThrow();
}

export async function addLearning(db: Db, fields: { title_nl: string; summary_nl?: string; startsOn?: string | null; endsOn?: string | null; dimension?: string | null; levelFrom?: number | null; levelTo?: number | null; subsectors?: string[]; retired?: boolean; providerActorId?: number | null }) {
  return db.insertInto('learning_opportunities').values({
    title_nl: fields.title_nl, title_en: fields.title_nl, summary_nl: fields.summary_nl ?? '', kind: 'workshop', provider_name: 'Demo-aanbieder',
    provider_actor_id: fields.providerActorId ?? null,
    starts_on: fields.startsOn ?? null, ends_on: fields.endsOn ?? null, dimension_code: fields.dimension ?? null,
    level_from: fields.levelFrom ?? null, level_to: fields.levelTo ?? null, subsectors: fields.subsectors ?? [], is_demo: true,
    retired_at: fields.retired ? new Date() : null,
  }).returning('id').executeTakeFirstOrThrow();
}

export async function addActor(db: Db, fields: { name: string; description_nl?: string; subsectors?: string[]; dimensions?: string[]; kind?: 'support_organisation' | 'knowledge_institution' }) {
  const row = await db.insertInto('actors').values({
    code: code('actor'), name: fields.name, kind: fields.kind ?? 'support_organisation', description_nl: fields.description_nl ?? '', description_en: '',
    website: null, expertise: [], pillars: [], subsectors: fields.subsectors ?? [], source: null, is_demo: true,
  }).returning(['id', 'code']).executeTakeFirstOrThrow();
  for (const d of fields.dimensions ?? []) await db.insertInto('actor_dimensions').values({ actor_id: row.id, dimension_code: d }).execute();
  return row;
}

export async function addCall(db: Db, fields: { title_nl: string; status: 'draft' | 'published'; closesInDays?: number }) {
  const instrument = await db.selectFrom('instruments').select('id').orderBy('id').executeTakeFirstOrThrow();
  const form = await db.insertInto('form_definitions').values({ code: code('form'), kind: 'application', version: 1, title_nl: 'Formulier', title_en: 'Form', fields: JSON.stringify([]) })
    .returning('id').executeTakeFirstOrThrow();
  const closes = new Date(Date.now() + (fields.closesInDays ?? 30) * 86_400_000);
  return db.insertInto('calls').values({
    code: code('call'), instrument_id: instrument.id, title_nl: fields.title_nl, title_en: fields.title_nl, budget_eur: '100000',
    opens_at: new Date(closes.getTime() - 60 * 86_400_000), closes_at: closes, application_form_id: form.id, annex_form_id: form.id, status: fields.status, is_demo: true,
  }).returning(['id', 'code']).executeTakeFirstOrThrow();
}
