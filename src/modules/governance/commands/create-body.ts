import { audit } from '../../../plugins/audit.js';
import { invalid, type FieldError } from '../../../plugins/errors.js';
import { bodyCodeTaken } from '../errors.js';
import type { CreateBodyInput } from '../schemas.js';
import { checkPeriod, type Tx } from './shared.js';

/** The state of a body as the audit log records it. */
export async function bodySnapshot(tx: Tx, id: number) {
  const b = await tx.selectFrom('bodies').selectAll().where('id', '=', id).executeTakeFirst();
  if (!b) return null;
  return {
    code: b.code, kind: b.kind, name: { nl: b.name_nl, en: b.name_en }, description: { nl: b.description_nl, en: b.description_en },
    mandate: { nl: b.mandate_nl, en: b.mandate_en }, meetingsPerYear: b.meetings_per_year, startsOn: b.starts_on, endsOn: b.ends_on,
    parentBodyId: b.parent_body_id, establishedByDecisionId: b.established_by_decision_id, version: b.version,
  };
}

/**
 * Registers a body (besluit:Bestuursorgaan). A working group exists only by an approved or
 * published decision of the steering committee, with a mandate and an end date (R1.3).
 */
export async function createBody(tx: Tx, userId: number | null, input: CreateBodyInput): Promise<number> {
  const taken = await tx.selectFrom('bodies').select('id').where('code', '=', input.code).executeTakeFirst();
  if (taken) throw bodyCodeTaken(input.code);
  const errors: FieldError[] = [];
  // /bodies/new is the form for a new body: no body may take that address.
  if (input.code === 'new') errors.push({ field: 'code', message: 'is reserved', code: 'duplicate' });
  checkPeriod(errors, input.startsOn, input.endsOn);
  let decisionId: number | null = null;
  let parentId: number | null = null;
  if (input.establishedByDecision) {
    const d = await tx.selectFrom('decisions as d').innerJoin('bodies as b', 'b.id', 'd.body_id')
      .select(['d.id', 'd.status', 'b.kind', 'b.id as body_id']).where('d.code', '=', input.establishedByDecision).executeTakeFirst();
    const field = 'establishedByDecision';
    if (!d) errors.push({ field, message: `decision ${input.establishedByDecision} does not exist`, code: 'reference' });
    else if (d.status === 'draft') errors.push({ field, message: `decision ${input.establishedByDecision} is still a draft; it must be approved first`, code: 'reference' });
    else if (d.kind !== 'steering_committee') errors.push({ field, message: `decision ${input.establishedByDecision} was not taken by the steering committee`, code: 'reference' });
    else { decisionId = d.id; parentId = d.body_id; }
  }
  if (input.parentBody) {
    const parent = await tx.selectFrom('bodies').select('id').where('code', '=', input.parentBody).executeTakeFirst();
    if (!parent) errors.push({ field: 'parentBody', message: `body ${input.parentBody} does not exist`, code: 'reference' });
    else parentId = parent.id;
  }
  if (input.kind === 'working_group') {
    if (!input.establishedByDecision) errors.push({ field: 'establishedByDecision', message: 'a working group needs the decision that establishes it', code: 'required' });
    if (!input.endsOn) errors.push({ field: 'endsOn', message: 'a working group needs an end date', code: 'required' });
    if (!input.mandate?.nl?.trim()) errors.push({ field: 'mandate.nl', message: 'a working group needs a mandate', code: 'required' });
    if (!input.mandate?.en?.trim()) errors.push({ field: 'mandate.en', message: 'a working group needs a mandate', code: 'required' });
  }
  if (errors.length) throw invalid(errors);
  const { id } = await tx.insertInto('bodies').values({
    code: input.code, kind: input.kind, name_nl: input.name.nl.trim(), name_en: input.name.en.trim(),
    description_nl: input.description?.nl?.trim() ?? '', description_en: input.description?.en?.trim() ?? '',
    mandate_nl: input.mandate?.nl?.trim() ?? '', mandate_en: input.mandate?.en?.trim() ?? '',
    meetings_per_year: input.meetingsPerYear ?? null, starts_on: input.startsOn ?? null, ends_on: input.endsOn ?? null,
    parent_body_id: parentId, established_by_decision_id: decisionId, source: null,
  }).returning('id').executeTakeFirstOrThrow();
  await audit(tx, { userId, entityType: 'body', entityId: input.code, action: 'create', after: await bodySnapshot(tx, id) });
  return id;
}
