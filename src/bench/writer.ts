import { rng } from './random.js';
import { accepted, failed, writeLoop, type Writer } from './write-loop.js';
import { randomBytes } from 'node:crypto';
import { SESSION_COOKIE } from '../plugins/auth.js';
import { CSRF_COOKIE } from '../plugins/csrf.js';

/**
 * Edits instruments through the API while the readers run: every write is followed at once
 * by a read of the same instrument and of the coverage matrix, and a read that does not show
 * the write counts as stale (the read models must never serve one).
 */
export async function startWriter(base: string, email: string, password: string, instruments: number, perSecond: number): Promise<Writer> {
  const headers = { ...(await login(base, email, password)), 'content-type': 'application/json' };
  const r = rng(99);
  let n = 0;
  return writeLoop(perSecond, async () => {
    const code = `synthetic-instrument-${r.int(1, instruments)}`;
    const current = await (await fetch(`${base}/api/instruments/${code}`)).json() as Record<string, any>;
    const name = { nl: `[synthetic] bewerkt ${++n}`, en: `[synthetic] edited ${n}` };
    const challenge = r.int(1, 14);
    const links = [{ challenge, strength: 'strong' }];
    const res = await fetch(`${base}/api/instruments/${code}`, {
      method: 'PUT', headers,
      body: JSON.stringify({ version: current.version, name, description: current.description, type: current.type, responsibleActor: current.responsibleActor?.code ?? null, sinceYear: current.sinceYear, links, recommendations: [] }),
    });
    if (!await accepted(res, 'instrument')) return 'conflict';
    const after = await (await fetch(`${base}/api/instruments/${code}`)).json() as Record<string, any>;
    const matrix = await (await fetch(`${base}/api/coverage`)).json() as { pillars: Array<{ cells: Array<{ challenge: number; instruments: Array<{ code: string; name: { nl: string } }> }> }> };
    const cell = matrix.pillars.flatMap((p) => p.cells).find((c) => c.challenge === challenge);
    const inMatrix = cell?.instruments.some((i) => i.code === code && i.name.nl === name.nl) ?? false;
    return failed(after.name.nl === name.nl && inMatrix);
  });
}

/** Logs in through the API; returns the headers a writer or a logged-in reader sends. */
export async function login(base: string, email: string, password: string): Promise<Record<string, string>> {
  const res = await fetch(`${base}/api/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (!res.ok) throw new Error(`benchmark login failed: ${res.status}`);
  const cookie = (res.headers.getSetCookie?.() ?? []).map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = await res.json() as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
}

/** Counts writes across writers in one run, so that every write is a new row. */
let measurementWrites = 0;

/**
 * Records KPI measurements through the API while the readers run, and checks that the very next
 * read of the KPI's series and of the dashboard shows each one.
 */
export async function startMeasurementWriter(base: string, email: string, password: string, kpis: number, year: number, perSecond: number): Promise<Writer> {
  const headers = { ...(await login(base, email, password)), 'content-type': 'application/json' };
  const subsectors = ['', 'arts', 'heritage', 'socio_cultural', 'circus', 'literature', 'film', 'amateur_arts', 'libraries_cultural_centres'];
  const r = rng(5);
  return writeLoop(perSecond, async () => {
    const code = `SYN-KPI-${r.int(1, kpis)}`;
    const n = ++measurementWrites;
    // A month after the data (a new period for every write), so the series must grow by one.
    const writeYear = year + 1 + Math.floor(n / 12);
    const period = `${writeYear}-${String(1 + (n % 12)).padStart(2, '0')}`;
    const subsector = n % 3 === 0 ? subsectors[1 + (n % (subsectors.length - 1))]! : '';
    const before = await (await fetch(`${base}/api/kpis/${code}/series`)).json() as { points: unknown[] };
    const res = await fetch(`${base}/api/kpis/${code}/measurements`, { method: 'POST', headers, body: JSON.stringify({ period, value: 50 + (n % 10), unit: '%', subsector, province: '' }) });
    if (!await accepted(res, 'measurement')) return 'conflict';
    let seriesGrew = true;
    if (subsector === '') {
      const after = await (await fetch(`${base}/api/kpis/${code}/series`)).json() as { points: unknown[] };
      seriesGrew = after.points.length === before.points.length + 1;
    }
    const dashboard = await (await fetch(`${base}/api/dashboard?year=${writeYear}&kpi=${code}`)).json() as { kpi: { matrix: { values: Record<string, Record<number, number>> }; trend: Array<{ year: number; value: number | null }> } };
    const shown = subsector === '' ? dashboard.kpi.trend.some((p) => p.year === writeYear && p.value === 50 + (n % 10)) : dashboard.kpi.matrix.values[subsector]?.[writeYear] === 50 + (n % 10);
    return failed(seriesGrew, shown);
  });
}

/**
 * The cookies a browser sends once it has opened a page after logging in: the session and the
 * CSRF cookie that the first page set (without it every page would set a new one).
 */
export function browserCookies(sessionToken: string): string {
  return `${SESSION_COOKIE}=${sessionToken}; ${CSRF_COOKIE}=${randomBytes(18).toString('base64url')}`;
}
