import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { addMember, createModel, createOrganisation, inviteCoach, userIdOf, type FixtureModel } from './testing/fixtures.js';

type Headers = Record<string, string>;

describe.each(engines)('assessment pages on %s', (engine) => {
  let t: TestApp;
  let model: FixtureModel;
  let org: number;
  let owner: Headers;
  let respondent: Headers;
  let coach: Headers;

  const page = (url: string, headers: Headers = {}) => t.app.inject({ method: 'GET', url, headers });
  const form = (url: string, headers: Headers, fields: Record<string, string>) => t.app.inject({
    method: 'POST', url, headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(fields).toString(),
  });
  const startFull = async () => {
    const res = await form(`/organisations/${org}/assessments`, owner, { kind: 'full' });
    expect(res.statusCode).toBe(303);
    return Number(/\/assessments\/(\d+)\?saved=started/.exec(res.headers.location as string)![1]);
  };

  beforeAll(async () => {
    t = await testApp({ engine, demo: false });
    const db = t.database.db;
    model = await createModel(db);
    org = await createOrganisation(db, 'Cultuurcentrum Test');
    [owner, respondent, coach] = await Promise.all([t.as('org_member'), t.as('org_member'), t.as('org_member')]);
    await addMember(db, org, await userIdOf(db, owner), 'owner', 'directeur');
    await addMember(db, org, await userIdOf(db, respondent), 'respondent');
    await inviteCoach(db, org, await userIdOf(db, coach), await userIdOf(db, owner));
  });
  afterAll(async () => { await t?.close(); });

  it('shows the start page with the privacy statement, consent and start buttons for owners only', async () => {
    const asOwner = await page(`/organisations/${org}/assessments`, owner);
    expect(asOwner.statusCode).toBe(200);
    expect(asOwner.body).toContain('Wie ziet wat');
    expect(asOwner.body).toContain('geen toestemming');
    expect(asOwner.body).toContain(`href="/organisations/${org}/edit"`);
    expect(asOwner.body).toContain('groepen van minder dan 5');
    expect(asOwner.body).toContain('Snelle scan starten');
    expect(asOwner.body).toContain('4 kernvragen');
    expect(asOwner.body).toContain('Alle 8 vragen');
    const asRespondent = await page(`/organisations/${org}/assessments`, respondent);
    expect(asRespondent.body).not.toContain('Snelle scan starten');
    expect(asRespondent.body).toContain('een eigenaar of lid van de organisatie start ze');
    expect((await form(`/organisations/${org}/assessments`, respondent, { kind: 'quick' })).statusCode).toBe(403);
    const en = await page(`/organisations/${org}/assessments?lang=en`, owner);
    expect(en.body).toContain('Who sees what');
    expect(en.body).toContain('Start the full assessment');
    expect((await page(`/organisations/${org}/assessments`)).statusCode).toBe(401);
  });

  it('saves a dimension page without JavaScript, and shows refused input again with the reasons', async () => {
    const id = await startFull();
    const overview = await page(`/assessments/${id}`, respondent);
    expect(overview.statusCode).toBe(200);
    expect(overview.body).toContain('0 van 8 vragen beantwoord');
    expect(overview.body).toContain(`/assessments/${id}/dimensions/audience`);
    // The first visit made the respondent one of the assessment's respondents.
    const row = await t.database.db.selectFrom('assessment_respondents').select('user_id').where('assessment_id', '=', id).execute();
    expect(row).toEqual([{ user_id: await userIdOf(t.database.db, respondent) }]);

    const dim = await page(`/assessments/${id}/dimensions/audience`, respondent);
    expect(dim.statusCode).toBe(200);
    expect(dim.body).toMatch(/<fieldset[^>]*>\s*<legend>Waar staan we nu\?/);
    expect(dim.body).toContain('Niet van toepassing');
    expect(dim.body).toContain('Beschrijving van niveau 3');
    expect(dim.body).not.toContain('type="range"');
    const { A1, A2, A3 } = model.q as Record<string, number>;
    const bad = await form(`/assessments/${id}/dimensions/audience`, respondent, {
      [`current-${A1}`]: '2', [`target-${A1}`]: '3', [`note-${A1}`]: 'Onze nota', [`evidence-${A1}`]: 'geen-link',
      [`target-${A2}`]: '4', [`current-${A3}`]: 'na', [`version-${A1}`]: '0',
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('id="error-summary"');
    expect(bad.body).toContain(`href="#f-evidence-${A1}"`);
    expect(bad.body).toContain(`href="#f-current-${A2}-0"`);
    expect(bad.body).toContain('moet een volledig webadres zijn');
    expect(bad.body).toContain('value="geen-link"');
    expect(bad.body).toContain('Onze nota');
    expect(bad.body).toMatch(new RegExp(`id="f-current-${A1}-2"[^>]*checked`));
    expect(await t.database.db.selectFrom('assessment_answers').select('question_id').where('assessment_id', '=', id).execute()).toEqual([]);

    const ok = await form(`/assessments/${id}/dimensions/audience`, respondent, {
      [`current-${A1}`]: '2', [`target-${A1}`]: '3', [`note-${A1}`]: 'Onze nota', [`evidence-${A1}`]: 'https://example.org/nota', [`current-${A3}`]: 'na', next: 'data',
    });
    expect(ok.statusCode).toBe(303);
    expect(ok.headers.location).toBe(`/assessments/${id}/dimensions/data?saved=saved`);
    const saved = await page(`/assessments/${id}/dimensions/audience`, respondent);
    expect(saved.body).toContain('2 van 3 vragen beantwoord');
    expect(saved.body).toMatch(new RegExp(`id="f-current-${A3}-na"[^>]*checked`));
    expect(saved.body).toContain('https://example.org/nota');

    // The same page sent again is no change; an older version with other content is a conflict that keeps the input.
    const same = await form(`/assessments/${id}/dimensions/audience`, respondent, { [`current-${A1}`]: '2', [`target-${A1}`]: '3', [`note-${A1}`]: 'Onze nota', [`evidence-${A1}`]: 'https://example.org/nota', [`current-${A3}`]: 'na', [`version-${A1}`]: '1', [`version-${A3}`]: '1' });
    expect(same.statusCode).toBe(303);
    await t.app.inject({ method: 'PUT', url: `/api/assessments/${id}/answers/${A1}`, headers: respondent, payload: { version: 1, currentLevel: 4 } });
    const stale = await form(`/assessments/${id}/dimensions/audience`, respondent, { [`current-${A1}`]: '1', [`version-${A1}`]: '1', [`current-${A3}`]: 'na', [`version-${A3}`]: '1' });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('id="stale-notice"');
    expect(stale.body).toMatch(new RegExp(`id="f-current-${A1}-1"[^>]*checked`));
    expect(stale.body).toContain(`name="version-${A1}" value="2"`);
    const overwrite = await form(`/assessments/${id}/dimensions/audience`, respondent, { [`current-${A1}`]: '1', [`version-${A1}`]: '2', [`current-${A3}`]: 'na', [`version-${A3}`]: '1' });
    expect(overwrite.statusCode).toBe(303);
  });

  it('finishes, refuses an early submit with a readable message, submits and shows the results, CSV and PDF', async () => {
    const id = await startFull();
    const early = await form(`/assessments/${id}/submit`, owner, {});
    expect(early.statusCode).toBe(409);
    expect(early.body).toContain('Nog niemand heeft zijn deel als klaar gemarkeerd');
    const { A1, A2, I1, D2 } = model.q as Record<string, number>;
    await form(`/assessments/${id}/dimensions/audience`, respondent, { [`current-${A1}`]: '1', [`target-${A1}`]: '2', [`current-${A2}`]: '1' });
    await form(`/assessments/${id}/dimensions/infrastructure`, respondent, { [`current-${I1}`]: '4' });
    await form(`/assessments/${id}/dimensions/audience`, owner, { [`current-${A1}`]: '4', [`current-${A2}`]: '4', [`target-${A2}`]: '5' });
    await form(`/assessments/${id}/dimensions/data`, owner, { [`current-${D2}`]: '3' });
    expect((await form(`/assessments/${id}/finish`, respondent, {})).headers.location).toBe(`/assessments/${id}?saved=finished`);
    const locked = await page(`/assessments/${id}/dimensions/audience`, respondent);
    expect(locked.body).toContain('Heropen het in het overzicht');
    expect(locked.body).toMatch(/<fieldset[^>]*disabled/);
    expect((await form(`/assessments/${id}/finish`, owner, {})).statusCode).toBe(303);
    expect((await form(`/assessments/${id}/submit`, respondent, {})).statusCode).toBe(403);
    const done = await form(`/assessments/${id}/submit`, owner, {});
    expect(done.statusCode).toBe(303);
    expect(done.headers.location).toBe(`/assessments/${id}/results`);

    const results = await page(`/assessments/${id}/results`, owner);
    expect(results.statusCode).toBe(200);
    expect(results.body).toContain('<svg');
    expect(results.body).not.toMatch(/<svg[\s\S]*style="/);
    expect(results.body).toContain('<caption>Niveau, doel en spreiding per dimensie</caption>');
    expect(results.body).toMatch(/Publiek<\/a><\/th><td>1 · Verkennend<\/td>/);
    expect(results.body).toContain('Nee: respondenten liggen 2 of meer niveaus uiteen');
    expect(results.body).toContain('Niveau per respondent in Publiek');
    expect(results.body).toContain('audience niveau 2 betekent');
    expect(results.body).toContain('Stap 1 naar audience 2');
    expect(results.body).toContain(`href="/organisations/${org}/benchmark"`);
    expect(results.body).toContain(`href="/organisations/${org}/plan"`);
    expect(results.body).toContain('de lagere van de twee middelste');
    const asCoach = await page(`/assessments/${id}/results?lang=en`, coach);
    expect(asCoach.statusCode).toBe(200);
    expect(asCoach.body).toContain('Level, target and spread per dimension');
    expect(asCoach.body).not.toContain('Level per respondent in');
    expect(asCoach.body).toContain('Discuss together');
    expect((await page(`/assessments/${id}`, coach)).statusCode).toBe(403);

    const csv = await page(`/assessments/${id}/results.csv`, owner);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = csv.body.trim().split('\r\n');
    expect(lines[0]).toBe('dimension,name_nl,name_en,level,level_name_nl,level_name_en,target_level,min_level,max_level,respondents,disagreement');
    expect(lines[1]).toBe('audience,Publiek,Audience,1,Verkennend,Exploring,2,1,4,2,true');
    expect(lines[2]).toBe('data,Data,Data,3,Vastgelegd,Defined,,3,3,1,false');
    const pdf = await page(`/assessments/${id}/results.pdf?lang=en`, owner);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    // After submitting, the answer pages are read-only and a form save is refused.
    const late = await form(`/assessments/${id}/dimensions/audience`, owner, { [`current-${A1}`]: '0', [`version-${A1}`]: '1' });
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain('de antwoorden liggen vast');
    const list = json(await t.app.inject({ method: 'GET', url: `/api/organisations/${org}/assessments`, headers: owner }));
    expect(list.items.find((i: any) => i.id === id)).toMatchObject({ status: 'submitted', links: { results: `/assessments/${id}/results` } });
  });

  it('answers 409 with a page for the results of an open assessment, 404 for an unknown one', async () => {
    const id = await startFull();
    const open = await page(`/assessments/${id}/results`, owner);
    expect(open.statusCode).toBe(409);
    expect(open.body).toContain('nog niet ingediend');
    expect((await page('/assessments/999999', owner)).statusCode).toBe(404);
    expect((await page(`/assessments/${id}/dimensions/nope`, owner)).statusCode).toBe(404);
  });
});
