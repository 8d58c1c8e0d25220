import { audit } from '../../../plugins/audit.js';
import { invalid, type FieldError } from '../../../plugins/errors.js';
import type { AttendanceInput } from '../schemas.js';
import { bumpMeeting, lockMeeting, meetingSnapshot, type Tx } from './shared.js';

/**
 * Records who was present (besluit:heeftAanwezigeBijStart); every other member counts as absent.
 * The secretary and everyone recorded as voting must stay present: minutes never name an absent voter.
 */
export async function recordAttendance(tx: Tx, userId: number | null, meetingId: number, input: AttendanceInput): Promise<void> {
  const meeting = await lockMeeting(tx, meetingId, input.version);
  const members = (await tx.selectFrom('body_members').select('id').where('body_id', '=', meeting.body_id).execute()).map((m) => m.id);
  const errors: FieldError[] = [];
  input.present.forEach((id, i) => {
    if (!members.includes(id)) errors.push({ field: `present.${i}`, message: `member ${id} is not a member of this body`, code: 'reference' });
  });
  const voters = await tx.selectFrom('treatment_votes as v').innerJoin('treatments as t', 't.id', 'v.treatment_id').innerJoin('agenda_items as i', 'i.id', 't.agenda_item_id')
    .select('v.member_id').distinct().where('i.meeting_id', '=', meetingId).execute();
  const needed = new Set([...voters.map((v) => v.member_id), ...(meeting.secretary_member_id ? [meeting.secretary_member_id] : [])]);
  for (const id of needed) {
    if (!input.present.includes(id)) {
      const what = id === meeting.secretary_member_id ? 'is the secretary of this meeting' : 'is recorded as voting at this meeting';
      errors.push({ field: 'present', message: `member ${id} ${what}, so must be present`, code: 'attendance' });
    }
  }
  if (errors.length) throw invalid(errors);
  const before = await meetingSnapshot(tx, meetingId);
  await tx.deleteFrom('meeting_attendance').where('meeting_id', '=', meetingId).execute();
  if (members.length) {
    await tx.insertInto('meeting_attendance').values(members.map((id) => ({ meeting_id: meetingId, member_id: id, present: input.present.includes(id) }))).execute();
  }
  await bumpMeeting(tx, meetingId);
  await audit(tx, { userId, entityType: 'meeting', entityId: meetingId, action: 'update', before, after: await meetingSnapshot(tx, meetingId) });
}
