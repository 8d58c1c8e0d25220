import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { translateConstraintError } from '../../../db/transaction.js';
import type { VisionSection } from '../../../db/schema-vision.js';
import { notFound } from '../../../plugins/errors.js';
import { SECTIONS } from '../constants.js';
import { duplicate, stale } from '../errors.js';

export type Tx = Transaction<Database>;
export type Texts = { nl: string; en: string };

/** A vision and one of its rounds, locked for the rest of the transaction (two writers queue up). */
export async function lockRound(tx: Tx, code: string, number: number) {
  const vision = await tx.selectFrom('visions').selectAll().where('code', '=', code).executeTakeFirst();
  if (!vision) throw notFound('vision', code);
  const round = await tx.selectFrom('vision_rounds').selectAll()
    .where('vision_id', '=', vision.id).where('number', '=', number).forUpdate().executeTakeFirst();
  if (!round) throw notFound('round', `${code}/${number}`);
  return { vision, round };
}

export function checkVersion(what: string, id: string | number, current: number, sent: number): void {
  if (current !== sent) throw stale(what, id, current, sent);
}

export async function writeSections(tx: Tx, roundId: number, sections: Record<VisionSection, Texts>): Promise<void> {
  await tx.deleteFrom('vision_sections').where('round_id', '=', roundId).execute();
  await tx.insertInto('vision_sections').values(SECTIONS.map((section) => ({
    round_id: roundId, section, body_nl: sections[section].nl.trim(), body_en: sections[section].en.trim(),
  }))).execute();
}

export async function sectionsOf(tx: Tx, roundId: number): Promise<Record<VisionSection, Texts>> {
  const rows = await tx.selectFrom('vision_sections').selectAll().where('round_id', '=', roundId).execute();
  const out = {} as Record<VisionSection, Texts>;
  for (const s of SECTIONS) {
    const row = rows.find((r) => r.section === s);
    out[s] = { nl: row?.body_nl ?? '', en: row?.body_en ?? '' };
  }
  return out;
}

/** Comments of the vision's earlier rounds that still wait for an answer. */
export async function unansweredBefore(tx: Tx | Kysely<Database>, visionId: number, number: number): Promise<number> {
  const row = await tx.selectFrom('vision_comments as c').innerJoin('vision_rounds as r', 'r.id', 'c.round_id')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('r.vision_id', '=', visionId).where('r.number', '<', number).where('c.answer', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Constraint errors a race could still cause are the client's 409 or 400 (db/transaction.ts). */
export function translateDbError(err: unknown): unknown {
  return translateConstraintError(err, duplicate);
}
