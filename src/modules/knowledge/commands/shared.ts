import { invalid, type FieldError } from '../../../plugins/errors.js';
import { stale } from '../errors.js';
import type { Tx } from '../transaction.js';

export type { Tx };

/** The id of the actor named by its code; null for none; a 400 on `field` when it does not exist. */
export async function actorIdOf(tx: Tx, actorCode: string | null | undefined, field = 'actor'): Promise<{ id: number; name: string } | null> {
  if (actorCode === null || actorCode === undefined || actorCode.trim() === '') return null;
  const row = await tx.selectFrom('actors').select(['id', 'name']).where('code', '=', actorCode.trim()).where('retired_at', 'is', null).executeTakeFirst();
  if (!row) throw invalid([{ field, message: `actor ${actorCode} does not exist`, code: 'reference' }]);
  return row;
}

/** Every challenge must exist; one 400 names every wrong entry. */
export async function checkChallenges(tx: Tx, challenges: number[]): Promise<void> {
  if (!challenges.length) return;
  const known = new Set((await tx.selectFrom('challenges').select('number').where('number', 'in', challenges).execute()).map((r) => r.number));
  const errors: FieldError[] = [];
  challenges.forEach((c, i) => { if (!known.has(c)) errors.push({ field: `challenges.${i}`, message: `challenge ${c} does not exist`, code: 'reference' }); });
  if (errors.length) throw invalid(errors);
}

export function checkVersion(what: string, id: string | number, current: number, sent: number): void {
  if (current !== sent) throw stale(what, id, current, sent);
}

export const trimmed = (s: string | null | undefined): string | null => {
  const v = s?.trim() ?? '';
  return v === '' ? null : v;
};

/** Two optional days in order; compared as ISO text, which sorts like the days themselves. */
export function inOrder(from: string | null | undefined, to: string | null | undefined): boolean {
  return !from || !to || to >= from;
}

/** A day that the calendar really has (the pattern lets 2026-02-31 through). */
export function realDay(value: string | null | undefined): boolean {
  if (!value) return true;
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

export function checkDays(fields: Record<string, string | null | undefined>): void {
  const errors: FieldError[] = Object.entries(fields).filter(([, v]) => !realDay(v)).map(([field]) => ({ field, message: 'is not a day in the calendar', code: 'format' }));
  if (errors.length) throw invalid(errors);
}
