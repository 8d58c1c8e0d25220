import { audit } from '../../../plugins/audit.js';
import type { TreatmentInput } from '../schemas.js';
import { bumpMeeting, checkMeetingVersion, itemOfMeeting, lockMeeting, meetingSnapshot, type Tx } from './shared.js';

/** Records how an agenda item was treated (besluit:BehandelingVanAgendapunt): openness, votes, outcome. */
export async function recordTreatment(tx: Tx, userId: number | null, meetingId: number, itemId: number, input: TreatmentInput): Promise<number> {
  const meeting = await lockMeeting(tx, meetingId);
  await itemOfMeeting(tx, meetingId, itemId);
  checkMeetingVersion(meeting, input.version);
  const before = await meetingSnapshot(tx, meetingId);
  const values = {
    is_public: input.isPublic ?? true, votes_for: input.votesFor ?? null, votes_against: input.votesAgainst ?? null, abstentions: input.abstentions ?? null,
    outcome: input.outcome, notes_nl: input.notes?.nl?.trim() ?? '', notes_en: input.notes?.en?.trim() ?? '',
  };
  const existing = await tx.selectFrom('treatments').select('id').where('agenda_item_id', '=', itemId).executeTakeFirst();
  const id = existing
    ? (await tx.updateTable('treatments').set(values).where('id', '=', existing.id).returning('id').executeTakeFirstOrThrow()).id
    : (await tx.insertInto('treatments').values({ agenda_item_id: itemId, ...values }).returning('id').executeTakeFirstOrThrow()).id;
  await bumpMeeting(tx, meetingId);
  await audit(tx, { userId, entityType: 'meeting', entityId: meetingId, action: 'update', before, after: await meetingSnapshot(tx, meetingId) });
  return id;
}
