import { audit } from '../../../plugins/audit.js';
import { invalid, type FieldError } from '../../../plugins/errors.js';
import type { AttendanceInput } from '../schemas.js';
import { bumpMeeting, lockMeeting, meetingSnapshot, type Tx } from './shared.js';

/** Records who was present (besluit:heeftAanwezigeBijStart); every other member counts as absent. */
export async function recordAttendance(tx: Tx, userId: number | null, meetingId: number, input: AttendanceInput): Promise<void> {
  const meeting = await lockMeeting(tx, meetingId, input.version);
  const members = (await tx.selectFrom('body_members').select('id').where('body_id', '=', meeting.body_id).execute()).map((m) => m.id);
  const errors: FieldError[] = [];
  input.present.forEach((id, i) => {
    if (!members.includes(id)) errors.push({ field: `present.${i}`, message: `member ${id} is not a member of this body`, code: 'reference' });
  });
  if (errors.length) throw invalid(errors);
  const before = await meetingSnapshot(tx, meetingId);
  await tx.deleteFrom('meeting_attendance').where('meeting_id', '=', meetingId).execute();
  if (members.length) {
    await tx.insertInto('meeting_attendance').values(members.map((id) => ({ meeting_id: meetingId, member_id: id, present: input.present.includes(id) }))).execute();
  }
  await bumpMeeting(tx, meetingId);
  await audit(tx, { userId, entityType: 'meeting', entityId: meetingId, action: 'update', before, after: await meetingSnapshot(tx, meetingId) });
}
