import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';

type Headers = Record<string, string>;
let seq = 0;
const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}${++seq}`;
const encode = (data: Record<string, string>) => new URLSearchParams(data).toString();

const profileForm = (name: string, extra: Record<string, string> = {}) => ({
  name, subsector: 'libraries_cultural_centres', staffClass: '20-49', budgetClass: '1m-5m', province: 'west-vlaanderen', municipality: 'Brugge',
  legalForm: 'public', fundingFramework: 'lokaal_cultuurbeleid', website: '', mission: 'Lezen voor iedereen.', ...extra,
});

const sessionOf = (res: LightMyRequestResponse): Headers => ({ cookie: `tr_session=${res.cookies.find((c) => c.name === 'tr_session')!.value}` });

describe.each(engines)('organisations pages on %s', (engine) => {
  let t: TestApp;
  let team: Headers;

  const page = (url: string, headers: Headers = {}) => t.app.inject({ url, headers });
  const submit = (url: string, headers: Headers, data: Record<string, string>) =>
    t.app.inject({ method: 'POST', url, headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, payload: encode(data) });
  const idOf = (location: string | undefined) => Number(/\/organisations\/(\d+)/.exec(location ?? '')?.[1]);

  /** A fresh org_member who owns a fresh organisation, made through the form. */
  const ownerWithOrganisation = async (extra: Record<string, string> = {}) => {
    const owner = await t.as('org_member');
    const res = await submit('/organisations', owner, profileForm(unique('Bibliotheek'), extra));
    expect(res.statusCode, res.body).toBe(303);
    return { owner, id: idOf(res.headers.location as string) };
  };

  /** Every page: one h1, the reader's language, no inline script or style, no message key showing. */
  const wellFormed = (res: LightMyRequestResponse, lang = 'nl') => {
    expect(res.body).toContain(`<html lang="${lang}">`);
    expect(res.body.match(/<h1[ >]/g)).toHaveLength(1);
    expect(res.body).not.toMatch(/ style=|<script>/);
    expect(res.body).not.toMatch(/>[^<]*\b(orgs|validation|error|subsector)\.[a-zA-Z_.]+[^<]*</);
  };

  beforeAll(async () => {
    t = await testApp({ engine });
    team = await t.as('transition_team');
  });
  afterAll(async () => { await t?.close(); });

  it('tells visitors what the platform offers and links to registration and login', async () => {
    for (const lang of ['nl', 'en']) {
      const res = await page(`/organisations?lang=${lang}`);
      expect(res.statusCode).toBe(200);
      wellFormed(res, lang);
      expect(res.body).toContain('href="/register"');
      expect(res.body).toContain('href="/login?return=%2Forganisations"');
    }
    expect((await page('/organisations/1')).statusCode).toBe(401);
  });

  it('registers a newcomer through the form: refused input comes back with every error, then the owner lands on the organisation', async () => {
    const email = `form-${Date.now()}@example.org`;
    const name = unique('Cultuurhuis');
    const form = {
      displayName: 'Mira Claes', email, password: 'een lange geheime zin', passwordConfirm: 'een andere zin hier', position: 'director',
      ...profileForm(name, { province: '', website: 'geen-url' }), shareWithTeam: 'yes',
    };
    const refused = await submit('/register', {}, form);
    expect(refused.statusCode).toBe(400);
    wellFormed(refused);
    expect(refused.body).toContain('id="error-summary"');
    for (const field of ['province', 'website', 'passwordConfirm']) expect(refused.body).toContain(`href="#f-${field}"`);
    expect(refused.body).toContain('is niet hetzelfde als het wachtwoord');
    expect(refused.body).toContain(`value="${name}"`);
    expect(refused.body).toContain(`value="${email}"`);
    expect(refused.body).not.toContain('een lange geheime zin');
    expect(refused.body).toMatch(/id="f-shareWithTeam"[^>]*checked/);
    expect(await t.database.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()).toBeUndefined();

    const ok = await submit('/register', {}, { ...form, passwordConfirm: form.password, province: 'limburg', website: 'https://cultuurhuis.example' });
    expect(ok.statusCode, ok.body).toBe(303);
    expect(ok.headers.location).toMatch(/^\/organisations\/\d+\?saved=registered$/);
    const home = await page(ok.headers.location as string, sessionOf(ok));
    expect(home.statusCode).toBe(200);
    wellFormed(home);
    expect(home.body).toContain('data-draft-saved="organisation:register"');
    expect(home.body).toContain(name);
    const id = idOf(ok.headers.location as string);
    for (const link of ['assessments', 'benchmark', 'plan', 'coaches', 'members', 'edit']) expect(home.body).toContain(`href="/organisations/${id}/${link}"`);
    const list = await page('/organisations', sessionOf(ok));
    expect(list.body).toContain(`href="/organisations/${id}"`);
    expect(list.body).toContain('href="/organisations/new"');
    // Logged in, /register leads to registering another organisation.
    expect((await page('/register', sessionOf(ok))).headers.location).toBe('/organisations/new');

    const again = await submit('/register', {}, { ...form, email: `other-${email}`, passwordConfirm: form.password, province: 'limburg', website: '', name: name.toUpperCase() });
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('Er is al een organisatie met deze naam geregistreerd');
    expect(again.body).toContain('href="#f-name"');
  });

  it('shows the team every organisation with its consent, in words, and only the basics of one that does not share', async () => {
    const { id } = await ownerWithOrganisation();
    const list = await page('/organisations?province=west-vlaanderen', team);
    expect(list.statusCode).toBe(200);
    wellFormed(list);
    expect(list.body).toContain(`href="/organisations/${id}"`);
    expect(list.body).toContain('<th scope="col">Deelt resultaten</th>');
    const basic = await page(`/organisations/${id}`, team);
    expect(basic.statusCode).toBe(200);
    wellFormed(basic);
    expect(basic.body).toContain('deelt haar resultaten niet met het transitieteam');
    expect(basic.body).not.toContain('Lezen voor iedereen.');
    expect(basic.body).not.toContain(`/organisations/${id}/benchmark`);
    expect((await page(`/organisations/${id}`, await t.as('org_member'))).statusCode).toBe(404);
  });

  it('edits the profile: a stale save keeps the input and continues from the current version; members do not see consent switches', async () => {
    const { owner, id } = await ownerWithOrganisation();
    const edit = await page(`/organisations/${id}/edit`, owner);
    expect(edit.statusCode).toBe(200);
    wellFormed(edit);
    expect(edit.body).toContain(`data-draft="organisation:${id}"`);
    expect(edit.body).toContain('name="shareWithTeam"');
    expect(edit.body).toContain('<legend>Wat deelt je organisatie?</legend>');
    const name = json(await t.app.inject({ url: `/api/organisations/${id}`, headers: owner })).name;

    const saved = await submit(`/organisations/${id}/edit`, owner, { ...profileForm(name, { municipality: 'Oostende' }), version: '1', contactable: 'yes' });
    expect(saved.statusCode, saved.body).toBe(303);
    expect(saved.headers.location).toBe(`/organisations/${id}?saved=updated`);
    const stale = await submit(`/organisations/${id}/edit`, owner, { ...profileForm(name, { municipality: 'Knokke' }), version: '1' });
    expect(stale.statusCode).toBe(409);
    wellFormed(stale);
    expect(stale.body).toContain('id="stale-notice"');
    expect(stale.body).toContain('value="Knokke"');
    expect(stale.body).toContain('name="version" value="2"');

    const member = await t.as('org_member');
    const email = json(await t.app.inject({ url: '/api/me', headers: member })).user.email;
    expect((await submit(`/organisations/${id}/members`, owner, { email, role: 'member', position: 'staff' })).headers.location).toBe(`/organisations/${id}/members?saved=added`);
    const memberEdit = await page(`/organisations/${id}/edit`, member);
    expect(memberEdit.body).not.toContain('name="shareWithTeam"');
    expect(memberEdit.body).toContain('kan alleen een eigenaar wijzigen');
    // A member's posted consent is ignored, not applied.
    const posted = await submit(`/organisations/${id}/edit`, member, { ...profileForm(name), version: '2', shareWithTeam: 'yes' });
    expect(posted.statusCode).toBe(303);
    expect(json(await t.app.inject({ url: `/api/organisations/${id}`, headers: owner })).shareWithTeam).toBe(false);
    const blank = await submit(`/organisations/${id}/edit`, member, { ...profileForm('  '), version: '3' });
    expect(blank.statusCode).toBe(400);
    expect(blank.body).toContain('href="#f-name"');
  });

  it('invites by link shown once; the invitee creates an account on the invitation page and lands on the organisation', async () => {
    const { owner, id } = await ownerWithOrganisation();
    const members = await page(`/organisations/${id}/members`, owner);
    expect(members.statusCode).toBe(200);
    wellFormed(members);
    expect(members.body).toContain('<legend>Rol <span class="required">(verplicht)</span></legend>');

    const bad = await submit(`/organisations/${id}/members`, owner, { email: 'geen adres', role: 'member', position: '' });
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('value="geen adres"');
    expect(bad.body).toContain('href="#f-email"');

    const email = `uitgenodigd-${Date.now()}@example.org`;
    const invited = await submit(`/organisations/${id}/members`, owner, { email, role: 'member', position: 'staff' });
    expect(invited.statusCode).toBe(201);
    wellFormed(invited);
    expect(invited.body).toContain('stuur deze link zelf door');
    const link = /id="invitation-link" type="text" readonly value="([^"]+)"/.exec(invited.body)![1]!;
    const path = new URL(link).pathname;
    expect((await page(`/organisations/${id}/members`, owner)).body).not.toContain(path);

    const invitation = await page(path);
    expect(invitation.statusCode).toBe(200);
    wellFormed(invitation);
    expect(invitation.body).toContain(email);
    const mismatch = await submit(path, {}, { displayName: 'Nieuwe collega', password: 'een lange geheime zin', passwordConfirm: 'anders' });
    expect(mismatch.statusCode).toBe(400);
    expect(mismatch.body).toContain('value="Nieuwe collega"');
    const joined = await submit(path, {}, { displayName: 'Nieuwe collega', password: 'een lange geheime zin', passwordConfirm: 'een lange geheime zin' });
    expect(joined.statusCode, joined.body).toBe(303);
    expect(joined.headers.location).toBe(`/organisations/${id}?saved=joined`);
    const home = await page(joined.headers.location as string, sessionOf(joined));
    expect(home.body).toContain('Je bent lid van de organisatie.');
    const used = await page(path);
    expect(used.statusCode).toBe(410);
    wellFormed(used);
    expect(used.body).toContain('al aanvaard');
    expect((await page('/invitations/abcdefghijklmnopqrstuvwxyz0123456789')).statusCode).toBe(404);
  });

  it('withdraws an invitation and explains the last-owner rule on the members page', async () => {
    const { owner, id } = await ownerWithOrganisation();
    const email = `weg-${Date.now()}@example.org`;
    const invited = await submit(`/organisations/${id}/members`, owner, { email, role: 'respondent', position: '' });
    const path = new URL(/id="invitation-link" type="text" readonly value="([^"]+)"/.exec(invited.body)![1]!).pathname;
    const row = await t.database.db.selectFrom('organisation_invitations').select('id').where('email', '=', email).executeTakeFirstOrThrow();
    const withdrawn = await submit(`/organisations/${id}/invitations/${row.id}/withdraw`, owner, {});
    expect(withdrawn.headers.location).toBe(`/organisations/${id}/members?saved=withdrawn`);
    const gone = await page(path);
    expect(gone.statusCode).toBe(410);
    expect(gone.body).toContain('ingetrokken');

    const ownerId = json(await t.app.inject({ url: '/api/me', headers: owner })).user.id;
    const demote = await submit(`/organisations/${id}/members/${ownerId}`, owner, { role: 'member', position: '' });
    expect(demote.statusCode).toBe(409);
    wellFormed(demote);
    expect(demote.body).toContain('minstens één eigenaar');
    const remove = await submit(`/organisations/${id}/members/${ownerId}/remove`, owner, {});
    expect(remove.statusCode).toBe(409);
    const changed = await submit(`/organisations/${id}/members/${ownerId}`, owner, { role: 'owner', position: 'director' });
    expect(changed.headers.location).toBe(`/organisations/${id}/members?saved=changed`);
  });

  it('renders every page of the module in Dutch and English', async () => {
    const { owner, id } = await ownerWithOrganisation();
    const invited = await submit(`/organisations/${id}/members`, owner, { email: `en-${Date.now()}@example.org`, role: 'member', position: '' });
    const invitation = new URL(/id="invitation-link" type="text" readonly value="([^"]+)"/.exec(invited.body)![1]!).pathname;
    const pages: Array<[string, Headers]> = [
      ['/organisations', {}], ['/organisations', owner], ['/organisations', team], ['/register', {}], ['/organisations/new', owner],
      [`/organisations/${id}`, owner], [`/organisations/${id}`, team], [`/organisations/${id}/edit`, owner], [`/organisations/${id}/members`, owner],
      [invitation, {}], [invitation, owner],
    ];
    for (const [url, headers] of pages) {
      for (const lang of ['nl', 'en']) {
        const res = await page(`${url}?lang=${lang}`, headers);
        expect(res.statusCode, url).toBe(200);
        wellFormed(res, lang);
      }
    }
    expect((await page('/organisations/new')).statusCode).toBe(401);
    expect((await page(`/organisations/${id}/edit`, team)).statusCode).toBe(403);
    expect((await page(`/organisations/${id}/members`, team)).statusCode).toBe(403);
  });
});
