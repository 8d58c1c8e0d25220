import { sql } from 'kysely';
import { notFound } from '../../../plugins/errors.js';
import { LIMITS } from '../constants.js';
import type { Reader } from '../db.js';
import type { ProjectListQuery } from '../schemas.js';

/** A project with what its list row and page show: lead, call and instrument. */
function projectBase(db: Reader) {
  return db.selectFrom('projects as p')
    .innerJoin('organisations as o', 'o.id', 'p.lead_organisation_id')
    .innerJoin('calls as c', 'c.id', 'p.call_id')
    .innerJoin('instruments as i', 'i.id', 'c.instrument_id')
    .select([
      'p.id', 'p.code', 'p.application_id', 'p.call_id', 'p.lead_organisation_id', 'p.title', 'p.granted_eur', 'p.starts_on', 'p.ends_on',
      'p.status', 'p.closed_at', 'p.is_demo', 'p.version', 'p.created_at',
      'o.name as lead_name', 'o.subsector as lead_subsector', 'o.is_demo as lead_is_demo',
      'c.code as call_code', 'c.title_nl as call_title_nl', 'c.title_en as call_title_en',
      'i.code as instrument_code', 'i.name_nl as instrument_name_nl', 'i.name_en as instrument_name_en',
    ]);
}

export type ProjectRow = Awaited<ReturnType<ReturnType<typeof projectBase>['executeTakeFirstOrThrow']>>;

export interface Page<T> { items: T[]; total: number; page: number; pages: number; pageSize: number }

export async function listProjects(db: Reader, query: ProjectListQuery): Promise<Page<ProjectRow>> {
  let q = projectBase(db);
  if (query.call) q = q.where('c.code', '=', query.call);
  if (query.instrument) q = q.where('i.code', '=', query.instrument);
  if (query.status) q = q.where('p.status', '=', query.status);
  if (query.year) q = q.where(sql<number>`extract(year from p.starts_on)`, '=', query.year);
  const pageSize = LIMITS.projectsPage;
  const page = query.page ?? 1;
  const [items, count] = await Promise.all([
    q.orderBy('p.starts_on', 'desc').orderBy('p.id', 'desc').limit(pageSize).offset((page - 1) * pageSize).execute(),
    q.clearSelect().select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const total = Number(count.n);
  return { items, total, page, pages: Math.max(1, Math.ceil(total / pageSize)), pageSize };
}

export async function findProject(db: Reader, code: string): Promise<ProjectRow> {
  const row = await projectBase(db).where('p.code', '=', code).executeTakeFirst();
  if (!row) throw notFound('project', code);
  return row;
}

export interface ConsortiumMember { id: number; name: string; subsector: string; subsectorName: { nl: string; en: string }; role: 'lead' | 'partner'; contribution: string; isDemo: boolean }

/** The consortium from the application: the lead first, then the partners by name. */
export async function consortiumOf(db: Reader, project: { application_id: number; lead_organisation_id: number }): Promise<ConsortiumMember[]> {
  const rows = await db.selectFrom('application_partners as ap')
    .innerJoin('organisations as o', 'o.id', 'ap.organisation_id')
    .innerJoin('subsectors as s', 's.code', 'o.subsector')
    .select(['o.id', 'o.name', 'o.subsector', 's.name_nl', 's.name_en', 'ap.role', 'ap.contribution', 'o.is_demo'])
    .where('ap.application_id', '=', project.application_id)
    .execute();
  const members = rows.map((r) => ({
    id: r.id, name: r.name, subsector: r.subsector, subsectorName: { nl: r.name_nl, en: r.name_en },
    role: r.id === project.lead_organisation_id ? 'lead' as const : r.role, contribution: r.contribution, isDemo: r.is_demo,
  }));
  if (!members.some((m) => m.id === project.lead_organisation_id)) {
    const lead = await db.selectFrom('organisations as o').innerJoin('subsectors as s', 's.code', 'o.subsector')
      .select(['o.id', 'o.name', 'o.subsector', 's.name_nl', 's.name_en', 'o.is_demo']).where('o.id', '=', project.lead_organisation_id).executeTakeFirst();
    if (lead) members.push({ id: lead.id, name: lead.name, subsector: lead.subsector, subsectorName: { nl: lead.name_nl, en: lead.name_en }, role: 'lead', contribution: '', isDemo: lead.is_demo });
  }
  return members.sort((a, b) => (a.role === b.role ? a.name.localeCompare(b.name) : a.role === 'lead' ? -1 : 1));
}

export async function milestonesOf(db: Reader, projectId: number) {
  return db.selectFrom('project_milestones').selectAll()
    .where('project_id', '=', projectId).orderBy('position').orderBy('due_on').orderBy('id').execute();
}
export type MilestoneRow = Awaited<ReturnType<typeof milestonesOf>>[number];

export async function reportsOf(db: Reader, projectId: number) {
  return db.selectFrom('project_reports as r').innerJoin('users as u', 'u.id', 'r.submitted_by')
    .select(['r.id', 'r.kind', 'r.period_label', 'r.body', 'r.submitted_at', 'u.display_name as submitted_by_name'])
    .where('r.project_id', '=', projectId).orderBy('r.submitted_at').orderBy('r.id').execute();
}
export type ReportRow = Awaited<ReturnType<typeof reportsOf>>[number];

/** What the list can be filtered on: only calls, instruments and years that have projects. */
export async function projectFilterOptions(db: Reader) {
  const [calls, instruments, years] = await Promise.all([
    db.selectFrom('calls as c').select(['c.code', 'c.title_nl', 'c.title_en'])
      .where((eb) => eb.exists(eb.selectFrom('projects as p').select('p.id').whereRef('p.call_id', '=', 'c.id'))).orderBy('c.code').execute(),
    db.selectFrom('instruments as i').select(['i.code', 'i.name_nl', 'i.name_en'])
      .where((eb) => eb.exists(eb.selectFrom('projects as p').innerJoin('calls as c', 'c.id', 'p.call_id').select('p.id').whereRef('c.instrument_id', '=', 'i.id')))
      .orderBy('i.code').execute(),
    db.selectFrom('projects').select(sql<number>`extract(year from starts_on)::int`.as('year')).distinct().orderBy('year', 'desc').execute(),
  ]);
  return {
    calls: calls.map((c) => ({ code: c.code, title: { nl: c.title_nl, en: c.title_en } })),
    instruments: instruments.map((i) => ({ code: i.code, name: { nl: i.name_nl, en: i.name_en } })),
    years: years.map((y) => Number(y.year)),
  };
}
export type ProjectFilterOptions = Awaited<ReturnType<typeof projectFilterOptions>>;
