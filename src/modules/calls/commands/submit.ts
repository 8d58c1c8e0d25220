import { audit } from '../../../plugins/audit.js';
import type { FieldError } from '../../../plugins/errors.js';
import { managesOrganisation } from '../access.js';
import { validateAnswers } from '../answers.js';
import { WITHDRAWABLE } from '../constants.js';
import { incomplete, notDraft, notLead, notWithdrawable } from '../errors.js';
import type { FormAnswers, FormField } from '../form-fields.js';
import { answersOf, documentsOf, isCrossSector, partnersOf, pathwayOf } from '../queries/applications.js';
import { loadForm } from '../queries/forms.js';
import { assertCallOpen, lockApplication, REQUESTED_KEY } from './applications.js';
import type { Actor, Tx } from './shared.js';

/** Everything that must hold before an application can be submitted, as named field errors. */
export async function submissionErrors(tx: Tx, row: { id: number; call_id: number; title: string; form_id: number; annex_form_id: number; answers: unknown; annex_answers: unknown }): Promise<FieldError[]> {
  const call = await tx.selectFrom('calls').select(['id', 'min_partners', 'requires_cross_sector', 'max_grant_eur']).where('id', '=', row.call_id).executeTakeFirstOrThrow();
  const [form, annex, pathway, partners, documents, annexes] = await Promise.all([
    loadForm(tx, row.form_id), loadForm(tx, row.annex_form_id), pathwayOf(tx, row.id), partnersOf(tx, row.id), documentsOf(tx, row.id),
    tx.selectFrom('call_annexes').select(['code', 'required']).where('call_id', '=', row.call_id).orderBy('position').execute(),
  ]);
  const answers = answersOf(row.answers);
  const errors: FieldError[] = [];
  if (!row.title.trim()) errors.push({ field: 'title', message: 'must be filled in', code: 'required' });
  errors.push(...validateAnswers(form.fields, answers, { forSubmit: true, prefix: 'answers' }));
  errors.push(...validateAnswers(annex.fields, answersOf(row.annex_answers), { forSubmit: true, prefix: 'annexAnswers' }));
  const requested = answers[REQUESTED_KEY];
  if (typeof requested === 'number' && call.max_grant_eur !== null && requested > Number(call.max_grant_eur)) {
    errors.push({ field: `answers.${REQUESTED_KEY}`, message: `must not exceed the call's maximum grant of ${Number(call.max_grant_eur)} euro`, code: 'maximum' });
  }
  for (const stage of pathway) {
    if (!stage.description.trim()) errors.push({ field: `pathway.${stage.stage}.description`, message: 'must be described', code: 'required' });
    if (!stage.indicators.some((i) => i.name.trim() && i.target.trim())) errors.push({ field: `pathway.${stage.stage}.indicators`, message: 'needs at least one indicator with a target', code: 'required' });
  }
  for (const a of annexes.filter((x) => x.required)) {
    const doc = documents.find((d) => d.annexCode === a.code);
    if (!doc || !doc.title.trim() || !doc.url.trim()) errors.push({ field: `documents.${a.code}`, message: 'this annex is required: give its title and web address', code: 'required' });
  }
  const unconfirmed = partners.filter((p) => !p.confirmedAt);
  if (unconfirmed.length) errors.push({ field: 'partners', message: `${unconfirmed.map((p) => p.name).join(', ')} did not confirm yet`, code: 'callsUnconfirmed' });
  if (partners.length < call.min_partners) errors.push({ field: 'partners', message: `the call asks for at least ${call.min_partners} organisations in the consortium (the lead included)`, code: 'callsMinPartners' });
  if (call.requires_cross_sector && !isCrossSector(partners)) errors.push({ field: 'partners', message: 'the call asks for a cross-sector consortium: organisations from more than one subsector', code: 'callsCrossSector' });
  return errors;
}

/** Conformity answers one row per chosen value (choices, multiple choices, yes/no), for reporting across calls. */
export function flattenConformity(fields: readonly FormField[], answers: FormAnswers): Array<{ field_key: string; value: string }> {
  const rows: Array<{ field_key: string; value: string }> = [];
  for (const f of fields) {
    const v = answers[f.key];
    if (f.type === 'multi_choice' && Array.isArray(v)) for (const x of new Set(v)) rows.push({ field_key: f.key, value: x });
    else if (f.type === 'choice' && typeof v === 'string' && v) rows.push({ field_key: f.key, value: v });
    else if (f.type === 'boolean' && typeof v === 'boolean') rows.push({ field_key: f.key, value: String(v) });
  }
  return rows;
}

/**
 * Submission is all or nothing: the call must be open (in Brussels time, up to the second), and
 * every rule must hold; otherwise nothing changes and every problem is listed.
 */
export async function submitApplication(tx: Tx, user: Actor, id: number, input: { version: number }, now = new Date()): Promise<void> {
  const row = await lockApplication(tx, id, input.version);
  if (row.status !== 'draft') throw notDraft(row.status);
  if (!(await managesOrganisation(tx, user.id, row.lead_organisation_id))) throw notLead();
  const call = await tx.selectFrom('calls').select(['opens_at', 'closes_at', 'status']).where('id', '=', row.call_id).executeTakeFirstOrThrow();
  assertCallOpen(call, now);
  const errors = await submissionErrors(tx, row);
  if (errors.length) throw incomplete(errors);
  const first = await tx.selectFrom('call_workflow_steps').select('code').where('call_id', '=', row.call_id).orderBy('position').limit(1).executeTakeFirst();
  await tx.updateTable('applications').set({
    status: 'submitted', current_step: first?.code ?? null, submitted_at: now, submitted_by: user.id, version: row.version + 1, updated_at: now,
  }).where('id', '=', id).execute();
  const annex = await loadForm(tx, row.annex_form_id);
  const flat = flattenConformity(annex.fields, answersOf(row.annex_answers));
  await tx.deleteFrom('conformity_answers').where('application_id', '=', id).execute();
  if (flat.length) await tx.insertInto('conformity_answers').values(flat.map((r) => ({ application_id: id, ...r }))).execute();
  await audit(tx, { userId: user.id, entityType: 'application', entityId: id, action: 'update', after: { status: 'submitted', currentStep: first?.code ?? null } });
}

/** The lead withdraws the application any time before a decision. */
export async function withdrawApplication(tx: Tx, user: Actor, id: number, input: { version: number }): Promise<void> {
  const row = await lockApplication(tx, id, input.version);
  if (!WITHDRAWABLE.includes(row.status)) throw notWithdrawable(row.status);
  if (!(await managesOrganisation(tx, user.id, row.lead_organisation_id))) throw notLead();
  await tx.updateTable('applications').set({ status: 'withdrawn', version: row.version + 1, updated_at: new Date() }).where('id', '=', id).execute();
  await audit(tx, { userId: user.id, entityType: 'application', entityId: id, action: 'update', before: { status: row.status }, after: { status: 'withdrawn' } });
}
