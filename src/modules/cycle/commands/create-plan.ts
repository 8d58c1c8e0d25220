import { audit } from '../../../plugins/audit.js';
import { notFound } from '../../../plugins/errors.js';
import { planExists } from '../errors.js';
import type { CreatePlanInput } from '../schemas.js';
import { planSnapshot, References, type Tx } from './shared.js';

/** An annual plan covers one year; a multi-year plan names its last year. */
export function planPeriod(refs: References, kind: 'multi_year' | 'annual', yearFrom: number, yearTo: number | undefined): number {
  if (kind === 'annual') {
    if (yearTo !== undefined && yearTo !== yearFrom) refs.add('yearTo', 'an annual plan covers one year: must equal yearFrom', 'cycleAnnualYear');
    return yearFrom;
  }
  if (yearTo === undefined) { refs.add('yearTo', 'is required for a multi-year plan', 'required'); return yearFrom; }
  if (yearTo < yearFrom) refs.add('yearTo', `must not be before ${yearFrom}`, 'cycleDateOrder');
  return yearTo;
}

export async function createPlan(tx: Tx, userId: number | null, lineCode: string, input: CreatePlanInput): Promise<number> {
  const line = await tx.selectFrom('action_lines').select(['id', 'code']).where('code', '=', lineCode).executeTakeFirst();
  if (!line) throw notFound('action line', lineCode);
  const refs = new References(tx);
  const yearTo = planPeriod(refs, input.kind, input.yearFrom, input.yearTo);
  refs.check();
  const exists = await tx.selectFrom('plans').select('id')
    .where('action_line_id', '=', line.id).where('kind', '=', input.kind).where('year_from', '=', input.yearFrom).executeTakeFirst();
  if (exists) throw planExists(line.code, input.yearFrom);
  const { id } = await tx.insertInto('plans').values({
    action_line_id: line.id, kind: input.kind, year_from: input.yearFrom, year_to: yearTo,
  }).returning('id').executeTakeFirstOrThrow();
  await audit(tx, { userId, entityType: 'plan', entityId: id, action: 'create', after: await planSnapshot(tx, id) });
  return id;
}
