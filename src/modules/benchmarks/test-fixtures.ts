import type { Db } from '../../db/database.js';
import { currentModelId, DIMENSION_CODES } from '../maturity/model.js';
import { DIMENSION_NAMES } from './dimension-names.js';

/**
 * Small hand-made datasets for the module's tests: a published model when none is seeded, and
 * organisations with submitted results written the way the assessments module writes them.
 */
export async function ensureModel(db: Db): Promise<number> {
  const existing = await currentModelId(db);
  if (existing !== undefined) return existing;
  const top = await db.selectFrom('maturity_models').select((eb) => eb.fn.max('version').as('v')).executeTakeFirst();
  const { id } = await db.insertInto('maturity_models').values({ version: Number(top?.v ?? 0) + 1, status: 'published', based_on: null, published_at: new Date() })
    .returning('id').executeTakeFirstOrThrow();
  await db.insertInto('maturity_dimensions').values(DIMENSION_CODES.map((code, position) => ({
    model_id: id, code, position, name_nl: DIMENSION_NAMES[code].nl, name_en: DIMENSION_NAMES[code].en, description_nl: '', description_en: '',
  }))).execute();
  return id;
}

let counter = 0;

export interface OrgSpec { subsector: string; staff: '0-4' | '5-19' | '20-49' | '50+'; province: string; demo?: boolean; shareWithTeam?: boolean }

export async function addOrganisation(db: Db, spec: OrgSpec): Promise<number> {
  const n = ++counter;
  const { id } = await db.insertInto('organisations').values({
    name: `${spec.demo ? 'Demo: ' : ''}Testorganisatie ${n} ${Math.random().toString(36).slice(2, 7)}`, subsector: spec.subsector, staff_class: spec.staff,
    budget_class: 'lt-250k', province: spec.province, municipality: 'Gent', legal_form: 'vzw', funding_framework: 'none', website: null,
    share_with_team: spec.shareWithTeam ?? false, is_demo: spec.demo ?? false,
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}

/** A submitted assessment: `levels` and `targets` per dimension code (missing codes: level 2, no target). */
export async function addResult(db: Db, organisationId: number, modelId: number, submittedAt: string,
  levels: Partial<Record<string, number>>, targets: Partial<Record<string, number>> = {}, kind: 'quick' | 'full' = 'full'): Promise<number> {
  const { id } = await db.insertInto('assessments').values({
    organisation_id: organisationId, model_id: modelId, kind, status: 'submitted', started_by: null, started_at: new Date(submittedAt), submitted_at: new Date(submittedAt),
  }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('assessment_results').values(DIMENSION_CODES.map((code) => {
    const level = levels[code] ?? 2;
    return { assessment_id: id, dimension_code: code, level, target_level: targets[code] ?? null, min_level: level, max_level: level, respondents: 1 };
  })).execute();
  return id;
}

export async function addMember(db: Db, organisationId: number, userId: number, role: 'owner' | 'member' | 'respondent' = 'member') {
  await db.insertInto('organisation_members').values({ organisation_id: organisationId, user_id: userId, role }).execute();
}

/** The newest account: the one a test app's as(role) just created. */
export async function newestUserId(db: Db): Promise<number> {
  const row = await db.selectFrom('users').select('id').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
  return row.id;
}
