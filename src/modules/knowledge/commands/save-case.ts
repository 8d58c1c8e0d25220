import type { CurrentUser } from '../../../plugins/auth.js';
import { audit } from '../../../plugins/audit.js';
import { notFound } from '../../../plugins/errors.js';
import { requireEditorOf } from '../access.js';
import type { CaseFields, CreateCaseInput, UpdateCaseInput } from '../cases-schemas.js';
import { codeTaken, retired } from '../errors.js';
import { actorIdOf, checkChallenges, checkVersion, trimmed, type Tx } from './shared.js';

function columns(input: CaseFields, actorId: number | null) {
  return {
    title_nl: input.title.nl.trim(), title_en: input.title.en.trim(), summary_nl: input.summary.nl.trim(), summary_en: input.summary.en.trim(),
    country: input.country, region: trimmed(input.region), sector: input.sector, pillar: input.pillar, url: trimmed(input.url),
    outcome: input.outcome, subsectors: [...(input.subsectors ?? [])], technologies: [...(input.technologies ?? [])], maintained_by_actor_id: actorId,
  };
}

async function writeTags(tx: Tx, caseId: number, input: CaseFields): Promise<void> {
  await tx.deleteFrom('case_challenges').where('case_id', '=', caseId).execute();
  await tx.deleteFrom('case_dimensions').where('case_id', '=', caseId).execute();
  const challenges = [...(input.challenges ?? [])].sort((a, b) => a - b);
  if (challenges.length) await tx.insertInto('case_challenges').values(challenges.map((challenge) => ({ case_id: caseId, challenge }))).execute();
  if (input.dimensions?.length) await tx.insertInto('case_dimensions').values(input.dimensions.map((dimension_code) => ({ case_id: caseId, dimension_code }))).execute();
}

/** A new case, maintained by the given actor (an editor may only name an actor of its own). */
export async function createCase(tx: Tx, user: CurrentUser, input: CreateCaseInput): Promise<{ id: number; code: string }> {
  const actor = await actorIdOf(tx, input.actor);
  await requireEditorOf(tx, user, actor?.id ?? null);
  await checkChallenges(tx, [...(input.challenges ?? [])]);
  if (await tx.selectFrom('cases').select('id').where('code', '=', input.code).executeTakeFirst()) throw codeTaken('case', input.code);
  const { id } = await tx.insertInto('cases').values({ code: input.code, ...columns(input, actor?.id ?? null), created_by: user.id })
    .returning('id').executeTakeFirstOrThrow();
  await writeTags(tx, id, input);
  await audit(tx, { userId: user.id, entityType: 'case', entityId: input.code, action: 'create', after: input });
  return { id, code: input.code };
}

/** Edits a case; its current maintainer and the new one must both be the editor's own actors. */
export async function updateCase(tx: Tx, user: CurrentUser, code: string, input: UpdateCaseInput): Promise<{ id: number }> {
  const row = await tx.selectFrom('cases').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
  if (!row) throw notFound('case', code);
  const actor = await actorIdOf(tx, input.actor);
  await requireEditorOf(tx, user, row.maintained_by_actor_id, actor?.id ?? null);
  if (row.retired_at) throw retired('case', code);
  checkVersion('case', code, row.version, input.version);
  await checkChallenges(tx, [...(input.challenges ?? [])]);
  await tx.updateTable('cases').set({ ...columns(input, actor?.id ?? null), updated_at: new Date(), version: row.version + 1 }).where('id', '=', row.id).execute();
  await writeTags(tx, row.id, input);
  await audit(tx, {
    userId: user.id, entityType: 'case', entityId: code, action: 'update',
    before: { title: { nl: row.title_nl, en: row.title_en }, outcome: row.outcome, maintainedBy: row.maintained_by_actor_id, version: row.version }, after: input,
  });
  return { id: row.id };
}
