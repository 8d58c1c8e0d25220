import type { Frequency } from './constants.js';

const FORMATS: Record<Frequency, { pattern: RegExp; example: string }> = {
  annual: { pattern: /^(\d{4})$/, example: '2025' },
  quarterly: { pattern: /^(\d{4})-Q([1-4])$/, example: '2025-Q3' },
  monthly: { pattern: /^(\d{4})-(0[1-9]|1[0-2])$/, example: '2025-09' },
};

export const periodExample = (frequency: Frequency) => FORMATS[frequency].example;

/**
 * The first day of a period written for a KPI of this frequency ('2025', '2025-Q3', '2025-09'),
 * or null when the text is not a period of that frequency.
 */
export function periodStart(frequency: Frequency, period: string): string | null {
  const m = FORMATS[frequency].pattern.exec(period);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1900 || year > 2100) return null;
  const month = frequency === 'annual' ? 1 : frequency === 'quarterly' ? (Number(m[2]) - 1) * 3 + 1 : Number(m[2]);
  return `${m[1]}-${String(month).padStart(2, '0')}-01`;
}

/** The last day of a period, from its first day: for comparing a measurement with a date. */
export function periodEnd(frequency: Frequency, start: string): string {
  const [y, m] = start.split('-').map(Number) as [number, number];
  const months = frequency === 'annual' ? 12 : frequency === 'quarterly' ? 3 : 1;
  const end = new Date(Date.UTC(y, m - 1 + months, 0));
  return end.toISOString().slice(0, 10);
}

/** Which frequency a period text is written in, whatever the KPI: for a clearer error message. */
export function frequencyOf(period: string): Frequency | null {
  for (const f of ['annual', 'quarterly', 'monthly'] as const) if (periodStart(f, period)) return f;
  return null;
}

export const yearOf = (period: string) => Number(period.slice(0, 4));
