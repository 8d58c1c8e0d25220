import type { FormKind } from '../../../db/schema-calls.js';
import { notFound } from '../../../plugins/errors.js';
import type { Reader, Texts } from '../commands/shared.js';
import type { FormField } from '../form-fields.js';

export interface FormRecord {
  id: number; code: string; kind: FormKind; version: number; title: Texts; fields: FormField[];
  publishedAt: Date | null; isDemo: boolean; createdAt: Date; updatedAt: Date;
  /** Sent back with an edit of a draft; a draft saved by someone else since gets 409. */
  revision: string;
}

type Row = {
  id: number; code: string; kind: FormKind; version: number; title_nl: string; title_en: string; fields: unknown;
  published_at: Date | null; is_demo: boolean; created_at: Date; updated_at: Date;
};

const COLUMNS = ['id', 'code', 'kind', 'version', 'title_nl', 'title_en', 'fields', 'published_at', 'is_demo', 'created_at', 'updated_at'] as const;

export function formRecord(r: Row): FormRecord {
  const fields = typeof r.fields === 'string' ? JSON.parse(r.fields) : r.fields;
  return {
    id: r.id, code: r.code, kind: r.kind, version: r.version, title: { nl: r.title_nl, en: r.title_en }, fields: fields as FormField[],
    publishedAt: r.published_at, isDemo: r.is_demo, createdAt: r.created_at, updatedAt: r.updated_at, revision: r.updated_at.toISOString(),
  };
}

/** One form version with its fields, exactly as an application written against it saw it. */
export async function loadForm(db: Reader, id: number): Promise<FormRecord> {
  const row = await db.selectFrom('form_definitions').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('form', id);
  return formRecord(row);
}

/** Every version of every form, newest version first within a code. */
export async function listForms(db: Reader): Promise<FormRecord[]> {
  const rows = await db.selectFrom('form_definitions').select(COLUMNS).orderBy('kind').orderBy('code').orderBy('version', 'desc').execute();
  return rows.map(formRecord);
}

export async function formVersions(db: Reader, code: string): Promise<FormRecord[]> {
  const rows = await db.selectFrom('form_definitions').select(COLUMNS).where('code', '=', code).orderBy('version', 'desc').execute();
  return rows.map(formRecord);
}

/** The published versions a call may use, newest first. */
export async function publishedForms(db: Reader, kind: FormKind): Promise<FormRecord[]> {
  const rows = await db.selectFrom('form_definitions').select(COLUMNS).where('kind', '=', kind).where('published_at', 'is not', null)
    .orderBy('code').orderBy('version', 'desc').execute();
  return rows.map(formRecord);
}
