import type { FieldError } from '../../../plugins/errors.js';
import { checkInstant, type Tx } from './shared.js';

/**
 * The rules for what a held meeting records beyond its plan: the actual start and end
 * (prov:startedAtTime, prov:endedAtTime) and the secretary (besluit:heeftSecretaris).
 */
export interface Proceedings { startedAt: Date | null; endedAt: Date | null; secretary: number | null }

/** Members recorded present at a meeting (meeting_attendance); empty while attendance is not recorded. */
export async function presentMembers(tx: Tx, meetingId: number): Promise<Set<number>> {
  const rows = await tx.selectFrom('meeting_attendance').select('member_id').where('meeting_id', '=', meetingId).where('present', '=', true).execute();
  return new Set(rows.map((r) => r.member_id));
}

export async function checkProceedings(
  tx: Tx, errors: FieldError[], meeting: { id: number; bodyId: number; status: string },
  input: { startedAt?: string | null | undefined; endedAt?: string | null | undefined; secretary?: number | null | undefined },
): Promise<Proceedings> {
  const startedAt = input.startedAt ? checkInstant(errors, 'startedAt', input.startedAt) : null;
  const endedAt = input.endedAt ? checkInstant(errors, 'endedAt', input.endedAt) : null;
  const secretary = input.secretary ?? null;
  const recorded = startedAt !== null || endedAt !== null || secretary !== null;
  if (recorded && meeting.status !== 'held') {
    errors.push({ field: 'status', message: 'only a held meeting has an actual start, end or secretary', code: 'state' });
  }
  if (endedAt && !input.startedAt) errors.push({ field: 'startedAt', message: 'is required when the end is given', code: 'required' });
  if (startedAt && endedAt && endedAt.getTime() <= startedAt.getTime()) {
    errors.push({ field: 'endedAt', message: 'must be after the start', code: 'period' });
  }
  if (secretary !== null) {
    const member = await tx.selectFrom('body_members').select('id').where('id', '=', secretary).where('body_id', '=', meeting.bodyId).executeTakeFirst();
    if (!member) errors.push({ field: 'secretary', message: `member ${secretary} is not a member of this body`, code: 'reference' });
    else if (!(await presentMembers(tx, meeting.id)).has(secretary)) {
      errors.push({ field: 'secretary', message: `member ${secretary} is not recorded as present at this meeting`, code: 'attendance' });
    }
  }
  return { startedAt, endedAt, secretary };
}
