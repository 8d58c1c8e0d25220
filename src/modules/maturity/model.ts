import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';

type Reader = Kysely<Database> | Transaction<Database>;

/**
 * The six dimensions the study names (DOMAIN.md, "Maturity model seed"): Maes' four aspects of
 * digital transformation plus leadership and skills, and the basic infrastructure. Their codes are
 * stable across model versions unless a version maps them otherwise (maturity_dimension_map).
 */
export const DIMENSION_CODES = ['audience', 'value', 'operations', 'data', 'leadership', 'infrastructure'] as const;
export type DimensionCode = (typeof DIMENSION_CODES)[number];

/** 0 = not yet; 1-5 the cumulative levels. "Not applicable" is kept apart from the scale. */
export const LEVELS = [0, 1, 2, 3, 4, 5] as const;
export const TOP_LEVEL = 5;

export interface Texts { nl: string; en: string }

export interface ModelLevel { level: number; name: Texts; description: Texts }
export interface ModelQuestion {
  id: number;
  code: string;
  dimension: string;
  position: number;
  text: Texts;
  help: Texts;
  quickScan: boolean;
  /** Critical item: the dimension cannot reach this level (or higher) while this answer is below it. */
  criticalFrom: number | null;
  allowsNotApplicable: boolean;
}
export interface ModelStep { id: number; level: number; position: number; text: Texts }
export interface ModelDimension {
  code: string;
  position: number;
  name: Texts;
  description: Texts;
  /** What levels 1-5 mean in this dimension, by level. */
  meanings: Record<number, Texts>;
  /** Improvement steps toward each level 1-5, by level. */
  steps: Record<number, ModelStep[]>;
  questions: ModelQuestion[];
}
export interface MaturityModel {
  id: number;
  version: number;
  status: 'draft' | 'published' | 'retired';
  publishedAt: Date | null;
  note: Texts;
  levels: ModelLevel[];
  dimensions: ModelDimension[];
  questions: Map<number, ModelQuestion>;
}

// Published and retired versions never change, so their content is read once. The key holds
// the version's publication time as well as its id: one process may serve several databases
// (tests do), where the same id can be a different version.
const frozen = new Map<string, MaturityModel>();

export async function loadModel(db: Reader, modelId: number): Promise<MaturityModel | undefined> {
  const head = await db.selectFrom('maturity_models').selectAll().where('id', '=', modelId).executeTakeFirst();
  if (!head) return undefined;
  const key = `${modelId}:${head.version}:${head.published_at?.toISOString() ?? ''}:${head.row_version}`;
  const hit = head.status === 'draft' ? undefined : frozen.get(key);
  if (hit) return { ...hit, status: head.status };
  const [levels, dimensions, meanings, steps, questions] = await Promise.all([
    db.selectFrom('maturity_levels').selectAll().where('model_id', '=', modelId).orderBy('level').execute(),
    db.selectFrom('maturity_dimensions').selectAll().where('model_id', '=', modelId).orderBy('position').execute(),
    db.selectFrom('maturity_dimension_levels').selectAll().where('model_id', '=', modelId).execute(),
    db.selectFrom('maturity_steps').selectAll().where('model_id', '=', modelId).orderBy('level').orderBy('position').execute(),
    db.selectFrom('maturity_questions').selectAll().where('model_id', '=', modelId).orderBy('position').orderBy('id').execute(),
  ]);
  const byCode = new Map<string, ModelDimension>();
  const model: MaturityModel = {
    id: head.id,
    version: head.version,
    status: head.status,
    publishedAt: head.published_at,
    note: { nl: head.note_nl, en: head.note_en },
    levels: levels.map((l) => ({ level: l.level, name: { nl: l.name_nl, en: l.name_en }, description: { nl: l.description_nl, en: l.description_en } })),
    dimensions: dimensions.map((d) => {
      const dim: ModelDimension = {
        code: d.code, position: d.position,
        name: { nl: d.name_nl, en: d.name_en }, description: { nl: d.description_nl, en: d.description_en },
        meanings: {}, steps: {}, questions: [],
      };
      byCode.set(d.code, dim);
      return dim;
    }),
    questions: new Map(),
  };
  for (const m of meanings) byCode.get(m.dimension_code)!.meanings[m.level] = { nl: m.meaning_nl, en: m.meaning_en };
  for (const s of steps) {
    const list = (byCode.get(s.dimension_code)!.steps[s.level] ??= []);
    list.push({ id: s.id, level: s.level, position: s.position, text: { nl: s.text_nl, en: s.text_en } });
  }
  for (const q of questions) {
    const question: ModelQuestion = {
      id: q.id, code: q.code, dimension: q.dimension_code, position: q.position,
      text: { nl: q.text_nl, en: q.text_en }, help: { nl: q.help_nl, en: q.help_en },
      quickScan: q.in_quick_scan, criticalFrom: q.critical_from, allowsNotApplicable: q.allows_not_applicable,
    };
    byCode.get(q.dimension_code)!.questions.push(question);
    model.questions.set(q.id, question);
  }
  if (model.status !== 'draft') frozen.set(key, model);
  return model;
}

/** The version new assessments use: the most recently published one. */
export async function currentModelId(db: Reader): Promise<number | undefined> {
  const row = await db.selectFrom('maturity_models').select('id')
    .where('status', '=', 'published').orderBy('version', 'desc').limit(1).executeTakeFirst();
  return row?.id;
}

/** Forgets a cached version (the key already changes when a draft becomes published). */
export function forgetModel(modelId: number): void {
  for (const key of frozen.keys()) if (key.startsWith(`${modelId}:`)) frozen.delete(key);
}

/**
 * The code a dimension of an older version has in a later one, following the version map step by
 * step; a dimension without a map entry keeps its code. Returns null when it has no counterpart.
 */
export async function dimensionIn(db: Reader, fromModelId: number, code: string, toModelId: number): Promise<string | null> {
  if (fromModelId === toModelId) return code;
  const versions = await db.selectFrom('maturity_models').select(['id', 'version']).orderBy('version').execute();
  const order = versions.map((v) => v.id);
  let at = order.indexOf(fromModelId);
  const end = order.indexOf(toModelId);
  if (at < 0 || end < 0 || end < at) return null;
  let current: string | null = code;
  while (at < end && current !== null) {
    const next = order[at + 1]!;
    const mapped = await db.selectFrom('maturity_dimension_map').select('to_code')
      .where('from_model_id', '=', order[at]!).where('from_code', '=', current).where('to_model_id', '=', next).executeTakeFirst();
    if (mapped) current = mapped.to_code;
    else {
      const same = await db.selectFrom('maturity_dimensions').select('code').where('model_id', '=', next).where('code', '=', current).executeTakeFirst();
      current = same ? current : null;
    }
    at++;
  }
  return current;
}
