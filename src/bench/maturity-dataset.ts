import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { SUBSECTORS } from '../catalog/types.js';
import { PROVINCES } from '../modules/monitoring/constants.js';
import { currentModelId, DIMENSION_CODES } from '../modules/maturity/model.js';
import { createSession } from '../plugins/auth.js';
import { browserCookies } from './writer.js';

/**
 * A synthetic sector for the maturity suite, labelled as such (is_demo, names "[synthetic] ..."):
 * 20,000 organisations spread over subsectors, size classes and provinces, each with ten
 * submitted assessments (2017-2026, one a year) and their results per dimension: 200,000
 * assessments, 1.2 million result rows, made by the database itself in a few statements.
 */
export const MATURITY_SIZE = { organisations: 20_000, assessmentsPerOrganisation: 10, firstYear: 2017, memberOf: 2_000 };

const STAFF = ['0-4', '5-19', '20-49', '50+'];
const OFFSETS: Record<string, number> = { audience: 0.1, value: -0.3, operations: 0, data: -0.7, leadership: -0.1, infrastructure: 0.7 };

/** The published model the results belong to; a synthetic one when no model seed has been written yet. */
async function benchModel(db: Db): Promise<number> {
  const existing = await currentModelId(db);
  if (existing !== undefined) return existing;
  const top = await db.selectFrom('maturity_models').select((eb) => eb.fn.max('version').as('v')).executeTakeFirst();
  const { id } = await db.insertInto('maturity_models').values({
    version: Number(top?.v ?? 0) + 1, status: 'published', based_on: null, published_at: new Date(),
    note_nl: '[synthetic] model voor de benchmark', note_en: '[synthetic] model for the benchmark',
  }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('maturity_dimensions').values(DIMENSION_CODES.map((code, position) => ({
    model_id: id, code, position, name_nl: `[synthetic] ${code}`, name_en: `[synthetic] ${code}`, description_nl: '', description_en: '',
  }))).execute();
  return id;
}

export interface MaturityDataset {
  modelId: number;
  organisations: number;
  assessments: number;
  results: number;
  /** Organisations the benchmark member belongs to, and their assessments. */
  memberOrganisations: number[];
  memberAssessments: number[];
  /** Cookie header of the member's session, created directly. */
  memberCookie: string;
  dimensions: string[];
}

export async function generateMaturityDataset(db: Db): Promise<MaturityDataset> {
  const modelId = await benchModel(db);
  const dimensions = (await db.selectFrom('maturity_dimensions').select('code').where('model_id', '=', modelId).orderBy('position').execute()).map((d) => d.code);
  const { organisations, assessmentsPerOrganisation, firstYear } = MATURITY_SIZE;
  const list = (items: readonly string[]) => sql.raw(`array[${items.map((s) => `'${s}'`).join(',')}]`);
  await sql`select setseed(0.2021)`.execute(db);
  await sql`insert into organisations (name, subsector, staff_class, budget_class, province, municipality, legal_form, funding_framework, contactable, share_with_team, is_demo, created_at, updated_at)
    select '[synthetic] Organisatie ' || g,
      (${list(SUBSECTORS)})[1 + floor(random() * ${SUBSECTORS.length})::int],
      (${list(STAFF)})[1 + floor(random() * 4)::int], 'lt-250k',
      (${list(PROVINCES)})[1 + floor(random() * ${PROVINCES.length})::int],
      'Synthetisch', 'vzw', 'none', random() < 0.3, random() < 0.4, true, timestamptz '2016-12-01 10:00Z', timestamptz '2016-12-01 10:00Z'
    from generate_series(1, ${organisations}) g`.execute(db);
  // The organisations were registered long ago (their profiles do not change during the run).
  // One assessment a year per organisation; dates stay before November, so none lies in the future.
  await sql`insert into assessments (organisation_id, model_id, kind, status, started_at, submitted_at, is_demo)
    select s.org, ${modelId}, case when s.quick then 'quick' else 'full' end, 'submitted', s.d - interval '7 days', s.d, true
    from (
      select o.id as org, make_timestamptz(${firstYear} + y, 1 + floor(random() * 10)::int, 1 + floor(random() * 27)::int, 10, 0, 0, 'UTC') as d, random() < 0.3 as quick
      from organisations o cross join generate_series(0, ${assessmentsPerOrganisation - 1}) y
      where o.name like '[synthetic] Organisatie %'
    ) s`.execute(db);
  // Levels around 2, better in infrastructure and weaker in data, rising a little every year.
  const offsets = sql.join(dimensions.map((code) => sql`(${code}, ${OFFSETS[code] ?? 0})`));
  await sql`insert into assessment_results (assessment_id, dimension_code, level, target_level, min_level, max_level, respondents)
    select x.id, x.code, x.level, least(5, x.level + 1), x.level, x.level, 1
    from (
      select a.id, d.code, greatest(0, least(5, round(1.6 + d.off::numeric + (a.organisation_id % 5) * 0.15
        + (extract(year from a.submitted_at) - ${firstYear}) * 0.12 + (random() - 0.5) * 2.2)))::int as level
      from assessments a cross join (values ${offsets}) d(code, off)
      where a.is_demo and a.model_id = ${modelId}
    ) x`.execute(db);

  const counts = await sql<{ orgs: number; assessments: number; results: number }>`select
    (select count(*)::int from organisations where name like '[synthetic] Organisatie %') as orgs,
    (select count(*)::int from assessments a join organisations o on o.id = a.organisation_id where o.name like '[synthetic] Organisatie %') as assessments,
    (select count(*)::int from assessment_results) as results`.execute(db);

  // A coach-like member of 2,000 organisations, so one session can ask for many benchmarks.
  const { id: userId } = await db.insertInto('users').values({
    email: `bench-member-${Date.now()}@example.org`, display_name: 'Benchmark member', password_hash: 'x', role: 'org_member', created_at: new Date(), updated_at: new Date(),
  }).returning('id').executeTakeFirstOrThrow();
  const memberOrganisations = (await db.selectFrom('organisations').select('id').where('name', 'like', '[synthetic] Organisatie %')
    .orderBy('id').limit(MATURITY_SIZE.memberOf).execute()).map((o) => o.id);
  for (let i = 0; i < memberOrganisations.length; i += 1000) {
    await db.insertInto('organisation_members').values(memberOrganisations.slice(i, i + 1000).map((organisation_id) => ({ organisation_id, user_id: userId, role: 'member' as const }))).execute();
  }
  const memberAssessments = (await db.selectFrom('assessments').select('id').where('organisation_id', 'in', memberOrganisations).execute()).map((a) => a.id);
  const session = await createSession(db, userId, 24);
  return {
    modelId, organisations: counts.rows[0]!.orgs, assessments: counts.rows[0]!.assessments, results: counts.rows[0]!.results,
    memberOrganisations, memberAssessments, memberCookie: browserCookies(session.token), dimensions,
  };
}
