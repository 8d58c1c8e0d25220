import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { AppError } from '../../plugins/errors.js';
import { startApplication } from './commands/applications.js';
import { submitApplication } from './commands/submit.js';
import { COMPLETE, organisationFor } from './test-fixtures.js';
import { formatBrussels, parseBrusselsLocal } from './tz.js';

type Headers = Record<string, string>;
const SECOND = 1000;

/**
 * Deadlines to the second, in Brussels time, for calls that close right after a clock change:
 * the clock is injected into the commands, so the edges are exact.
 */
describe.each(engines)('submission deadline on %s', (engine) => {
  let t: TestApp;
  let team: Headers; let lead: Headers;
  let actor: { id: number; role: string };
  let orgId: number;

  beforeAll(async () => {
    t = await testApp({ engine });
    team = await t.as('transition_team');
    lead = await t.as('org_member');
    actor = { id: json(await t.app.inject({ url: '/api/me', headers: lead })).user.id, role: 'org_member' };
    orgId = await organisationFor(t, lead, 'Deadlinetheater', 'arts');
  });
  afterAll(async () => { await t?.close(); });

  const callClosingAt = async (code: string, opensAt: string, closesAt: string) => {
    const demo = json(await t.app.inject({ url: '/api/calls/demo-proeftuinen-2027' }));
    const res = await t.app.inject({ method: 'POST', url: '/api/calls', headers: team, payload: {
      code, instrument: 'project-subsidies', title: { nl: `Oproep ${code}`, en: `Call ${code}` }, budgetEur: 1000, opensAt, closesAt,
      applicationFormId: demo.applicationFormId, annexFormId: demo.annexFormId,
    } });
    expect(res.statusCode, res.body).toBe(201);
    expect((await t.app.inject({ method: 'POST', url: `/api/calls/${code}/publish`, headers: team })).statusCode).toBe(200);
    return json(res);
  };

  const completeDraft = async (code: string, now: Date) => {
    const id = await t.database.db.transaction().execute((tx) => startApplication(tx, actor, code, { organisationId: orgId, title: 'Op het nippertje' }, now));
    const saved = await t.app.inject({ method: 'PUT', url: `/api/applications/${id}`, headers: lead, payload: { version: 1, ...COMPLETE } });
    expect(saved.statusCode, saved.body).toBe(200);
    return { id, version: json(saved).version as number };
  };

  const submitAt = (id: number, version: number, now: Date) =>
    t.database.db.transaction().execute((tx) => submitApplication(tx, actor, id, { version }, now)).then(() => null, (err: unknown) => err as AppError);

  for (const [code, closesLocal, closesUtc, shown] of [
    // Clocks went back at 03:00 summer time: 03:00 winter time is 02:00 UTC; a second before is the second 02:59:59.
    ['after-autumn-change', '2026-10-25T03:00', '2026-10-25T02:00:00.000Z', '25 oktober 2026 om 03:00 (Brussel)'],
    // Clocks went forward at 02:00: 03:30 summer time is 01:30 UTC, only an hour and a half after 01:00 winter time.
    ['after-spring-change', '2027-03-28T03:30', '2027-03-28T01:30:00.000Z', '28 maart 2027 om 03:30 (Brussel)'],
  ] as const) {
    it(`accepts one second before and refuses one second after a deadline right after a clock change (${code})`, async () => {
      const call = await callClosingAt(code, '2026-09-01T09:00', closesLocal);
      expect(call.closesAt).toBe(closesUtc);
      const closes = parseBrusselsLocal(closesLocal)!;
      expect(formatBrussels(closes, 'nl')).toBe(shown);

      const late = await completeDraft(code, new Date(closes.getTime() - 3600 * SECOND));
      const refused = await submitAt(late.id, late.version, new Date(closes.getTime() + SECOND));
      expect(refused).toBeInstanceOf(AppError);
      expect(refused).toMatchObject({ code: 'CALL_CLOSED', status: 409, extra: { deadline: closesUtc, deadlineBrussels: shown } });
      const draft = json(await t.app.inject({ url: `/api/applications/${late.id}`, headers: lead }));
      expect(draft).toMatchObject({ status: 'draft', version: late.version, title: COMPLETE.title, answers: COMPLETE.answers });

      expect(await submitAt(late.id, late.version, new Date(closes.getTime() - SECOND))).toBeNull();
      expect(json(await t.app.inject({ url: `/api/applications/${late.id}`, headers: lead }))).toMatchObject({ status: 'submitted', submittedAt: new Date(closes.getTime() - SECOND).toISOString() });
    });
  }

  it('refuses at the closing instant itself and before the opening', async () => {
    const call = await callClosingAt('edge-exact', '2026-09-01T09:00', '2026-09-30T17:00');
    const closes = new Date(call.closesAt);
    const draft = await completeDraft('edge-exact', new Date(closes.getTime() - 60 * SECOND));
    expect(await submitAt(draft.id, draft.version, closes)).toMatchObject({ code: 'CALL_CLOSED' });
    expect(await submitAt(draft.id, draft.version, new Date(new Date(call.opensAt).getTime() - SECOND))).toMatchObject({ code: 'CALL_NOT_OPEN' });
  });

  it('answers a late submission through the API with 409 and the exact deadline', async () => {
    // The call above closed in the past: the API uses the real clock.
    const { id } = json(await t.app.inject({ url: '/api/applications', headers: lead })).items.find((a: any) => a.call.code === 'edge-exact');
    const { version } = json(await t.app.inject({ url: `/api/applications/${id}`, headers: lead }));
    const res = await t.app.inject({ method: 'POST', url: `/api/applications/${id}/submit`, headers: lead, payload: { version } });
    expect(res.statusCode).toBe(409);
    expect(json(res)).toMatchObject({ code: 'CALL_CLOSED', deadline: '2026-09-30T15:00:00.000Z', deadlineBrussels: '30 september 2026 om 17:00 (Brussel)' });
    const page = await t.app.inject({ method: 'POST', url: `/applications/${id}`, headers: { ...lead, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ version: String(version), title: 'Laat maar getypt', intent: 'submit' }).toString() });
    expect(page.statusCode).toBe(409);
    expect(page.body).toContain('30 september 2026 om 17:00 (Brussel)');
    expect(page.body).toContain('value="Laat maar getypt"');
    expect(json(await t.app.inject({ url: `/api/applications/${id}`, headers: lead }))).toMatchObject({ status: 'draft', title: COMPLETE.title, version });
  });
});
