import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { SUBSECTORS } from '../catalog/types.js';
import { PROVINCES } from '../modules/monitoring/constants.js';
import { rng } from './random.js';

/**
 * A sector-scale follow-up cycle, labelled synthetic: 50 action lines with an annual plan for
 * `year`, 2,000 actions, 10,000 milestones, and 100 monthly KPIs measured over ten years for the
 * total, every subsector, every province and every subsector x province pair.
 */
export const CYCLE_SIZE = { lines: 50, actionsPerLine: 40, milestonesPerAction: 5, kpis: 100, years: 10 };

export async function generateCycleDataset(db: Db, year: number, seed = 11) {
  const r = rng(seed);
  const actorIds = (await db.selectFrom('actors').select('id').where('is_demo', '=', false).execute()).map((a) => a.id);
  const lineRows = Array.from({ length: CYCLE_SIZE.lines }, (_, i) => ({
    code: `SYN-AL-${i + 1}`, title_nl: `[synthetic] Actielijn ${i + 1}`, title_en: `[synthetic] Action line ${i + 1}`,
    owner_actor_id: r.pick(actorIds), is_demo: true,
  }));
  const lines = await db.insertInto('action_lines').values(lineRows).returning('id').execute();
  const plans = await db.insertInto('plans').values(lines.map((l) => ({ action_line_id: l.id, kind: 'annual' as const, year_from: year, year_to: year, is_demo: true })))
    .returning('id').execute();
  const actionRows = plans.flatMap((p, li) => Array.from({ length: CYCLE_SIZE.actionsPerLine }, (_, i) => ({
    plan_id: p.id, code: `SYN-${li + 1}-${i + 1}`, title_nl: `[synthetic] Actie ${li + 1}.${i + 1}`, title_en: `[synthetic] Action ${li + 1}.${i + 1}`,
    responsible_actor_id: r.pick(actorIds), status: r.pick(['planned', 'running', 'running', 'done'] as const),
    budget_planned: r.int(5, 200) * 1000, budget_spent: r.int(0, 100) * 1000, is_demo: true,
  })));
  const actionIds: number[] = [];
  for (let i = 0; i < actionRows.length; i += 500) {
    actionIds.push(...(await db.insertInto('actions').values(actionRows.slice(i, i + 500)).returning('id').execute()).map((a) => a.id));
  }
  const milestoneRows = actionIds.flatMap((action_id) => Array.from({ length: CYCLE_SIZE.milestonesPerAction }, (_, i) => {
    const due = `${year}-${String(1 + ((i * 2 + r.int(0, 1)) % 12)).padStart(2, '0')}-15`;
    return { action_id, title_nl: `[synthetic] Mijlpaal ${i + 1}`, title_en: `[synthetic] Milestone ${i + 1}`, due_on: due, done_on: r.chance(0.5) ? due : null, weight: r.chance(0.5) ? r.int(1, 5) : null };
  }));
  for (let i = 0; i < milestoneRows.length; i += 1000) await db.insertInto('milestones').values(milestoneRows.slice(i, i + 1000)).execute();

  const firstYear = year - CYCLE_SIZE.years + 1;
  const kpis = await db.insertInto('kpis').values(Array.from({ length: CYCLE_SIZE.kpis }, (_, i) => ({
    code: `SYN-KPI-${i + 1}`, name_nl: `[synthetic] KPI ${i + 1}`, name_en: `[synthetic] KPI ${i + 1}`, unit: '%',
    direction: i % 5 === 0 ? 'decrease' as const : 'increase' as const, frequency: 'monthly' as const, source: 'synthetic benchmark data',
    baseline_value: r.int(10, 40), baseline_date: `${firstYear}-01-01`, is_demo: true,
  }))).returning('id').execute();
  await db.insertInto('kpi_targets').values(kpis.flatMap((k) => Array.from({ length: CYCLE_SIZE.years + 2 }, (_, y) => ({ kpi_id: k.id, year: firstYear + y, value: 40 + y * 3 })))).execute();
  await db.insertInto('kpi_action_lines').values(kpis.map((k, i) => ({ kpi_id: k.id, action_line_id: lines[i % lines.length]!.id }))).execute();

  // One statement per KPI, rows made by the database itself (generate_series): 7,560 per KPI.
  const subsectors = sql.join(['', ...SUBSECTORS].map((s) => sql`(${s})`));
  const provinces = sql.join(['', ...PROVINCES].map((p) => sql`(${p})`));
  await sql`select setseed(0.42)`.execute(db);
  for (const k of kpis) {
    await sql`insert into measurements (kpi_id, period, period_start, value, unit, subsector, province, source, confidence)
      select ${k.id}, to_char(d, 'YYYY-MM'), d::date, round((20 + random() * 60)::numeric, 2), '%', s.code, p.code, 'synthetic', 'medium'
      from generate_series(${`${firstYear}-01-01`}::date, ${`${year}-12-01`}::date, interval '1 month') d
      cross join (values ${subsectors}) s(code)
      cross join (values ${provinces}) p(code)`.execute(db);
  }
  const count = await db.selectFrom('measurements').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return { actionLines: lines.length, actions: actionIds.length, milestones: milestoneRows.length, kpis: kpis.length, measurements: Number(count.n) };
}
