import type { Quad } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../../../test/helpers/app.js';
import { validateShacl } from '../../../../../test/helpers/shacl.js';
import { entityType } from '../../registry.js';
import { createUris } from '../../uris.js';
import { PERSON_GAPS, SHAPE_GAPS, typeOfFocus } from './shape-gaps.js';

type Headers = Record<string, string>;
const B = 'http://data.vlaanderen.be/ns/besluit#';

/**
 * A meeting recorded completely through the API (actual start and end, chair, secretary,
 * attendance, who voted how, a motivated decision in force from a date, members with a term,
 * status, appointing decision and name) and published: its linked data must meet both official
 * profiles. What remains allowed is named: the body's own gaps and the facts about a person the
 * platform never collects. Items put on the agenda before the meeting was held are 'planned', an
 * item added once it was held is 'added' (ingelast).
 */
describe.each(engines)('complete minutes recorded through the API on %s', (engine) => {
  let t: TestApp;
  let team: Headers;
  let steering: Headers;
  const uris = createUris('https://transitieruimte.example');
  beforeAll(async () => {
    t = await testApp({ engine });
    team = await t.as('transition_team');
    steering = await t.as('steering_committee');
  });
  afterAll(async () => { await t?.close(); });

  const inject = (method: string, url: string, headers: Headers, payload?: unknown) =>
    t.app.inject({ method: method as 'GET', url, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });

  async function describeAll(ids: Record<string, string[]>): Promise<Quad[]> {
    const quads: Quad[] = [];
    for (const [type, list] of Object.entries(ids)) quads.push(...await entityType(type)!.describe(t.database.db, list, uris));
    return quads;
  }

  it('records, refuses what is incomplete or inconsistent, publishes, and validates against besluit-publicatie and mandatendatabank', async () => {
    const body = json(await inject('GET', '/api/bodies/stuurgroep', team));
    const members: Array<{ id: number; actor: { code: string }; version: number; role: string }> = body.members;
    const id = (actor: string) => members.find((m) => m.actor.code === actor)!.id;
    // Every seat gets a term, a status and the name of who holds it.
    for (const m of members) {
      const res = await inject('PUT', `/api/bodies/stuurgroep/members/${m.id}`, team, {
        version: m.version, role: m.role, personName: `Vertegenwoordiger ${m.actor.code}`, startsOn: '2026-01-01', endsOn: '2027-12-31', status: 'effective',
      });
      expect(res.statusCode).toBe(200);
    }

    let meeting = json(await inject('POST', '/api/bodies/stuurgroep/meetings', team, { startsAt: '2026-10-15T14:00:00+02:00', place: 'Brussel', chair: id('dcjm') }));
    const mid = meeting.id as number;
    for (const title of ['Aanstelling van de leden van de stuurgroep', 'Werkplan 2027']) {
      meeting = json(await inject('POST', `/api/meetings/${mid}/agenda-items`, team, { version: meeting.version, title: { nl: title, en: title } }));
    }
    const [appointItem, planItem] = meeting.agendaItems as Array<{ id: number }>;
    const present = members.filter((m) => m.actor.code !== 'vaf').map((m) => m.id);
    meeting = json(await inject('PUT', `/api/meetings/${mid}/attendance`, team, { version: meeting.version, present }));
    // Minutes prepared now are incomplete: approving them is refused with what is missing.
    const early = json(await inject('POST', `/api/meetings/${mid}/publications`, team, { kind: 'minutes' }));
    const refused = await inject('POST', `/api/publications/${early.id}/approve`, steering, { digest: early.digest });
    expect(refused.statusCode).toBe(409);
    expect(json(refused).code).toBe('GOVERNANCE_INCOMPLETE');
    expect(json(refused).missing).toEqual([
      { fact: 'held' }, { fact: 'startedAt' }, { fact: 'endedAt' }, { fact: 'secretary' }, { fact: 'treatment', item: 1 }, { fact: 'treatment', item: 2 },
    ]);
    expect(json(refused).detail).toContain('startedAt');

    // Proceedings: the end must follow the start, the secretary must be present.
    const held = { version: meeting.version, startsAt: '2026-10-15T14:00:00+02:00', place: 'Brussel', chair: id('dcjm'), status: 'held' };
    const backwards = await inject('PUT', `/api/meetings/${mid}`, team, { ...held, startedAt: '2026-10-15T16:00:00+02:00', endedAt: '2026-10-15T15:00:00+02:00', secretary: id('cultuurconnect') });
    expect(backwards.statusCode).toBe(400);
    expect(json(backwards).errors.map((e: { field: string }) => e.field)).toEqual(['endedAt']);
    const absent = await inject('PUT', `/api/meetings/${mid}`, team, { ...held, startedAt: '2026-10-15T14:02:00+02:00', endedAt: '2026-10-15T16:00:00+02:00', secretary: id('vaf') });
    expect(absent.statusCode).toBe(400);
    expect(json(absent).errors[0].field).toBe('secretary');
    meeting = json(await inject('PUT', `/api/meetings/${mid}`, team, { ...held, startedAt: '2026-10-15T14:02:00+02:00', endedAt: '2026-10-15T16:00:00+02:00', secretary: id('cultuurconnect') }));
    expect(meeting).toMatchObject({ status: 'held', startedAt: '2026-10-15T14:02:00+02:00', endedAt: '2026-10-15T16:00:00+02:00', secretary: id('cultuurconnect') });
    const stale = await inject('PUT', `/api/meetings/${mid}`, team, { ...held, version: meeting.version - 1 });
    expect(stale.statusCode).toBe(409);
    expect(json(stale).code).toBe('MEETING_STALE');
    // The secretary cannot be made absent afterwards.
    const dropSecretary = await inject('PUT', `/api/meetings/${mid}/attendance`, team, { version: meeting.version, present: present.filter((p) => p !== id('cultuurconnect')) });
    expect(dropSecretary.statusCode).toBe(400);

    // Votes: voters must be present, counts must agree with the lists.
    const notPresent = await inject('PUT', `/api/meetings/${mid}/agenda-items/${appointItem!.id}/treatment`, team,
      { version: meeting.version, outcome: 'approved', voters: { for: [id('vaf')] } });
    expect(json(notPresent).errors[0].field).toBe('voters.for.0');
    const mismatch = await inject('PUT', `/api/meetings/${mid}/agenda-items/${appointItem!.id}/treatment`, team,
      { version: meeting.version, outcome: 'approved', votesFor: 3, voters: { for: present } });
    expect(mismatch.statusCode).toBe(400);
    expect(json(mismatch).errors[0].field).toBe('votesFor');
    meeting = json(await inject('PUT', `/api/meetings/${mid}/agenda-items/${appointItem!.id}/treatment`, team,
      { version: meeting.version, outcome: 'approved', voters: { for: present } }));
    const [against, abstainer, ...rest] = present;
    meeting = json(await inject('PUT', `/api/meetings/${mid}/agenda-items/${planItem!.id}/treatment`, team,
      { version: meeting.version, outcome: 'approved', voters: { for: rest, against: [against], abstain: [abstainer] } }));
    expect(meeting.agendaItems[1].treatment).toMatchObject({ votesFor: rest.length, votesAgainst: 1, abstentions: 1, voters: { against: [against], abstain: [abstainer] } });

    // An item added once the meeting is held is 'added' (ingelast); the others were planned.
    meeting = json(await inject('POST', `/api/meetings/${mid}/agenda-items`, team, { version: meeting.version, title: { nl: 'Rondvraag', en: 'Any other business' } }));
    expect(meeting.agendaItems.map((i: { type: string }) => i.type)).toEqual(['planned', 'planned', 'added']);
    meeting = json(await inject('PUT', `/api/meetings/${mid}/agenda-items/${meeting.agendaItems[2].id}/treatment`, team, { version: meeting.version, outcome: 'noted' }));

    // A decision without motivation, entry into force and kind cannot be approved.
    const created = await inject('POST', `/api/meetings/${mid}/agenda-items/${appointItem!.id}/decisions`, team, { title: { nl: 'De stuurgroep stelt haar leden aan', en: 'The steering committee appoints its members' } });
    expect(created.statusCode).toBe(201);
    const code = json(created).code as string;
    const bare = await inject('POST', `/api/decisions/${code}/approve`, steering, { version: json(created).version });
    expect(bare.statusCode).toBe(409);
    expect(json(bare).missing.map((m: { fact: string }) => m.fact)).toEqual(['motivation', 'inForceOn', 'documentType']);
    const edited = json(await inject('PUT', `/api/decisions/${code}`, team, {
      version: json(created).version, title: { nl: 'De stuurgroep stelt haar leden aan', en: 'The steering committee appoints its members' },
      motivation: { nl: 'De samenstelling die de studie voorstelt, is met de partners afgestemd.', en: 'The composition the study proposes has been agreed with the partners.' },
      inForceOn: '2026-10-15', documentType: 'appointment',
    }));
    expect(edited).toMatchObject({ inForceOn: '2026-10-15', documentType: 'appointment' });
    expect((await inject('POST', `/api/decisions/${code}/approve`, steering, { version: edited.version })).statusCode).toBe(200);

    // Refreshed from the meeting as it is now, the minutes are complete and go out.
    const minutes = json(await inject('PUT', `/api/publications/${early.id}`, team, { digest: early.digest }));
    const approved = await inject('POST', `/api/publications/${minutes.id}/approve`, steering, { digest: minutes.digest });
    expect(approved.statusCode).toBe(200);
    const published = await inject('POST', `/api/publications/${minutes.id}/publish`, steering, { digest: minutes.digest });
    expect(published.statusCode).toBe(200);

    // The members are appointed by the decision, now published.
    for (const m of json(await inject('GET', '/api/bodies/stuurgroep', team)).members as typeof members) {
      const res = await inject('PUT', `/api/bodies/stuurgroep/members/${m.id}`, team, {
        version: m.version, role: m.role, personName: `Vertegenwoordiger ${m.actor.code}`, startsOn: '2026-01-01', endsOn: '2027-12-31', status: 'effective', appointedByDecision: code,
      });
      expect(res.statusCode).toBe(200);
    }

    const quads = await describeAll({
      meeting: [String(mid)], 'agenda-item': [`${mid}-1`, `${mid}-2`, `${mid}-3`], treatment: [`${mid}-1`, `${mid}-2`, `${mid}-3`], decision: [code],
      mandatary: members.map((m) => String(m.id)), body: ['stuurgroep'], mandate: ['stuurgroep~member'],
      'mandate-role': ['member'], 'body-kind': ['steering_committee'], 'decision-type': ['appointment'], 'agenda-item-type': ['planned', 'added'],
    });
    const allowed = [...SHAPE_GAPS['besluit-publicatie'].filter((g) => g.type === 'body'), ...PERSON_GAPS];
    for (const profile of ['besluit-publicatie', 'mandatendatabank'] as const) {
      const outcome = await validateShacl(quads, profile);
      const rest = outcome.violations.filter((v) => {
        const m = /^(\S+) (\S*): /.exec(v);
        return !allowed.some((g) => m && g.type === typeOfFocus(m[1]!) && g.path === m[2]);
      });
      expect(rest, profile).toEqual([]);
      // Every allowed person gap is one that really occurs: the list says what is missing, no more.
      if (profile === 'mandatendatabank') for (const g of PERSON_GAPS) expect(outcome.violations.some((v) => v.includes(`#person ${g.path}:`)), g.path).toBe(true);
      if (profile === 'besluit-publicatie') {
        expect(outcome.targeted).toMatchObject({ [`${B}Zitting`]: 1, [`${B}Agendapunt`]: 3, [`${B}BehandelingVanAgendapunt`]: 3, [`${B}Stemming`]: 2, [`${B}Besluit`]: 1 });
      } else {
        expect(outcome.targeted['http://data.vlaanderen.be/ns/mandaat#Mandataris']).toBe(members.length);
      }
    }
    // What the graph says about the vote is who voted how, matching the counts.
    const vote = `${uris.thing('treatment', `${mid}-2`)}#vote`;
    const objects = (p: string) => quads.filter((q) => q.subject.value === vote && q.predicate.value === `${B}${p}`).map((q) => q.object.value);
    expect(objects('heeftStemmer').length).toBe(present.length);
    expect(objects('heeftTegenstander')).toEqual([uris.thing('mandatary', against!)]);
    expect(objects('aantalVoorstanders')).toEqual([String(rest.length)]);
    // Each agenda item's type is a concept of the platform's code list, as the minutes froze it.
    const typeOf = (n: number) => quads.filter((q) => q.subject.value === uris.thing('agenda-item', `${mid}-${n}`) && q.predicate.value === `${B}Agendapunt.type`).map((q) => q.object.value);
    expect([typeOf(1), typeOf(2), typeOf(3)]).toEqual([[uris.thing('agenda-item-type', 'planned')], [uris.thing('agenda-item-type', 'planned')], [uris.thing('agenda-item-type', 'added')]]);
    const added = quads.filter((q) => q.subject.value === uris.thing('agenda-item-type', 'added'));
    expect(added.filter((q) => q.predicate.value.endsWith('#prefLabel')).map((q) => `${q.object.value}@${(q.object as { language?: string }).language}`).sort()).toEqual(['added@en', 'ingelast@nl']);
  }, 120_000);
});
