import type { Transaction } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { notFound, type FieldError } from '../../../plugins/errors.js';
import { staleError } from '../errors.js';
import { meetingState } from '../queries.js';
import { brusselsDate } from '../time.js';

export type Tx = Transaction<Database>;

/**
 * A meeting with its agenda items, treatments and attendance is one unit of editing: every
 * change to any of them names the meeting version it started from and raises it by one.
 */
export async function lockMeeting(tx: Tx, id: number, version?: number) {
  const row = await tx.selectFrom('meetings').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw notFound('meeting', id);
  if (version !== undefined) checkMeetingVersion(row, version);
  return row;
}

export function checkMeetingVersion(row: { id: number; version: number }, version: number): void {
  if (row.version !== version) throw staleError('MEETING_STALE', `Meeting ${row.id}`, row.version, version);
}

/** The agenda item must belong to the meeting: an unknown item is a 404 before any version talk. */
export async function itemOfMeeting(tx: Tx, meetingId: number, itemId: number): Promise<void> {
  const item = await tx.selectFrom('agenda_items').select('id').where('id', '=', itemId).where('meeting_id', '=', meetingId).executeTakeFirst();
  if (!item) throw notFound('agenda item', `${meetingId}/${itemId}`);
}

export async function bumpMeeting(tx: Tx, id: number): Promise<void> {
  await tx.updateTable('meetings').set({ version: sql`version + 1`, updated_at: new Date() }).where('id', '=', id).execute();
}

/** The live state of a meeting as the audit log records it (before/after). */
export async function meetingSnapshot(tx: Tx, id: number) {
  const s = await meetingState(tx, id);
  if (!s) return null;
  return {
    body: s.meeting.body.code, startsAt: s.meeting.startsAt.toISOString(), place: s.meeting.place, chair: s.meeting.chairMemberId,
    status: s.meeting.status, version: s.meeting.version,
    startedAt: s.meeting.startedAt?.toISOString() ?? null, endedAt: s.meeting.endedAt?.toISOString() ?? null, secretary: s.meeting.secretaryMemberId,
    attendance: Object.fromEntries(s.attendance),
    agenda: s.items.map((i) => ({
      id: i.id, position: i.position, title: i.title, description: i.description, isPublic: i.isPublic, type: i.type,
      treatment: i.treatment ? { ...i.treatment, id: undefined } : null,
    })),
  };
}

/** Dates a person types: a real day between 1900 and 2100, or the field is named. */
export function checkDay(errors: FieldError[], field: string, value: string | null | undefined): void {
  if (!value) return;
  const year = Number(value.slice(0, 4));
  if (year < 1900 || year > 2100) errors.push({ field, message: 'must lie between 1900 and 2100', code: 'range' });
}

export function checkPeriod(errors: FieldError[], from: string | null | undefined, to: string | null | undefined, field = 'endsOn'): void {
  checkDay(errors, field.replace('ends', 'starts'), from);
  checkDay(errors, field, to);
  if (from && to && to < from) errors.push({ field, message: 'must not be before the start', code: 'period' });
}

export function checkInstant(errors: FieldError[], field: string, value: string): Date | null {
  const d = new Date(value);
  if (Number.isNaN(d.getTime()) || d.getUTCFullYear() < 2000 || d.getUTCFullYear() > 2100) {
    errors.push({ field, message: 'must be a moment between 2000 and 2100', code: 'range' });
    return null;
  }
  return d;
}

export const meetingDay = (startsAt: Date) => brusselsDate(startsAt);

/** Checks that a chair is a member of the meeting's body. */
export async function checkChair(tx: Tx, errors: FieldError[], bodyId: number, chair: number | null | undefined): Promise<number | null> {
  if (chair === null || chair === undefined) return null;
  const member = await tx.selectFrom('body_members').select('id').where('id', '=', chair).where('body_id', '=', bodyId).executeTakeFirst();
  if (!member) errors.push({ field: 'chair', message: `member ${chair} is not a member of this body`, code: 'reference' });
  return chair;
}
