import type { Lang } from '../../plugins/i18n.js';
import { dateTimeFormat } from '../../i18n/formats.js';
import { LOCALE } from '../../i18n/formats.js';

/**
 * Calls open and close at a wall-clock time in Brussels; the database keeps instants
 * (timestamptz). These functions convert between the two with Intl only, so they follow the
 * platform's time-zone data across daylight-saving changes.
 *
 * The rule for local times that do not map to exactly one instant (the same rule as
 * Temporal's 'compatible' disambiguation, documented here because deadlines depend on it):
 * - a time that does not exist (in the hour skipped when clocks go forward, e.g.
 *   2027-03-28 02:30) is moved forward by the length of the gap: 03:30 summer time;
 *   `brusselsLocalKind` reports it as 'gap' so forms can refuse it instead;
 * - a time that exists twice (in the hour repeated when clocks go back, e.g. 2026-10-25 02:30)
 *   is the earlier of the two instants: 02:30 summer time (00:30 UTC).
 */
export const TIME_ZONE = 'Europe/Brussels';

const parts = dateTimeFormat('en-US', {
  timeZone: TIME_ZONE, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
});

/** Brussels wall-clock fields of an instant. */
function wallClock(instant: Date) {
  const p: Record<string, number> = {};
  for (const part of parts.formatToParts(instant)) if (part.type !== 'literal') p[part.type] = Number(part.value);
  return { year: p.year!, month: p.month!, day: p.day!, hour: p.hour!, minute: p.minute!, second: p.second! };
}

/** Minutes Brussels is ahead of UTC at this instant (60 in winter, 120 in summer). */
export function brusselsOffsetMinutes(instant: Date): number {
  const w = wallClock(instant);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60000);
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

interface Resolved { kind: 'valid' | 'gap' | 'ambiguous'; instant: Date }

function resolve(local: string): Resolved | null {
  const m = LOCAL.exec(local.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const naive = Date.UTC(y, mo - 1, d, h, mi, s);
  // The calendar must round-trip (no 31 February).
  const check = new Date(naive);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  // The offsets in force a day either side cover every transition Brussels has.
  const offsets = [...new Set([brusselsOffsetMinutes(new Date(naive - 86400_000)), brusselsOffsetMinutes(new Date(naive + 86400_000))])];
  const candidates = offsets.map((o) => naive - o * 60000).filter((t) => brusselsOffsetMinutes(new Date(t)) * 60000 === naive - t).sort((a, b) => a - b);
  if (candidates.length === 1) return { kind: 'valid', instant: new Date(candidates[0]!) };
  if (candidates.length > 1) return { kind: 'ambiguous', instant: new Date(candidates[0]!) };
  // In the gap: read the time with the offset from before the change, which lands after it.
  const before = brusselsOffsetMinutes(new Date(naive - 86400_000));
  return { kind: 'gap', instant: new Date(naive - before * 60000) };
}

/** A Brussels wall-clock time ('2027-03-15T17:00', seconds optional) as an instant; null when malformed. */
export function parseBrusselsLocal(local: string): Date | null {
  return resolve(local)?.instant ?? null;
}

/** Whether a local time exists once ('valid'), not at all ('gap') or twice ('ambiguous'); null when malformed. */
export function brusselsLocalKind(local: string): Resolved['kind'] | null {
  return resolve(local)?.kind ?? null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The instant as a Brussels wall-clock value for an <input type="datetime-local">: '2027-03-15T17:00'. */
export function toBrusselsLocal(instant: Date): string {
  const w = wallClock(instant);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}`;
}

const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/**
 * An instant for people, in Brussels time: "15 maart 2027 om 17:00 (Brussel)" /
 * "15 March 2027 at 17:00 (Brussels)". The zone is named so nobody reads it as their own.
 */
export function formatBrussels(instant: Date | string, lang: Lang): string {
  const date = typeof instant === 'string' ? new Date(instant) : instant;
  let format = dateFormats.get(lang);
  if (!format) {
    format = dateTimeFormat(LOCALE[lang], { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' });
    dateFormats.set(lang, format);
  }
  const w = wallClock(date);
  const time = `${pad(w.hour)}:${pad(w.minute)}`;
  return lang === 'nl' ? `${format.format(date)} om ${time} (Brussel)` : `${format.format(date)} at ${time} (Brussels)`;
}

/** An instant as a Brussels date only ('YYYY-MM-DD'). */
export function brusselsDay(instant: Date): string {
  const w = wallClock(instant);
  return `${w.year}-${pad(w.month)}-${pad(w.day)}`;
}
