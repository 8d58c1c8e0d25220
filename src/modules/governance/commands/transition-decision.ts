import { sql } from 'kysely';
import { audit } from '../../../plugins/audit.js';
import { notFound } from '../../../plugins/errors.js';
import { staleError, wrongStatus } from '../errors.js';
import { incomplete, missingOfDecision } from './completeness.js';
import { decisionSnapshot } from './decision-snapshot.js';
import type { Tx } from './shared.js';

export type DecisionStep = 'approve' | 'publish';
const STEP = { approve: { from: 'draft', to: 'approved' }, publish: { from: 'approved', to: 'published' } } as const;

/** Moves a decision one step along draft -> approved -> published; never back, never skipping. */
export async function transitionDecision(tx: Tx, userId: number | null, code: string, version: number, step: DecisionStep): Promise<string> {
  const row = await tx.selectFrom('decisions').select(['id', 'code', 'version', 'status', 'motivation_nl', 'motivation_en', 'in_force_on', 'document_type'])
    .where('code', '=', code).forUpdate().executeTakeFirst();
  if (!row) throw notFound('decision', code);
  if (row.version !== version) throw staleError('DECISION_STALE', `Decision ${code}`, row.version, version);
  const { from, to } = STEP[step];
  if (row.status !== from) throw wrongStatus('DECISION_STATUS', `Decision ${code}`, row.status, step === 'approve' ? 'approved' : 'published');
  // Approval fixes the wording, so what publication needs must be there before it.
  const missing = missingOfDecision(row);
  if (missing.length) throw incomplete(`${step === 'approve' ? 'Approving' : 'Publishing'} decision ${code}`, missing);
  const before = await decisionSnapshot(tx, row.id);
  await tx.updateTable('decisions').set({
    status: to, ...(to === 'published' ? { published_at: new Date() } : {}), updated_at: new Date(), version: sql`version + 1`,
  }).where('id', '=', row.id).execute();
  await audit(tx, { userId, entityType: 'decision', entityId: code, action: 'update', before, after: await decisionSnapshot(tx, row.id) });
  return code;
}
