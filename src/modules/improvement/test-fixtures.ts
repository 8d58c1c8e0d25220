import type { Db } from '../../db/database.js';
import type { TestApp } from '../../../test/helpers/app.js';
import { DIMENSION_CODES } from '../maturity/model.js';

/**
 * Fixtures by direct inserts, independent of the modules that will write these tables: a small
 * published model with a high version (so currentModelId() picks it), organisations, members and
 * submitted assessments with their results.
 */
export async function seedModel(db: Db, version = 91): Promise<{ id: number; critical: number; questions: Record<string, number[]> }> {
  const { id } = await db.insertInto('maturity_models').values({ version, status: 'published', published_at: new Date() }).returning('id').executeTakeFirstOrThrow();
  await db.insertInto('maturity_levels').values([0, 1, 2, 3, 4, 5].map((level) => ({
    model_id: id, level, name_nl: `Niveau ${level}`, name_en: `Level ${level}`, description_nl: `Beschrijving ${level}`, description_en: `Description ${level}`,
  }))).execute();
  await db.insertInto('maturity_dimensions').values(DIMENSION_CODES.map((code, i) => ({
    model_id: id, code, position: i + 1, name_nl: `Dim ${code}`, name_en: `Dim ${code} (en)`, description_nl: '', description_en: '',
  }))).execute();
  for (const code of DIMENSION_CODES) {
    await db.insertInto('maturity_dimension_levels').values([1, 2, 3, 4, 5].map((level) => ({
      model_id: id, dimension_code: code, level, meaning_nl: `${code} niveau ${level}`, meaning_en: `${code} level ${level}`,
    }))).execute();
    await db.insertInto('maturity_steps').values([1, 2, 3, 4, 5].flatMap((level) => [1, 2].map((position) => ({
      model_id: id, dimension_code: code, level, position, text_nl: `Stap ${position} naar ${code} ${level}`, text_en: `Step ${position} toward ${code} ${level}`,
    })))).execute();
  }
  const questions: Record<string, number[]> = {};
  let critical = 0;
  for (const code of DIMENSION_CODES) {
    questions[code] = [];
    for (const n of [1, 2]) {
      const isCritical = code === 'infrastructure' && n === 1;
      const q = await db.insertInto('maturity_questions').values({
        model_id: id, dimension_code: code, code: `${code}-${n}-v${version}`, position: n, text_nl: isCritical ? 'Back-ups' : `Vraag ${code} ${n}`,
        text_en: isCritical ? 'Backups' : `Question ${code} ${n}`, in_quick_scan: n === 1, critical_from: isCritical ? 3 : null,
      }).returning('id').executeTakeFirstOrThrow();
      questions[code]!.push(q.id);
      if (isCritical) critical = q.id;
    }
  }
  return { id, critical, questions };
}

let orgCounter = 0;
export async function makeOrganisation(db: Db, options: { name?: string; subsector?: string; contactable?: boolean; share?: boolean; demo?: boolean } = {}): Promise<number> {
  const { id } = await db.insertInto('organisations').values({
    name: options.name ?? `Testorganisatie ${++orgCounter} ${Math.random().toString(36).slice(2, 7)}`, subsector: options.subsector ?? 'heritage',
    staff_class: '5-19', budget_class: '250k-1m', province: 'antwerpen', municipality: 'Mechelen', legal_form: 'vzw', funding_framework: 'erfgoeddecreet',
    contactable: options.contactable ?? false, share_with_team: options.share ?? false, is_demo: options.demo ?? false,
  }).returning('id').executeTakeFirstOrThrow();
  return id;
}

export async function lastUserId(db: Db): Promise<number> {
  return (await db.selectFrom('users').select((eb) => eb.fn.max('id').as('id')).executeTakeFirstOrThrow()).id as number;
}

/** A fresh account with a membership (or none), and its request headers. */
export async function person(t: TestApp, organisationId: number | null, role: 'owner' | 'member' | 'respondent' | null, platformRole: 'org_member' | 'transition_team' = 'org_member') {
  const headers = await t.as(platformRole);
  const id = await lastUserId(t.database.db);
  if (organisationId !== null && role) await t.database.db.insertInto('organisation_members').values({ organisation_id: organisationId, user_id: id, role }).execute();
  const { email } = await t.database.db.selectFrom('users').select('email').where('id', '=', id).executeTakeFirstOrThrow();
  return { id, email, headers };
}

type Result = [level: number, target: number | null, min?: number, max?: number, disagreement?: boolean];

export async function submitAssessment(db: Db, organisationId: number, modelId: number, submittedAt: string, results: Partial<Record<string, Result>>, kind: 'quick' | 'full' = 'full'): Promise<number> {
  const { id } = await db.insertInto('assessments').values({
    organisation_id: organisationId, model_id: modelId, kind, status: 'submitted', started_at: new Date(submittedAt), submitted_at: new Date(submittedAt),
  }).returning('id').executeTakeFirstOrThrow();
  const rows = Object.entries(results).map(([code, r]) => ({
    assessment_id: id, dimension_code: code, level: r![0], target_level: r![1], min_level: r![2] ?? r![0], max_level: r![3] ?? r![0], respondents: 2, disagreement: r![4] ?? false,
  }));
  if (rows.length) await db.insertInto('assessment_results').values(rows).execute();
  return id;
}

export async function answer(db: Db, assessmentId: number, userId: number, questionId: number, level: number, evidence: string | null = null) {
  await db.insertInto('assessment_respondents').values({ assessment_id: assessmentId, user_id: userId, finished_at: new Date() }).onConflict((oc) => oc.doNothing()).execute();
  await db.insertInto('assessment_answers').values({ assessment_id: assessmentId, user_id: userId, question_id: questionId, current_level: level, target_level: level, evidence_url: evidence }).execute();
}
