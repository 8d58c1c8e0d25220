import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { Horizon } from '../../../db/schema-vision.js';
import { notFound } from '../../../plugins/errors.js';
import { listActionLines } from '../../cycle/index.js';
import { HORIZONS } from '../constants.js';

type Q = Kysely<Database> | Transaction<Database>;
type Texts = { nl: string; en: string };

export interface PathRecord {
  id: number; code: string; title: Texts; summary: Texts; position: number; isDemo: boolean; version: number; updatedAt: string;
  horizons: Record<Horizon, Texts>; pillars: number[]; challenges: number[];
  links: Array<{ actionLineId: number; horizon: Horizon }>;
}

/** Every path (or one) with its horizons, pillars, challenges and tied action lines. */
export async function pathRecords(db: Q, code?: string): Promise<PathRecord[]> {
  let q = db.selectFrom('transition_paths').selectAll().orderBy('position').orderBy('code');
  if (code !== undefined) q = q.where('code', '=', code);
  const rows = await q.execute();
  if (!rows.length) return [];
  const ids = rows.map((r) => r.id);
  const horizons = await db.selectFrom('path_horizons').selectAll().where('path_id', 'in', ids).execute();
  const pillars = await db.selectFrom('path_pillars').selectAll().where('path_id', 'in', ids).orderBy('pillar').execute();
  const challenges = await db.selectFrom('path_challenges').selectAll().where('path_id', 'in', ids).orderBy('challenge').execute();
  const links = await db.selectFrom('path_action_lines').selectAll().where('path_id', 'in', ids).orderBy('horizon').orderBy('action_line_id').execute();
  return rows.map((r) => {
    const own = horizons.filter((h) => h.path_id === r.id);
    const goals = {} as Record<Horizon, Texts>;
    for (const y of HORIZONS) {
      const h = own.find((x) => Number(x.year) === y);
      goals[y] = { nl: h?.goal_nl ?? '', en: h?.goal_en ?? '' };
    }
    return {
      id: r.id, code: r.code, title: { nl: r.title_nl, en: r.title_en }, summary: { nl: r.summary_nl, en: r.summary_en },
      position: r.position, isDemo: r.is_demo, version: r.version, updatedAt: r.updated_at.toISOString(), horizons: goals,
      pillars: pillars.filter((p) => p.path_id === r.id).map((p) => p.pillar),
      challenges: challenges.filter((c) => c.path_id === r.id).map((c) => c.challenge),
      links: links.filter((l) => l.path_id === r.id).map((l) => ({ actionLineId: l.action_line_id, horizon: Number(l.horizon) as Horizon })),
    };
  });
}

export async function getPath(db: Q, code: string): Promise<PathRecord> {
  const [path] = await pathRecords(db, code);
  if (!path) throw notFound('path', code);
  return path;
}

export interface LineFigure {
  id: number; code: string; title: Texts; isDemo: boolean; retired: boolean;
  progress: number | null; atRisk: number; actions: number; plan: { id: number; year: number; status: string } | null;
}

/** Every action line with its derived progress (the cycle module's rules: the current annual plan). */
export async function lineFigures(db: Q): Promise<Map<number, LineFigure>> {
  const lines = await listActionLines(db as Kysely<Database>);
  return new Map(lines.map((l) => [l.id, {
    id: l.id, code: l.code, title: l.title, isDemo: l.isDemo, retired: l.retired,
    progress: l.currentPlan?.figures.progress ?? null, atRisk: l.currentPlan?.figures.atRisk ?? 0, actions: l.currentPlan?.figures.actions ?? 0,
    plan: l.currentPlan ? { id: l.currentPlan.id, year: l.currentPlan.yearFrom, status: l.currentPlan.status } : null,
  }]));
}

export interface KpiFigure {
  id: number; code: string; name: Texts; unit: string; direction: 'increase' | 'decrease'; isDemo: boolean;
  latest: { period: string; value: number } | null;
  target: { year: number; value: number } | null;
}

/**
 * The KPIs of the given action lines (and any asked by code), each with its latest total up to
 * the end of `year` and the target that year is measured against (that year's, else the next).
 * Reads only those KPIs, so a page stays cheap however many KPIs the platform follows.
 */
export async function kpiFigures(db: Q, lineIds: number[], year: number, codes: string[] = []): Promise<{ byLine: Map<number, KpiFigure[]>; byCode: Map<string, KpiFigure> }> {
  const links = lineIds.length
    ? await db.selectFrom('kpi_action_lines').select(['kpi_id', 'action_line_id']).where('action_line_id', 'in', lineIds).execute()
    : [];
  const extra = codes.length ? await db.selectFrom('kpis').select('id').where('code', 'in', codes).execute() : [];
  const ids = [...new Set([...links.map((l) => l.kpi_id), ...extra.map((k) => k.id)])];
  if (!ids.length) return { byLine: new Map(), byCode: new Map() };
  const kpis = await db.selectFrom('kpis').select(['id', 'code', 'name_nl', 'name_en', 'unit', 'direction', 'is_demo'])
    .where('id', 'in', ids).where('retired_at', 'is', null).orderBy('code').execute();
  const latest = await db.selectFrom('measurements').select(['kpi_id', 'period', 'value']).distinctOn('kpi_id')
    .where('kpi_id', 'in', ids).where('subsector', '=', '').where('province', '=', '').where('period_start', '<=', `${year}-12-31`)
    .orderBy('kpi_id').orderBy('period_start', 'desc').execute();
  const targets = await db.selectFrom('kpi_targets').select(['kpi_id', 'year', 'value']).where('kpi_id', 'in', ids).where('year', '>=', year).orderBy('year').execute();
  const figures = new Map<number, KpiFigure>(kpis.map((k) => {
    const l = latest.find((m) => m.kpi_id === k.id);
    const t = targets.find((x) => x.kpi_id === k.id);
    return [k.id, {
      id: k.id, code: k.code, name: { nl: k.name_nl, en: k.name_en }, unit: k.unit, direction: k.direction, isDemo: k.is_demo,
      latest: l ? { period: l.period, value: Number(l.value) } : null, target: t ? { year: t.year, value: Number(t.value) } : null,
    }];
  }));
  const byLine = new Map<number, KpiFigure[]>();
  for (const l of links) {
    const k = figures.get(l.kpi_id);
    if (k) byLine.set(l.action_line_id, [...(byLine.get(l.action_line_id) ?? []), k]);
  }
  return { byLine, byCode: new Map([...figures.values()].map((k) => [k.code, k])) };
}

/** The mean progress of a path's action lines that have one; null when none has. */
export function pathProgress(path: PathRecord, figures: Map<number, LineFigure>): number | null {
  const values = path.links.map((l) => figures.get(l.actionLineId)?.progress).filter((p): p is number => typeof p === 'number');
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : null;
}

/** Action lines a path may still be tied to, for the team's form. */
export async function linkableLines(db: Q, path: PathRecord): Promise<Array<{ code: string; title: Texts; isDemo: boolean }>> {
  const rows = await db.selectFrom('action_lines').select(['id', 'code', 'title_nl', 'title_en', 'is_demo']).where('retired_at', 'is', null).orderBy('code').execute();
  const tied = new Set(path.links.map((l) => l.actionLineId));
  return rows.filter((r) => !tied.has(r.id)).map((r) => ({ code: r.code, title: { nl: r.title_nl, en: r.title_en }, isDemo: r.is_demo }));
}
