import { sql } from 'kysely';
import { audit } from '../../../plugins/audit.js';
import { invalid, type FieldError } from '../../../plugins/errors.js';
import type { UpdateMeetingInput } from '../schemas.js';
import { checkChair, checkInstant, lockMeeting, meetingSnapshot, type Tx } from './shared.js';
import { checkProceedings } from './proceedings.js';

/**
 * Moves, renames the place of, re-chairs, holds or cancels a meeting; once held, also records
 * when it actually started and ended and who kept the minutes.
 */
export async function updateMeeting(tx: Tx, userId: number | null, id: number, input: UpdateMeetingInput): Promise<number> {
  const row = await lockMeeting(tx, id, input.version);
  const errors: FieldError[] = [];
  const startsAt = checkInstant(errors, 'startsAt', input.startsAt);
  const chair = await checkChair(tx, errors, row.body_id, input.chair);
  const held = await checkProceedings(tx, errors, { id, bodyId: row.body_id, status: input.status }, input);
  if (errors.length) throw invalid(errors);
  const before = await meetingSnapshot(tx, id);
  await tx.updateTable('meetings').set({
    starts_at: startsAt!, place: input.place?.trim() ?? '', chair_member_id: chair, status: input.status,
    started_at: held.startedAt, ended_at: held.endedAt, secretary_member_id: held.secretary, updated_at: new Date(), version: sql`version + 1`,
  }).where('id', '=', id).execute();
  await audit(tx, { userId, entityType: 'meeting', entityId: id, action: 'update', before, after: await meetingSnapshot(tx, id) });
  return id;
}
