import type { FieldError } from '../../plugins/errors.js';
import { validateSchema } from '../../web/validate.js';
import type { KpiRecord } from './queries.js';
import { createKpiBody, measurementBody, updateKpiBody, type CreateKpiInput, type MeasurementInput, type UpdateKpiInput } from './schemas.js';

/** The KPI form's own flat representation: exactly what the browser posts back. */
export interface KpiForm {
  code: string; name_nl: string; name_en: string; definition_nl: string; definition_en: string;
  unit: string; direction: string; frequency: string; source: string; owner: string;
  instruments: string[]; actionLines: string[]; baseline_value: string; baseline_date: string;
  /** Target per year, as typed ('' = no target). */
  targets: Record<number, string>; version: string;
}

export interface MeasurementForm {
  period: string; value: string; subsector: string; province: string; source: string; confidence: string; note: string;
}

const str = (v: unknown) => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '');
const list = (v: unknown) => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' && v ? [v] : []);

/** Codes from checkboxes, or typed in one field separated by spaces or commas. */
const codes = (v: unknown) => [...new Set(list(v).flatMap((s) => s.split(/[\s,]+/)).filter(Boolean))];

/** The years a target can be typed for: a few around this year, and every year that already has one. */
export function targetYears(thisYear: number, targets: Record<number, string>): number[] {
  const years = new Set<number>();
  for (let y = thisYear - 1; y <= thisYear + 4; y++) years.add(y);
  for (const y of Object.keys(targets)) years.add(Number(y));
  return [...years].sort((a, b) => a - b);
}

export function emptyKpiForm(): KpiForm {
  return {
    code: '', name_nl: '', name_en: '', definition_nl: '', definition_en: '', unit: '', direction: 'increase', frequency: 'annual', source: '', owner: '',
    instruments: [], actionLines: [], baseline_value: '', baseline_date: '', targets: {}, version: '',
  };
}

export function kpiFormFrom(kpi: KpiRecord, codes: { owner: string; instruments: string[] }): KpiForm {
  return {
    code: kpi.code, name_nl: kpi.name.nl, name_en: kpi.name.en, definition_nl: kpi.definition.nl, definition_en: kpi.definition.en,
    unit: kpi.unit, direction: kpi.direction, frequency: kpi.frequency, source: kpi.source, owner: codes.owner,
    instruments: codes.instruments, actionLines: kpi.actionLines.map((l) => l.code),
    baseline_value: kpi.baseline ? String(kpi.baseline.value) : '', baseline_date: kpi.baseline?.date ?? '',
    targets: Object.fromEntries(kpi.targets.map((t) => [t.year, String(t.value)])), version: String(kpi.version),
  };
}

export function kpiFormFromBody(body: unknown): KpiForm {
  const b = (body ?? {}) as Record<string, unknown>;
  const targets: Record<number, string> = {};
  for (const [key, value] of Object.entries(b)) {
    const m = /^target_(\d{4})$/.exec(key);
    if (m && str(value).trim()) targets[Number(m[1])] = str(value).trim();
  }
  return {
    code: str(b.code).trim(), name_nl: str(b.name_nl), name_en: str(b.name_en), definition_nl: str(b.definition_nl), definition_en: str(b.definition_en),
    unit: str(b.unit), direction: str(b.direction), frequency: str(b.frequency), source: str(b.source), owner: str(b.owner),
    instruments: codes(b.instruments), actionLines: codes(b.actionLines),
    baseline_value: str(b.baseline_value).trim(), baseline_date: str(b.baseline_date).trim(), targets, version: str(b.version),
  };
}

/** A number as typed in a Dutch or English form: a decimal comma is accepted; anything else stays text and fails the schema. */
export function formNumber(text: string): number | string {
  const t = text.trim().replace(/^(-?\d+),(\d+)$/, '$1.$2');
  return /^-?(\d+(\.\d*)?|\.\d+)$/.test(t) ? Number(t) : text;
}

/**
 * The form, turned into the same input the JSON API takes and checked against the same schema,
 * so that a page and the API never disagree on what is valid. Errors come back on the form's
 * own field names.
 */
export function kpiInputFromForm(form: KpiForm, mode: 'create' | 'edit'):
  { ok: true; input: CreateKpiInput | UpdateKpiInput } | { ok: false; errors: FieldError[] } {
  const targetList = Object.entries(form.targets).map(([year, value]) => ({ year: Number(year), value: formNumber(value) }));
  const common = {
    name: { nl: form.name_nl.trim(), en: form.name_en.trim() },
    definition: { nl: form.definition_nl.trim(), en: form.definition_en.trim() },
    unit: form.unit.trim(), direction: form.direction, frequency: form.frequency, source: form.source.trim(),
    owner: form.owner || null, instruments: form.instruments, actionLines: form.actionLines,
    baseline: form.baseline_value === '' && form.baseline_date === '' ? null : {
      ...(form.baseline_value === '' ? {} : { value: formNumber(form.baseline_value) }), ...(form.baseline_date === '' ? {} : { date: form.baseline_date }),
    },
    targets: targetList,
  };
  const candidate = mode === 'create' ? { code: form.code, ...common } : { version: Number(form.version) || 0, ...common };
  const errors = validateSchema(mode === 'create' ? createKpiBody : updateKpiBody, candidate);
  if (errors.length) return { ok: false, errors: kpiFormErrors(errors, targetList.map((t) => t.year)) };
  return { ok: true, input: candidate as CreateKpiInput };
}

/** API field names (name.nl, targets.2.value, instruments.0) onto the form's (name_nl, target_2026, instruments). */
export function kpiFormErrors(errors: FieldError[], targetYearsInOrder: number[]): FieldError[] {
  return errors.map((e) => {
    const field = e.field.replace(/^body\./, '');
    const target = /^targets\.(\d+)/.exec(field);
    const mapped = target ? `target_${targetYearsInOrder[Number(target[1])] ?? ''}`
      : field.replace(/^(name|definition|baseline)\.(\w+)$/, '$1_$2').replace(/^(instruments|actionLines)\.\d+$/, '$1').replace(/^baseline$/, 'baseline_value');
    return { ...e, field: mapped };
  });
}

export function emptyMeasurementForm(): MeasurementForm {
  return { period: '', value: '', subsector: '', province: '', source: '', confidence: 'medium', note: '' };
}

export function measurementFormFromBody(body: unknown): MeasurementForm {
  const b = (body ?? {}) as Record<string, unknown>;
  return {
    period: str(b.period).trim(), value: str(b.value).trim(), subsector: str(b.subsector), province: str(b.province),
    source: str(b.source), confidence: str(b.confidence) || 'medium', note: str(b.note),
  };
}

export function measurementInputFromForm(form: MeasurementForm, unit: string):
  { ok: true; input: MeasurementInput } | { ok: false; errors: FieldError[] } {
  const candidate = {
    ...(form.period === '' ? {} : { period: form.period }), ...(form.value === '' ? {} : { value: formNumber(form.value) }), unit, subsector: form.subsector, province: form.province,
    source: form.source.trim(), confidence: form.confidence, note: form.note.trim(),
  };
  const errors = validateSchema(measurementBody, candidate);
  return errors.length ? { ok: false, errors } : { ok: true, input: candidate as MeasurementInput };
}
