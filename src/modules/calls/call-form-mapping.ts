import type { FieldError } from '../../plugins/errors.js';
import { val, type Form } from '../../web/form-data.js';
import type { CallRecord } from './queries/calls.js';
import { toBrusselsLocal } from './tz.js';

/**
 * The call page's flat form and the API's JSON body, both ways. Rows of criteria (c0_…),
 * annexes (n0_…) and workflow steps (w0_…) are numbered; a row without a code is left out.
 */
export const ROW_PREFIX = { criteria: 'c', annexes: 'n', workflow: 'w' } as const;
export const ROW_FIELDS = {
  criteria: ['code', 'weight', 'label_nl', 'label_en', 'description_nl', 'description_en'],
  annexes: ['code', 'label_nl', 'label_en', 'required'],
  workflow: ['code', 'kind', 'actorRole', 'label_nl', 'label_en'],
} as const;
export const SCALAR_FIELDS = ['code', 'instrument', 'title_nl', 'title_en', 'summary_nl', 'summary_en', 'eligibility_nl', 'eligibility_en',
  'budgetEur', 'maxGrantEur', 'opensAt', 'closesAt', 'applicationFormId', 'annexFormId', 'minPartners', 'requiresCrossSector', 'version'] as const;
export const MAX_ROWS = 20;

export function callFormFields(): string[] {
  const rows = (Object.keys(ROW_FIELDS) as Array<keyof typeof ROW_FIELDS>).flatMap((kind) =>
    Array.from({ length: MAX_ROWS }, (_, i) => ROW_FIELDS[kind].map((f) => `${ROW_PREFIX[kind]}${i}_${f}`)).flat());
  return [...SCALAR_FIELDS, ...rows];
}

/** Numbers that parse become numbers; anything else stays text so the schema names the field. */
const num = (s: string): number | string | undefined => {
  const v = s.trim().replace(/\s/g, '').replace(',', '.');
  return v === '' ? undefined : /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : s;
};

function rowIndexes(form: Form, prefix: string): number[] {
  return Array.from({ length: MAX_ROWS }, (_, i) => i).filter((i) => val(form, `${prefix}${i}_code`).trim() !== '');
}

/** The candidate API body from the page's form; `rowMap` remembers which page row each item came from. */
export function callBodyFromForm(form: Form, mode: 'create' | 'edit') {
  const rowMap: Record<string, number[]> = {};
  const rows = <T>(kind: keyof typeof ROW_FIELDS, make: (i: number, p: string) => T): T[] => {
    const p = ROW_PREFIX[kind];
    const idx = rowIndexes(form, p);
    rowMap[kind] = idx;
    return idx.map((i) => make(i, p));
  };
  const maxGrant = num(val(form, 'maxGrantEur'));
  const body: Record<string, unknown> = {
    ...(mode === 'create' ? { code: val(form, 'code').trim() } : { version: num(val(form, 'version')) }),
    instrument: val(form, 'instrument') || undefined,
    title: { nl: val(form, 'title_nl').trim(), en: val(form, 'title_en').trim() },
    summary: { nl: val(form, 'summary_nl'), en: val(form, 'summary_en') },
    eligibility: { nl: val(form, 'eligibility_nl'), en: val(form, 'eligibility_en') },
    budgetEur: num(val(form, 'budgetEur')),
    maxGrantEur: maxGrant === undefined ? null : maxGrant,
    opensAt: val(form, 'opensAt') || undefined,
    closesAt: val(form, 'closesAt') || undefined,
    applicationFormId: num(val(form, 'applicationFormId')),
    annexFormId: num(val(form, 'annexFormId')),
    minPartners: num(val(form, 'minPartners')) ?? 1,
    requiresCrossSector: val(form, 'requiresCrossSector') === 'true',
    criteria: rows('criteria', (i, p) => ({ code: val(form, `${p}${i}_code`).trim(), weight: num(val(form, `${p}${i}_weight`)), label: { nl: val(form, `${p}${i}_label_nl`).trim(), en: val(form, `${p}${i}_label_en`).trim() }, description: { nl: val(form, `${p}${i}_description_nl`), en: val(form, `${p}${i}_description_en`) } })),
    annexes: rows('annexes', (i, p) => ({ code: val(form, `${p}${i}_code`).trim(), label: { nl: val(form, `${p}${i}_label_nl`).trim(), en: val(form, `${p}${i}_label_en`).trim() }, required: val(form, `${p}${i}_required`) === 'true' })),
    workflow: rows('workflow', (i, p) => ({ code: val(form, `${p}${i}_code`).trim(), kind: val(form, `${p}${i}_kind`), actorRole: val(form, `${p}${i}_actorRole`), label: { nl: val(form, `${p}${i}_label_nl`).trim(), en: val(form, `${p}${i}_label_en`).trim() } })),
  };
  for (const k of Object.keys(body)) if (body[k] === undefined) delete body[k];
  return { body, rowMap };
}

/** API field paths (body.title.nl, criteria.1.weight) onto the page's names (title_nl, c3_weight). */
export function pageErrors(errors: FieldError[], rowMap: Record<string, number[]>): FieldError[] {
  return errors.map((e) => {
    const path = e.field.replace(/^body\.?/, '');
    const m = /^(criteria|annexes|workflow)\.(\d+)\.?(.*)$/.exec(path);
    if (m) {
      const kind = m[1] as keyof typeof ROW_PREFIX;
      const row = rowMap[kind]?.[Number(m[2])] ?? 0;
      const rest = (m[3] || 'code').replace(/\./g, '_');
      return { ...e, field: `${ROW_PREFIX[kind]}${row}_${rest}` };
    }
    if (/^(criteria|annexes|workflow)$/.test(path)) return { ...e, field: `${ROW_PREFIX[path as keyof typeof ROW_PREFIX]}0_code` };
    return { ...e, field: (path || 'form').replace(/\./g, '_') };
  });
}

/** A call as the page's form (dates in Brussels wall-clock time). */
export function formFromCall(call: CallRecord): Form {
  const form: Form = {
    instrument: call.instrument.code, title_nl: call.title.nl, title_en: call.title.en, summary_nl: call.summary.nl, summary_en: call.summary.en,
    eligibility_nl: call.eligibility.nl, eligibility_en: call.eligibility.en, budgetEur: String(call.budgetEur), maxGrantEur: call.maxGrantEur === null ? '' : String(call.maxGrantEur),
    opensAt: toBrusselsLocal(call.opensAt), closesAt: toBrusselsLocal(call.closesAt),
    applicationFormId: String(call.applicationFormId), annexFormId: String(call.annexFormId), minPartners: String(call.minPartners),
    requiresCrossSector: call.requiresCrossSector ? 'true' : '', version: String(call.version),
  };
  return { ...blankCallForm(undefined, call), ...form };
}

/** A new call's form: the standard criteria, annexes and workflow filled in, the latest annex chosen. */
export function blankCallForm(annexFormId: number | undefined, rows: { criteria: CallRecord['criteria']; annexes: CallRecord['annexes']; workflow: CallRecord['workflow'] }): Form {
  const form: Form = { instrument: '', annexFormId: annexFormId ? String(annexFormId) : '', minPartners: '1', version: '' };
  rows.criteria.forEach((c, i) => Object.assign(form, { [`c${i}_code`]: c.code, [`c${i}_weight`]: String(c.weight), [`c${i}_label_nl`]: c.label.nl, [`c${i}_label_en`]: c.label.en, [`c${i}_description_nl`]: c.description.nl, [`c${i}_description_en`]: c.description.en }));
  rows.annexes.forEach((a, i) => Object.assign(form, { [`n${i}_code`]: a.code, [`n${i}_label_nl`]: a.label.nl, [`n${i}_label_en`]: a.label.en, [`n${i}_required`]: a.required ? 'true' : '' }));
  rows.workflow.forEach((s, i) => Object.assign(form, { [`w${i}_code`]: s.code, [`w${i}_kind`]: s.kind, [`w${i}_actorRole`]: s.actorRole, [`w${i}_label_nl`]: s.label.nl, [`w${i}_label_en`]: s.label.en }));
  return form;
}
