import type { FormKind } from '../../../db/schema-calls.js';
import { audit } from '../../../plugins/audit.js';
import { invalid, notFound } from '../../../plugins/errors.js';
import { codeTaken, draftExists, formPublished } from '../errors.js';
import { validateFieldDefinitions } from '../field-definitions.js';
import type { FormField } from '../form-fields.js';
import { formRecord } from '../queries/forms.js';
import { checkVersion, type Texts, type Tx } from './shared.js';

export interface CreateFormInput { code: string; kind: FormKind; title: Texts; fields: FormField[] }
export interface UpdateFormInput { revision: string; title: Texts; fields: FormField[] }

function checkFields(fields: unknown): void {
  const errors = validateFieldDefinitions(fields);
  if (errors.length) throw invalid(errors);
}

/** A new form, as version 1 in draft. */
export async function createForm(tx: Tx, userId: number | null, input: CreateFormInput, options: { isDemo?: boolean } = {}): Promise<number> {
  checkFields(input.fields);
  if (await tx.selectFrom('form_definitions').select('id').where('code', '=', input.code).executeTakeFirst()) throw codeTaken('form', input.code);
  const row = await tx.insertInto('form_definitions').values({
    code: input.code, kind: input.kind, version: 1, title_nl: input.title.nl.trim(), title_en: input.title.en.trim(),
    fields: JSON.stringify(input.fields), created_by: userId, is_demo: options.isDemo ?? false,
  }).returning('id').executeTakeFirstOrThrow();
  await audit(tx, { userId, entityType: 'form_definition', entityId: row.id, action: 'create', after: input });
  return row.id;
}

/** The next version of a form as a draft copy of its latest; only one draft at a time. */
export async function newFormVersion(tx: Tx, userId: number, code: string): Promise<number> {
  const latest = await tx.selectFrom('form_definitions').selectAll().where('code', '=', code).orderBy('version', 'desc').limit(1).forUpdate().executeTakeFirst();
  if (!latest) throw notFound('form', code);
  if (!latest.published_at) throw draftExists(code, latest.version);
  const row = await tx.insertInto('form_definitions').values({
    code, kind: latest.kind, version: latest.version + 1, title_nl: latest.title_nl, title_en: latest.title_en,
    fields: JSON.stringify(latest.fields), created_by: userId, is_demo: latest.is_demo,
  }).returning('id').executeTakeFirstOrThrow();
  await audit(tx, { userId, entityType: 'form_definition', entityId: row.id, action: 'create', after: { code, version: latest.version + 1, copiedFrom: latest.id } });
  return row.id;
}

async function lockDraft(tx: Tx, id: number) {
  const row = await tx.selectFrom('form_definitions').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw notFound('form', id);
  if (row.published_at) throw formPublished(id);
  return row;
}

/** Edits the title and fields of a draft version; a published version never changes. */
export async function updateFormDraft(tx: Tx, userId: number, id: number, input: UpdateFormInput): Promise<void> {
  const row = await lockDraft(tx, id);
  checkVersion('form', id, row.updated_at.toISOString(), input.revision);
  checkFields(input.fields);
  // Strictly later than before, so the revision token always changes.
  const now = new Date(Math.max(Date.now(), row.updated_at.getTime() + 1));
  await tx.updateTable('form_definitions').set({
    title_nl: input.title.nl.trim(), title_en: input.title.en.trim(), fields: JSON.stringify(input.fields), updated_at: now,
  }).where('id', '=', id).execute();
  await audit(tx, { userId, entityType: 'form_definition', entityId: id, action: 'update', before: formRecord(row), after: input });
}

export async function publishForm(tx: Tx, userId: number | null, id: number): Promise<void> {
  const row = await lockDraft(tx, id);
  checkFields(row.fields);
  await tx.updateTable('form_definitions').set({ published_at: new Date(), updated_at: new Date() }).where('id', '=', id).execute();
  await audit(tx, { userId, entityType: 'form_definition', entityId: id, action: 'update', after: { published: true, code: row.code, version: row.version } });
}
