import type { CreateDecisionInput } from '../schemas.js';
import type { Tx } from './shared.js';

/** The columns of a decision's motivation, entry into force and document type, from its input. */
export function legalFacts(input: Pick<CreateDecisionInput, 'motivation' | 'inForceOn' | 'documentType'>) {
  return {
    motivation_nl: input.motivation?.nl?.trim() ?? '', motivation_en: input.motivation?.en?.trim() ?? '',
    in_force_on: input.inForceOn ?? null, document_type: input.documentType ?? null,
  };
}

/** The state of a decision as the audit log records it. */
export async function decisionSnapshot(tx: Tx, id: number) {
  const d = await tx.selectFrom('decisions').selectAll().where('id', '=', id).executeTakeFirst();
  if (!d) return null;
  const subjects = await tx.selectFrom('decision_subjects').select(['subject_type', 'subject_id']).where('decision_id', '=', id).orderBy('subject_type').orderBy('subject_id').execute();
  return {
    code: d.code, treatmentId: d.treatment_id, bodyId: d.body_id, title: { nl: d.title_nl, en: d.title_en }, text: { nl: d.text_nl, en: d.text_en },
    status: d.status, decidedOn: d.decided_on, publishedAt: d.published_at, version: d.version,
    motivation: { nl: d.motivation_nl, en: d.motivation_en }, inForceOn: d.in_force_on, documentType: d.document_type,
    subjects: subjects.map((s) => ({ type: s.subject_type, id: s.subject_id })),
  };
}
