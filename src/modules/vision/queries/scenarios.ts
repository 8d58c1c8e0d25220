import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { Pole } from '../../../db/schema-vision.js';
import { notFound } from '../../../plugins/errors.js';
import { LIMITS } from '../constants.js';

type Q = Kysely<Database> | Transaction<Database>;
type Texts = { nl: string; en: string };

export interface Axis { name: Texts; low: Texts; high: Texts }
export interface ScenarioRecord {
  id: number; setId: number; code: string; pole1: Pole; pole2: Pole; title: Texts;
  narrative: Texts; watch: Texts; implications: Texts; version: number; signals: number;
}
export interface ScenarioSetRecord {
  id: number; code: string; title: Texts; question: Texts; horizonYear: number; axis1: Axis; axis2: Axis;
  isDemo: boolean; version: number; scenarios: ScenarioRecord[];
}

type SetRow = Awaited<ReturnType<typeof setRows>>[number];
function setRows(db: Q, where?: { code?: string; id?: number }) {
  let q = db.selectFrom('scenario_sets').selectAll().orderBy('created_at').orderBy('id');
  if (where?.code !== undefined) q = q.where('code', '=', where.code);
  if (where?.id !== undefined) q = q.where('id', '=', where.id);
  return q.execute();
}

const axis = (r: SetRow, n: 1 | 2): Axis => ({
  name: { nl: r[`axis${n}_nl`], en: r[`axis${n}_en`] },
  low: { nl: r[`axis${n}_low_nl`], en: r[`axis${n}_low_en`] },
  high: { nl: r[`axis${n}_high_nl`], en: r[`axis${n}_high_en`] },
});

async function withScenarios(db: Q, rows: SetRow[]): Promise<ScenarioSetRecord[]> {
  if (!rows.length) return [];
  const scenarios = await db.selectFrom('scenarios as s')
    .leftJoin(db.selectFrom('scenario_signals').select(['scenario_id', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('scenario_id').as('c'), 'c.scenario_id', 's.id')
    .selectAll('s').select('c.n').where('s.set_id', 'in', rows.map((r) => r.id)).orderBy('s.pole2', 'desc').orderBy('s.pole1').execute();
  return rows.map((r) => ({
    id: r.id, code: r.code, title: { nl: r.title_nl, en: r.title_en }, question: { nl: r.question_nl, en: r.question_en },
    horizonYear: r.horizon_year, axis1: axis(r, 1), axis2: axis(r, 2), isDemo: r.is_demo, version: r.version,
    scenarios: scenarios.filter((s) => s.set_id === r.id).map((s) => ({
      id: s.id, setId: s.set_id, code: s.code, pole1: s.pole1, pole2: s.pole2, title: { nl: s.title_nl, en: s.title_en },
      narrative: { nl: s.narrative_nl, en: s.narrative_en }, watch: { nl: s.watch_nl, en: s.watch_en },
      implications: { nl: s.implications_nl, en: s.implications_en }, version: s.version, signals: Number(s.n ?? 0),
    })),
  }));
}

export async function listScenarioSets(db: Q): Promise<ScenarioSetRecord[]> {
  return withScenarios(db, await setRows(db));
}

export async function getScenarioSet(db: Q, code: string): Promise<ScenarioSetRecord> {
  const [set] = await withScenarios(db, await setRows(db, { code }));
  if (!set) throw notFound('scenario set', code);
  return set;
}

/** A scenario and the set it belongs to (for its axes and its neighbours). */
export async function getScenario(db: Q, code: string): Promise<{ set: ScenarioSetRecord; scenario: ScenarioRecord }> {
  const row = await db.selectFrom('scenarios').select('set_id').where('code', '=', code).executeTakeFirst();
  if (!row) throw notFound('scenario', code);
  const [set] = await withScenarios(db, await setRows(db, { id: row.set_id }));
  return { set: set!, scenario: set!.scenarios.find((s) => s.code === code)! };
}

export interface QuarterCounts { quarters: string[]; rows: Array<{ code: string; counts: number[] }> }

/**
 * Signals per quarter (YYYY-Qn, by the date they were observed) for each scenario of a set: which
 * way the world drifts over time. Every quarter from the first signal to the last is listed.
 */
export async function signalsPerQuarter(db: Q, set: ScenarioSetRecord): Promise<QuarterCounts> {
  if (!set.scenarios.length) return { quarters: [], rows: [] };
  const rows = await db.selectFrom('scenario_signals')
    .select(['scenario_id', sql<string>`to_char(observed_on, 'YYYY') || '-Q' || to_char(observed_on, 'Q')`.as('quarter'), (eb) => eb.fn.countAll<number>().as('n')])
    .where('scenario_id', 'in', set.scenarios.map((s) => s.id)).groupBy(['scenario_id', 'quarter']).execute();
  if (!rows.length) return { quarters: [], rows: set.scenarios.map((s) => ({ code: s.code, counts: [] })) };
  const seen = rows.map((r) => r.quarter).sort();
  const quarters: string[] = [];
  for (let [y, q] = parse(seen[0]!); `${y}-Q${q}` <= seen[seen.length - 1]!; q === 4 ? (y++, q = 1) : q++) quarters.push(`${y}-Q${q}`);
  return {
    quarters,
    rows: set.scenarios.map((s) => ({
      code: s.code,
      counts: quarters.map((quarter) => Number(rows.find((r) => r.scenario_id === s.id && r.quarter === quarter)?.n ?? 0)),
    })),
  };
}

function parse(quarter: string): [number, number] {
  const [y, q] = quarter.split('-Q');
  return [Number(y), Number(q)];
}

export interface SignalRecord { id: number; scenario: string; observedOn: string; source: string; description: string; loggedBy: string | null; isDemo: boolean }

function signalQuery(db: Q) {
  return db.selectFrom('scenario_signals as g').innerJoin('scenarios as s', 's.id', 'g.scenario_id').leftJoin('users as u', 'u.id', 'g.logged_by')
    .select(['g.id', 's.code', 'g.observed_on', 'g.source', 'g.description', 'u.display_name', 'g.is_demo']);
}
const signalRecord = (r: Awaited<ReturnType<ReturnType<typeof signalQuery>['execute']>>[number]): SignalRecord =>
  ({ id: r.id, scenario: r.code, observedOn: r.observed_on, source: r.source, description: r.description, loggedBy: r.display_name, isDemo: r.is_demo });

export async function signalById(db: Q, id: number): Promise<SignalRecord> {
  const row = await signalQuery(db).where('g.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('signal', id);
  return signalRecord(row);
}

/** Signals, newest observation first, for one scenario or a whole set. */
export async function signalsPage(db: Q, scenarioIds: number[], page: number): Promise<{ items: SignalRecord[]; total: number }> {
  if (!scenarioIds.length) return { items: [], total: 0 };
  const [rows, count] = await Promise.all([
    signalQuery(db).where('g.scenario_id', 'in', scenarioIds).orderBy('g.observed_on', 'desc').orderBy('g.id', 'desc')
      .limit(LIMITS.signalsPage).offset((page - 1) * LIMITS.signalsPage).execute(),
    db.selectFrom('scenario_signals').select((eb) => eb.fn.countAll<number>().as('n')).where('scenario_id', 'in', scenarioIds).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map(signalRecord),
    total: Number(count.n),
  };
}

/** Every scenario by code and title, for the signal form's choice. */
export async function scenarioChoices(db: Q): Promise<Array<{ code: string; title: Texts; set: Texts }>> {
  const rows = await db.selectFrom('scenarios as s').innerJoin('scenario_sets as t', 't.id', 's.set_id')
    .select(['s.code', 's.title_nl', 's.title_en', 't.title_nl as set_nl', 't.title_en as set_en']).orderBy('t.id').orderBy('s.pole2', 'desc').orderBy('s.pole1').execute();
  return rows.map((r) => ({ code: r.code, title: { nl: r.title_nl, en: r.title_en }, set: { nl: r.set_nl, en: r.set_en } }));
}
