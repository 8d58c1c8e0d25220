import { createHash } from 'node:crypto';
import type { Db } from '../../../db/database.js';
import type { OrganisationRole } from '../../../db/schema.js';

/**
 * Test fixtures: a small published model and an organisation with members, by direct inserts,
 * so the tests do not depend on the seeded model's content. Version 90 is above any real version,
 * so currentModelId() picks it.
 */
export interface FixtureModel {
  id: number;
  /** Question ids by code. */
  q: Record<string, number>;
}

const LEVEL_NAMES = ['Nog niet', 'Verkennend', 'Herhaald', 'Vastgelegd', 'Gestuurd', 'Toonaangevend'];
const LEVEL_NAMES_EN = ['Not yet', 'Exploring', 'Repeated', 'Defined', 'Managed', 'Leading'];

/**
 * Three dimensions: audience (A1-A3; A1 and A2 in the quick scan), data (D1-D2; D1 quick, D2 without
 * "not applicable") and infrastructure (I1 critical from 3 and in the quick scan, I2, I3).
 */
export async function createModel(db: Db, version = 90): Promise<FixtureModel> {
  const { id } = await db.insertInto('maturity_models').values({ version, status: 'published', based_on: null, published_at: new Date(), note_nl: 'Testmodel', note_en: 'Test model' })
    .returning('id').executeTakeFirstOrThrow();
  await db.insertInto('maturity_levels').values(LEVEL_NAMES.map((name, level) => ({
    model_id: id, level, name_nl: name, name_en: LEVEL_NAMES_EN[level]!, description_nl: `Beschrijving van niveau ${level}`, description_en: `Description of level ${level}`,
  }))).execute();
  const dims = [['audience', 'Publiek', 'Audience'], ['data', 'Data', 'Data'], ['infrastructure', 'Infrastructuur', 'Infrastructure']] as const;
  await db.insertInto('maturity_dimensions').values(dims.map(([code, nl, en], i) => ({
    model_id: id, code, position: i + 1, name_nl: nl, name_en: en, description_nl: `Over ${nl}`, description_en: `About ${en}`,
  }))).execute();
  for (const [code] of dims) {
    await db.insertInto('maturity_dimension_levels').values([1, 2, 3, 4, 5].map((level) => ({
      model_id: id, dimension_code: code, level, meaning_nl: `${code} niveau ${level} betekent`, meaning_en: `${code} level ${level} means`,
    }))).execute();
    await db.insertInto('maturity_steps').values([1, 2, 3, 4, 5].flatMap((level) => [1, 2].map((position) => ({
      model_id: id, dimension_code: code, level, position, text_nl: `Stap ${position} naar ${code} ${level}`, text_en: `Step ${position} to ${code} ${level}`,
    })))).execute();
  }
  const questions: Array<{ code: string; dim: string; quick: boolean; critical?: number; na?: boolean }> = [
    { code: 'A1', dim: 'audience', quick: true }, { code: 'A2', dim: 'audience', quick: true }, { code: 'A3', dim: 'audience', quick: false },
    { code: 'D1', dim: 'data', quick: true }, { code: 'D2', dim: 'data', quick: false, na: false },
    { code: 'I1', dim: 'infrastructure', quick: true, critical: 3 }, { code: 'I2', dim: 'infrastructure', quick: false }, { code: 'I3', dim: 'infrastructure', quick: false },
  ];
  const rows = await db.insertInto('maturity_questions').values(questions.map((q, i) => ({
    model_id: id, dimension_code: q.dim, code: q.code, position: i + 1, text_nl: `Vraag ${q.code}`, text_en: `Question ${q.code}`,
    help_nl: `Hulp bij ${q.code}`, help_en: `Help with ${q.code}`, in_quick_scan: q.quick, critical_from: q.critical ?? null, allows_not_applicable: q.na ?? true,
  }))).returning(['id', 'code']).execute();
  return { id, q: Object.fromEntries(rows.map((r) => [r.code, r.id])) };
}

export async function createOrganisation(db: Db, name: string, options: { shareWithTeam?: boolean; isDemo?: boolean } = {}): Promise<number> {
  const subsector = await db.selectFrom('subsectors').select('code').orderBy('position').executeTakeFirstOrThrow();
  const { id } = await db.insertInto('organisations').values({
    name, subsector: subsector.code, staff_class: '5-19', budget_class: '250k-1m', province: 'antwerpen', municipality: 'Antwerpen',
    legal_form: 'vzw', funding_framework: 'kunstendecreet', website: null, share_with_team: options.shareWithTeam ?? false, is_demo: options.isDemo ?? false,
    created_at: new Date(), updated_at: new Date(),
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** The user behind the session cookie of test/helpers/app.ts `as()` headers. */
export async function userIdOf(db: Db, headers: Record<string, string>): Promise<number> {
  const token = /tr_session=([^;]+)/.exec(headers.cookie ?? '')![1]!;
  const hash = createHash('sha256').update(token).digest('base64url');
  return (await db.selectFrom('sessions').select('user_id').where('id_hash', '=', hash).executeTakeFirstOrThrow()).user_id;
}

export async function addMember(db: Db, organisationId: number, userId: number, role: OrganisationRole, position = ''): Promise<void> {
  await db.insertInto('organisation_members').values({ organisation_id: organisationId, user_id: userId, role, position }).execute();
}

export async function inviteCoach(db: Db, organisationId: number, coachUserId: number, invitedBy: number): Promise<void> {
  await db.insertInto('coach_invitations').values({ organisation_id: organisationId, coach_user_id: coachUserId, invited_by: invitedBy }).execute();
}
