import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

type Reader = Kysely<Database> | Transaction<Database>;

export interface AssessmentRecord {
  id: number;
  organisationId: number;
  organisationName: string;
  shareWithTeam: boolean;
  modelId: number;
  modelVersion: number;
  kind: 'quick' | 'full';
  status: 'open' | 'submitted';
  startedBy: number | null;
  startedAt: Date;
  submittedAt: Date | null;
  isDemo: boolean;
  version: number;
}

function assessmentQuery(db: Reader) {
  return db.selectFrom('assessments as a')
    .innerJoin('organisations as o', 'o.id', 'a.organisation_id')
    .innerJoin('maturity_models as m', 'm.id', 'a.model_id')
    .select([
      'a.id', 'a.organisation_id as organisationId', 'o.name as organisationName', 'o.share_with_team as shareWithTeam',
      'a.model_id as modelId', 'm.version as modelVersion', 'a.kind', 'a.status', 'a.started_by as startedBy', 'a.started_at as startedAt',
      'a.submitted_at as submittedAt', 'a.is_demo as isDemo', 'a.version',
    ]);
}

export async function findAssessment(db: Reader, id: number): Promise<AssessmentRecord | undefined> {
  return assessmentQuery(db).where('a.id', '=', id).executeTakeFirst();
}

/** Newest first: the open one being worked on is usually the latest. */
export async function listAssessments(db: Reader, organisationId: number): Promise<AssessmentRecord[]> {
  return assessmentQuery(db).where('a.organisation_id', '=', organisationId).orderBy('a.started_at', 'desc').orderBy('a.id', 'desc').execute();
}

export interface OrganisationRecord { id: number; name: string; shareWithTeam: boolean; isDemo: boolean }

export async function findOrganisation(db: Reader, id: number): Promise<OrganisationRecord | undefined> {
  return db.selectFrom('organisations').select(['id', 'name', 'share_with_team as shareWithTeam', 'is_demo as isDemo'])
    .where('id', '=', id).where('retired_at', 'is', null).executeTakeFirst();
}

export interface RespondentRecord {
  assessmentId: number;
  userId: number;
  name: string;
  position: string;
  finishedAt: Date | null;
  answered: number;
}

/** Who answers which assessment, with how many questions each has answered. */
export async function respondentsOf(db: Reader, assessmentIds: readonly number[]): Promise<RespondentRecord[]> {
  if (!assessmentIds.length) return [];
  const rows = await db.selectFrom('assessment_respondents as r')
    .innerJoin('users as u', 'u.id', 'r.user_id')
    .innerJoin('assessments as a', 'a.id', 'r.assessment_id')
    .leftJoin('organisation_members as om', (j) => j.onRef('om.organisation_id', '=', 'a.organisation_id').onRef('om.user_id', '=', 'r.user_id'))
    .select((eb) => [
      'r.assessment_id as assessmentId', 'r.user_id as userId', 'u.display_name as name', 'om.position', 'r.finished_at as finishedAt',
      eb.selectFrom('assessment_answers as x').select((e) => e.fn.countAll<number>().as('n'))
        .whereRef('x.assessment_id', '=', 'r.assessment_id').whereRef('x.user_id', '=', 'r.user_id').as('answered'),
    ])
    .where('r.assessment_id', 'in', assessmentIds)
    .orderBy('u.display_name').execute();
  return rows.map((r) => ({ ...r, position: r.position ?? '', answered: Number(r.answered ?? 0) }));
}

export interface AnswerRecord {
  assessmentId: number;
  userId: number;
  questionId: number;
  currentLevel: number | null;
  targetLevel: number | null;
  notApplicable: boolean;
  note: string;
  evidenceUrl: string | null;
  updatedAt: Date;
  version: number;
}

export async function answersOf(db: Reader, assessmentId: number, userIds: readonly number[]): Promise<AnswerRecord[]> {
  if (!userIds.length) return [];
  return db.selectFrom('assessment_answers')
    .select([
      'assessment_id as assessmentId', 'user_id as userId', 'question_id as questionId', 'current_level as currentLevel', 'target_level as targetLevel',
      'not_applicable as notApplicable', 'note', 'evidence_url as evidenceUrl', 'updated_at as updatedAt', 'version',
    ])
    .where('assessment_id', '=', assessmentId).where('user_id', 'in', userIds).execute();
}

export interface ResultRecord {
  dimensionCode: string; level: number; targetLevel: number | null; minLevel: number; maxLevel: number; respondents: number; disagreement: boolean;
}

export async function resultsOf(db: Reader, assessmentId: number): Promise<ResultRecord[]> {
  return db.selectFrom('assessment_results')
    .select(['dimension_code as dimensionCode', 'level', 'target_level as targetLevel', 'min_level as minLevel', 'max_level as maxLevel', 'respondents', 'disagreement'])
    .where('assessment_id', '=', assessmentId).execute();
}
