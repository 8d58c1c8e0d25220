import { sql } from 'kysely';
import { audit } from '../../../plugins/audit.js';
import { invalid, notFound, type FieldError } from '../../../plugins/errors.js';
import { staleError } from '../errors.js';
import type { UpdateMemberInput } from '../schemas.js';
import { checkAppointment, memberSnapshot } from './add-member.js';
import { checkPeriod, type Tx } from './shared.js';

/**
 * Changes a member's seat or term. A seat the study proposed stops being a proposal once the
 * transition team confirms it by editing it.
 */
export async function updateMember(tx: Tx, userId: number | null, bodyCode: string, memberId: number, input: UpdateMemberInput): Promise<number> {
  const row = await tx.selectFrom('body_members as m').innerJoin('bodies as b', 'b.id', 'm.body_id').select(['m.id', 'm.version'])
    .where('m.id', '=', memberId).where('b.code', '=', bodyCode).forUpdate().executeTakeFirst();
  if (!row) throw notFound('member', `${bodyCode}/${memberId}`);
  if (row.version !== input.version) throw staleError('MEMBER_STALE', `Member ${memberId}`, row.version, input.version);
  const errors: FieldError[] = [];
  checkPeriod(errors, input.startsOn, input.endsOn);
  const appointedBy = await checkAppointment(tx, errors, input);
  if (errors.length) throw invalid(errors);
  const before = await memberSnapshot(tx, memberId);
  await tx.updateTable('body_members').set({
    person_name: input.personName?.trim() || null, role: input.role, starts_on: input.startsOn ?? null, ends_on: input.endsOn ?? null,
    status: input.status ?? null, appointed_by_decision_id: appointedBy, is_proposal: false, updated_at: new Date(), version: sql`version + 1`,
  }).where('id', '=', memberId).execute();
  await audit(tx, { userId, entityType: 'body_member', entityId: memberId, action: 'update', before, after: await memberSnapshot(tx, memberId) });
  return memberId;
}
