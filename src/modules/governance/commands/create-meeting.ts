import { audit } from '../../../plugins/audit.js';
import { invalid, notFound, type FieldError } from '../../../plugins/errors.js';
import type { CreateMeetingInput } from '../schemas.js';
import { checkChair, checkInstant, meetingSnapshot, type Tx } from './shared.js';

/** Plans a meeting (besluit:Zitting) of a body. */
export async function createMeeting(tx: Tx, userId: number | null, bodyCode: string, input: CreateMeetingInput): Promise<number> {
  const body = await tx.selectFrom('bodies').select(['id', 'retired_at']).where('code', '=', bodyCode).executeTakeFirst();
  if (!body) throw notFound('body', bodyCode);
  const errors: FieldError[] = [];
  const startsAt = checkInstant(errors, 'startsAt', input.startsAt);
  const chair = await checkChair(tx, errors, body.id, input.chair);
  if (errors.length) throw invalid(errors);
  const { id } = await tx.insertInto('meetings').values({
    body_id: body.id, starts_at: startsAt!, place: input.place?.trim() ?? '', chair_member_id: chair,
  }).returning('id').executeTakeFirstOrThrow();
  await audit(tx, { userId, entityType: 'meeting', entityId: id, action: 'create', after: await meetingSnapshot(tx, id) });
  return id;
}
