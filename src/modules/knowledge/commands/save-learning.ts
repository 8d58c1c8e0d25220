import type { CurrentUser } from '../../../plugins/auth.js';
import { audit } from '../../../plugins/audit.js';
import { invalid, notFound } from '../../../plugins/errors.js';
import { requireEditorOf } from '../access.js';
import { endsBeforeStart, retired } from '../errors.js';
import type { CreateLearningInput, UpdateLearningInput } from '../learning-schemas.js';
import { actorIdOf, checkDays, checkVersion, inOrder, trimmed, type Tx } from './shared.js';

type LearningFields = CreateLearningInput;

/** Rules beyond the shape: real days, the end not before the start, a level range that runs upward, a provider. */
function checkRules(input: LearningFields, providerName: string): void {
  checkDays({ startsOn: input.startsOn, endsOn: input.endsOn });
  if (!inOrder(input.startsOn, input.endsOn)) throw endsBeforeStart('endsOn', 'startsOn');
  if (input.levelFrom != null && input.levelTo != null && input.levelTo < input.levelFrom) {
    throw invalid([{ field: 'levelTo', message: 'must not be below levelFrom', code: 'levelOrder' }]);
  }
  if (!providerName) throw invalid([{ field: 'providerName', message: 'name a provider: choose an actor or type its name', code: 'required' }]);
  if (!input.online && !trimmed(input.place)) throw invalid([{ field: 'place', message: 'is required unless the opportunity is online', code: 'required' }]);
}

function columns(input: LearningFields, provider: { id: number; name: string } | null) {
  const providerName = input.providerName?.trim() || provider?.name || '';
  checkRules(input, providerName);
  return {
    title_nl: input.title.nl.trim(), title_en: input.title.en.trim(),
    summary_nl: input.summary?.nl?.trim() ?? '', summary_en: input.summary?.en?.trim() ?? '',
    kind: input.kind, provider_actor_id: provider?.id ?? null, provider_name: providerName,
    starts_on: input.startsOn ?? null, ends_on: input.endsOn ?? null,
    place: trimmed(input.place), online: input.online ?? false,
    dimension_code: input.dimension ?? null, level_from: input.levelFrom ?? null, level_to: input.levelTo ?? null,
    url: trimmed(input.url), subsectors: [...(input.subsectors ?? [])], pillars: [...(input.pillars ?? [])], language: input.language ?? 'nl',
  };
}

export async function createLearning(tx: Tx, user: CurrentUser, input: CreateLearningInput): Promise<number> {
  const provider = await actorIdOf(tx, input.provider, 'provider');
  await requireEditorOf(tx, user, provider?.id ?? null);
  const { id } = await tx.insertInto('learning_opportunities').values({ ...columns(input, provider), created_by: user.id })
    .returning('id').executeTakeFirstOrThrow();
  await audit(tx, { userId: user.id, entityType: 'learning_opportunity', entityId: id, action: 'create', after: input });
  return id;
}

async function locked(tx: Tx, id: number) {
  const row = await tx.selectFrom('learning_opportunities').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw notFound('learning opportunity', id);
  return row;
}

export async function updateLearning(tx: Tx, user: CurrentUser, id: number, input: UpdateLearningInput): Promise<void> {
  const row = await locked(tx, id);
  const provider = await actorIdOf(tx, input.provider, 'provider');
  await requireEditorOf(tx, user, row.provider_actor_id, provider?.id ?? null);
  if (row.retired_at) throw retired('learning opportunity', id);
  checkVersion('learning opportunity', id, row.version, input.version);
  await tx.updateTable('learning_opportunities').set({ ...columns(input, provider), updated_at: new Date(), version: row.version + 1 }).where('id', '=', id).execute();
  await audit(tx, {
    userId: user.id, entityType: 'learning_opportunity', entityId: id, action: 'update',
    before: { title: { nl: row.title_nl, en: row.title_en }, startsOn: row.starts_on, endsOn: row.ends_on, provider: row.provider_actor_id, version: row.version }, after: input,
  });
}

/** Takes the opportunity out of the lists; it stays in the database and the audit log. */
export async function retireLearning(tx: Tx, user: CurrentUser, id: number, version: number): Promise<void> {
  const row = await locked(tx, id);
  await requireEditorOf(tx, user, row.provider_actor_id);
  if (row.retired_at) throw retired('learning opportunity', id);
  checkVersion('learning opportunity', id, row.version, version);
  await tx.updateTable('learning_opportunities').set({ retired_at: new Date(), updated_at: new Date(), version: row.version + 1 }).where('id', '=', id).execute();
  await audit(tx, { userId: user.id, entityType: 'learning_opportunity', entityId: id, action: 'retire', before: { version: row.version } });
}
