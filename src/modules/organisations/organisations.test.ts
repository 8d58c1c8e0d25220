import { createHash } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';

type Headers = Record<string, string>;
let seq = 0;
const unique = (prefix: string) => `${prefix} ${Date.now().toString(36)}${++seq}`;

const profile = (name: string, extra: Record<string, unknown> = {}) => ({
  name, subsector: 'heritage', staffClass: '5-19', budgetClass: '250k-1m', province: 'limburg', municipality: 'Hasselt',
  legalForm: 'vzw', fundingFramework: 'erfgoeddecreet', website: 'https://example.org', mission: 'Erfgoed ontsluiten.', ...extra,
});

/** The session cookie a response set, as request headers for the reads that follow. */
const sessionOf = (res: LightMyRequestResponse): Headers => {
  const cookie = res.cookies.find((c) => c.name === 'tr_session');
  if (!cookie) throw new Error('no session cookie');
  return { cookie: `tr_session=${cookie.value}` };
};
const fields = (res: LightMyRequestResponse) => (json(res).errors ?? []).map((e: { field: string }) => e.field);

describe.each(engines)('organisations API on %s', (engine) => {
  let t: TestApp;
  let team: Headers;

  const get = (url: string, headers: Headers = {}) => t.app.inject({ url, headers });
  const send = (method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, headers: Headers, payload?: object) =>
    t.app.inject({ method, url, headers, ...(payload ? { payload } : {}) });
  const count = async (table: 'users' | 'organisations' | 'organisation_members' | 'organisation_invitations') =>
    Number((await t.database.db.selectFrom(table).select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n);
  const emailOf = async (headers: Headers) => json(await get('/api/me', headers)).user.email as string;
  const userIdOf = async (headers: Headers) => json(await get('/api/me', headers)).user.id as number;

  /** A fresh org_member who owns a fresh organisation. */
  const ownerWithOrganisation = async (extra: Record<string, unknown> = {}) => {
    const owner = await t.as('org_member');
    const res = await send('POST', '/api/organisations', owner, profile(unique('Museum'), extra));
    expect(res.statusCode, res.body).toBe(201);
    return { owner, id: json(res).id as number, version: json(res).version as number };
  };

  beforeAll(async () => {
    t = await testApp({ engine });
    team = await t.as('transition_team');
  });
  afterAll(async () => { await t?.close(); });

  // --- registration ---------------------------------------------------------------------------
  it('registers account, organisation and owner membership at once, and logs the account in', async () => {
    const email = `${unique('new').replace(/\s/g, '-')}@example.org`;
    const name = unique('Kunstencentrum');
    const res = await send('POST', '/api/register', {}, {
      displayName: 'An Peeters', email, password: 'een lange geheime zin', position: 'director', ...profile(name, { shareWithTeam: true }),
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = json(res);
    expect(body.user).toMatchObject({ email, displayName: 'An Peeters', role: 'org_member' });
    expect(body.organisation).toMatchObject({ name, view: 'member', myRole: 'owner', shareWithTeam: true, contactable: false, version: 1 });
    expect(res.headers.location).toBe(`/api/organisations/${body.organisation.id}`);
    const user = await t.database.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
    expect(user.password_hash).toMatch(/^scrypt\$/);
    expect(user.password_hash).not.toContain('een lange geheime zin');
    const member = await t.database.db.selectFrom('organisation_members').selectAll().where('organisation_id', '=', body.organisation.id).execute();
    expect(member).toEqual([expect.objectContaining({ user_id: user.id, role: 'owner', position: 'director' })]);
    const audits = await t.database.db.selectFrom('audit_log').select(['entity_type', 'action'])
      .where((eb) => eb.or([eb('entity_id', '=', String(body.organisation.id)), eb('entity_id', '=', `${body.organisation.id}:${user.id}`), eb('entity_id', '=', String(user.id))]))
      .where('entity_type', 'in', ['organisation', 'organisation_member', 'user']).execute();
    expect(audits).toEqual(expect.arrayContaining([
      { entity_type: 'user', action: 'create' }, { entity_type: 'organisation', action: 'create' }, { entity_type: 'organisation_member', action: 'create' },
    ]));
    // The new session works right away.
    const mine = json(await get('/api/organisations', sessionOf(res)));
    expect(mine.items).toEqual([expect.objectContaining({ id: body.organisation.id, name, myRole: 'owner' })]);
  });

  it('writes nothing when a field is refused, and names every refused field', async () => {
    const before = await Promise.all([count('users'), count('organisations'), count('organisation_members')]);
    const res = await send('POST', '/api/register', {}, {
      displayName: 'Jan', email: 'not-an-address', password: 'short', ...profile(unique('Atelier'), { province: 'gelderland', website: 'ftp://x' }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(json(res).code).toBe('VALIDATION_FAILED');
    expect(fields(res)).toEqual(expect.arrayContaining(['body.email', 'body.password', 'body.province', 'body.website']));
    expect(await Promise.all([count('users'), count('organisations'), count('organisation_members')])).toEqual(before);
  });

  it('refuses a taken organisation name (any case) and a taken e-mail address, naming the fields, and creates no account', async () => {
    const { id } = await ownerWithOrganisation();
    const taken = json(await get(`/api/organisations/${id}`, team)).name as string;
    const existing = await emailOf(await t.as('org_member'));
    const before = await count('users');
    const email = `fresh-${Date.now()}@example.org`;

    const name = await send('POST', '/api/register', {}, { displayName: 'X', email, password: 'een lange geheime zin', ...profile(`  ${taken.toUpperCase()} `) });
    expect(name.statusCode).toBe(409);
    expect(json(name)).toMatchObject({ code: 'ORGS_NAME_TAKEN', errors: [{ field: 'name' }] });
    expect(await count('users')).toBe(before);

    const mail = await send('POST', '/api/register', {}, { displayName: 'X', email: existing.toUpperCase(), password: 'een lange geheime zin', ...profile(unique('Vrij')) });
    expect(mail.statusCode).toBe(409);
    expect(json(mail)).toMatchObject({ code: 'ORGS_EMAIL_TAKEN', errors: [{ field: 'email' }] });

    const both = await send('POST', '/api/register', {}, { displayName: 'X', email: existing, password: 'een lange geheime zin', ...profile(taken.toLowerCase()) });
    expect(both.statusCode).toBe(409);
    expect(fields(both).sort()).toEqual(['email', 'name']);
    expect(await count('users')).toBe(before);
  });

  it('asks a logged-in account to register further organisations without a new account', async () => {
    const member = await t.as('org_member');
    const res = await send('POST', '/api/register', member, { displayName: 'X', email: 'x@example.org', password: 'een lange geheime zin', ...profile(unique('Dubbel')) });
    expect(res.statusCode).toBe(409);
    expect(json(res).code).toBe('ORGS_LOGGED_IN');
    const created = await send('POST', '/api/organisations', member, profile(unique('Tweede')));
    expect(created.statusCode).toBe(201);
    expect(json(created).myRole).toBe('owner');
    expect((await send('POST', '/api/organisations', {}, profile(unique('Anoniem')))).statusCode).toBe(401);
  });

  // --- profile --------------------------------------------------------------------------------
  it('edits the profile with optimistic locking: a stale version is 409 and writes nothing', async () => {
    const { owner, id } = await ownerWithOrganisation();
    const name = unique('Hernoemd');
    const ok = await send('PUT', `/api/organisations/${id}`, owner, { version: 1, ...profile(name, { website: null, mission: '  Nieuw.  ' }) });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(json(ok)).toMatchObject({ name, website: null, mission: 'Nieuw.', version: 2 });
    const stale = await send('PUT', `/api/organisations/${id}`, owner, { version: 1, ...profile(unique('Te laat')) });
    expect(stale.statusCode).toBe(409);
    expect(json(stale)).toMatchObject({ code: 'ORGS_STALE', currentVersion: 2 });
    expect(json(await get(`/api/organisations/${id}`, owner)).name).toBe(name);
    const audit = await t.database.db.selectFrom('audit_log').select(['before', 'after']).where('entity_type', '=', 'organisation')
      .where('entity_id', '=', String(id)).where('action', '=', 'update').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.after).toMatchObject({ name, version: 2 });
  });

  it('lets only owners change consent; a member\'s edit keeps it', async () => {
    const { owner, id } = await ownerWithOrganisation({ shareWithTeam: true });
    const member = await t.as('org_member');
    expect((await send('POST', `/api/organisations/${id}/members`, owner, { email: await emailOf(member), role: 'member' })).statusCode).toBe(201);
    const current = json(await get(`/api/organisations/${id}`, member));
    const refused = await send('PUT', `/api/organisations/${id}`, member, { version: current.version, ...profile(current.name, { shareWithTeam: false }) });
    expect(refused.statusCode).toBe(403);
    expect(json(refused).code).toBe('ORGS_CONSENT_OWNER_ONLY');
    const kept = await send('PUT', `/api/organisations/${id}`, member, { version: current.version, ...profile(current.name, { municipality: 'Genk' }) });
    expect(kept.statusCode).toBe(200);
    expect(json(kept)).toMatchObject({ municipality: 'Genk', shareWithTeam: true, contactable: false });
    const switched = await send('PUT', `/api/organisations/${id}`, owner, { version: json(kept).version, ...profile(current.name, { shareWithTeam: false, contactable: true }) });
    expect(json(switched)).toMatchObject({ shareWithTeam: false, contactable: true });
    // A respondent only answers: no profile edits.
    const respondent = await t.as('org_member');
    await send('POST', `/api/organisations/${id}/members`, owner, { email: await emailOf(respondent), role: 'respondent' });
    expect((await send('PUT', `/api/organisations/${id}`, respondent, { version: json(switched).version, ...profile(current.name) })).statusCode).toBe(403);
  });

  // --- who sees what --------------------------------------------------------------------------
  it('shows members everything, coaches and the consenting team the profile, the team without consent only the basics', async () => {
    const { owner, id } = await ownerWithOrganisation();
    const ownerEmail = await emailOf(owner);

    const asMember = json(await get(`/api/organisations/${id}`, owner));
    expect(asMember).toMatchObject({ view: 'member', myRole: 'owner', municipality: 'Hasselt' });
    expect(asMember.members[0].email).toBe(ownerEmail);
    expect(asMember.links).toEqual({
      members: `/organisations/${id}/members`, assessments: `/organisations/${id}/assessments`, benchmark: `/organisations/${id}/benchmark`,
      plan: `/organisations/${id}/plan`, coaches: `/organisations/${id}/coaches`, edit: `/organisations/${id}/edit`,
    });

    const coach = await t.as('org_member');
    await t.database.db.insertInto('coach_invitations').values({ organisation_id: id, coach_user_id: await userIdOf(coach), invited_by: await userIdOf(owner) }).execute();
    const asCoach = await get(`/api/organisations/${id}`, coach);
    expect(json(asCoach)).toMatchObject({ view: 'coach', myRole: null, municipality: 'Hasselt', links: { benchmark: `/organisations/${id}/benchmark`, plan: `/organisations/${id}/plan` } });
    expect(json(asCoach).links.edit).toBeUndefined();
    expect(asCoach.body).not.toContain(ownerEmail);
    const coachMembers = await get(`/api/organisations/${id}/members`, coach);
    expect(coachMembers.statusCode).toBe(200);
    expect(coachMembers.body).not.toContain(ownerEmail);
    expect(json(coachMembers).invitations).toBeUndefined();
    expect((await send('PUT', `/api/organisations/${id}`, coach, { version: 1, ...profile('Overname') })).statusCode).toBe(403);
    expect((await send('POST', `/api/organisations/${id}/members`, coach, { email: 'x@example.org', role: 'owner' })).statusCode).toBe(403);

    const basic = json(await get(`/api/organisations/${id}`, team));
    expect(basic).toEqual({ id, uri: expect.any(String), name: asMember.name, subsector: 'heritage', province: 'limburg', shareWithTeam: false, isDemo: false, view: 'basic', myRole: null });
    expect((await get(`/api/organisations/${id}/members`, team)).statusCode).toBe(403);

    await send('PUT', `/api/organisations/${id}`, owner, { version: asMember.version, ...profile(asMember.name, { shareWithTeam: true }) });
    const shared = await get(`/api/organisations/${id}`, team);
    expect(json(shared)).toMatchObject({ view: 'shared', municipality: 'Hasselt', links: { benchmark: `/organisations/${id}/benchmark` } });
    expect(shared.body).not.toContain(ownerEmail);
    const admin = json(await get(`/api/organisations/${id}`, await t.as('admin')));
    expect(admin.view).toBe('shared');

    for (const role of ['org_member', 'steering_committee'] as const) {
      const res = await get(`/api/organisations/${id}`, await t.as(role));
      expect(res.statusCode, role).toBe(404);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
    const stranger = await ownerWithOrganisation();
    expect((await get(`/api/organisations/${id}/members`, stranger.owner)).statusCode).toBe(404);
    expect((await send('DELETE', `/api/organisations/${id}/members/${await userIdOf(owner)}`, stranger.owner)).statusCode).toBe(404);
    expect((await get(`/api/organisations/${id}`)).statusCode).toBe(401);
    // A withdrawn coach sees nothing any more.
    await t.database.db.updateTable('coach_invitations').set({ withdrawn_at: new Date() }).where('organisation_id', '=', id).execute();
    expect((await get(`/api/organisations/${id}`, coach)).statusCode).toBe(404);
  });

  it('lists my organisations for an account and every organisation for the team only', async () => {
    const { owner, id } = await ownerWithOrganisation({ shareWithTeam: true, province: 'brussel' });
    const mine = json(await get('/api/organisations', owner));
    expect(mine.items.map((o: { id: number }) => o.id)).toEqual([id]);
    expect((await get('/api/organisations?scope=all', owner)).statusCode).toBe(403);
    expect((await get('/api/organisations')).statusCode).toBe(401);
    const all = json(await get('/api/organisations?scope=all&province=brussel&shares=yes', team));
    expect(all.items).toEqual(expect.arrayContaining([expect.objectContaining({ id, province: 'brussel', shareWithTeam: true })]));
    expect(all.items.every((o: { province: string; shareWithTeam: boolean }) => o.province === 'brussel' && o.shareWithTeam)).toBe(true);
    expect(Object.keys(all.items[0]).sort()).toEqual(['id', 'isDemo', 'name', 'province', 'shareWithTeam', 'subsector', 'uri']);
  });

  it('labels demo organisations as demo in the team list and on their page', async () => {
    const { id } = await t.database.db.insertInto('organisations').values({
      name: unique('Demo: Proefmuseum'), subsector: 'film', staff_class: '0-4', budget_class: 'lt-250k', province: 'antwerpen',
      municipality: 'Lier', legal_form: 'vzw', funding_framework: 'vaf', is_demo: true,
    }).returning('id').executeTakeFirstOrThrow();
    const all = json(await get('/api/organisations?scope=all&subsector=film&q=proefmuseum', team));
    expect(all.items).toEqual([expect.objectContaining({ id, isDemo: true })]);
    const page = await get(`/organisations/${id}`, team);
    expect(page.body).toContain('<span class="badge badge-demo">demo</span>');
  });

  // --- members and invitations ----------------------------------------------------------------
  it('adds an existing account at once and refuses it twice', async () => {
    const { owner, id } = await ownerWithOrganisation();
    const colleague = await t.as('org_member');
    const email = await emailOf(colleague);
    const res = await send('POST', `/api/organisations/${id}/members`, owner, { email: email.toUpperCase(), role: 'member', position: 'staff' });
    expect(res.statusCode, res.body).toBe(201);
    expect(json(res)).toMatchObject({ status: 'added', member: { email, role: 'member', position: 'staff' } });
    expect(json(await get(`/api/organisations/${id}`, colleague)).myRole).toBe('member');
    const again = await send('POST', `/api/organisations/${id}/members`, owner, { email, role: 'owner' });
    expect(again.statusCode).toBe(409);
    expect(json(again)).toMatchObject({ code: 'ORGS_ALREADY_MEMBER', errors: [{ field: 'email' }] });
    // Members may read the list but not change it.
    expect((await get(`/api/organisations/${id}/members`, colleague)).statusCode).toBe(200);
    expect((await send('POST', `/api/organisations/${id}/members`, colleague, { email: 'y@example.org', role: 'member' })).statusCode).toBe(403);
  });

  it('invites a newcomer with a link shown once (only its hash stored), who creates an account and joins', async () => {
    const { owner, id } = await ownerWithOrganisation();
    const email = `invitee-${Date.now()}@example.org`;
    const res = await send('POST', `/api/organisations/${id}/members`, owner, { email, role: 'respondent', position: 'volunteer' });
    expect(res.statusCode, res.body).toBe(201);
    const body = json(res);
    expect(body).toMatchObject({ status: 'invited', invitation: { email, role: 'respondent', status: 'open' } });
    const token = body.invitationLink.split('/invitations/')[1] as string;
    expect(body.invitationLink).toMatch(/^http.*\/invitations\/[A-Za-z0-9_-]{40,}$/);
    const row = await t.database.db.selectFrom('organisation_invitations').selectAll().where('id', '=', body.invitation.id).executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(JSON.stringify(row)).not.toContain(token);
    const days = (row.expires_at.getTime() - row.created_at.getTime()) / 86_400_000;
    expect(days).toBeCloseTo(14, 3);
    // The link is never shown again.
    const listed = await get(`/api/organisations/${id}/members`, owner);
    expect(json(listed).invitations).toEqual([expect.objectContaining({ email, status: 'open' })]);
    expect(listed.body).not.toContain(token);
    expect(listed.body).not.toContain(row.token_hash);

    const info = await get(`/api/invitations/${token}`);
    expect(json(info)).toMatchObject({ email, role: 'respondent', accountExists: false, organisation: { id } });
    const short = await send('POST', `/api/invitations/${token}`, {}, { displayName: 'Nieuw', password: 'kort' });
    expect(short.statusCode).toBe(400);
    expect(fields(short)).toEqual(['body.password']);
    const missing = await send('POST', `/api/invitations/${token}`, {}, {});
    expect(missing.statusCode).toBe(400);
    expect(fields(missing).sort()).toEqual(['displayName', 'password']);

    const accepted = await send('POST', `/api/invitations/${token}`, {}, { displayName: 'Nieuw Lid', password: 'een lange geheime zin' });
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(json(accepted)).toMatchObject({ organisation: { id }, role: 'respondent', accountCreated: true, user: { email, role: 'org_member' } });
    const joined = json(await get(`/api/organisations/${id}`, sessionOf(accepted)));
    expect(joined).toMatchObject({ myRole: 'respondent' });
    expect(joined.members.find((m: { email: string }) => m.email === email).position).toBe('volunteer');
    expect(json(await get(`/api/organisations/${id}/members`, owner)).invitations).toEqual([]);
    const used = await send('POST', `/api/invitations/${token}`, {}, { displayName: 'Nog eens', password: 'een lange geheime zin' });
    expect(used.statusCode).toBe(410);
    expect(json(used).code).toBe('ORGS_INVITATION_USED');
  });

  it('lets the logged-in invited account accept directly, and nobody else', async () => {
    const { owner, id } = await ownerWithOrganisation();
    const invited = await t.as('org_member');
    const email = await emailOf(invited);
    // The account exists, so adding it would be immediate; an invitation made before the account existed is the case here.
    const token = 'A'.repeat(43);
    await t.database.db.insertInto('organisation_invitations').values({
      organisation_id: id, email, role: 'member', token_hash: createHash('sha256').update(token).digest('hex'),
      invited_by: await userIdOf(owner), expires_at: new Date(Date.now() + 86_400_000),
    }).execute();
    expect(json(await get(`/api/invitations/${token}`)).accountExists).toBe(true);
    const anonymous = await send('POST', `/api/invitations/${token}`, {}, { displayName: 'X', password: 'een lange geheime zin' });
    expect(anonymous.statusCode).toBe(401);
    expect(json(anonymous).code).toBe('ORGS_INVITATION_LOGIN');
    const other = await send('POST', `/api/invitations/${token}`, await t.as('org_member'), {});
    expect(other.statusCode).toBe(403);
    expect(json(other).code).toBe('ORGS_INVITATION_OTHER_ACCOUNT');
    // The invited account needs to send nothing.
    const ok = await t.app.inject({ method: 'POST', url: `/api/invitations/${token}`, headers: invited });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(json(ok)).toMatchObject({ accountCreated: false, role: 'member', user: { email } });
    expect(ok.cookies.find((c) => c.name === 'tr_session')).toBeUndefined();
    expect(json(await get(`/api/organisations/${id}`, invited)).myRole).toBe('member');
  });

  it('withdraws an open invitation, refuses a second one to the same address, and lets expired links die', async () => {
    const { owner, id } = await ownerWithOrganisation();
    const email = `later-${Date.now()}@example.org`;
    const first = json(await send('POST', `/api/organisations/${id}/members`, owner, { email, role: 'member' }));
    const again = await send('POST', `/api/organisations/${id}/members`, owner, { email: email.toUpperCase(), role: 'owner' });
    expect(again.statusCode).toBe(409);
    expect(json(again)).toMatchObject({ code: 'ORGS_INVITATION_OPEN', errors: [{ field: 'email' }] });

    expect((await send('DELETE', `/api/organisations/${id}/invitations/${first.invitation.id}`, owner)).statusCode).toBe(204);
    const token1 = first.invitationLink.split('/invitations/')[1];
    const withdrawn = await get(`/api/invitations/${token1}`);
    expect(withdrawn.statusCode).toBe(410);
    expect(json(withdrawn).code).toBe('ORGS_INVITATION_WITHDRAWN');
    expect((await send('DELETE', `/api/organisations/${id}/invitations/${first.invitation.id}`, owner)).statusCode).toBe(404);

    const second = json(await send('POST', `/api/organisations/${id}/members`, owner, { email, role: 'member' }));
    await t.database.db.updateTable('organisation_invitations').set({ expires_at: new Date(Date.now() - 1000) }).where('id', '=', second.invitation.id).execute();
    const token2 = second.invitationLink.split('/invitations/')[1];
    expect(json(await get(`/api/invitations/${token2}`)).code).toBe('ORGS_INVITATION_EXPIRED');
    const late = await send('POST', `/api/invitations/${token2}`, {}, { displayName: 'Te laat', password: 'een lange geheime zin' });
    expect(late.statusCode).toBe(410);
    expect(await t.database.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst()).toBeUndefined();
    expect(json(await get(`/api/organisations/${id}/members`, owner)).invitations).toEqual([expect.objectContaining({ id: second.invitation.id, status: 'expired' })]);
    // A new invitation replaces the expired one.
    const third = await send('POST', `/api/organisations/${id}/members`, owner, { email, role: 'member' });
    expect(third.statusCode).toBe(201);
    expect(json(await get(`/api/organisations/${id}/members`, owner)).invitations.map((i: { id: number }) => i.id)).toEqual([json(third).invitation.id]);
    expect((await get('/api/invitations/not-a-real-token-at-all-xyz')).statusCode).toBe(404);
    const audits = await t.database.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'organisation_invitation')
      .where('entity_id', 'in', [String(first.invitation.id), String(second.invitation.id)]).execute();
    expect(audits.map((a) => a.action).sort()).toEqual(['create', 'create', 'retire', 'retire']);
  });

  it('never leaves an organisation without an owner', async () => {
    const { owner, id } = await ownerWithOrganisation();
    const ownerId = await userIdOf(owner);
    const demote = await send('PATCH', `/api/organisations/${id}/members/${ownerId}`, owner, { role: 'member' });
    expect(demote.statusCode).toBe(409);
    expect(json(demote).code).toBe('ORGS_LAST_OWNER');
    const remove = await send('DELETE', `/api/organisations/${id}/members/${ownerId}`, owner);
    expect(remove.statusCode).toBe(409);
    expect(json(remove).code).toBe('ORGS_LAST_OWNER');

    const second = await t.as('org_member');
    const secondId = await userIdOf(second);
    await send('POST', `/api/organisations/${id}/members`, owner, { email: await emailOf(second), role: 'member' });
    const promoted = await send('PATCH', `/api/organisations/${id}/members/${secondId}`, owner, { role: 'owner', position: 'board' });
    expect(promoted.statusCode, promoted.body).toBe(200);
    expect(json(promoted)).toMatchObject({ role: 'owner', position: 'board' });
    expect((await send('PATCH', `/api/organisations/${id}/members/${ownerId}`, owner, { role: 'member' })).statusCode).toBe(200);
    // The former owner is a member now: no more member management.
    expect((await send('DELETE', `/api/organisations/${id}/members/${secondId}`, owner)).statusCode).toBe(403);
    expect((await send('DELETE', `/api/organisations/${id}/members/${ownerId}`, second)).statusCode).toBe(204);
    expect((await get(`/api/organisations/${id}`, owner)).statusCode).toBe(404);
    expect((await send('DELETE', `/api/organisations/${id}/members/${secondId}`, second)).statusCode).toBe(409);
    expect((await send('PATCH', `/api/organisations/${id}/members/999999`, second, { role: 'member' })).statusCode).toBe(404);
    const audits = await t.database.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'organisation_member')
      .where('entity_id', '=', `${id}:${ownerId}`).orderBy('id').execute();
    expect(audits.map((a) => a.action)).toEqual(['create', 'update', 'delete']);
  });

  // --- the API's contract ---------------------------------------------------------------------
  it('answers bad input with problem details naming the field, never a 500', async () => {
    const { owner, id } = await ownerWithOrganisation();
    const cases: Array<[LightMyRequestResponse, number, string]> = [
      [await send('POST', `/api/organisations/${id}/members`, owner, { email: 'nope', role: 'boss' }), 400, 'body.email'],
      [await send('PATCH', `/api/organisations/${id}/members/1`, owner, {}), 400, 'body'],
      [await send('PUT', `/api/organisations/${id}`, owner, { version: 1, ...profile('   ') }), 400, 'body.name'],
      [await send('PUT', `/api/organisations/${id}`, owner, { ...profile('Zonder versie') }), 400, 'body.version'],
      [await send('POST', '/api/organisations', owner, { ...profile('Kanaal'), staffClass: '1000+' }), 400, 'body.staffClass'],
      [await get('/api/organisations/abc', owner), 400, 'params.id'],
      [await get('/api/organisations/999999', owner), 404, ''],
    ];
    for (const [res, status, field] of cases) {
      expect(res.statusCode, res.body).toBe(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      const problem = json(res);
      expect(problem).toMatchObject({ status, type: expect.stringMatching(/^\/problems\//), code: expect.any(String) });
      if (field) expect(fields(res).some((f: string) => f.startsWith(field)), res.body).toBe(true);
    }
    const nul = await send('POST', '/api/organisations', owner, profile('Naam\u0000met nul'));
    expect(nul.statusCode).toBe(400);
  });

  it('documents every organisations endpoint in the OpenAPI document under the tag organisations', async () => {
    const doc = json(await get('/api/v1/openapi.json'));
    // Other modules add their own addresses under /api/v1/organisations/{id}/...; these are this module's.
    const mine = [
      '/api/v1/invitations/{token}', '/api/v1/organisations', '/api/v1/organisations/{id}', '/api/v1/organisations/{id}/invitations/{invitationId}',
      '/api/v1/organisations/{id}/members', '/api/v1/organisations/{id}/members/{userId}', '/api/v1/register',
    ];
    const paths = doc.paths as Record<string, Record<string, { tags?: string[]; responses: Record<string, unknown> }>>;
    for (const path of mine) {
      expect(paths[path], path).toBeDefined();
      for (const op of Object.values(paths[path]!)) {
        expect(op.tags).toEqual(['organisations']);
        expect(Object.keys(op.responses).some((s) => s.startsWith('2'))).toBe(true);
      }
    }
    expect(JSON.stringify(doc)).not.toContain('token_hash');
  });
});
