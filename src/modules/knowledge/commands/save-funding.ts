import type { CurrentUser } from '../../../plugins/auth.js';
import { audit } from '../../../plugins/audit.js';
import { invalid, notFound, type FieldError } from '../../../plugins/errors.js';
import { requireEditorOf } from '../access.js';
import { codeTaken, endsBeforeStart, retired } from '../errors.js';
import type { CreateFundingInput, FundingFields, UpdateFundingInput } from '../funding-schemas.js';
import { actorIdOf, checkDays, checkVersion, inOrder, trimmed, type Tx } from './shared.js';

function columns(input: FundingFields, provider: { id: number; name: string } | null) {
  checkDays({ opensOn: input.opensOn, deadlineOn: input.deadlineOn });
  if (!inOrder(input.opensOn, input.deadlineOn)) throw endsBeforeStart('deadlineOn', 'opensOn');
  const providerName = input.providerName?.trim() || provider?.name || '';
  if (!providerName) throw invalid([{ field: 'providerName', message: 'name who runs the programme: choose an actor or type its name', code: 'required' }]);
  return {
    kind: input.kind, programme: input.programme, title_nl: input.title.nl.trim(), title_en: input.title.en.trim(),
    summary_nl: input.summary?.nl?.trim() ?? '', summary_en: input.summary?.en?.trim() ?? '',
    provider_name: providerName, provider_actor_id: provider?.id ?? null, url: trimmed(input.url),
    opens_on: input.opensOn ?? null, deadline_on: input.deadlineOn ?? null, budget_note: input.budgetNote?.trim() ?? '',
    subsectors: [...(input.subsectors ?? [])], dimension_codes: [...(input.dimensions ?? [])], pillars: [...(input.pillars ?? [])],
  };
}

/** The action lines by code; one 400 names every line that does not exist. */
async function lineIds(tx: Tx, codes: readonly string[]): Promise<number[]> {
  if (!codes.length) return [];
  const rows = await tx.selectFrom('action_lines').select(['id', 'code']).where('code', 'in', [...codes]).where('retired_at', 'is', null).execute();
  const byCode = new Map(rows.map((r) => [r.code, r.id]));
  const errors: FieldError[] = [];
  codes.forEach((c, i) => { if (!byCode.has(c)) errors.push({ field: `actionLines.${i}`, message: `action line ${c} does not exist`, code: 'reference' }); });
  if (errors.length) throw invalid(errors);
  return codes.map((c) => byCode.get(c)!);
}

async function writeLines(tx: Tx, fundingId: number, ids: number[]): Promise<void> {
  await tx.deleteFrom('funding_opportunity_action_lines').where('funding_opportunity_id', '=', fundingId).execute();
  if (ids.length) await tx.insertInto('funding_opportunity_action_lines').values(ids.map((action_line_id) => ({ funding_opportunity_id: fundingId, action_line_id }))).execute();
}

export async function createFunding(tx: Tx, user: CurrentUser, input: CreateFundingInput): Promise<string> {
  const provider = await actorIdOf(tx, input.provider, 'provider');
  await requireEditorOf(tx, user, provider?.id ?? null);
  const values = columns(input, provider);
  const lines = await lineIds(tx, input.actionLines ?? []);
  if (await tx.selectFrom('funding_opportunities').select('id').where('code', '=', input.code).executeTakeFirst()) throw codeTaken('funding opportunity', input.code);
  const { id } = await tx.insertInto('funding_opportunities').values({ code: input.code, ...values, created_by: user.id }).returning('id').executeTakeFirstOrThrow();
  await writeLines(tx, id, lines);
  await audit(tx, { userId: user.id, entityType: 'funding_opportunity', entityId: input.code, action: 'create', after: input });
  return input.code;
}

async function locked(tx: Tx, code: string) {
  const row = await tx.selectFrom('funding_opportunities').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
  if (!row) throw notFound('funding opportunity', code);
  return row;
}

export async function updateFunding(tx: Tx, user: CurrentUser, code: string, input: UpdateFundingInput): Promise<void> {
  const row = await locked(tx, code);
  const provider = await actorIdOf(tx, input.provider, 'provider');
  await requireEditorOf(tx, user, row.provider_actor_id, provider?.id ?? null);
  if (row.retired_at) throw retired('funding opportunity', code);
  checkVersion('funding opportunity', code, row.version, input.version);
  const values = columns(input, provider);
  const lines = await lineIds(tx, input.actionLines ?? []);
  await tx.updateTable('funding_opportunities').set({ ...values, updated_at: new Date(), version: row.version + 1 }).where('id', '=', row.id).execute();
  await writeLines(tx, row.id, lines);
  await audit(tx, {
    userId: user.id, entityType: 'funding_opportunity', entityId: code, action: 'update',
    before: { title: { nl: row.title_nl, en: row.title_en }, opensOn: row.opens_on, deadlineOn: row.deadline_on, provider: row.provider_actor_id, version: row.version }, after: input,
  });
}

export async function retireFunding(tx: Tx, user: CurrentUser, code: string, version: number): Promise<void> {
  const row = await locked(tx, code);
  await requireEditorOf(tx, user, row.provider_actor_id);
  if (row.retired_at) throw retired('funding opportunity', code);
  checkVersion('funding opportunity', code, row.version, version);
  await tx.updateTable('funding_opportunities').set({ retired_at: new Date(), updated_at: new Date(), version: row.version + 1 }).where('id', '=', row.id).execute();
  await audit(tx, { userId: user.id, entityType: 'funding_opportunity', entityId: code, action: 'retire', before: { version: row.version } });
}
