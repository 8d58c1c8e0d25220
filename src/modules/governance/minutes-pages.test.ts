import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { escapeHtml } from '../../web/jsx.js';

type Headers = Record<string, string>;
interface SeatRow { id: number; actor: { code: string; name: string }; version: number; role: string; personName: string | null }

/**
 * Where people read complete minutes: the meeting page, the published minutes, the decision page
 * and the body's members. A published version shows what was frozen, never the live record; a
 * meeting, decision or seat without these facts shows none of them.
 */
describe.each(engines)('complete minutes on the pages on %s', (engine) => {
  let t: TestApp;
  let team: Headers;
  let steering: Headers;
  let seats: SeatRow[];
  let mid: number;
  let plain: number;
  let code: string;
  let draftCode: string;
  const name = (actor: string) => { const s = seats.find((m) => m.actor.code === actor)!; return escapeHtml(`${s.actor.name} (${s.personName})`); };
  const seat = (actor: string) => seats.find((m) => m.actor.code === actor)!.id;

  const inject = (method: string, url: string, headers: Headers, payload?: unknown) =>
    t.app.inject({ method: method as 'GET', url, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });
  const page = async (url: string, lang: 'nl' | 'en', who?: Headers) => {
    const res = await t.app.inject({ method: 'GET', url, headers: { cookie: `${who?.cookie ? `${who.cookie}; ` : ''}lang=${lang}` } });
    expect(res.statusCode, url).toBe(200);
    return res.body;
  };

  beforeAll(async () => {
    t = await testApp({ engine });
    team = await t.as('transition_team');
    steering = await t.as('steering_committee');
    for (const m of json(await inject('GET', '/api/bodies/stuurgroep', team)).members as SeatRow[]) {
      const res = await inject('PUT', `/api/bodies/stuurgroep/members/${m.id}`, team, {
        version: m.version, role: m.role, personName: `Vertegenwoordiger ${m.actor.code}`, startsOn: '2026-01-01', endsOn: '2027-12-31', status: 'effective',
      });
      expect(res.statusCode).toBe(200);
    }
    seats = json(await inject('GET', '/api/bodies/stuurgroep', team)).members;
    const present = seats.filter((m) => m.actor.code !== 'vaf').map((m) => m.id);

    // A meeting recorded completely: two planned items, one added once held, who voted how.
    let m = json(await inject('POST', '/api/bodies/stuurgroep/meetings', team, { startsAt: '2026-10-15T14:00:00+02:00', place: 'Brussel', chair: seat('dcjm') }));
    mid = m.id;
    for (const title of ['Aanstelling van de leden', 'Werkplan 2027']) m = json(await inject('POST', `/api/meetings/${mid}/agenda-items`, team, { version: m.version, title: { nl: title, en: title } }));
    m = json(await inject('PUT', `/api/meetings/${mid}/attendance`, team, { version: m.version, present }));
    m = json(await inject('PUT', `/api/meetings/${mid}`, team, {
      version: m.version, startsAt: '2026-10-15T14:00:00+02:00', place: 'Brussel', chair: seat('dcjm'), status: 'held',
      startedAt: '2026-10-15T14:02:00+02:00', endedAt: '2026-10-15T16:00:00+02:00', secretary: seat('cultuurconnect'),
    }));
    m = json(await inject('POST', `/api/meetings/${mid}/agenda-items`, team, { version: m.version, title: { nl: 'Rondvraag', en: 'Any other business' } }));
    const [first, second, third] = m.agendaItems as Array<{ id: number }>;
    m = json(await inject('PUT', `/api/meetings/${mid}/agenda-items/${first!.id}/treatment`, team, { version: m.version, outcome: 'approved', voters: { for: present } }));
    const rest = present.filter((id) => id !== seat('publiq') && id !== seat('faro'));
    m = json(await inject('PUT', `/api/meetings/${mid}/agenda-items/${second!.id}/treatment`, team,
      { version: m.version, outcome: 'approved', voters: { for: rest, against: [seat('publiq')], abstain: [seat('faro')] } }));
    m = json(await inject('PUT', `/api/meetings/${mid}/agenda-items/${third!.id}/treatment`, team, { version: m.version, outcome: 'noted' }));
    const created = json(await inject('POST', `/api/meetings/${mid}/agenda-items/${first!.id}/decisions`, team, {
      title: { nl: 'De stuurgroep stelt haar leden aan', en: 'The steering committee appoints its members' },
      motivation: { nl: 'De samenstelling is met de partners afgestemd.', en: 'The composition has been agreed with the partners.' },
      inForceOn: '2026-10-16', documentType: 'appointment',
    }));
    code = created.code;
    const approved = json(await inject('POST', `/api/decisions/${code}/approve`, steering, { version: created.version }));
    expect((await inject('POST', `/api/decisions/${code}/publish`, steering, { version: approved.version })).statusCode).toBe(200);
    const minutes = json(await inject('POST', `/api/meetings/${mid}/publications`, team, { kind: 'minutes' }));
    expect((await inject('POST', `/api/publications/${minutes.id}/approve`, steering, { digest: minutes.digest })).statusCode).toBe(200);
    expect((await inject('POST', `/api/publications/${minutes.id}/publish`, steering, { digest: minutes.digest })).statusCode).toBe(200);
    // The seat of publiq is appointed by the published decision.
    const publiq = seats.find((s) => s.actor.code === 'publiq')!;
    const now = json(await inject('GET', '/api/bodies/stuurgroep', team)).members.find((s: SeatRow) => s.id === publiq.id);
    expect((await inject('PUT', `/api/bodies/stuurgroep/members/${publiq.id}`, team, {
      version: now.version, role: now.role, personName: publiq.personName, startsOn: '2026-01-01', endsOn: '2027-12-31', status: 'effective', appointedByDecision: code,
    })).statusCode).toBe(200);
    // After publication the live record changes: the published minutes must not follow.
    m = json(await inject('GET', `/api/meetings/${mid}`, team));
    expect((await inject('PUT', `/api/meetings/${mid}`, team, {
      version: m.version, startsAt: '2026-10-15T14:00:00+02:00', place: 'Brussel', chair: seat('dcjm'), status: 'held',
      startedAt: '2026-10-15T14:02:00+02:00', endedAt: '2026-10-15T16:30:00+02:00', secretary: seat('cultuurconnect'),
    })).statusCode).toBe(200);

    // A planned meeting without any of these facts: counts only, a draft decision without motivation.
    let p = json(await inject('POST', '/api/bodies/stuurgroep/meetings', team, { startsAt: '2026-12-03T14:00:00+01:00', place: 'Gent' }));
    plain = p.id;
    p = json(await inject('POST', `/api/meetings/${plain}/agenda-items`, team, { version: p.version, title: { nl: 'Begroting', en: 'Budget' } }));
    p = json(await inject('PUT', `/api/meetings/${plain}/agenda-items/${p.agendaItems[0].id}/treatment`, team, { version: p.version, outcome: 'approved', votesFor: 8, votesAgainst: 1, abstentions: 2 }));
    draftCode = json(await inject('POST', `/api/meetings/${plain}/agenda-items/${p.agendaItems[0].id}/decisions`, team, { title: { nl: 'Begroting', en: 'Budget' } })).code;
  }, 120_000);
  afterAll(async () => { await t?.close(); });

  const votersRow = (vote: string, count: number, names: string) => `<tr><th scope="row">${vote}</th><td>${count}</td><td>${names}</td></tr>`;

  it('the published minutes show the start, end, secretary and who voted how as frozen, in Dutch and English', async () => {
    for (const [lang, words] of [
      ['nl', { started: 'Begonnen', secretary: 'Secretaris', caption: 'Wie hoe stemde over: Werkplan 2027', against: 'Tegen', abstain: 'Onthouding', added: 'Soort agendapunt: ingelast', planned: 'Soort agendapunt: gepland' }],
      ['en', { started: 'Started', secretary: 'Secretary', caption: 'Who voted how on: Werkplan 2027', against: 'Against', abstain: 'Abstained', added: 'Type of agenda item: added', planned: 'Type of agenda item: planned' }],
    ] as const) {
      // The version page and the meeting page a visitor sees both read the frozen minutes.
      for (const url of [`/meetings/${mid}/publications/minutes/1`, `/meetings/${mid}`]) {
        const html = await page(url, lang);
        expect(html).toContain(`<dt>${words.started}</dt>`);
        expect(html).toContain('<time datetime="2026-10-15T14:02:00+02:00">');
        // Frozen: the end as published (16:00), not as changed afterwards (16:30).
        expect(html).toContain('<time datetime="2026-10-15T16:00:00+02:00">');
        expect(html).not.toContain('2026-10-15T16:30:00+02:00');
        expect(html).toContain(`<dt>${words.secretary}</dt><dd>${name('cultuurconnect')}</dd>`);
        expect(html).toContain(`<caption>${words.caption}</caption>`);
        expect(html).toContain(votersRow(words.against, 1, name('publiq')));
        expect(html).toContain(votersRow(words.abstain, 1, name('faro')));
        expect(html).toContain(words.added);
        expect(html).toContain(words.planned);
        // A treatment recorded without voters ('noted') has no table.
        expect(html.match(/<table class="data-table voters">/g)).toHaveLength(2);
      }
    }
  });

  it('the meeting page of the transition team shows the live record: proceedings, voters and item types', async () => {
    const html = await page(`/meetings/${mid}`, 'nl', team);
    expect(html).toContain('<time datetime="2026-10-15T16:30:00+02:00">');
    expect(html).toContain(`<dt>Secretaris</dt><dd>${name('cultuurconnect')}</dd>`);
    expect(html).toContain('<caption>Wie hoe stemde over: Aanstelling van de leden</caption>');
    expect(html).toContain(votersRow('Tegen', 1, name('publiq')));
    expect(html).toContain('Soort agendapunt: ingelast');
  });

  it('a meeting without these facts shows none of them', async () => {
    const html = await page(`/meetings/${plain}`, 'nl', team);
    expect(html).not.toContain('<dt>Begonnen</dt>');
    expect(html).not.toContain('<dt>Secretaris</dt>');
    expect(html).not.toContain('class="data-table voters"');
    expect(html).toContain('8 voor'); // the counts still show
    expect(html).toContain('Soort agendapunt: gepland');
  });

  it('the decision page shows the motivation, entry into force and kind, and a decision without them does not', async () => {
    for (const [lang, words] of [['nl', ['Motivering', 'Van kracht vanaf', 'Aanstelling', 'De samenstelling is met de partners afgestemd.']], ['en', ['Motivation', 'In force from', 'Appointment', 'The composition has been agreed with the partners.']]] as const) {
      const html = await page(`/decisions/${code}`, lang);
      for (const w of words) expect(html).toContain(w);
      expect(html).toContain('<time datetime="2026-10-16">');
    }
    const bare = await page(`/decisions/${draftCode}`, 'nl', team);
    expect(bare).not.toContain('Motivering');
    expect(bare).not.toContain('Van kracht vanaf');
  });

  it("the members list shows a seat's status and the decision that appointed it, linked", async () => {
    const html = await page('/bodies/stuurgroep', 'nl');
    expect(html).toContain('<th scope="col">Aangesteld door</th>');
    expect(html).toContain(`<a href="/decisions/${code}">${code}</a>`);
    expect(html).toContain('<td>Effectief</td>');
    const en = await page('/bodies/stuurgroep', 'en');
    expect(en).toContain('<th scope="col">Appointed by</th>');
    expect(en).toContain('<td>Effective</td>');
    // The study's proposed seats of another body have neither.
    const board = await page('/bodies/adviesraad', 'nl');
    expect(board).toContain('niet geregistreerd');
    expect(board).toContain('geen besluit geregistreerd');
    expect(board).not.toContain('<td>Effectief</td>');
  });

  it('the agenda item form says which type an item gets or has', async () => {
    expect(await page(`/meetings/${mid}/agenda-items/new`, 'nl', team)).toContain('Dit punt wordt geregistreerd als ingelast');
    expect(await page(`/meetings/${plain}/agenda-items/new`, 'en', team)).toContain('This item is recorded as planned');
    const items = json(await inject('GET', `/api/meetings/${mid}`, team)).agendaItems as Array<{ id: number; type: string }>;
    expect(items.map((i) => i.type)).toEqual(['planned', 'planned', 'added']);
    expect(await page(`/meetings/${mid}/agenda-items/${items[2]!.id}/edit`, 'nl', team)).toContain('Dit punt is ingelast.');
  });
});
