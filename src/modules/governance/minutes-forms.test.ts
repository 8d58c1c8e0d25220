import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';

type Headers = Record<string, string>;

/** The pages for recording complete minutes: proceedings, who voted how, a decision's motivation, and the refusal of incomplete minutes. */
describe.each(engines)('minutes forms on %s', (engine) => {
  let t: TestApp;
  let team: Headers;
  let steering: Headers;
  beforeAll(async () => {
    t = await testApp({ engine });
    team = await t.as('transition_team');
    steering = await t.as('steering_committee');
  });
  afterAll(async () => { await t?.close(); });

  const inject = (method: string, url: string, headers: Headers, payload?: unknown) =>
    t.app.inject({ method: method as 'GET', url, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });
  const form = (headers: Headers, url: string, fields: Record<string, string>, lang = 'nl') => t.app.inject({
    method: 'POST', url, headers: { cookie: `${headers.cookie!}; lang=${lang}`, 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ _csrf: headers['x-csrf-token']!, ...fields }).toString(),
  });

  async function meetingWithAttendance() {
    const body = json(await inject('GET', '/api/bodies/stuurgroep', team));
    const ids = (body.members as Array<{ id: number }>).map((m) => m.id);
    let m = json(await inject('POST', '/api/bodies/stuurgroep/meetings', team, { startsAt: '2026-11-05T10:00:00+01:00', chair: ids[0] }));
    m = json(await inject('POST', `/api/meetings/${m.id}/agenda-items`, team, { version: m.version, title: { nl: 'Punt', en: 'Item' } }));
    m = json(await inject('PUT', `/api/meetings/${m.id}/attendance`, team, { version: m.version, present: ids.slice(0, 3) }));
    return { id: m.id as number, itemId: m.agendaItems[0].id as number, version: m.version as number, present: ids.slice(0, 3), absent: ids[3]! };
  }

  it('offers the actual start, end and secretary in both languages, and names a bad field in the page', async () => {
    const m = await meetingWithAttendance();
    for (const [lang, label] of [['nl', 'Werkelijk begonnen om'], ['en', 'Actually started at']] as const) {
      const page = await t.app.inject({ method: 'GET', url: `/meetings/${m.id}/edit`, headers: { cookie: `${team.cookie!}; lang=${lang}` } });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain(label);
      expect(page.body).toMatch(/name="secretary"/);
      expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
    const res = await form(team, `/meetings/${m.id}`, {
      version: String(m.version), startsAt: '2026-11-05T10:00', place: '', chair: String(m.present[0]), status: 'held',
      startedAt: '2026-11-05T12:00', endedAt: '2026-11-05T11:00', secretary: String(m.present[1]),
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('Afgelopen om');
    const ok = await form(team, `/meetings/${m.id}`, {
      version: String(m.version), startsAt: '2026-11-05T10:00', place: '', chair: String(m.present[0]), status: 'held',
      startedAt: '2026-11-05T10:05', endedAt: '2026-11-05T11:30', secretary: String(m.present[1]),
    });
    expect(ok.statusCode).toBe(303);
    expect(json(await inject('GET', `/api/meetings/${m.id}`, team))).toMatchObject({ startedAt: '2026-11-05T10:05:00+01:00', endedAt: '2026-11-05T11:30:00+01:00', secretary: m.present[1] });
  });

  it('records who voted how from the treatment form, one choice per member present, and derives the counts', async () => {
    const m = await meetingWithAttendance();
    const page = await inject('GET', `/meetings/${m.id}/agenda-items/${m.itemId}/treatment`, team);
    for (const id of m.present) expect(page.body).toContain(`name="vote_${id}"`);
    expect(page.body).not.toContain(`name="vote_${m.absent}"`);
    const [a, b, c] = m.present;
    const res = await form(team, `/meetings/${m.id}/agenda-items/${m.itemId}/treatment`, {
      version: String(m.version), outcome: 'approved', isPublic: 'true', [`vote_${a}`]: 'for', [`vote_${b}`]: 'for', [`vote_${c}`]: 'against',
    });
    expect(res.statusCode).toBe(303);
    const treatment = json(await inject('GET', `/api/meetings/${m.id}`, team)).agendaItems[0].treatment;
    expect(treatment).toMatchObject({ votesFor: 2, votesAgainst: 1, abstentions: 0, voters: { for: [a, b].sort((x, y) => x! - y!), against: [c], abstain: [] } });
  });

  it('refuses approving incomplete minutes with a readable list of what is missing, in the reader\'s language', async () => {
    const m = await meetingWithAttendance();
    const minutes = json(await inject('POST', `/api/meetings/${m.id}/publications`, team, { kind: 'minutes' }));
    for (const [lang, phrase] of [['nl', 'het werkelijke beginuur'], ['en', 'the actual start time']] as const) {
      const res = await form(steering, `/publications/${minutes.id}/approve`, { digest: minutes.digest }, lang);
      expect(res.statusCode).toBe(409);
      expect(res.body).toContain(phrase);
      expect(res.body).toContain(lang === 'nl' ? 'agendapunt 1' : 'agenda item 1');
    }
    expect(json(await inject('GET', `/api/meetings/${m.id}`, team)).publications[0].status).toBe('draft');
  });

  it('asks for the motivation, entry into force and kind on the decision form', async () => {
    const m = await meetingWithAttendance();
    await inject('PUT', `/api/meetings/${m.id}/agenda-items/${m.itemId}/treatment`, team, { version: m.version, outcome: 'approved' });
    const page = await inject('GET', `/meetings/${m.id}/agenda-items/${m.itemId}/decisions/new`, team);
    expect(page.statusCode).toBe(200);
    for (const name of ['motivation_nl', 'motivation_en', 'inForceOn', 'documentType']) expect(page.body).toContain(`name="${name}"`);
  });
});
