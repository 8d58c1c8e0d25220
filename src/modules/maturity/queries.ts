import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { forgetModel, loadModel, type MaturityModel } from './model.js';

type Reader = Kysely<Database> | Transaction<Database>;

export interface ModelHead {
  id: number; version: number; status: 'draft' | 'published' | 'retired'; note: { nl: string; en: string };
  basedOn: number | null; createdAt: Date; updatedAt: Date; publishedAt: Date | null; rowVersion: number;
}
export interface ModelSummary extends ModelHead { dimensions: number; questions: number; quickScanQuestions: number }
export interface Mapping { fromVersion: number; from: string; to: string }

const headColumns = [
  'm.id', 'm.version', 'm.status', 'm.note_nl', 'm.note_en', 'm.created_at', 'm.updated_at', 'm.published_at', 'm.row_version', 'b.version as based_on_version',
] as const;

function toHead(r: {
  id: number; version: number; status: ModelHead['status']; note_nl: string; note_en: string; created_at: Date; updated_at: Date;
  published_at: Date | null; row_version: number; based_on_version: number | null;
}): ModelHead {
  return {
    id: r.id, version: r.version, status: r.status, note: { nl: r.note_nl, en: r.note_en }, basedOn: r.based_on_version,
    createdAt: r.created_at, updatedAt: r.updated_at, publishedAt: r.published_at, rowVersion: r.row_version,
  };
}

export async function findHead(db: Reader, version: number): Promise<ModelHead | undefined> {
  const row = await db.selectFrom('maturity_models as m').leftJoin('maturity_models as b', 'b.id', 'm.based_on')
    .select(headColumns).where('m.version', '=', version).executeTakeFirst();
  return row ? toHead(row) : undefined;
}

/** The version new assessments use, as a head; undefined before any version is published. */
export async function currentHead(db: Reader): Promise<ModelHead | undefined> {
  const row = await db.selectFrom('maturity_models as m').leftJoin('maturity_models as b', 'b.id', 'm.based_on')
    .select(headColumns).where('m.status', '=', 'published').orderBy('m.version', 'desc').limit(1).executeTakeFirst();
  return row ? toHead(row) : undefined;
}

export async function draftHead(db: Reader): Promise<ModelHead | undefined> {
  const row = await db.selectFrom('maturity_models as m').leftJoin('maturity_models as b', 'b.id', 'm.based_on')
    .select(headColumns).where('m.status', '=', 'draft').executeTakeFirst();
  return row ? toHead(row) : undefined;
}

/** Every version, newest first, with its size; drafts only for those who may see them. */
export async function listVersions(db: Reader, withDrafts: boolean): Promise<ModelSummary[]> {
  let query = db.selectFrom('maturity_models as m').leftJoin('maturity_models as b', 'b.id', 'm.based_on')
    .select(headColumns)
    .select([
      sql<number>`(select count(*) from maturity_dimensions d where d.model_id = m.id)::int`.as('dimension_count'),
      sql<number>`(select count(*) from maturity_questions q where q.model_id = m.id)::int`.as('question_count'),
      sql<number>`(select count(*) from maturity_questions q where q.model_id = m.id and q.in_quick_scan)::int`.as('quick_count'),
    ])
    .orderBy('m.version', 'desc');
  if (!withDrafts) query = query.where('m.status', '<>', 'draft');
  const rows = await query.execute();
  return rows.map((r) => ({ ...toHead(r), dimensions: r.dimension_count, questions: r.question_count, quickScanQuestions: r.quick_count }));
}

/**
 * The content of a version. loadModel keeps finished versions in memory for the process; a draft
 * is read fresh every time, so any entry left under its id (another database in a test run,
 * or the moment before publishing) is dropped first.
 */
export async function readContent(db: Reader, head: ModelHead): Promise<MaturityModel> {
  if (head.status === 'draft') forgetModel(head.id);
  const model = await loadModel(db, head.id);
  if (!model) throw new Error(`maturity model ${head.id} vanished while reading`);
  return model;
}

/** The mapping recorded from the version before this one into this one. */
export async function mappingsInto(db: Reader, modelId: number): Promise<Mapping[]> {
  const rows = await db.selectFrom('maturity_dimension_map as x').innerJoin('maturity_models as f', 'f.id', 'x.from_model_id')
    .select(['f.version', 'x.from_code', 'x.to_code']).where('x.to_model_id', '=', modelId).orderBy('x.from_code').execute();
  return rows.map((r) => ({ fromVersion: r.version, from: r.from_code, to: r.to_code }));
}

/** The dimensions of a version: code and names, in order. */
export async function dimensionsOf(db: Reader, modelId: number) {
  const rows = await db.selectFrom('maturity_dimensions').select(['code', 'name_nl', 'name_en', 'position'])
    .where('model_id', '=', modelId).orderBy('position').execute();
  return rows.map((r) => ({ code: r.code, name: { nl: r.name_nl, en: r.name_en }, position: r.position }));
}

export interface HistoryEntry { at: Date; user: string | null; entityType: string; entityId: string; action: string; summary: string }

export const HISTORY_TYPES = ['maturity_model', 'maturity_levels', 'maturity_dimension', 'maturity_question', 'maturity_dimension_map'] as const;

/** Every audited change to one version, newest first. */
export async function versionHistory(db: Reader, version: number, limit = 100): Promise<HistoryEntry[]> {
  const rows = await db.selectFrom('audit_log').leftJoin('users', 'users.id', 'audit_log.user_id')
    .select(['audit_log.at', 'users.display_name', 'audit_log.entity_type', 'audit_log.entity_id', 'audit_log.action', 'audit_log.after'])
    .where('audit_log.entity_type', 'in', [...HISTORY_TYPES])
    .where((eb) => eb.or([eb('audit_log.entity_id', '=', String(version)), eb('audit_log.entity_id', 'like', `${version}/%`)]))
    .orderBy('audit_log.at', 'desc').orderBy('audit_log.id', 'desc').limit(limit).execute();
  return rows.map((r) => {
    const after = (typeof r.after === 'string' ? safeParse(r.after) : r.after) as Record<string, unknown> | null;
    return {
      at: r.at, user: r.display_name, entityType: r.entity_type, entityId: r.entity_id, action: r.action,
      summary: typeof after?.change === 'string' ? after.change : '',
    };
  });
}

function safeParse(text: string): unknown {
  try { return JSON.parse(text); } catch { return null; }
}
