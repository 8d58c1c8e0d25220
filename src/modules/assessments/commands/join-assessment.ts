import type { Tx } from '../transaction.js';
import { ensureRespondent } from './shared.js';

/** A member opening an open assessment becomes one of its respondents (and shows in its list). */
export async function joinAssessment(tx: Tx, userId: number, assessmentId: number): Promise<void> {
  const row = await tx.selectFrom('assessments').select('status').where('id', '=', assessmentId).forShare().executeTakeFirst();
  if (row?.status !== 'open') return;
  await ensureRespondent(tx, userId, assessmentId);
}
