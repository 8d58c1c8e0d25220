import { audit } from '../../../plugins/audit.js';
import type { AgendaItemType, CreateAgendaItemInput } from '../schemas.js';
import { bumpMeeting, lockMeeting, meetingSnapshot, type Tx } from './shared.js';

/**
 * Writes the order of a meeting's agenda. Positions are unique per meeting and checked at once,
 * so they pass through negative numbers on the way to their new places.
 */
export async function placeItems(tx: Tx, meetingId: number, orderedIds: number[]): Promise<void> {
  for (const [i, id] of orderedIds.entries()) {
    await tx.updateTable('agenda_items').set({ position: -(i + 1) }).where('id', '=', id).execute();
  }
  const rows = await tx.selectFrom('agenda_items').select(['id', 'position']).where('meeting_id', '=', meetingId).where('position', '<', 0).execute();
  for (const r of rows) await tx.updateTable('agenda_items').set({ position: -r.position }).where('id', '=', r.id).execute();
}

export async function agendaOrder(tx: Tx, meetingId: number): Promise<number[]> {
  return (await tx.selectFrom('agenda_items').select('id').where('meeting_id', '=', meetingId).orderBy('position').execute()).map((r) => r.id);
}

/** What an item put on the agenda now is: planned while the meeting is not held, added (ingelast) once it is. */
export const typeOfNewItem = (meetingStatus: string): AgendaItemType => (meetingStatus === 'held' ? 'added' : 'planned');

/** Puts an item (besluit:Agendapunt) on a meeting's agenda; last unless a position is given. */
export async function addAgendaItem(tx: Tx, userId: number | null, meetingId: number, input: CreateAgendaItemInput): Promise<number> {
  const meeting = await lockMeeting(tx, meetingId, input.version);
  const before = await meetingSnapshot(tx, meetingId);
  const order = await agendaOrder(tx, meetingId);
  const { id } = await tx.insertInto('agenda_items').values({
    meeting_id: meetingId, position: order.length + 1000, title_nl: input.title.nl.trim(), title_en: input.title.en.trim(),
    description_nl: input.description?.nl?.trim() ?? '', description_en: input.description?.en?.trim() ?? '', is_public: input.isPublic ?? true,
    item_type: typeOfNewItem(meeting.status),
  }).returning('id').executeTakeFirstOrThrow();
  const at = Math.min(Math.max((input.position ?? order.length + 1) - 1, 0), order.length);
  order.splice(at, 0, id);
  await placeItems(tx, meetingId, order);
  await bumpMeeting(tx, meetingId);
  await audit(tx, { userId, entityType: 'meeting', entityId: meetingId, action: 'update', before, after: await meetingSnapshot(tx, meetingId) });
  return id;
}
