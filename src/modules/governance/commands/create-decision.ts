import { audit } from '../../../plugins/audit.js';
import { invalid, type FieldError } from '../../../plugins/errors.js';
import { treatmentMissing } from '../errors.js';
import type { CreateDecisionInput } from '../schemas.js';
import { decisionSnapshot } from './decision-snapshot.js';
import { legalFacts } from './decision-snapshot.js';
import { checkDay, itemOfMeeting, lockMeeting, meetingDay, type Tx } from './shared.js';
import { resolveSubjectInput, writeSubjects } from './subjects.js';

/**
 * The next free code for a body's decisions in a year: <body>-<year>-<nnn>. The caller holds a
 * lock on the body row, so two decisions cannot draw the same number.
 */
async function nextCode(tx: Tx, bodyCode: string, year: string): Promise<string> {
  const prefix = `${bodyCode}-${year}-`;
  const codes = await tx.selectFrom('decisions').select('code').where('code', 'like', `${prefix}%`).execute();
  const max = codes.map((c) => Number(c.code.slice(prefix.length))).filter(Number.isInteger).reduce((a, b) => Math.max(a, b), 0);
  return `${prefix}${String(max + 1).padStart(3, '0')}`;
}

/** Records a decision (besluit:Besluit) taken in the treatment of an agenda item, as a draft. */
export async function createDecision(tx: Tx, userId: number | null, meetingId: number, itemId: number, input: CreateDecisionInput): Promise<string> {
  const meeting = await lockMeeting(tx, meetingId);
  await itemOfMeeting(tx, meetingId, itemId);
  const treatment = await tx.selectFrom('treatments').select('id').where('agenda_item_id', '=', itemId).executeTakeFirst();
  if (!treatment) throw treatmentMissing(itemId);
  const errors: FieldError[] = [];
  checkDay(errors, 'decidedOn', input.decidedOn);
  checkDay(errors, 'inForceOn', input.inForceOn);
  const subjects = await resolveSubjectInput(tx, input.subjects ?? [], errors);
  if (errors.length) throw invalid(errors);
  const body = await tx.selectFrom('bodies').select(['id', 'code']).where('id', '=', meeting.body_id).forUpdate().executeTakeFirstOrThrow();
  const decidedOn = input.decidedOn ?? meetingDay(meeting.starts_at);
  const code = await nextCode(tx, body.code, decidedOn.slice(0, 4));
  const { id } = await tx.insertInto('decisions').values({
    code, treatment_id: treatment.id, body_id: body.id, title_nl: input.title.nl.trim(), title_en: input.title.en.trim(),
    text_nl: input.text?.nl?.trim() ?? '', text_en: input.text?.en?.trim() ?? '', decided_on: decidedOn, ...legalFacts(input),
  }).returning('id').executeTakeFirstOrThrow();
  await writeSubjects(tx, id, subjects);
  await audit(tx, { userId, entityType: 'decision', entityId: code, action: 'create', after: await decisionSnapshot(tx, id) });
  return code;
}
