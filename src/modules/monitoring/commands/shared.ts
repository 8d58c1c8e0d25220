import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { invalid, type FieldError } from '../../../plugins/errors.js';
import type { KpiFieldsInput } from '../schemas.js';

type Tx = Transaction<Database>;

export interface ResolvedRefs { ownerId: number | null; instrumentIds: number[]; actionLineIds: number[] }

/** Every reference must resolve and every rule hold; each failure is named by its field. */
export async function checkKpiInput(tx: Tx, input: KpiFieldsInput): Promise<ResolvedRefs> {
  const errors: FieldError[] = [];
  let ownerId: number | null = null;
  if (input.owner) {
    const actor = await tx.selectFrom('actors').select(['id', 'retired_at']).where('code', '=', input.owner).executeTakeFirst();
    if (!actor) errors.push({ field: 'owner', message: `actor ${input.owner} does not exist`, code: 'reference' });
    else if (actor.retired_at) errors.push({ field: 'owner', message: `actor ${input.owner} is retired`, code: 'reference' });
    else ownerId = actor.id;
  }
  const instruments = input.instruments ?? [];
  const knownInstruments = new Map(instruments.length
    ? (await tx.selectFrom('instruments').select(['id', 'code']).where('code', 'in', instruments).execute()).map((r) => [r.code, r.id])
    : []);
  instruments.forEach((code, i) => {
    if (!knownInstruments.has(code)) errors.push({ field: `instruments.${i}`, message: `instrument ${code} does not exist`, code: 'reference' });
  });
  const lines = input.actionLines ?? [];
  const knownLines = new Map(lines.length
    ? (await tx.selectFrom('action_lines').select(['id', 'code']).where('code', 'in', lines).execute()).map((r) => [r.code, r.id])
    : []);
  lines.forEach((code, i) => {
    if (!knownLines.has(code)) errors.push({ field: `actionLines.${i}`, message: `action line ${code} does not exist`, code: 'reference' });
  });
  const years = new Set<number>();
  (input.targets ?? []).forEach((t, i) => {
    if (years.has(t.year)) errors.push({ field: `targets.${i}.year`, message: `the target for ${t.year} is given twice`, code: 'uniqueItems' });
    years.add(t.year);
  });
  if (errors.length) throw invalid(errors);
  return {
    ownerId,
    instrumentIds: instruments.map((c) => knownInstruments.get(c)!),
    actionLineIds: lines.map((c) => knownLines.get(c)!),
  };
}

export async function writeKpiLinks(tx: Tx, kpiId: number, refs: ResolvedRefs, targets: KpiFieldsInput['targets']): Promise<void> {
  await tx.deleteFrom('kpi_instruments').where('kpi_id', '=', kpiId).execute();
  await tx.deleteFrom('kpi_action_lines').where('kpi_id', '=', kpiId).execute();
  await tx.deleteFrom('kpi_targets').where('kpi_id', '=', kpiId).execute();
  if (refs.instrumentIds.length) await tx.insertInto('kpi_instruments').values(refs.instrumentIds.map((id) => ({ kpi_id: kpiId, instrument_id: id }))).execute();
  if (refs.actionLineIds.length) await tx.insertInto('kpi_action_lines').values(refs.actionLineIds.map((id) => ({ kpi_id: kpiId, action_line_id: id }))).execute();
  if (targets?.length) await tx.insertInto('kpi_targets').values(targets.map((t) => ({ kpi_id: kpiId, year: t.year, value: t.value }))).execute();
}

/** The state of a KPI as the audit log records it (before/after). */
export async function kpiSnapshot(tx: Tx, id: number) {
  const row = await tx.selectFrom('kpis').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return null;
  const owner = row.owner_actor_id !== null ? await tx.selectFrom('actors').select('code').where('id', '=', row.owner_actor_id).executeTakeFirst() : undefined;
  const instruments = await tx.selectFrom('kpi_instruments').innerJoin('instruments', 'instruments.id', 'kpi_instruments.instrument_id')
    .select('instruments.code').where('kpi_id', '=', id).orderBy('instruments.code').execute();
  const lines = await tx.selectFrom('kpi_action_lines').innerJoin('action_lines', 'action_lines.id', 'kpi_action_lines.action_line_id')
    .select('action_lines.code').where('kpi_id', '=', id).orderBy('action_lines.code').execute();
  const targets = await tx.selectFrom('kpi_targets').select(['year', 'value']).where('kpi_id', '=', id).orderBy('year').execute();
  return {
    code: row.code, name: { nl: row.name_nl, en: row.name_en }, definition: { nl: row.definition_nl, en: row.definition_en },
    unit: row.unit, direction: row.direction, frequency: row.frequency, source: row.source, owner: owner?.code ?? null,
    instruments: instruments.map((r) => r.code), actionLines: lines.map((r) => r.code),
    baseline: row.baseline_value !== null && row.baseline_date !== null ? { value: row.baseline_value, date: row.baseline_date } : null,
    targets: targets.map((t) => ({ year: t.year, value: t.value })),
    retired: row.retired_at !== null, version: row.version,
  };
}

export function kpiColumns(input: KpiFieldsInput, ownerId: number | null) {
  return {
    name_nl: input.name.nl.trim(), name_en: input.name.en.trim(),
    definition_nl: input.definition.nl.trim(), definition_en: input.definition.en.trim(),
    unit: input.unit.trim(), direction: input.direction, frequency: input.frequency, source: (input.source ?? '').trim(),
    owner_actor_id: ownerId,
    baseline_value: input.baseline ? input.baseline.value : null,
    baseline_date: input.baseline ? input.baseline.date : null,
  };
}
