import { sql } from 'kysely';
import { audit } from '../../../plugins/audit.js';
import { invalid, notFound, type FieldError } from '../../../plugins/errors.js';
import { decisionLocked, staleError } from '../errors.js';
import type { UpdateDecisionInput } from '../schemas.js';
import { decisionSnapshot, legalFacts } from './decision-snapshot.js';
import { checkDay, type Tx } from './shared.js';
import { resolveSubjectInput, writeSubjects } from './subjects.js';

/** Edits a draft decision. Once approved, a decision's wording is what the steering committee approved. */
export async function updateDecision(tx: Tx, userId: number | null, code: string, input: UpdateDecisionInput): Promise<string> {
  const row = await tx.selectFrom('decisions').select(['id', 'version', 'status']).where('code', '=', code).forUpdate().executeTakeFirst();
  if (!row) throw notFound('decision', code);
  if (row.status !== 'draft') throw decisionLocked(code, row.status);
  if (row.version !== input.version) throw staleError('DECISION_STALE', `Decision ${code}`, row.version, input.version);
  const errors: FieldError[] = [];
  checkDay(errors, 'decidedOn', input.decidedOn);
  checkDay(errors, 'inForceOn', input.inForceOn);
  const subjects = await resolveSubjectInput(tx, input.subjects ?? [], errors);
  if (errors.length) throw invalid(errors);
  const before = await decisionSnapshot(tx, row.id);
  await tx.updateTable('decisions').set({
    title_nl: input.title.nl.trim(), title_en: input.title.en.trim(), text_nl: input.text?.nl?.trim() ?? '', text_en: input.text?.en?.trim() ?? '',
    ...(input.decidedOn ? { decided_on: input.decidedOn } : {}), ...legalFacts(input), updated_at: new Date(), version: sql`version + 1`,
  }).where('id', '=', row.id).execute();
  await writeSubjects(tx, row.id, subjects);
  await audit(tx, { userId, entityType: 'decision', entityId: code, action: 'update', before, after: await decisionSnapshot(tx, row.id) });
  return code;
}
