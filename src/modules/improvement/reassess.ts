/**
 * The re-assessment rhythm: a plan asks for a new self-assessment 12 months after the result it
 * is based on (the organisation may move the date). The reminder turns into a notice 30 days
 * before the date and stays until a newer result has been submitted.
 */
export const REASSESS_AFTER_MONTHS = 12;
export const DUE_WINDOW_DAYS = 30;

export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export type ReassessState = 'done' | 'overdue' | 'due' | 'scheduled' | 'none';
export interface ReassessStatus { state: ReassessState; date: string | null; days: number | null }

/** `reassessed`: a result newer than the plan's own has been submitted since. */
export function reassessStatus(date: string | null, today: string, reassessed: boolean): ReassessStatus {
  if (reassessed) return { state: 'done', date, days: null };
  if (!date) return { state: 'none', date, days: null };
  const days = daysBetween(today, date);
  return { state: days < 0 ? 'overdue' : days <= DUE_WINDOW_DAYS ? 'due' : 'scheduled', date, days };
}
