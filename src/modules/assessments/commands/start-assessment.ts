import { audit } from '../../../plugins/audit.js';
import { currentModelId } from '../../maturity/model.js';
import { noModel } from '../errors.js';
import type { AssessmentKind } from '../scoring.js';
import type { Tx } from '../transaction.js';

/** A new assessment always uses the current published model; older versions are only read. */
export async function startAssessment(tx: Tx, userId: number, organisationId: number, kind: AssessmentKind): Promise<number> {
  const modelId = await currentModelId(tx);
  if (modelId === undefined) throw noModel();
  const { id } = await tx.insertInto('assessments')
    .values({ organisation_id: organisationId, model_id: modelId, kind, status: 'open', started_by: userId, started_at: new Date() })
    .returning('id').executeTakeFirstOrThrow();
  await audit(tx, { userId, entityType: 'assessment', entityId: id, action: 'create', after: { organisationId, modelId, kind, status: 'open' } });
  return id;
}
