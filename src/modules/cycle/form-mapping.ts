import type { FieldError } from '../../plugins/errors.js';
import { validateSchema } from '../../web/validate.js';
import type { ActionLineRecord, ActionRecord, ConformityRecord, MilestoneRecord, PlanRecord } from './queries.js';
import {
  type AdoptPlanInput, type CreateActionInput, type CreateActionLineInput, type CreateConformityInput, type CreateMilestoneInput, type CreatePlanInput,
  type RebaselinePlanInput, type UpdateActionInput, type UpdateActionLineInput, type UpdateConformityInput, type UpdateMilestoneInput, type UpdatePlanInput,
  adoptPlanBody, createActionBody, createActionLineBody, createConformityBody, createMilestoneBody, createPlanBody, rebaselinePlanBody,
  updateActionBody, updateActionLineBody, updateConformityBody, updateMilestoneBody, updatePlanBody,
} from './schemas.js';

export { list, readForm, val, type Form, type Parsed } from '../../web/form-data.js';
import { list, val, type Form, type Parsed } from '../../web/form-data.js';

const BILINGUAL = /^(title|description|agreement|note)\.(nl|en)$/;
/** API field names (title.nl) onto the form's flat names (title_nl). */
export function flatErrors(errors: FieldError[]): FieldError[] {
  return errors.map((e) => ({ ...e, field: e.field.replace(/^body\./, '').replace(BILINGUAL, '$1_$2') }));
}

function check<T>(schema: object, candidate: unknown): Parsed<T> {
  const errors = validateSchema(schema, candidate);
  return errors.length ? { ok: false, errors: flatErrors(errors) } : { ok: true, input: candidate as T };
}

const trimmed = (form: Form, name: string) => val(form, name).trim();
const orNull = (s: string) => (s === '' ? null : s);
/** Whole numbers pass as numbers; anything else stays text so the schema names the field. */
const integer = (s: string): number | string | undefined => (s.trim() === '' ? undefined : /^\d+$/.test(s.trim()) ? Number(s.trim()) : s);
/** Amounts as people type them: "1250", "1250,50", "1.250,50", "1 250.5". */
export function amount(s: string): number | string | null {
  const x = s.replace(/[\s\u00a0€]/g, '');
  if (x === '') return null;
  const normal = /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(x) ? x.replace(/\./g, '').replace(',', '.') : x.replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normal) ? Number(normal) : s;
}
const version = (form: Form) => Number(val(form, 'version')) || 0;
const text = (form: Form, name: string) => ({ nl: trimmed(form, `${name}_nl`), en: trimmed(form, `${name}_en`) });

// --- action lines ---------------------------------------------------------------------------
export const ACTION_LINE_FIELDS = ['code', 'title_nl', 'title_en', 'description_nl', 'description_en', 'owner', 'version'] as const;
export const ACTION_LINE_LISTS = ['recommendations', 'challenges'] as const;

export function actionLineInput(form: Form, mode: 'create'): Parsed<CreateActionLineInput>;
export function actionLineInput(form: Form, mode: 'edit'): Parsed<UpdateActionLineInput>;
export function actionLineInput(form: Form, mode: 'create' | 'edit'): Parsed<CreateActionLineInput | UpdateActionLineInput> {
  const common = {
    title: text(form, 'title'), description: text(form, 'description'), owner: orNull(val(form, 'owner')),
    recommendations: list(form, 'recommendations'),
    challenges: list(form, 'challenges').map((c) => (/^\d+$/.test(c) ? Number(c) : c)),
  };
  return mode === 'create'
    ? check(createActionLineBody, { code: trimmed(form, 'code'), ...common })
    : check(updateActionLineBody, { version: version(form), ...common });
}

export function actionLineForm(l: ActionLineRecord, ownerCode: string | null): Form {
  return {
    code: l.code, title_nl: l.title.nl, title_en: l.title.en, description_nl: l.description.nl, description_en: l.description.en,
    owner: ownerCode ?? '', recommendations: [...l.recommendations], challenges: l.challenges.map(String), version: String(l.version),
  };
}

// --- plans ------------------------------------------------------------------------------------
export const PLAN_FIELDS = ['kind', 'yearFrom', 'yearTo', 'version'] as const;

export function planInput(form: Form, mode: 'create'): Parsed<CreatePlanInput>;
export function planInput(form: Form, mode: 'edit'): Parsed<UpdatePlanInput>;
export function planInput(form: Form, mode: 'create' | 'edit'): Parsed<CreatePlanInput | UpdatePlanInput> {
  const yearFrom = integer(val(form, 'yearFrom'));
  const yearTo = integer(val(form, 'yearTo'));
  const period = { ...(yearFrom !== undefined ? { yearFrom } : {}), ...(yearTo !== undefined ? { yearTo } : {}) };
  return mode === 'create'
    ? check(createPlanBody, { kind: val(form, 'kind') || undefined, ...period })
    : check(updatePlanBody, { version: version(form), ...period });
}

export function planForm(p: PlanRecord): Form {
  return { kind: p.kind, yearFrom: String(p.yearFrom), yearTo: String(p.yearTo), version: String(p.version) };
}

export const ADOPT_FIELDS = ['decisionId', 'version'] as const;
export function adoptInput(form: Form): Parsed<AdoptPlanInput> {
  const decisionId = integer(val(form, 'decisionId'));
  return check(adoptPlanBody, { version: version(form), decisionId: decisionId ?? null });
}

export const REBASELINE_FIELDS = ['decisionId', 'reason', 'version'] as const;
export function rebaselineInput(form: Form): Parsed<RebaselinePlanInput> {
  const decisionId = integer(val(form, 'decisionId'));
  return check(rebaselinePlanBody, { version: version(form), ...(decisionId !== undefined ? { decisionId } : {}), reason: trimmed(form, 'reason') });
}

// --- actions ----------------------------------------------------------------------------------
export const ACTION_FIELDS = [
  'code', 'title_nl', 'title_en', 'description_nl', 'description_en', 'responsibleActor', 'status', 'startsOn', 'endsOn',
  'budgetPlanned', 'budgetCommitted', 'budgetSpent', 'externalId', 'version',
] as const;
export const ACTION_LISTS = ['contributors'] as const;

export function actionInput(form: Form, mode: 'create'): Parsed<CreateActionInput>;
export function actionInput(form: Form, mode: 'edit'): Parsed<UpdateActionInput>;
export function actionInput(form: Form, mode: 'create' | 'edit'): Parsed<CreateActionInput | UpdateActionInput> {
  const fields = {
    code: trimmed(form, 'code'), title: text(form, 'title'), description: text(form, 'description'),
    responsibleActor: orNull(val(form, 'responsibleActor')), contributors: list(form, 'contributors'),
    status: val(form, 'status') || 'planned',
    startsOn: orNull(trimmed(form, 'startsOn')), endsOn: orNull(trimmed(form, 'endsOn')),
    budgetPlanned: amount(val(form, 'budgetPlanned')), budgetCommitted: amount(val(form, 'budgetCommitted')), budgetSpent: amount(val(form, 'budgetSpent')),
    externalId: orNull(trimmed(form, 'externalId')),
  };
  return mode === 'create' ? check(createActionBody, fields) : check(updateActionBody, { version: version(form), ...fields });
}

const amountText = (x: number | null) => (x === null ? '' : String(x));
export function actionForm(a: ActionRecord, code: (id: number | null) => string | null): Form {
  return {
    code: a.code, title_nl: a.title.nl, title_en: a.title.en, description_nl: a.description.nl, description_en: a.description.en,
    responsibleActor: code(a.responsibleActorId) ?? '', contributors: a.contributorIds.map((id) => code(id) ?? '').filter(Boolean),
    status: a.status, startsOn: a.startsOn ?? '', endsOn: a.endsOn ?? '',
    budgetPlanned: amountText(a.budgetPlanned), budgetCommitted: amountText(a.budgetCommitted), budgetSpent: amountText(a.budgetSpent),
    externalId: a.externalId ?? '', version: String(a.version),
  };
}

// --- milestones -------------------------------------------------------------------------------
export const MILESTONE_FIELDS = ['title_nl', 'title_en', 'dueOn', 'doneOn', 'weight', 'version'] as const;

export function milestoneInput(form: Form, mode: 'create'): Parsed<CreateMilestoneInput>;
export function milestoneInput(form: Form, mode: 'edit'): Parsed<UpdateMilestoneInput>;
export function milestoneInput(form: Form, mode: 'create' | 'edit'): Parsed<CreateMilestoneInput | UpdateMilestoneInput> {
  const fields = {
    title: text(form, 'title'),
    ...(trimmed(form, 'dueOn') ? { dueOn: trimmed(form, 'dueOn') } : {}),
    doneOn: orNull(trimmed(form, 'doneOn')),
    weight: amount(val(form, 'weight')),
  };
  return mode === 'create' ? check(createMilestoneBody, fields) : check(updateMilestoneBody, { version: version(form), ...fields });
}

export function milestoneForm(m: MilestoneRecord): Form {
  return { title_nl: m.title.nl, title_en: m.title.en, dueOn: m.dueOn, doneOn: m.doneOn ?? '', weight: m.weight === null ? '' : String(m.weight), version: String(m.version) };
}

// --- conformity -------------------------------------------------------------------------------
export const CONFORMITY_FIELDS = ['actor', 'agreement_nl', 'agreement_en', 'status', 'since', 'note_nl', 'note_en', 'source', 'version'] as const;

export function conformityInput(form: Form, mode: 'create'): Parsed<CreateConformityInput>;
export function conformityInput(form: Form, mode: 'edit'): Parsed<UpdateConformityInput>;
export function conformityInput(form: Form, mode: 'create' | 'edit'): Parsed<CreateConformityInput | UpdateConformityInput> {
  const fields = {
    actor: val(form, 'actor'), agreement: text(form, 'agreement'), status: val(form, 'status') || undefined,
    since: orNull(trimmed(form, 'since')), note: text(form, 'note'), source: orNull(trimmed(form, 'source')),
  };
  return mode === 'create' ? check(createConformityBody, fields) : check(updateConformityBody, { version: version(form), ...fields });
}

export function conformityForm(c: ConformityRecord, actorCode: string): Form {
  return {
    actor: actorCode, agreement_nl: c.agreement.nl, agreement_en: c.agreement.en, status: c.status, since: c.since ?? '',
    note_nl: c.note.nl, note_en: c.note.en, source: c.source ?? '', version: String(c.version),
  };
}

export function emptyForm(fields: readonly string[], lists: readonly string[] = []): Form {
  return Object.fromEntries([...fields.map((f) => [f, '']), ...lists.map((l) => [l, [] as string[]])]);
}
