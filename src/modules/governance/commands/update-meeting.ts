import { sql } from 'kysely';
import { audit } from '../../../plugins/audit.js';
import { invalid, type FieldError } from '../../../plugins/errors.js';
import type { UpdateMeetingInput } from '../schemas.js';
import { checkChair, checkInstant, lockMeeting, meetingSnapshot, type Tx } from './shared.js';

/** Moves, renames the place of, re-chairs, holds or cancels a meeting. */
export async function updateMeeting(tx: Tx, userId: number | null, id: number, input: UpdateMeetingInput): Promise<number> {
  const row = await lockMeeting(tx, id, input.version);
  const errors: FieldError[] = [];
  const startsAt = checkInstant(errors, 'startsAt', input.startsAt);
  const chair = await checkChair(tx, errors, row.body_id, input.chair);
  if (errors.length) throw invalid(errors);
  const before = await meetingSnapshot(tx, id);
  await tx.updateTable('meetings').set({
    starts_at: startsAt!, place: input.place?.trim() ?? '', chair_member_id: chair, status: input.status, updated_at: new Date(), version: sql`version + 1`,
  }).where('id', '=', id).execute();
  await audit(tx, { userId, entityType: 'meeting', entityId: id, action: 'update', before, after: await meetingSnapshot(tx, id) });
  return id;
}
