import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { audit } from '../../../plugins/audit.js';
import { kpiCodeTaken } from '../errors.js';
import type { CreateKpiInput } from '../schemas.js';
import { checkKpiInput, kpiColumns, kpiSnapshot, writeKpiLinks } from './shared.js';

export async function createKpi(tx: Transaction<Database>, userId: number, input: CreateKpiInput): Promise<number> {
  const refs = await checkKpiInput(tx, input);
  const taken = await tx.selectFrom('kpis').select('id').where('code', '=', input.code).executeTakeFirst();
  if (taken) throw kpiCodeTaken(input.code);
  const { id } = await tx.insertInto('kpis').values({ code: input.code, ...kpiColumns(input, refs.ownerId) }).returning('id').executeTakeFirstOrThrow();
  await writeKpiLinks(tx, id, refs, input.targets);
  await audit(tx, { userId, entityType: 'kpi', entityId: input.code, action: 'create', after: await kpiSnapshot(tx, id) });
  return id;
}
