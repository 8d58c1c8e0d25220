import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { decisionsBehindAction, findDecision } from './index.js';
import { STUDY_BODIES } from './seed.js';

type Headers = Record<string, string>;
/** What a decision must say before approval: why, from when, what kind. */
const LEGAL = { motivation: { nl: 'Omdat het nodig is.', en: 'Because it is needed.' }, inForceOn: '2026-09-17', documentType: 'policy' } as const;

describe.each(engines)('governance on %s', (engine) => {
  let t: TestApp;
  let team: Headers;
  let steering: Headers;
  let member: Headers;
  beforeAll(async () => {
    t = await testApp({ engine });
    team = await t.as('transition_team');
    steering = await t.as('steering_committee');
    member = await t.as('org_member');
  });
  afterAll(async () => { await t?.close(); });

  const inject = (method: string, url: string, headers: Headers = {}, payload?: unknown) =>
    t.app.inject({ method: method as 'GET', url, headers, ...(payload !== undefined ? { payload: payload as object } : {}) });
  const fields = (res: Awaited<ReturnType<typeof inject>>) => (json(res).errors ?? []).map((e: { field: string }) => e.field);

  /** A meeting of the steering committee with one treated agenda item, ready for a decision. */
  async function treatedItem(title = 'Voorstel') {
    const meeting = json(await inject('POST', '/api/bodies/stuurgroep/meetings', team, { startsAt: '2026-09-17T14:00:00+02:00', place: 'Brussel' }));
    const withItem = json(await inject('POST', `/api/meetings/${meeting.id}/agenda-items`, team, { version: meeting.version, title: { nl: title, en: title } }));
    const item = withItem.agendaItems.at(-1);
    const treated = json(await inject('PUT', `/api/meetings/${meeting.id}/agenda-items/${item.id}/treatment`, team,
      { version: withItem.version, outcome: 'approved', votesFor: 8, votesAgainst: 1, abstentions: 2 }));
    return { meetingId: meeting.id as number, itemId: item.id as number, version: treated.version as number };
  }
  const publicationOf = async (meetingId: number, kind: string, note?: { nl: string; en: string }) =>
    inject('POST', `/api/meetings/${meetingId}/publications`, team, { kind, ...(note ? { note } : {}) });
  const step = (id: number, which: 'approve' | 'publish', digest: string, who = steering) => inject('POST', `/api/publications/${id}/${which}`, who, { digest });

  describe('seed: the bodies the study proposes (R1.3)', () => {
    it('has the steering committee, transition team and advisory board with the proposed members, marked as proposals with their source', async () => {
      for (const expected of STUDY_BODIES) {
        const body = json(await inject('GET', `/api/bodies/${expected.code}`));
        expect(body.kind).toBe(expected.kind);
        expect(body.isProposal).toBe(true);
        expect(body.proposedBy.recommendation).toBe('R1.3');
        expect(body.source).toBe('Deel 3, 2.1 (Aanbeveling 1.3)');
        expect(body.members.map((m: { actor: { code: string } }) => m.actor.code).sort()).toEqual([...expected.members].sort());
        for (const m of body.members) { expect(m.isProposal).toBe(true); expect(m.source).toBe('Deel 3, 2.1 (Aanbeveling 1.3)'); }
      }
      const sg = json(await inject('GET', '/api/bodies/stuurgroep'));
      expect(sg.meetingsPerYear).toBe(4);
      expect(sg.members.map((m: { actor: { code: string } }) => m.actor.code).sort()).toEqual(
        ['aiv', 'cultuurconnect', 'dcjm', 'faro', 'kabinet-cultuur', 'kunstenpunt', 'literatuur-vlaanderen', 'meemoo', 'publiq', 'socius', 'vaf']);
      expect(json(await inject('GET', '/api/bodies/transitieteam')).members.map((m: { actor: { code: string } }) => m.actor.code).sort())
        .toEqual(['aiv', 'cultuurconnect', 'dcjm', 'meemoo']);
      const board = json(await inject('GET', '/api/bodies/adviesraad'));
      expect(board.meetingsPerYear).toBe(1);
      expect(board.members.map((m: { actor: { code: string } }) => m.actor.code).sort()).toEqual(['aiv', 'cultuurconnect', 'dcjm', 'imec', 'meemoo', 'ugent', 'uhasselt', 'vub-smit']);
    });

    it('shows "proposed by the study (R1.3)" with its source on the body page, in both languages', async () => {
      const nl = (await inject('GET', '/bodies/stuurgroep?lang=nl')).body;
      expect(nl).toContain('voorstel studie (R1.3)');
      expect(nl).toContain('Deel 3, 2.1 (Aanbeveling 1.3)');
      expect((await inject('GET', '/bodies/stuurgroep?lang=en')).body).toContain('proposed by the study (R1.3)');
    });

    it('has demo meetings with a decision that established a demo working group', async () => {
      const wg = json(await inject('GET', '/api/bodies/werkgroep-open-cultuurdata-demo'));
      expect(wg.isDemo).toBe(true);
      expect(wg.kind).toBe('working_group');
      expect(wg.endsOn).toBe('2027-12-31');
      expect(wg.mandate.nl).not.toBe('');
      expect(wg.establishedBy.status).toBe('published');
      const decision = json(await inject('GET', `/api/decisions/${wg.establishedBy.code}`));
      expect(decision.isDemo).toBe(true);
      expect(decision.followUp.workingGroups.map((g: { code: string }) => g.code)).toEqual(['werkgroep-open-cultuurdata-demo']);
      const minutes = json(await inject('GET', `/api/meetings/${decision.meeting.id}`)).publications.filter((p: { kind: string }) => p.kind === 'minutes');
      expect(minutes.map((p: { version: number }) => p.version)).toEqual([2, 1]);
    });
  });

  describe('workflow: draft -> approved -> published', () => {
    it('keeps drafts from visitors and organisation members, and shows what the steering committee published', async () => {
      const { meetingId, itemId } = await treatedItem('Actielijn digitale basisinfrastructuur');
      for (const who of [{}, member]) expect((await inject('GET', `/api/meetings/${meetingId}`, who)).statusCode).toBe(404);
      expect((await inject('GET', `/meetings/${meetingId}`)).statusCode).toBe(404);
      expect(json(await inject('GET', `/api/meetings/${meetingId}`, team)).view).toBe('internal');

      const created = await inject('POST', `/api/meetings/${meetingId}/agenda-items/${itemId}/decisions`, team,
        { title: { nl: 'Besluit over de infrastructuur', en: 'Decision on the infrastructure' }, subjects: [{ type: 'instrument', code: 'oslo-cultural-heritage' }], ...LEGAL });
      expect(created.statusCode).toBe(201);
      const decision = json(created);
      expect(decision.code).toMatch(/^stuurgroep-2026-\d{3}$/);
      expect(decision.status).toBe('draft');
      expect(decision.decidedOn).toBe('2026-09-17');
      expect(decision.subjects[0]).toMatchObject({ type: 'instrument', code: 'oslo-cultural-heritage' });
      for (const who of [{}, member]) {
        expect((await inject('GET', `/api/decisions/${decision.code}`, who)).statusCode).toBe(404);
        expect(json(await inject('GET', '/api/decisions?pageSize=100', who)).items.map((d: { code: string }) => d.code)).not.toContain(decision.code);
        expect((await inject('GET', '/api/decisions?status=draft', who)).statusCode).toBe(400);
      }
      expect((await inject('GET', `/decisions/${decision.code}`)).statusCode).toBe(404);
      expect((await inject('GET', '/decisions')).body).not.toContain(decision.code);

      // The transition team prepares; only the steering committee approves and publishes.
      expect((await inject('POST', `/api/decisions/${decision.code}/approve`, team, { version: decision.version })).statusCode).toBe(403);
      expect((await inject('POST', `/api/decisions/${decision.code}/publish`, steering, { version: decision.version })).statusCode).toBe(409);
      const approved = json(await inject('POST', `/api/decisions/${decision.code}/approve`, steering, { version: decision.version }));
      expect(approved.status).toBe('approved');
      expect((await inject('GET', `/api/decisions/${decision.code}`)).statusCode).toBe(404);
      const edit = await inject('PUT', `/api/decisions/${decision.code}`, team, { version: approved.version, title: { nl: 'Anders', en: 'Other' } });
      expect(edit.statusCode).toBe(409);
      expect(json(edit).code).toBe('DECISION_LOCKED');

      // The agenda: frozen as a draft, approved, published; visitors see it only then.
      const agenda = json(await publicationOf(meetingId, 'agenda'));
      expect(agenda).toMatchObject({ version: 1, status: 'draft', correctionOf: null });
      expect((await step(agenda.id, 'approve', agenda.digest, team)).statusCode).toBe(403);
      expect((await step(agenda.id, 'publish', agenda.digest)).statusCode).toBe(409);
      expect(json(await step(agenda.id, 'approve', agenda.digest)).status).toBe('approved');
      expect((await inject('GET', `/api/meetings/${meetingId}`)).statusCode).toBe(404);
      expect(json(await step(agenda.id, 'publish', agenda.digest)).status).toBe('published');
      const seen = json(await inject('GET', `/api/meetings/${meetingId}`));
      expect(seen.view).toBe('published');
      expect(seen.agendaItems).toBeUndefined();
      expect(seen.publications.map((p: { kind: string }) => p.kind)).toEqual(['agenda']);
      expect(seen.publications[0].content.agenda[0].title.nl).toBe('Actielijn digitale basisinfrastructuur');
      expect((await inject('GET', `/meetings/${meetingId}`)).body).toContain('Actielijn digitale basisinfrastructuur');

      // Publishing the decision list publishes the approved decision in it.
      const list = json(await publicationOf(meetingId, 'decision_list'));
      expect(list.content.decisions.map((d: { code: string }) => d.code)).toEqual([decision.code]);
      await step(list.id, 'approve', list.digest);
      await step(list.id, 'publish', list.digest);
      const published = json(await inject('GET', `/api/decisions/${decision.code}`));
      expect(published.status).toBe('published');
      expect(published.publishedAt).not.toBeNull();
      expect((await inject('GET', `/decisions/${decision.code}`, member)).statusCode).toBe(200);
      const history = json(await inject('GET', `/api/decisions/${decision.code}/history`, steering));
      expect(history.map((h: { action: string }) => h.action)).toEqual(['update', 'update', 'create']);
      expect(history[0].after.status).toBe('published');
    });

    it('never edits a published version: a correction becomes version 2, with its own approval and publication', async () => {
      const { meetingId, itemId, version } = await treatedItem('Eerste titel');
      const v1 = json(await publicationOf(meetingId, 'agenda'));
      await step(v1.id, 'approve', v1.digest);
      await step(v1.id, 'publish', v1.digest);

      const refresh = await inject('PUT', `/api/publications/${v1.id}`, team, { digest: v1.digest });
      expect(refresh.statusCode).toBe(409);
      expect(json(refresh).code).toBe('PUBLICATION_PUBLISHED');
      expect((await step(v1.id, 'approve', v1.digest)).statusCode).toBe(409);

      await inject('PUT', `/api/meetings/${meetingId}/agenda-items/${itemId}`, team, { version, title: { nl: 'Verbeterde titel', en: 'Corrected title' } });
      const noNote = await publicationOf(meetingId, 'agenda');
      expect(noNote.statusCode).toBe(400);
      expect(fields(noNote)).toEqual(['note']);
      const v2 = json(await publicationOf(meetingId, 'agenda', { nl: 'Titel van punt 1 verbeterd', en: 'Title of item 1 corrected' }));
      expect(v2).toMatchObject({ version: 2, status: 'draft', correctionOf: v1.id });
      expect(v2.content.agenda[0].title.nl).toBe('Verbeterde titel');
      expect(json(await inject('GET', `/api/meetings/${meetingId}/publications/agenda/1`)).content.agenda[0].title.nl).toBe('Eerste titel');
      expect((await inject('GET', `/api/meetings/${meetingId}/publications/agenda/2`)).statusCode).toBe(404);
      expect((await publicationOf(meetingId, 'agenda', { nl: 'nog een', en: 'another' })).statusCode).toBe(409);

      await step(v2.id, 'approve', v2.digest);
      await step(v2.id, 'publish', v2.digest);
      const seen = json(await inject('GET', `/api/meetings/${meetingId}`));
      expect(seen.publications.map((p: { version: number }) => p.version)).toEqual([2, 1]);
      const page = (await inject('GET', `/meetings/${meetingId}`)).body;
      expect(page).toContain('Verbeterde titel');
      expect(page).toContain('Titel van punt 1 verbeterd');
      expect(page).toContain(`/meetings/${meetingId}/publications/agenda/1`);
      expect((await inject('GET', `/meetings/${meetingId}/publications/agenda/1`)).body).toContain('Eerste titel');
    });

    it('refuses to approve content that changed after it was opened', async () => {
      const { meetingId, itemId, version } = await treatedItem('Punt');
      const draft = json(await publicationOf(meetingId, 'agenda'));
      await inject('PUT', `/api/meetings/${meetingId}/agenda-items/${itemId}`, team, { version, title: { nl: 'Punt, herschreven', en: 'Item, rewritten' } });
      const refreshed = json(await inject('PUT', `/api/publications/${draft.id}`, team, { digest: draft.digest }));
      expect(refreshed.digest).not.toBe(draft.digest);
      const stale = await step(draft.id, 'approve', draft.digest);
      expect(stale.statusCode).toBe(409);
      expect(json(stale)).toMatchObject({ code: 'PUBLICATION_STALE', currentDigest: refreshed.digest });
      expect((await step(draft.id, 'approve', refreshed.digest)).statusCode).toBe(200);
    });

    it('keeps closed treatments closed in what it publishes', async () => {
      const meeting = json(await inject('POST', '/api/bodies/stuurgroep/meetings', team, { startsAt: '2026-10-01T10:00:00+02:00' }));
      const m = json(await inject('POST', `/api/meetings/${meeting.id}/agenda-items`, team,
        { version: meeting.version, title: { nl: 'Besloten punt', en: 'Closed item' }, description: { nl: 'Geheim', en: 'Secret' }, isPublic: false }));
      await inject('PUT', `/api/meetings/${meeting.id}/agenda-items/${m.agendaItems[0].id}/treatment`, team,
        { version: m.version, isPublic: false, outcome: 'approved', votesFor: 3, notes: { nl: 'Vertrouwelijk', en: 'Confidential' } });
      const minutes = json(await publicationOf(meeting.id, 'minutes'));
      expect(minutes.content.items[0].treatment).toMatchObject({ isPublic: false, votesFor: null, notes: null });
      const agenda = json(await publicationOf(meeting.id, 'agenda'));
      expect(agenda.content.agenda[0]).toMatchObject({ title: { nl: 'Besloten punt' }, description: null });
    });
  });

  describe('what a decision is about', () => {
    it('names an unknown action line, a call, a plan without id and a duplicate, and writes nothing', async () => {
      const { meetingId, itemId } = await treatedItem();
      const before = json(await inject('GET', '/api/decisions?pageSize=100', team)).total;
      const res = await inject('POST', `/api/meetings/${meetingId}/agenda-items/${itemId}/decisions`, team, {
        title: { nl: 'x', en: 'x' },
        subjects: [
          { type: 'action_line', code: 'no-such-line' }, { type: 'call', code: 'open-call' }, { type: 'plan', code: 'p' },
          { type: 'instrument', code: 'self-assessment-tool' }, { type: 'instrument', code: 'self-assessment-tool' }, { type: 'kpi', id: 999999 }, { type: 'body' },
        ],
      });
      expect(res.statusCode).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(fields(res)).toEqual(['subjects.0.code', 'subjects.1.type', 'subjects.2.code', 'subjects.4', 'subjects.5.id', 'subjects.6']);
      expect(json(res).detail).toContain('action line no-such-line does not exist');
      expect(json(res).detail).toContain('calls do not exist yet');
      expect(json(res).detail).toContain('KPI 999999 does not exist');
      expect(json(await inject('GET', '/api/decisions?pageSize=100', team)).total).toBe(before);
    });

    it('accepts rows that exist in their own tables, and shows what followed from the decision', async () => {
      const db = t.database.db;
      const line = await db.insertInto('action_lines').values({ code: 'gov-test-line', title_nl: 'Testlijn', title_en: 'Test line' }).returning('id').executeTakeFirstOrThrow();
      const plan = await db.insertInto('plans').values({ action_line_id: line.id, kind: 'annual', year_from: 2027, year_to: 2027 }).returning('id').executeTakeFirstOrThrow();
      const action = await db.insertInto('actions').values({ plan_id: plan.id, code: 'gov-test-action', title_nl: 'Testactie', title_en: 'Test action' }).returning('id').executeTakeFirstOrThrow();
      const { meetingId, itemId } = await treatedItem();
      const res = await inject('POST', `/api/meetings/${meetingId}/agenda-items/${itemId}/decisions`, team, {
        title: { nl: 'Jaarplan 2027 vastgesteld', en: 'Annual plan 2027 adopted' },
        subjects: [{ type: 'action_line', code: 'gov-test-line' }, { type: 'plan', id: plan.id }, { type: 'action', code: 'gov-test-action' }, { type: 'body', code: 'adviesraad' }],
      });
      expect(res.statusCode).toBe(201);
      const d = json(res);
      expect(d.subjects.map((s: { type: string }) => s.type).sort()).toEqual(['action', 'action_line', 'body', 'plan']);
      await db.updateTable('plans').set({ adopted_by_decision_id: d.id, status: 'adopted' }).where('id', '=', plan.id).execute();
      await db.insertInto('plan_baselines').values({ plan_id: plan.id, version: 1, content: '{}', decision_id: d.id, reason: 'herijking' }).execute();
      await db.insertInto('action_decisions').values({ action_id: action.id, decision_id: d.id }).execute();
      const full = json(await inject('GET', `/api/decisions/${d.code}`, team));
      expect(full.followUp.actions.map((a: { code: string }) => a.code)).toEqual(['gov-test-action']);
      expect(full.followUp.plans.map((p: { id: number }) => p.id)).toEqual([plan.id]);
      expect(full.followUp.baselines[0]).toMatchObject({ planId: plan.id, version: 1, reason: 'herijking' });
      const page = (await inject('GET', `/decisions/${d.code}`, team)).body;
      expect(page).toContain('gov-test-action');
      expect(page).toContain('Testlijn');

      expect(await decisionsBehindAction(db, action.id)).toEqual([{ id: d.id, code: d.code, title: d.title, status: 'draft' }]);
      expect(await decisionsBehindAction(db, action.id, { publishedOnly: true })).toEqual([]);
      expect(await findDecision(db, d.id)).toMatchObject({ code: d.code, status: 'draft', body: { code: 'stuurgroep' } });
      expect(await findDecision(db, 987654)).toBeUndefined();
    });
  });

  describe('bodies and working groups', () => {
    it('establishes a working group only by an approved steering committee decision, with a mandate and an end date', async () => {
      const missing = await inject('POST', '/api/bodies', team, { code: 'werkgroep-x', kind: 'working_group', name: { nl: 'X', en: 'X' } });
      expect(missing.statusCode).toBe(400);
      expect(fields(missing)).toEqual(['establishedByDecision', 'endsOn', 'mandate.nl', 'mandate.en']);
      const { meetingId, itemId } = await treatedItem();
      const draft = json(await inject('POST', `/api/meetings/${meetingId}/agenda-items/${itemId}/decisions`, team, { title: { nl: 'Werkgroep', en: 'Working group' }, ...LEGAL }));
      const body = {
        code: 'werkgroep-x', kind: 'working_group', name: { nl: 'Werkgroep X', en: 'Working group X' }, mandate: { nl: 'Doe X', en: 'Do X' },
        establishedByDecision: draft.code, startsOn: '2026-10-01', endsOn: '2026-09-01',
      };
      const early = await inject('POST', '/api/bodies', team, body);
      expect(early.statusCode).toBe(400);
      expect(fields(early)).toEqual(['endsOn', 'establishedByDecision']);
      await inject('POST', `/api/decisions/${draft.code}/approve`, steering, { version: draft.version });
      expect((await inject('POST', '/api/bodies', steering, { ...body, endsOn: '2027-06-30' })).statusCode).toBe(403);
      const made = await inject('POST', '/api/bodies', team, { ...body, endsOn: '2027-06-30' });
      expect(made.statusCode).toBe(201);
      expect(json(made)).toMatchObject({ parentBody: { code: 'stuurgroep' }, establishedBy: { code: draft.code }, isProposal: false });
      expect(json(await inject('POST', '/api/bodies', team, { ...body, endsOn: '2027-06-30' })).code).toBe('BODY_CODE_TAKEN');
      expect(json(await inject('GET', `/api/decisions/${draft.code}`, team)).followUp.workingGroups[0].code).toBe('werkgroep-x');
      // Visitors do not learn the code of a decision that is not published.
      expect(json(await inject('GET', '/api/bodies/werkgroep-x')).establishedBy).toBeNull();
    });

    it('seats members and confirms a proposed one when it is edited, with a stale edit refused', async () => {
      const added = await inject('POST', '/api/bodies/adviesraad/members', team, { actor: 'europeana', role: 'observer', personName: 'A. Expert' });
      expect(added.statusCode).toBe(201);
      expect((await inject('POST', '/api/bodies/adviesraad/members', team, { actor: 'nobody', role: 'boss' })).statusCode).toBe(400);
      const bad = await inject('POST', '/api/bodies/adviesraad/members', team, { actor: 'nobody', role: 'member', startsOn: '2027-01-01', endsOn: '2026-01-01' });
      expect(fields(bad)).toEqual(['actor', 'endsOn']);
      const imec = json(await inject('GET', '/api/bodies/adviesraad')).members.find((m: { actor: { code: string } }) => m.actor.code === 'imec');
      const ok = await inject('PUT', `/api/bodies/adviesraad/members/${imec.id}`, team, { version: imec.version, role: 'chair' });
      expect(json(ok)).toMatchObject({ role: 'chair', isProposal: false, version: imec.version + 1 });
      const stale = await inject('PUT', `/api/bodies/adviesraad/members/${imec.id}`, team, { version: imec.version, role: 'member' });
      expect(stale.statusCode).toBe(409);
      expect(json(stale)).toMatchObject({ code: 'MEMBER_STALE', currentVersion: imec.version + 1 });
      expect((await inject('PUT', `/api/bodies/stuurgroep/members/${imec.id}`, team, { version: 2, role: 'member' })).statusCode).toBe(404);
    });
  });

  describe('refusals: 400 names every field, 404 for unknown ids, 409 for stale versions, never a 500', () => {
    it('answers 404 for what does not exist', async () => {
      for (const url of ['/api/bodies/nope', '/api/meetings/999999', '/api/decisions/nope', '/api/meetings/1/publications/agenda/99', '/bodies/nope', '/meetings/999999', '/decisions/nope']) {
        expect((await inject('GET', url, team)).statusCode, url).toBe(404);
      }
      expect((await inject('POST', '/api/meetings/999999/agenda-items', team, { version: 1, title: { nl: 'a', en: 'a' } })).statusCode).toBe(404);
      expect((await inject('PUT', '/api/meetings/1/agenda-items/999999/treatment', team, { version: 1, outcome: 'noted' })).statusCode).toBe(404);
      expect((await inject('POST', '/api/publications/999999/approve', steering, { digest: 'x' })).statusCode).toBe(404);
      expect((await inject('POST', '/api/bodies/nope/meetings', team, { startsAt: '2026-09-17T14:00:00+02:00' })).statusCode).toBe(404);
    });

    it('answers 400 naming every field, also in the URL and query, and for text a database cannot hold', async () => {
      const res = await inject('POST', '/api/bodies/stuurgroep/meetings', team, { startsAt: 'next week', place: 5, chair: 'x', extra: true });
      expect(res.statusCode).toBe(400);
      expect(fields(res)).toEqual(expect.arrayContaining(['body.startsAt', 'body.chair', 'body.extra']));
      const chair = await inject('POST', '/api/bodies/stuurgroep/meetings', team, { startsAt: '1850-01-01T10:00:00Z', chair: 999999 });
      expect(fields(chair)).toEqual(['startsAt', 'chair']);
      expect((await inject('GET', '/api/meetings/abc')).statusCode).toBe(400);
      expect((await inject('GET', '/api/meetings/99999999999')).statusCode).toBe(400);
      expect((await inject('GET', '/api/decisions?body=nope')).statusCode).toBe(400);
      const nul = await inject('POST', '/api/bodies/stuurgroep/meetings', team, { startsAt: '2026-09-17T14:00:00+02:00', place: 'a\u0000b' });
      expect(nul.statusCode).toBe(400);
      expect(fields(nul)).toEqual(['body.place']);
      expect((await inject('GET', '/bodies/%00')).statusCode).toBe(400);
      const treatment = await inject('PUT', '/api/meetings/1/agenda-items/1/treatment', team, { version: 1, outcome: 'maybe', votesFor: -1 });
      expect(fields(treatment)).toEqual(expect.arrayContaining(['body.outcome', 'body.votesFor']));
    });

    it('answers 409 on a stale meeting version and writes nothing', async () => {
      const { meetingId, version } = await treatedItem();
      const first = await inject('POST', `/api/meetings/${meetingId}/agenda-items`, team, { version, title: { nl: 'Eerste', en: 'First' } });
      expect(first.statusCode).toBe(201);
      const second = await inject('POST', `/api/meetings/${meetingId}/agenda-items`, team, { version, title: { nl: 'Tweede', en: 'Second' } });
      expect(second.statusCode).toBe(409);
      expect(json(second)).toMatchObject({ code: 'MEETING_STALE', currentVersion: version + 1 });
      const titles = json(await inject('GET', `/api/meetings/${meetingId}`, team)).agendaItems.map((i: { title: { nl: string } }) => i.title.nl);
      expect(titles).toEqual(['Voorstel', 'Eerste']);
      const history = json(await inject('GET', `/api/meetings/${meetingId}/history`, team));
      expect(history).toHaveLength(4);
      expect((await inject('GET', `/api/meetings/${meetingId}/history`, member)).statusCode).toBe(403);
    });

    it('moves agenda items and keeps positions unique', async () => {
      const { meetingId, version } = await treatedItem('A');
      let m = json(await inject('POST', `/api/meetings/${meetingId}/agenda-items`, team, { version, title: { nl: 'B', en: 'B' } }));
      m = json(await inject('POST', `/api/meetings/${meetingId}/agenda-items`, team, { version: m.version, title: { nl: 'C', en: 'C' }, position: 1 }));
      expect(m.agendaItems.map((i: { title: { nl: string } }) => i.title.nl)).toEqual(['C', 'A', 'B']);
      const b = m.agendaItems[2];
      m = json(await inject('PUT', `/api/meetings/${meetingId}/agenda-items/${b.id}`, team, { version: m.version, title: b.title, position: 2 }));
      expect(m.agendaItems.map((i: { title: { nl: string }; position: number }) => `${i.position}${i.title.nl}`)).toEqual(['1C', '2B', '3A']);
    });

    it('refuses a decision before the treatment is recorded', async () => {
      const meeting = json(await inject('POST', '/api/bodies/stuurgroep/meetings', team, { startsAt: '2026-11-05T14:00:00+01:00' }));
      const m = json(await inject('POST', `/api/meetings/${meeting.id}/agenda-items`, team, { version: meeting.version, title: { nl: 'Onbehandeld', en: 'Untreated' } }));
      const res = await inject('POST', `/api/meetings/${meeting.id}/agenda-items/${m.agendaItems[0].id}/decisions`, team, { title: { nl: 'x', en: 'x' } });
      expect(res.statusCode).toBe(409);
      expect(json(res).code).toBe('TREATMENT_MISSING');
    });

    it('refuses writes to visitors (401) and to roles without the permission (403)', async () => {
      const url = '/api/bodies/stuurgroep/meetings';
      const payload = { startsAt: '2026-09-17T14:00:00+02:00' };
      expect((await inject('POST', url, {}, payload)).statusCode).toBe(401);
      for (const who of [member, steering]) expect((await inject('POST', url, who, payload)).statusCode).toBe(403);
      expect((await inject('GET', '/bodies/stuurgroep/meetings/new')).statusCode).toBe(401);
    });
  });

  describe('form pages', () => {
    const csrf = (headers: Headers) => headers['x-csrf-token']!;
    const form = (headers: Headers, url: string, fieldsIn: Record<string, string>) => t.app.inject({
      method: 'POST', url, headers: { cookie: headers.cookie!, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ _csrf: csrf(headers), ...fieldsIn }).toString(),
    });

    it('plans a meeting from the form in Brussels time and redirects to it', async () => {
      const res = await form(team, '/bodies/stuurgroep/meetings', { startsAt: '2026-07-02T10:30', place: 'Gent', chair: '' });
      expect(res.statusCode).toBe(303);
      const id = Number(/\/meetings\/(\d+)/.exec(res.headers.location as string)![1]);
      expect(json(await inject('GET', `/api/meetings/${id}`, team)).startsAt).toBe('2026-07-02T10:30:00+02:00');
      expect((await inject('GET', res.headers.location as string, team)).body).toContain('De vergadering is gepland.');
    });

    it('shows the input back with every error named', async () => {
      const res = await form(team, '/bodies/stuurgroep/meetings', { startsAt: '2026-02-30T10:00', place: 'Mijn plek' });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('id="error-summary"');
      expect(res.body).toContain('href="#f-startsAt"');
      expect(res.body).toContain('value="Mijn plek"');
    });

    it('shows a stale edit as a conflict, with the user input kept', async () => {
      const { meetingId, itemId, version } = await treatedItem();
      await inject('PUT', `/api/meetings/${meetingId}/agenda-items/${itemId}/treatment`, team, { version, outcome: 'noted' });
      const res = await form(team, `/meetings/${meetingId}/agenda-items/${itemId}/treatment`, { version: String(version), outcome: 'rejected', notes_nl: 'Mijn notitie' });
      expect(res.statusCode).toBe(409);
      expect(res.body).toContain('id="stale-notice"');
      expect(res.body).toContain('Mijn notitie');
      expect(res.body).toContain(`name="version" value="${version + 1}"`);
    });

    it('names the subject row that points at nothing', async () => {
      const { meetingId, itemId } = await treatedItem();
      const res = await form(team, `/meetings/${meetingId}/agenda-items/${itemId}/decisions`, {
        title_nl: 'Besluit', title_en: 'Decision', subject_type_0: '', subject_ref_0: '', subject_type_1: 'action_line', subject_ref_1: 'geen-lijn',
      });
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('href="#f-subject_ref_0"');
      expect(res.body).toContain('value="geen-lijn"');
    });

    it('refuses a form without the CSRF token', async () => {
      const res = await t.app.inject({ method: 'POST', url: '/bodies/stuurgroep/meetings', headers: { cookie: team.cookie!, 'content-type': 'application/x-www-form-urlencoded' }, payload: 'startsAt=2026-07-02T10%3A30' });
      expect(res.statusCode).toBe(403);
    });
  });
});

describe('governance without demo data', () => {
  let t: TestApp;
  beforeAll(async () => { t = await testApp({ demo: false }); });
  afterAll(async () => { await t?.close(); });

  it('has only the bodies the study proposes, and no meetings or decisions', async () => {
    expect(json(await t.app.inject('/api/bodies')).map((b: { code: string }) => b.code)).toEqual(['stuurgroep', 'transitieteam', 'adviesraad']);
    expect(json(await t.app.inject('/api/decisions')).total).toBe(0);
    expect(json(await t.app.inject('/api/bodies/stuurgroep')).meetings).toEqual([]);
  });
});
