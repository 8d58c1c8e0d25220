import { audit } from '../../../plugins/audit.js';
import { notFound } from '../../../plugins/errors.js';
import { roundActive, roundNotDraft, roundNotOpen, unanswered } from '../errors.js';
import type { UpdateRoundInput } from '../schemas.js';
import { checkVersion, lockRound, sectionsOf, unansweredBefore, writeSections, type Tx } from './shared.js';

const entity = (code: string, n: number) => `${code}/${n}`;

/** The text of a draft round (and the vision's title): once opened, a version never changes. */
export async function updateRound(tx: Tx, userId: number, code: string, number: number, input: UpdateRoundInput): Promise<void> {
  const { vision, round } = await lockRound(tx, code, number);
  checkVersion('round', entity(code, number), round.version, input.version);
  if (round.status !== 'draft') throw roundNotDraft(round.status);
  const before = { title: { nl: vision.title_nl, en: vision.title_en }, intro: { nl: round.intro_nl, en: round.intro_en }, sections: await sectionsOf(tx, round.id) };
  await tx.updateTable('vision_rounds').set({
    intro_nl: input.intro?.nl?.trim() ?? '', intro_en: input.intro?.en?.trim() ?? '', updated_at: new Date(), version: round.version + 1,
  }).where('id', '=', round.id).execute();
  if (input.title) {
    await tx.updateTable('visions').set({ title_nl: input.title.nl.trim(), title_en: input.title.en.trim(), updated_at: new Date(), version: vision.version + 1 })
      .where('id', '=', vision.id).execute();
  }
  await writeSections(tx, round.id, input.sections);
  await audit(tx, { userId, entityType: 'vision_round', entityId: entity(code, number), action: 'update', before, after: { title: input.title, intro: input.intro, sections: input.sections } });
}

/** The next version starts as a draft copy of the latest text; the earlier round must be closed. */
export async function startNextRound(tx: Tx, userId: number, code: string): Promise<number> {
  const vision = await tx.selectFrom('visions').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
  if (!vision) throw notFound('vision', code);
  const last = await tx.selectFrom('vision_rounds').selectAll().where('vision_id', '=', vision.id).orderBy('number', 'desc').executeTakeFirstOrThrow();
  if (last.status !== 'closed') throw roundActive(last.number, last.status);
  const number = last.number + 1;
  const round = await tx.insertInto('vision_rounds').values({
    vision_id: vision.id, number, status: 'draft', intro_nl: last.intro_nl, intro_en: last.intro_en,
  }).returning('id').executeTakeFirstOrThrow();
  await writeSections(tx, round.id, await sectionsOf(tx, last.id));
  await audit(tx, { userId, entityType: 'vision_round', entityId: entity(code, number), action: 'create', after: { copiedFrom: last.number, status: 'draft' } });
  return number;
}

/**
 * Publishes a draft for comment. Refused while any comment of an earlier round waits for its
 * answer: the sector sees what became of its input before it is asked again.
 */
export async function openRound(tx: Tx, userId: number, code: string, number: number): Promise<void> {
  const { vision, round } = await lockRound(tx, code, number);
  if (round.status !== 'draft') throw roundNotDraft(round.status);
  const open = await unansweredBefore(tx, vision.id, number);
  if (open > 0) throw unanswered(open);
  const now = new Date();
  await tx.updateTable('vision_rounds').set({ status: 'open', opened_at: now, opened_by: userId, updated_at: now, version: round.version + 1 })
    .where('id', '=', round.id).execute();
  await audit(tx, { userId, entityType: 'vision_round', entityId: entity(code, number), action: 'update', before: { status: 'draft' }, after: { status: 'open', openedAt: now.toISOString() } });
}

export async function closeRound(tx: Tx, userId: number, code: string, number: number): Promise<void> {
  const { round } = await lockRound(tx, code, number);
  if (round.status !== 'open') throw roundNotOpen(round.status);
  const now = new Date();
  await tx.updateTable('vision_rounds').set({ status: 'closed', closed_at: now, closed_by: userId, updated_at: now, version: round.version + 1 })
    .where('id', '=', round.id).execute();
  await audit(tx, { userId, entityType: 'vision_round', entityId: entity(code, number), action: 'update', before: { status: 'open' }, after: { status: 'closed', closedAt: now.toISOString() } });
}
