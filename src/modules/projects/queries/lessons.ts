import { sql } from 'kysely';
import { notFound } from '../../../plugins/errors.js';
import { LIMITS } from '../constants.js';
import type { Reader } from '../db.js';
import type { LessonListQuery } from '../schemas.js';
import type { Page } from './projects.js';

function lessonBase(db: Reader) {
  return db.selectFrom('lessons as l')
    .leftJoin('projects as p', 'p.id', 'l.project_id')
    .leftJoin('organisations as o', 'o.id', 'l.organisation_id')
    .select([
      'l.id', 'l.code', 'l.project_id', 'l.organisation_id', 'l.title', 'l.summary', 'l.what_worked', 'l.what_failed', 'l.details',
      'l.publish_details', 'l.language', 'l.outcome', 'l.pillars', 'l.challenges', 'l.dimension_codes', 'l.subsectors', 'l.technologies',
      'l.published_at', 'l.is_demo', 'l.created_at', 'l.updated_at', 'l.retired_at', 'l.version',
      'p.code as project_code', 'p.title as project_title', 'p.application_id as project_application_id', 'p.lead_organisation_id as project_lead_id', 'p.status as project_status',
      'o.name as organisation_name', 'o.is_demo as organisation_is_demo',
    ]);
}

export type LessonRow = Awaited<ReturnType<ReturnType<typeof lessonBase>['executeTakeFirstOrThrow']>>;

/** Filters every reader of published lessons shares: the lesson pages, the knowledge space, the guide, search. */
export type LessonFilters = Omit<LessonListQuery, 'page' | 'lang'> & { project?: string; organisationId?: number; limit?: number; offset?: number };

function filtered(db: Reader, f: LessonFilters) {
  let q = lessonBase(db).where('l.published_at', 'is not', null).where('l.retired_at', 'is', null);
  if (f.pillar) q = q.where(sql<boolean>`${f.pillar} = any(l.pillars)`);
  if (f.challenge) q = q.where(sql<boolean>`${f.challenge} = any(l.challenges)`);
  if (f.dimension) q = q.where(sql<boolean>`${f.dimension} = any(l.dimension_codes)`);
  if (f.subsector) q = q.where(sql<boolean>`${f.subsector} = any(l.subsectors)`);
  if (f.technology) q = q.where(sql<boolean>`exists (select 1 from unnest(l.technologies) as tech(name) where lower(tech.name) = lower(${f.technology}))`);
  if (f.outcome) q = q.where('l.outcome', '=', f.outcome);
  if (f.source === 'project') q = q.where('l.project_id', 'is not', null);
  if (f.source === 'organisation') q = q.where('l.project_id', 'is', null);
  if (f.project) q = q.where('p.code', '=', f.project);
  if (f.organisationId) q = q.where('l.organisation_id', '=', f.organisationId);
  return q;
}

/** Published lessons, newest first, with their total for paging. */
export async function publishedLessons(db: Reader, f: LessonFilters): Promise<{ rows: LessonRow[]; total: number }> {
  const q = filtered(db, f);
  const [rows, count] = await Promise.all([
    q.orderBy('l.published_at', 'desc').orderBy('l.id', 'desc').limit(f.limit ?? 10000).offset(f.offset ?? 0).execute(),
    q.clearSelect().select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

/** Cursor pagination: published lessons in code order after `after`, `limit` of them and one more to tell whether more follow. */
export async function publishedLessonsAfter(db: Reader, f: LessonFilters, after: string | null, limit: number): Promise<{ rows: LessonRow[]; total: number }> {
  const q = filtered(db, f);
  const [rows, count] = await Promise.all([
    (after === null ? q : q.where('l.code', '>', after)).orderBy('l.code').limit(limit + 1).execute(),
    q.clearSelect().select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function lessonPage(db: Reader, query: LessonListQuery): Promise<Page<LessonRow>> {
  const { page = 1, lang: _lang, ...filters } = query;
  const pageSize = LIMITS.lessonsPage;
  const { rows, total } = await publishedLessons(db, { ...filters, limit: pageSize, offset: (page - 1) * pageSize });
  return { items: rows, total, page, pages: Math.max(1, Math.ceil(total / pageSize)), pageSize };
}

export async function findLesson(db: Reader, code: string): Promise<LessonRow> {
  const row = await lessonBase(db).where('l.code', '=', code).where('l.retired_at', 'is', null).executeTakeFirst();
  if (!row) throw notFound('lesson', code);
  return row;
}

/** A project's lessons: all of them for its consortium and the team, the published ones for others. */
export async function lessonsOfProject(db: Reader, projectId: number, includeUnpublished: boolean): Promise<LessonRow[]> {
  let q = lessonBase(db).where('l.project_id', '=', projectId).where('l.retired_at', 'is', null);
  if (!includeUnpublished) q = q.where('l.published_at', 'is not', null);
  return q.orderBy('l.created_at').orderBy('l.id').execute();
}

/** Unpublished lessons an account's organisations wrote outside projects, for its own overview. */
export async function draftLessonsOf(db: Reader, userId: number): Promise<LessonRow[]> {
  return lessonBase(db).where('l.project_id', 'is', null).where('l.published_at', 'is', null).where('l.retired_at', 'is', null)
    .where((eb) => eb.exists(eb.selectFrom('organisation_members as m').select('m.user_id')
      .whereRef('m.organisation_id', '=', 'l.organisation_id').where('m.user_id', '=', userId).where('m.role', 'in', ['owner', 'member'])))
    .orderBy('l.updated_at', 'desc').execute();
}

/** Tag values in use on published lessons, for the filter menus. */
export async function lessonTechnologies(db: Reader): Promise<string[]> {
  const rows = await sql<{ name: string }>`select distinct lower(tech.name) as name from lessons l, unnest(l.technologies) as tech(name)
    where l.published_at is not null and l.retired_at is null order by 1`.execute(db);
  return rows.rows.map((r) => r.name);
}
