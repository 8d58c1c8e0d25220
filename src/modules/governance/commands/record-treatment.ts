import { audit } from '../../../plugins/audit.js';
import { invalid, type FieldError } from '../../../plugins/errors.js';
import type { TreatmentInput } from '../schemas.js';
import { presentMembers } from './proceedings.js';
import { bumpMeeting, checkMeetingVersion, itemOfMeeting, lockMeeting, meetingSnapshot, type Tx } from './shared.js';

type Choice = 'for' | 'against' | 'abstain';
const COUNT_FIELD = { for: 'votesFor', against: 'votesAgainst', abstain: 'abstentions' } as const;

/**
 * Who voted how, checked: every voter a member present at the meeting, nobody twice. Counts sent
 * along must agree with the lists; without counts, the counts are the lists' lengths.
 */
async function checkVoters(tx: Tx, meetingId: number, input: TreatmentInput, errors: FieldError[]) {
  const voters = input.voters;
  if (!voters) return { votes: [] as Array<{ member: number; choice: Choice }>, counts: { for: input.votesFor ?? null, against: input.votesAgainst ?? null, abstain: input.abstentions ?? null } };
  const present = await presentMembers(tx, meetingId);
  const seen = new Set<number>();
  const votes: Array<{ member: number; choice: Choice }> = [];
  for (const choice of ['for', 'against', 'abstain'] as const) {
    (voters[choice] ?? []).forEach((member, i) => {
      const field = `voters.${choice}.${i}`;
      if (seen.has(member)) errors.push({ field, message: `member ${member} voted more than once`, code: 'duplicate' });
      else if (!present.has(member)) errors.push({ field, message: `member ${member} is not recorded as present at this meeting`, code: 'attendance' });
      seen.add(member);
      votes.push({ member, choice });
    });
  }
  const counts = { for: voters.for?.length ?? 0, against: voters.against?.length ?? 0, abstain: voters.abstain?.length ?? 0 };
  for (const choice of ['for', 'against', 'abstain'] as const) {
    const sent = input[COUNT_FIELD[choice]];
    if (sent !== undefined && sent !== null && sent !== counts[choice]) {
      errors.push({ field: COUNT_FIELD[choice], message: `is ${sent}, but ${counts[choice]} members are listed as voting ${choice}`, code: 'mismatch' });
    }
  }
  return { votes, counts };
}

/** Records how an agenda item was treated (besluit:BehandelingVanAgendapunt): openness, votes and voters, outcome. */
export async function recordTreatment(tx: Tx, userId: number | null, meetingId: number, itemId: number, input: TreatmentInput): Promise<number> {
  const meeting = await lockMeeting(tx, meetingId);
  await itemOfMeeting(tx, meetingId, itemId);
  checkMeetingVersion(meeting, input.version);
  const errors: FieldError[] = [];
  const { votes, counts } = await checkVoters(tx, meetingId, input, errors);
  if (errors.length) throw invalid(errors);
  const before = await meetingSnapshot(tx, meetingId);
  const values = {
    is_public: input.isPublic ?? true, votes_for: counts.for, votes_against: counts.against, abstentions: counts.abstain,
    outcome: input.outcome, notes_nl: input.notes?.nl?.trim() ?? '', notes_en: input.notes?.en?.trim() ?? '',
  };
  const existing = await tx.selectFrom('treatments').select('id').where('agenda_item_id', '=', itemId).executeTakeFirst();
  const id = existing
    ? (await tx.updateTable('treatments').set(values).where('id', '=', existing.id).returning('id').executeTakeFirstOrThrow()).id
    : (await tx.insertInto('treatments').values({ agenda_item_id: itemId, ...values }).returning('id').executeTakeFirstOrThrow()).id;
  // The lists replace what was recorded: a treatment recorded again without voters has none.
  await tx.deleteFrom('treatment_votes').where('treatment_id', '=', id).execute();
  if (votes.length) await tx.insertInto('treatment_votes').values(votes.map((v) => ({ treatment_id: id, member_id: v.member, choice: v.choice }))).execute();
  await bumpMeeting(tx, meetingId);
  await audit(tx, { userId, entityType: 'meeting', entityId: meetingId, action: 'update', before, after: await meetingSnapshot(tx, meetingId) });
  return id;
}
