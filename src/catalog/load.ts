import type { Db } from '../db/database.js';
import type {
  Actor, ActorRole, Case, Challenge, Instrument, Pillar, Principle, Recommendation, Spearhead, SubsectorView, TimelineEvent,
} from './types.js';

/** Loaders of the catalog read model: one query per table, grouped in memory (no N+1). */

const bi = (nl: string, en: string) => ({ nl, en });
const iso = (d: Date) => d.toISOString();

/** Rows by key, in their order, in one pass. */
export function groupBy<T, K>(rows: readonly T[], key: (row: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row); else map.set(k, [row]);
  }
  return map;
}

export async function loadFramework(db: Db) {
  const [subsectors, pillars, challenges, recs, recChallenges, recPillars, principles, prChallenges, prRecs, spearheads, events] = await Promise.all([
    db.selectFrom('subsectors').selectAll().orderBy('position').execute(),
    db.selectFrom('pillars').selectAll().orderBy('number').execute(),
    db.selectFrom('challenges').selectAll().orderBy('number').execute(),
    db.selectFrom('recommendations').selectAll().orderBy('position').execute(),
    db.selectFrom('recommendation_challenges').selectAll().orderBy('challenge').execute(),
    db.selectFrom('recommendation_pillars').selectAll().orderBy('pillar').execute(),
    db.selectFrom('principles').selectAll().orderBy('number').execute(),
    db.selectFrom('principle_challenges').selectAll().orderBy('challenge').execute(),
    db.selectFrom('principle_recommendations').selectAll().orderBy('recommendation_code').execute(),
    db.selectFrom('spearheads').selectAll().orderBy('number').execute(),
    db.selectFrom('timeline_events').selectAll().orderBy('sort_date').orderBy('id').execute(),
  ]);
  const rc = groupBy(recChallenges, (r) => r.recommendation_code);
  const rp = groupBy(recPillars, (r) => r.recommendation_code);
  const pc = groupBy(prChallenges, (r) => r.principle);
  const pr = groupBy(prRecs, (r) => r.principle);
  const children = groupBy(recs.filter((r) => r.parent_code), (r) => r.parent_code!);
  return {
    subsectors: subsectors.map((s): SubsectorView => ({ code: s.code, name: bi(s.name_nl, s.name_en) })),
    pillars: pillars.map((p): Pillar => ({ number: p.number, name: bi(p.name_nl, p.name_en), description: bi(p.description_nl, p.description_en), source: p.source })),
    challenges: challenges.map((c): Challenge => ({
      number: c.number, pillar: c.pillar, title: bi(c.title_nl, c.title_en), description: bi(c.description_nl, c.description_en),
      whyItMatters: bi(c.why_nl, c.why_en), source: c.source,
    })),
    recommendations: recs.map((r): Recommendation => ({
      code: r.code, parentCode: r.parent_code, title: bi(r.title_nl, r.title_en), description: bi(r.description_nl, r.description_en),
      pillars: (rp.get(r.code) ?? []).map((x) => x.pillar), challenges: (rc.get(r.code) ?? []).map((x) => x.challenge),
      source: r.source, children: (children.get(r.code) ?? []).map((x) => x.code),
    })),
    principles: principles.map((p): Principle => ({
      number: p.number, title: bi(p.title_nl, p.title_en), description: bi(p.description_nl, p.description_en),
      challenges: (pc.get(p.number) ?? []).map((x) => x.challenge), recommendations: (pr.get(p.number) ?? []).map((x) => x.recommendation_code),
      source: p.source,
    })),
    spearheads: spearheads.map((s): Spearhead => ({ number: s.number, title: bi(s.title_nl, s.title_en), description: bi(s.description_nl, s.description_en), source: s.source })),
    timeline: events.map((e): TimelineEvent => ({ id: e.id, date: e.date_text, title: bi(e.title_nl, e.title_en), description: bi(e.description_nl, e.description_en), source: e.source })),
  };
}

export async function loadActors(db: Db, ids?: number[]): Promise<Actor[]> {
  if (ids && ids.length === 0) return [];
  let q = db.selectFrom('actors').selectAll();
  let r = db.selectFrom('actor_roles').selectAll().orderBy('id');
  if (ids) { q = q.where('id', 'in', ids); r = r.where('actor_id', 'in', ids); }
  const [rows, roles] = await Promise.all([q.execute(), r.execute()]);
  const byActor = groupBy(roles, (x) => x.actor_id);
  return rows.map((a) => ({
    id: a.id, code: a.code, name: a.name, kind: a.kind as Actor['kind'], description: bi(a.description_nl, a.description_en),
    website: a.website, expertise: a.expertise, pillars: a.pillars, subsectors: a.subsectors,
    roles: (byActor.get(a.id) ?? []).map((x): ActorRole => ({
      role: x.role, focus: x.focus, horizon: x.horizon, access: x.access, note: bi(x.note_nl, x.note_en), source: x.source,
    })),
    source: a.source, isDemo: a.is_demo, retired: a.retired_at !== null, version: a.version, updatedAt: iso(a.updated_at),
  }));
}

export async function loadInstruments(db: Db, ids?: number[]): Promise<Instrument[]> {
  if (ids && ids.length === 0) return [];
  let q = db.selectFrom('instruments').selectAll();
  let l = db.selectFrom('instrument_challenges').selectAll().orderBy('challenge');
  let r = db.selectFrom('instrument_recommendations').selectAll().orderBy('recommendation_code');
  if (ids) { q = q.where('id', 'in', ids); l = l.where('instrument_id', 'in', ids); r = r.where('instrument_id', 'in', ids); }
  const [rows, links, recs] = await Promise.all([q.execute(), l.execute(), r.execute()]);
  const linksBy = groupBy(links, (x) => x.instrument_id);
  const recsBy = groupBy(recs, (x) => x.instrument_id);
  return rows.map((i) => ({
    id: i.id, code: i.code, name: bi(i.name_nl, i.name_en), description: bi(i.description_nl, i.description_en),
    type: i.type as Instrument['type'], responsibleActorId: i.responsible_actor_id, sinceYear: i.since_year,
    links: (linksBy.get(i.id) ?? []).map((x) => ({ challenge: x.challenge, strength: x.strength, note: bi(x.note_nl, x.note_en) })),
    recommendations: (recsBy.get(i.id) ?? []).map((x) => x.recommendation_code),
    source: i.source, isDemo: i.is_demo, retired: i.retired_at !== null, version: i.version,
    createdAt: iso(i.created_at), updatedAt: iso(i.updated_at),
  }));
}

export async function loadCases(db: Db, ids?: number[]): Promise<Case[]> {
  if (ids && ids.length === 0) return [];
  let q = db.selectFrom('cases').selectAll().where('retired_at', 'is', null);
  let c = db.selectFrom('case_challenges').selectAll().orderBy('challenge');
  let d = db.selectFrom('case_dimensions').selectAll().orderBy('dimension_code');
  if (ids) { q = q.where('id', 'in', ids); c = c.where('case_id', 'in', ids); d = d.where('case_id', 'in', ids); }
  const [rows, links, dims] = await Promise.all([q.execute(), c.execute(), d.execute()]);
  const by = groupBy(links, (x) => x.case_id);
  const dimsBy = groupBy(dims, (x) => x.case_id);
  return rows.map((k) => ({
    id: k.id, code: k.code, title: bi(k.title_nl, k.title_en), summary: bi(k.summary_nl, k.summary_en), country: k.country,
    region: k.region, sector: k.sector, pillar: k.pillar, challenges: (by.get(k.id) ?? []).map((x) => x.challenge),
    url: k.url, source: k.source, isDemo: k.is_demo,
    outcome: k.outcome, subsectors: k.subsectors, technologies: k.technologies,
    dimensions: (dimsBy.get(k.id) ?? []).map((x) => x.dimension_code),
    maintainedBy: k.maintained_by_actor_id, version: k.version, createdAt: iso(k.created_at),
  }));
}
