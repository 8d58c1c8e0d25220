import { sql } from 'kysely';
import type { Reader, Texts } from '../commands/shared.js';
import type { FormField } from '../form-fields.js';
import { formRecord } from './forms.js';

export interface ConformityFilter { call?: string | undefined; instrument?: string | undefined }
export interface ConformityRow {
  call: { code: string; title: Texts }; instrument: { code: string; name: Texts };
  field: string; value: string; submitted: number; granted: number;
}
export interface ConformityReport {
  filter: ConformityFilter;
  totals: { submitted: number; granted: number };
  fields: Array<{ key: string; label: Texts; values: Array<{ value: string; label: Texts; submitted: number; granted: number }> }>;
  calls: Array<{ code: string; title: Texts; instrument: { code: string; name: Texts }; submitted: number; granted: number }>;
  rows: ConformityRow[];
}

/** Applications that count: submitted at some point and not withdrawn (drafts say nothing yet). */
const COUNTED = ['submitted', 'ineligible', 'in_review', 'granted', 'refused'] as const;

/**
 * Per annex field and chosen value, how many submitted (and granted) applications chose it,
 * per call and instrument, from the flattened conformity answers. Labels come from the annex
 * versions in use (the newest wording wins).
 */
export async function conformityReport(db: Reader, filter: ConformityFilter): Promise<ConformityReport> {
  let grouped = db.selectFrom('conformity_answers as ca').innerJoin('applications as a', 'a.id', 'ca.application_id')
    .innerJoin('calls as c', 'c.id', 'a.call_id').innerJoin('instruments as i', 'i.id', 'c.instrument_id')
    .select([
      'c.code as call_code', 'c.title_nl', 'c.title_en', 'i.code as instrument_code', 'i.name_nl', 'i.name_en', 'ca.field_key', 'ca.value',
      (eb) => eb.fn.countAll<number>().as('submitted'),
      sql<number>`count(*) filter (where a.status = 'granted')`.as('granted'),
    ])
    .where('a.status', 'in', COUNTED)
    .groupBy(['c.code', 'c.title_nl', 'c.title_en', 'i.code', 'i.name_nl', 'i.name_en', 'ca.field_key', 'ca.value']);
  let perCall = db.selectFrom('applications as a').innerJoin('calls as c', 'c.id', 'a.call_id').innerJoin('instruments as i', 'i.id', 'c.instrument_id')
    .select([
      'c.code as call_code', 'c.title_nl', 'c.title_en', 'i.code as instrument_code', 'i.name_nl', 'i.name_en',
      (eb) => eb.fn.countAll<number>().as('submitted'),
      sql<number>`count(*) filter (where a.status = 'granted')`.as('granted'),
    ])
    .where('a.status', 'in', COUNTED)
    .groupBy(['c.code', 'c.title_nl', 'c.title_en', 'i.code', 'i.name_nl', 'i.name_en']);
  if (filter.call) { grouped = grouped.where('c.code', '=', filter.call); perCall = perCall.where('c.code', '=', filter.call); }
  if (filter.instrument) { grouped = grouped.where('i.code', '=', filter.instrument); perCall = perCall.where('i.code', '=', filter.instrument); }
  const [rowsRaw, callsRaw, annexForms] = await Promise.all([
    grouped.orderBy('c.code').orderBy('ca.field_key').orderBy('ca.value').execute(),
    perCall.orderBy('c.code').execute(),
    db.selectFrom('form_definitions').select(['id', 'code', 'kind', 'version', 'title_nl', 'title_en', 'fields', 'published_at', 'is_demo', 'created_at', 'updated_at'])
      .where('kind', '=', 'conformity_annex').orderBy('version').execute(),
  ]);

  // Field order and labels from the annex versions, newest wording last so it wins.
  const fieldOrder: string[] = [];
  const fieldLabels = new Map<string, Texts>();
  const valueLabels = new Map<string, Texts>();
  for (const form of annexForms.map(formRecord)) {
    for (const f of form.fields as FormField[]) {
      if (!['choice', 'multi_choice', 'boolean'].includes(f.type)) continue;
      if (!fieldOrder.includes(f.key)) fieldOrder.push(f.key);
      fieldLabels.set(f.key, { nl: f.label_nl, en: f.label_en });
      if (f.type === 'boolean') {
        valueLabels.set(`${f.key}:true`, { nl: 'Ja', en: 'Yes' });
        valueLabels.set(`${f.key}:false`, { nl: 'Nee', en: 'No' });
      }
      for (const o of f.options ?? []) valueLabels.set(`${f.key}:${o.value}`, { nl: o.label_nl, en: o.label_en });
    }
  }

  const rows: ConformityRow[] = rowsRaw.map((r) => ({
    call: { code: r.call_code, title: { nl: r.title_nl, en: r.title_en } }, instrument: { code: r.instrument_code, name: { nl: r.name_nl, en: r.name_en } },
    field: r.field_key, value: r.value, submitted: Number(r.submitted), granted: Number(r.granted),
  }));
  const calls = callsRaw.map((r) => ({
    code: r.call_code, title: { nl: r.title_nl, en: r.title_en }, instrument: { code: r.instrument_code, name: { nl: r.name_nl, en: r.name_en } },
    submitted: Number(r.submitted), granted: Number(r.granted),
  }));
  // An application appears once per call, so summing over calls counts each application once.
  const totals = { submitted: calls.reduce((n, c) => n + c.submitted, 0), granted: calls.reduce((n, c) => n + c.granted, 0) };

  const keys = [...fieldOrder, ...new Set(rows.map((r) => r.field).filter((k) => !fieldOrder.includes(k)))];
  const fields = keys.map((key) => {
    const values = new Map<string, { submitted: number; granted: number }>();
    for (const r of rows.filter((x) => x.field === key)) {
      const v = values.get(r.value) ?? { submitted: 0, granted: 0 };
      v.submitted += r.submitted; v.granted += r.granted;
      values.set(r.value, v);
    }
    return {
      key, label: fieldLabels.get(key) ?? { nl: key, en: key },
      values: [...values.entries()].sort((a, b) => b[1].submitted - a[1].submitted || a[0].localeCompare(b[0]))
        .map(([value, n]) => ({ value, label: valueLabels.get(`${key}:${value}`) ?? { nl: value, en: value }, ...n })),
    };
  });
  return { filter, totals, fields, calls, rows };
}

const csvCell = (v: string | number) => {
  const s = String(v);
  // A leading formula character is neutralised so a spreadsheet never runs it.
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** One line per call, field and value: what a spreadsheet needs to pivot it any way. */
export function conformityCsv(report: ConformityReport, lang: 'nl' | 'en'): string {
  const head = ['instrument', 'call', 'field', 'value', 'value_label', 'submitted', 'granted'];
  const labels = new Map(report.fields.flatMap((f) => f.values.map((v) => [`${f.key}:${v.value}`, v.label[lang]] as const)));
  const lines = report.rows.map((r) => [r.instrument.code, r.call.code, r.field, r.value, labels.get(`${r.field}:${r.value}`) ?? r.value, r.submitted, r.granted].map(csvCell).join(','));
  return [head.join(','), ...lines].join('\r\n') + '\r\n';
}
