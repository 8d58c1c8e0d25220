import { audit } from '../../../plugins/audit.js';
import type { UpdateAgendaItemInput } from '../schemas.js';
import { agendaOrder, placeItems } from './add-agenda-item.js';
import { bumpMeeting, checkMeetingVersion, itemOfMeeting, lockMeeting, meetingSnapshot, type Tx } from './shared.js';

/** Rewords, opens or closes, or moves an agenda item. */
export async function updateAgendaItem(tx: Tx, userId: number | null, meetingId: number, itemId: number, input: UpdateAgendaItemInput): Promise<number> {
  const meeting = await lockMeeting(tx, meetingId);
  await itemOfMeeting(tx, meetingId, itemId);
  checkMeetingVersion(meeting, input.version);
  const before = await meetingSnapshot(tx, meetingId);
  await tx.updateTable('agenda_items').set({
    title_nl: input.title.nl.trim(), title_en: input.title.en.trim(),
    description_nl: input.description?.nl?.trim() ?? '', description_en: input.description?.en?.trim() ?? '', is_public: input.isPublic ?? true,
  }).where('id', '=', itemId).execute();
  if (input.position !== undefined) {
    const order = (await agendaOrder(tx, meetingId)).filter((id) => id !== itemId);
    order.splice(Math.min(Math.max(input.position - 1, 0), order.length), 0, itemId);
    await placeItems(tx, meetingId, order);
  }
  await bumpMeeting(tx, meetingId);
  await audit(tx, { userId, entityType: 'meeting', entityId: meetingId, action: 'update', before, after: await meetingSnapshot(tx, meetingId) });
  return itemId;
}
