import type { Bilingual } from '../../catalog/types.js';
import type { Body, DecisionRef, DecisionSummary, Meeting, Q, Treatment } from './queries.js';
import type { SubjectType } from './schemas.js';

/** Reads about decisions (besluit:Besluit): what they are about, where they came from, what followed. */
const bi = (nl: string, en: string): Bilingual => ({ nl, en });

export interface Subject { type: SubjectType; id: number; code: string | null; title: Bilingual | null; href: string | null }

/**
 * Pages of the records a decision can be about. Action lines, plans, actions and KPIs belong to
 * the cycle and monitoring modules; their addresses are added here once those pages exist.
 */
const SUBJECT_PAGES: Partial<Record<SubjectType, (code: string | null, id: number) => string | null>> = {
  body: (code) => (code ? `/bodies/${code}` : null),
  instrument: (code) => (code ? `/instruments/${code}` : null),
  action_line: (code) => (code ? `/action-lines/${code}` : null),
  plan: (_code, id) => `/plans/${id}`,
  action: (_code, id) => `/actions/${id}`,
  kpi: (code) => (code ? `/kpis/${code}` : null),
};

/** Turns (type, id) pairs into what a reader needs: code, title, page. Missing rows keep their id. */
export async function resolveSubjects(db: Q, pairs: Array<{ subject_type: SubjectType; subject_id: number }>): Promise<Subject[]> {
  const ids = (type: SubjectType) => pairs.filter((p) => p.subject_type === type).map((p) => p.subject_id);
  const found = new Map<string, { code: string | null; title: Bilingual }>();
  const put = (type: SubjectType, rows: Array<{ id: number; code: string | null; nl: string; en: string }>) => {
    for (const r of rows) found.set(`${type}:${r.id}`, { code: r.code, title: bi(r.nl, r.en) });
  };
  if (ids('action_line').length) put('action_line', await db.selectFrom('action_lines').select(['id', 'code', 'title_nl as nl', 'title_en as en']).where('id', 'in', ids('action_line')).execute());
  if (ids('action').length) put('action', await db.selectFrom('actions').select(['id', 'code', 'title_nl as nl', 'title_en as en']).where('id', 'in', ids('action')).execute());
  if (ids('kpi').length) put('kpi', await db.selectFrom('kpis').select(['id', 'code', 'name_nl as nl', 'name_en as en']).where('id', 'in', ids('kpi')).execute());
  if (ids('body').length) put('body', await db.selectFrom('bodies').select(['id', 'code', 'name_nl as nl', 'name_en as en']).where('id', 'in', ids('body')).execute());
  if (ids('instrument').length) put('instrument', await db.selectFrom('instruments').select(['id', 'code', 'name_nl as nl', 'name_en as en']).where('id', 'in', ids('instrument')).execute());
  if (ids('plan').length) {
    const plans = await db.selectFrom('plans as p').innerJoin('action_lines as l', 'l.id', 'p.action_line_id')
      .select(['p.id', 'p.kind', 'p.year_from', 'p.year_to', 'l.title_nl', 'l.title_en']).where('p.id', 'in', ids('plan')).execute();
    put('plan', plans.map((p) => {
      const years = p.year_from === p.year_to ? String(p.year_from) : `${p.year_from}-${p.year_to}`;
      return { id: p.id, code: null, nl: `${p.kind === 'annual' ? 'Jaarplan' : 'Meerjarenplan'} ${years}: ${p.title_nl}`, en: `${p.kind === 'annual' ? 'Annual plan' : 'Multi-year plan'} ${years}: ${p.title_en}` };
    }));
  }
  return pairs.map((p) => {
    const hit = found.get(`${p.subject_type}:${p.subject_id}`);
    return { type: p.subject_type, id: p.subject_id, code: hit?.code ?? null, title: hit?.title ?? null, href: hit ? SUBJECT_PAGES[p.subject_type]?.(hit.code, p.subject_id) ?? null : null };
  });
}

export async function subjectsOf(db: Q, decisionIds: number[]): Promise<Map<number, Subject[]>> {
  const out = new Map<number, Subject[]>();
  if (!decisionIds.length) return out;
  const rows = await db.selectFrom('decision_subjects').selectAll().where('decision_id', 'in', decisionIds).orderBy('subject_type').orderBy('subject_id').execute();
  const resolved = await resolveSubjects(db, rows);
  rows.forEach((r, i) => { const list = out.get(r.decision_id) ?? []; list.push(resolved[i]!); out.set(r.decision_id, list); });
  return out;
}

export interface Decision extends DecisionSummary {
  text: Bilingual;
  /** Why it was decided (besluit:motivering), when it takes effect and what kind of decision it is (the legal resource it realises). */
  motivation: Bilingual; inForceOn: string | null; documentType: 'establishment' | 'appointment' | 'policy' | 'approval' | 'other' | null; publishedAt: Date | null; createdAt: Date; updatedAt: Date;
  body: { id: number; code: string; kind: Body['kind']; name: Bilingual };
  meeting: { id: number; startsAt: Date; place: string; status: Meeting['status'] } | null;
  agendaItem: { id: number; position: number; title: Bilingual; isPublic: boolean } | null;
  treatment: Treatment | null;
  subjects: Subject[];
}

function decisionSelect(db: Q) {
  return db.selectFrom('decisions as d').innerJoin('bodies as b', 'b.id', 'd.body_id')
    .leftJoin('treatments as t', 't.id', 'd.treatment_id')
    .leftJoin('agenda_items as i', 'i.id', 't.agenda_item_id')
    .leftJoin('meetings as m', 'm.id', 'i.meeting_id')
    .select([
      'd.id', 'd.code', 'd.title_nl', 'd.title_en', 'd.text_nl', 'd.text_en', 'd.status', 'd.decided_on', 'd.published_at', 'd.is_demo', 'd.version',
      'd.created_at', 'd.updated_at', 'd.motivation_nl', 'd.motivation_en', 'd.in_force_on', 'd.document_type', 'b.id as body_id', 'b.code as body_code', 'b.kind as body_kind', 'b.name_nl as body_nl', 'b.name_en as body_en',
      't.id as t_id', 't.is_public as t_public', 't.votes_for', 't.votes_against', 't.abstentions', 't.outcome', 't.notes_nl', 't.notes_en',
      'i.id as i_id', 'i.position', 'i.title_nl as i_nl', 'i.title_en as i_en', 'i.is_public as i_public',
      'm.id as m_id', 'm.starts_at', 'm.place', 'm.status as m_status',
    ]);
}
type DecisionRow = Awaited<ReturnType<ReturnType<typeof decisionSelect>['executeTakeFirstOrThrow']>>;
function toDecision(r: DecisionRow, subjects: Subject[]): Decision {
  return {
    id: r.id, code: r.code, title: bi(r.title_nl, r.title_en), text: bi(r.text_nl, r.text_en), status: r.status, decidedOn: r.decided_on,
    publishedAt: r.published_at, isDemo: r.is_demo, version: r.version, createdAt: r.created_at, updatedAt: r.updated_at,
    motivation: bi(r.motivation_nl, r.motivation_en), inForceOn: r.in_force_on, documentType: r.document_type,
    body: { id: r.body_id, code: r.body_code, kind: r.body_kind, name: bi(r.body_nl, r.body_en) },
    meeting: r.m_id !== null && r.starts_at ? { id: r.m_id, startsAt: r.starts_at, place: r.place ?? '', status: r.m_status ?? 'planned' } : null,
    agendaItem: r.i_id !== null ? { id: r.i_id, position: r.position ?? 0, title: bi(r.i_nl ?? '', r.i_en ?? ''), isPublic: r.i_public ?? true } : null,
    treatment: r.t_id !== null && r.outcome ? {
      id: r.t_id, isPublic: r.t_public ?? true, votesFor: r.votes_for, votesAgainst: r.votes_against, abstentions: r.abstentions,
      outcome: r.outcome, notes: bi(r.notes_nl ?? '', r.notes_en ?? ''), voters: { for: [], against: [], abstain: [] },
    } : null,
    subjects,
  };
}

export async function decisionByCode(db: Q, code: string): Promise<Decision | undefined> {
  const row = await decisionSelect(db).where('d.code', '=', code).executeTakeFirst();
  if (!row) return undefined;
  return toDecision(row, (await subjectsOf(db, [row.id])).get(row.id) ?? []);
}

export interface Page<T> { items: T[]; total: number; page: number; pageSize: number; pages: number }

/** Cursor pagination: decisions in code order after `after`, `limit` of them and one more to tell whether more follow. */
export async function decisionsAfter(db: Q, filter: { bodyId?: number | undefined; status?: DecisionRef['status'] | undefined; after: string | null; limit: number }): Promise<{ rows: Decision[]; total: number }> {
  let query = decisionSelect(db);
  if (filter.bodyId !== undefined) query = query.where('d.body_id', '=', filter.bodyId);
  if (filter.status !== undefined) query = query.where('d.status', '=', filter.status);
  const { n } = await query.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  if (filter.after !== null) query = query.where('d.code', '>', filter.after);
  const rows = await query.orderBy('d.code').limit(filter.limit + 1).execute();
  const subjects = await subjectsOf(db, rows.map((r) => r.id));
  return { rows: rows.map((r) => toDecision(r, subjects.get(r.id) ?? [])), total: Number(n) };
}

export async function listDecisions(db: Q, filter: { bodyId?: number | undefined; status?: DecisionRef['status'] | undefined; page: number; pageSize: number }): Promise<Page<Decision>> {
  let query = decisionSelect(db);
  if (filter.bodyId !== undefined) query = query.where('d.body_id', '=', filter.bodyId);
  if (filter.status !== undefined) query = query.where('d.status', '=', filter.status);
  const { n } = await query.clearSelect().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const total = Number(n);
  const rows = await query.orderBy('d.decided_on', (ob) => ob.desc().nullsLast()).orderBy('d.code', 'desc')
    .limit(filter.pageSize).offset((filter.page - 1) * filter.pageSize).execute();
  const subjects = await subjectsOf(db, rows.map((r) => r.id));
  return {
    items: rows.map((r) => toDecision(r, subjects.get(r.id) ?? [])), total, page: filter.page, pageSize: filter.pageSize,
    pages: Math.max(1, Math.ceil(total / filter.pageSize)),
  };
}

/** Everything that followed from a decision, read straight from the tables other modules fill. */
export interface FollowUp {
  actions: Array<{ id: number; code: string; title: Bilingual; status: string }>;
  plans: Array<{ id: number; kind: string; yearFrom: number; yearTo: number; status: string; actionLine: { code: string; title: Bilingual } }>;
  baselines: Array<{ planId: number; version: number; reason: string; frozenAt: Date; actionLine: { code: string; title: Bilingual } }>;
  workingGroups: Array<{ code: string; name: Bilingual; endsOn: string | null; isDemo: boolean }>;
}

export async function followUpOf(db: Q, decisionId: number): Promise<FollowUp> {
  const [actions, plans, baselines, groups] = await Promise.all([
    db.selectFrom('action_decisions as ad').innerJoin('actions as a', 'a.id', 'ad.action_id')
      .select(['a.id', 'a.code', 'a.title_nl', 'a.title_en', 'a.status']).where('ad.decision_id', '=', decisionId).orderBy('a.code').execute(),
    db.selectFrom('plans as p').innerJoin('action_lines as l', 'l.id', 'p.action_line_id')
      .select(['p.id', 'p.kind', 'p.year_from', 'p.year_to', 'p.status', 'l.code', 'l.title_nl', 'l.title_en'])
      .where('p.adopted_by_decision_id', '=', decisionId).orderBy('p.year_from').execute(),
    db.selectFrom('plan_baselines as pb').innerJoin('plans as p', 'p.id', 'pb.plan_id').innerJoin('action_lines as l', 'l.id', 'p.action_line_id')
      .select(['pb.plan_id', 'pb.version', 'pb.reason', 'pb.frozen_at', 'l.code', 'l.title_nl', 'l.title_en'])
      .where('pb.decision_id', '=', decisionId).orderBy('pb.frozen_at').execute(),
    db.selectFrom('bodies').select(['code', 'name_nl', 'name_en', 'ends_on', 'is_demo']).where('established_by_decision_id', '=', decisionId).orderBy('code').execute(),
  ]);
  return {
    actions: actions.map((a) => ({ id: a.id, code: a.code, title: bi(a.title_nl, a.title_en), status: a.status })),
    plans: plans.map((p) => ({ id: p.id, kind: p.kind, yearFrom: p.year_from, yearTo: p.year_to, status: p.status, actionLine: { code: p.code, title: bi(p.title_nl, p.title_en) } })),
    baselines: baselines.map((b) => ({ planId: b.plan_id, version: b.version, reason: b.reason, frozenAt: b.frozen_at, actionLine: { code: b.code, title: bi(b.title_nl, b.title_en) } })),
    workingGroups: groups.map((g) => ({ code: g.code, name: bi(g.name_nl, g.name_en), endsOn: g.ends_on, isDemo: g.is_demo })),
  };
}

/** The decisions behind an action (action_decisions), for the follow-up cycle to show. */
export async function decisionsBehindAction(db: Q, actionId: number, options: { publishedOnly?: boolean } = {}): Promise<DecisionRef[]> {
  let query = db.selectFrom('action_decisions as ad').innerJoin('decisions as d', 'd.id', 'ad.decision_id')
    .select(['d.id', 'd.code', 'd.title_nl', 'd.title_en', 'd.status']).where('ad.action_id', '=', actionId);
  if (options.publishedOnly) query = query.where('d.status', '=', 'published');
  const rows = await query.orderBy('d.decided_on').orderBy('d.code').execute();
  return rows.map((r) => ({ id: r.id, code: r.code, title: bi(r.title_nl, r.title_en), status: r.status }));
}

/** One decision by id, with where it was taken; undefined when there is none. */
export async function findDecision(db: Q, id: number): Promise<(DecisionRef & { decidedOn: string | null; body: { code: string; name: Bilingual }; isDemo: boolean }) | undefined> {
  const r = await db.selectFrom('decisions as d').innerJoin('bodies as b', 'b.id', 'd.body_id')
    .select(['d.id', 'd.code', 'd.title_nl', 'd.title_en', 'd.status', 'd.decided_on', 'd.is_demo', 'b.code as body_code', 'b.name_nl', 'b.name_en'])
    .where('d.id', '=', id).executeTakeFirst();
  return r ? {
    id: r.id, code: r.code, title: bi(r.title_nl, r.title_en), status: r.status, decidedOn: r.decided_on, isDemo: r.is_demo,
    body: { code: r.body_code, name: bi(r.name_nl, r.name_en) },
  } : undefined;
}
