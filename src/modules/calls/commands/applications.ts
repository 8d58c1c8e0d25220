import { audit } from '../../../plugins/audit.js';
import { invalid, notFound, type FieldError } from '../../../plugins/errors.js';
import { managesOrganisation } from '../access.js';
import { answersOf } from '../queries/applications.js';
import { compactAnswers, validateAnswers } from '../answers.js';
import { PATHWAY_STAGES } from '../constants.js';
import { callClosed, callNotOpen, notDraft, notMember, stale } from '../errors.js';
import type { FormAnswers } from '../form-fields.js';
import { loadForm } from '../queries/forms.js';
import { formatBrussels } from '../tz.js';
import type { PathwayStage } from '../../../db/schema-calls.js';
import type { Actor, Tx } from './shared.js';

export interface StartInput { organisationId: number; title: string; summary?: string }
export interface SaveInput {
  version: number; title?: string; summary?: string;
  answers?: FormAnswers; annexAnswers?: FormAnswers;
  pathway?: Partial<Record<PathwayStage, { description?: string; indicators?: Array<{ name: string; target: string }> }>>;
  documents?: Array<{ annexCode: string; title: string; url: string }>;
}

/** The money answer that is also the application's requested amount (so calls can compare it with the maximum grant). */
export const REQUESTED_KEY = 'budget_requested';

/** The call's window in Brussels time: accepts from its opening up to (not at) its closing. */
export function assertCallOpen(call: { opens_at: Date; closes_at: Date; status: string }, now: Date): void {
  if (call.status !== 'published' || now < call.opens_at) throw callNotOpen(call.opens_at);
  if (now >= call.closes_at) throw callClosed(call.closes_at, formatBrussels(call.closes_at, 'nl'));
}

/** An organisation's owner or member starts an application for an open call, with that organisation as lead. */
export async function startApplication(tx: Tx, user: Actor, callCode: string, input: StartInput, now = new Date()): Promise<number> {
  const call = await tx.selectFrom('calls').selectAll().where('code', '=', callCode).executeTakeFirst();
  if (!call || call.status === 'draft') throw notFound('call', callCode);
  assertCallOpen(call, now);
  const org = await tx.selectFrom('organisations').select(['id', 'retired_at', 'is_demo']).where('id', '=', input.organisationId).executeTakeFirst();
  if (!org || org.retired_at) throw invalid([{ field: 'organisationId', message: 'is not a registered organisation', code: 'reference' }]);
  if (!(await managesOrganisation(tx, user.id, org.id))) throw notMember(org.id);
  const row = await tx.insertInto('applications').values({
    call_id: call.id, lead_organisation_id: org.id, title: input.title.trim(), summary: input.summary?.trim() ?? '',
    form_id: call.application_form_id, annex_form_id: call.annex_form_id, created_by: user.id,
    is_demo: call.is_demo && org.is_demo,
  }).returning('id').executeTakeFirstOrThrow();
  await tx.insertInto('application_partners').values({ application_id: row.id, organisation_id: org.id, role: 'lead', confirmed_at: now, confirmed_by: user.id }).execute();
  await tx.insertInto('application_pathway').values(PATHWAY_STAGES.map((stage) => ({ application_id: row.id, stage }))).execute();
  await audit(tx, { userId: user.id, entityType: 'application', entityId: row.id, action: 'create', after: { call: callCode, ...input } });
  return row.id;
}

/** The application locked for this transaction, with the version and status an edit needs. */
export async function lockApplication(tx: Tx, id: number, version?: number) {
  const row = await tx.selectFrom('applications').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw notFound('application', id);
  if (version !== undefined && row.version !== version) throw stale('application', id, row.version, version);
  return row;
}

/**
 * Saves whatever parts of a draft are sent (answers as you go): each part is checked for type
 * and limits, not for completeness; required fields wait until submission.
 */
export async function saveApplication(tx: Tx, userId: number, id: number, input: SaveInput): Promise<void> {
  const row = await lockApplication(tx, id, input.version);
  if (row.status !== 'draft') throw notDraft(row.status);
  const errors: FieldError[] = [];
  const [form, annex] = await Promise.all([loadForm(tx, row.form_id), loadForm(tx, row.annex_form_id)]);
  if (input.title !== undefined && !input.title.trim()) errors.push({ field: 'title', message: 'must not be empty', code: 'required' });
  if (input.answers) errors.push(...validateAnswers(form.fields, input.answers, { forSubmit: false, prefix: 'answers' }));
  if (input.annexAnswers) errors.push(...validateAnswers(annex.fields, input.annexAnswers, { forSubmit: false, prefix: 'annexAnswers' }));
  const annexes = await tx.selectFrom('call_annexes').select('code').where('call_id', '=', row.call_id).execute();
  input.documents?.forEach((d, i) => {
    if (!annexes.some((a) => a.code === d.annexCode)) errors.push({ field: `documents.${i}.annexCode`, message: 'is not an annex of this call', code: 'enum' });
  });
  if (input.documents && new Set(input.documents.map((d) => d.annexCode)).size !== input.documents.length) {
    errors.push({ field: 'documents', message: 'has two documents for the same annex', code: 'duplicate' });
  }
  if (errors.length) throw invalid(errors);

  const answers = input.answers ? compactAnswers(input.answers) : answersOf(row.answers);
  const requested = answers[REQUESTED_KEY];
  await tx.updateTable('applications').set({
    title: input.title?.trim() ?? row.title,
    summary: input.summary?.trim() ?? row.summary,
    answers: JSON.stringify(answers),
    annex_answers: JSON.stringify(input.annexAnswers ? compactAnswers(input.annexAnswers) : answersOf(row.annex_answers)),
    requested_eur: typeof requested === 'number' ? requested : null,
    version: row.version + 1, updated_at: new Date(),
  }).where('id', '=', id).execute();
  if (input.pathway) {
    for (const stage of PATHWAY_STAGES) {
      const s = input.pathway[stage];
      if (!s) continue;
      await tx.updateTable('application_pathway').set({
        ...(s.description !== undefined ? { description: s.description.trim() } : {}),
        ...(s.indicators !== undefined ? { indicators: JSON.stringify(s.indicators.map((x) => ({ name: x.name.trim(), target: x.target.trim() })).filter((x) => x.name || x.target)) } : {}),
      }).where('application_id', '=', id).where('stage', '=', stage).execute();
    }
  }
  if (input.documents) {
    await tx.deleteFrom('application_documents').where('application_id', '=', id).execute();
    const docs = input.documents.filter((d) => d.title.trim() || d.url.trim());
    if (docs.length) {
      await tx.insertInto('application_documents').values(docs.map((d) => ({
        application_id: id, annex_code: d.annexCode, title: d.title.trim(), url: d.url.trim(), added_by: userId,
      }))).execute();
    }
  }
  await audit(tx, { userId, entityType: 'application', entityId: id, action: 'update', before: { version: row.version }, after: input });
}
