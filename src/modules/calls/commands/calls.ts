import type { FormKind } from '../../../db/schema-calls.js';
import { audit } from '../../../plugins/audit.js';
import { invalid, notFound, type FieldError } from '../../../plugins/errors.js';
import { DEFAULT_ANNEXES, DEFAULT_CRITERIA, DEFAULT_WORKFLOW, RESERVED_CODES, type AnnexInput, type CriterionInput, type StepInput } from '../constants.js';
import { callNotDraft, codeTaken, formKind, formNotPublished } from '../errors.js';
import { brusselsLocalKind, parseBrusselsLocal } from '../tz.js';
import { checkVersion, type Texts, type Tx } from './shared.js';

export interface CallInput {
  instrument: string; title: Texts; summary?: Partial<Texts>; eligibility?: Partial<Texts>;
  budgetEur: number; maxGrantEur?: number | null;
  /** Brussels wall-clock time ('2027-03-15T17:00') or an ISO instant with offset. */
  opensAt: string; closesAt: string;
  applicationFormId: number; annexFormId: number;
  minPartners?: number; requiresCrossSector?: boolean;
  criteria?: CriterionInput[]; annexes?: AnnexInput[]; workflow?: StepInput[];
}
export interface CreateCallInput extends CallInput { code: string }
export interface UpdateCallInput extends CallInput { version: number }

const WITH_OFFSET = /(Z|[+-]\d{2}:?\d{2})$/i;

/** An instant from a Brussels wall-clock time (or an explicit ISO instant); a time skipped by DST is refused. */
export function readInstant(value: string, field: string, errors: FieldError[]): Date | null {
  if (WITH_OFFSET.test(value.trim())) {
    const t = Date.parse(value);
    if (Number.isNaN(t)) { errors.push({ field, message: 'must be a date and time', code: 'format' }); return null; }
    return new Date(t);
  }
  const kind = brusselsLocalKind(value);
  if (kind === null) { errors.push({ field, message: 'must be a date and time (YYYY-MM-DD HH:MM, Brussels time)', code: 'format' }); return null; }
  if (kind === 'gap') { errors.push({ field, message: 'does not exist in Brussels: the clocks skip that hour', code: 'callsDstGap' }); return null; }
  return parseBrusselsLocal(value);
}

function duplicates(rows: Array<{ code: string }>, field: string, errors: FieldError[]) {
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    if (seen.has(r.code)) errors.push({ field: `${field}.${i}.code`, message: `code ${r.code} is used twice`, code: 'duplicate' });
    seen.add(r.code);
  });
}

async function checkForm(tx: Tx, id: number, kind: FormKind, field: string) {
  const form = await tx.selectFrom('form_definitions').select(['kind', 'published_at']).where('id', '=', id).executeTakeFirst();
  if (!form || form.kind !== kind) throw formKind(field, kind);
  if (!form.published_at) throw formNotPublished(field, id);
}

/** Every rule of a call that the request schema cannot express; all field errors at once. */
async function prepare(tx: Tx, input: CallInput) {
  const errors: FieldError[] = [];
  const opensAt = readInstant(input.opensAt, 'opensAt', errors);
  const closesAt = readInstant(input.closesAt, 'closesAt', errors);
  if (opensAt && closesAt && closesAt <= opensAt) errors.push({ field: 'closesAt', message: 'must be after the opening', code: 'minimum' });
  if (input.maxGrantEur != null && input.maxGrantEur > input.budgetEur) errors.push({ field: 'maxGrantEur', message: 'must not exceed the budget', code: 'maximum' });
  const instrument = await tx.selectFrom('instruments').select('id').where('code', '=', input.instrument).where('retired_at', 'is', null).executeTakeFirst();
  if (!instrument) errors.push({ field: 'instrument', message: 'is not an instrument in the registry', code: 'reference' });
  const criteria = input.criteria ?? DEFAULT_CRITERIA;
  const annexes = input.annexes ?? DEFAULT_ANNEXES;
  const workflow = input.workflow ?? DEFAULT_WORKFLOW;
  if (!criteria.length) errors.push({ field: 'criteria', message: 'a call needs at least one criterion', code: 'minItems' });
  if (!workflow.length) errors.push({ field: 'workflow', message: 'a call needs at least one workflow step', code: 'minItems' });
  duplicates(criteria, 'criteria', errors);
  duplicates(annexes, 'annexes', errors);
  duplicates(workflow, 'workflow', errors);
  if (errors.length) throw invalid(errors);
  await checkForm(tx, input.applicationFormId, 'application', 'applicationFormId');
  await checkForm(tx, input.annexFormId, 'conformity_annex', 'annexFormId');
  return { opensAt: opensAt!, closesAt: closesAt!, instrumentId: instrument!.id, criteria, annexes, workflow };
}

function columns(input: CallInput, p: Awaited<ReturnType<typeof prepare>>) {
  return {
    instrument_id: p.instrumentId, title_nl: input.title.nl.trim(), title_en: input.title.en.trim(),
    summary_nl: input.summary?.nl?.trim() ?? '', summary_en: input.summary?.en?.trim() ?? '',
    eligibility_nl: input.eligibility?.nl?.trim() ?? '', eligibility_en: input.eligibility?.en?.trim() ?? '',
    budget_eur: input.budgetEur, max_grant_eur: input.maxGrantEur ?? null, opens_at: p.opensAt, closes_at: p.closesAt,
    application_form_id: input.applicationFormId, annex_form_id: input.annexFormId,
    min_partners: input.minPartners ?? 1, requires_cross_sector: input.requiresCrossSector ?? false,
  };
}

/** Criteria, annexes and workflow are data of the call: replaced as a whole on every save. */
async function writeRows(tx: Tx, callId: number, p: Awaited<ReturnType<typeof prepare>>) {
  await tx.deleteFrom('call_criteria').where('call_id', '=', callId).execute();
  await tx.deleteFrom('call_annexes').where('call_id', '=', callId).execute();
  await tx.deleteFrom('call_workflow_steps').where('call_id', '=', callId).execute();
  await tx.insertInto('call_criteria').values(p.criteria.map((c, i) => ({
    call_id: callId, code: c.code, position: i + 1, weight: c.weight, label_nl: c.label.nl.trim(), label_en: c.label.en.trim(),
    description_nl: c.description?.nl?.trim() ?? '', description_en: c.description?.en?.trim() ?? '',
  }))).execute();
  if (p.annexes.length) {
    await tx.insertInto('call_annexes').values(p.annexes.map((a, i) => ({
      call_id: callId, code: a.code, position: i + 1, label_nl: a.label.nl.trim(), label_en: a.label.en.trim(), required: a.required,
    }))).execute();
  }
  await tx.insertInto('call_workflow_steps').values(p.workflow.map((s, i) => ({
    call_id: callId, code: s.code, position: i + 1, kind: s.kind, actor_role: s.actorRole, label_nl: s.label.nl.trim(), label_en: s.label.en.trim(),
  }))).execute();
}

export async function createCall(tx: Tx, userId: number | null, input: CreateCallInput, options: { isDemo?: boolean } = {}): Promise<string> {
  if (RESERVED_CODES.includes(input.code)) throw invalid([{ field: 'code', message: 'is reserved for a page of the platform', code: 'callsReserved' }]);
  const p = await prepare(tx, input);
  if (await tx.selectFrom('calls').select('id').where('code', '=', input.code).executeTakeFirst()) throw codeTaken('call', input.code);
  const row = await tx.insertInto('calls').values({ code: input.code, ...columns(input, p), created_by: userId, is_demo: options.isDemo ?? false })
    .returning('id').executeTakeFirstOrThrow();
  await writeRows(tx, row.id, p);
  await audit(tx, { userId, entityType: 'call', entityId: input.code, action: 'create', after: input });
  return input.code;
}

export async function updateCall(tx: Tx, userId: number, code: string, input: UpdateCallInput): Promise<void> {
  const call = await tx.selectFrom('calls').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
  if (!call) throw notFound('call', code);
  checkVersion('call', code, call.version, input.version);
  const p = await prepare(tx, input);
  await tx.updateTable('calls').set({ ...columns(input, p), version: call.version + 1, updated_at: new Date() }).where('id', '=', call.id).execute();
  await writeRows(tx, call.id, p);
  await audit(tx, { userId, entityType: 'call', entityId: code, action: 'update', before: { version: call.version }, after: input });
}

/** A published call is listed publicly and accepts applications between its dates. */
export async function publishCall(tx: Tx, userId: number | null, code: string): Promise<void> {
  const call = await tx.selectFrom('calls').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
  if (!call) throw notFound('call', code);
  if (call.status !== 'draft') throw callNotDraft(code);
  await checkForm(tx, call.application_form_id, 'application', 'applicationFormId');
  await checkForm(tx, call.annex_form_id, 'conformity_annex', 'annexFormId');
  await tx.updateTable('calls').set({ status: 'published', version: call.version + 1, updated_at: new Date() }).where('id', '=', call.id).execute();
  await audit(tx, { userId, entityType: 'call', entityId: code, action: 'update', after: { status: 'published' } });
}
