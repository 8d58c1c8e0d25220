import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, testApp, type TestApp } from '../../../test/helpers/app.js';
import { createSession } from '../../plugins/auth.js';
import { anonymousBrowser, formLogin, PASSWORD, userWithPassword } from '../accounts/test-fixtures.js';
import { DELETED_USER_NAME } from './constants.js';

for (const engine of engines) {
  describe(`personal data: download and deletion on ${engine}`, () => {
    let t: TestApp;
    beforeAll(async () => { t = await testApp({ engine, demo: true }); });
    afterAll(async () => { await t.close(); });

    const db = () => t.database.db;
    async function sessionOf(userId: number) {
      const { token } = await createSession(db(), userId, 1);
      const browser = anonymousBrowser();
      return { cookie: `tr_session=${token}; ${browser.cookie}`, 'x-csrf-token': browser.token };
    }

    it('shows the privacy page in Dutch and English, with the ways to download and delete for a signed-in person', async () => {
      const anonymous = await t.app.inject({ url: '/privacy' });
      expect(anonymous.statusCode).toBe(200);
      expect(anonymous.body).toContain('Wat we bewaren');
      expect(anonymous.body).toContain('href="/login?return=%2Fprivacy"');
      const { id } = await userWithPassword(t);
      const en = await t.app.inject({ url: '/privacy?lang=en', headers: await sessionOf(id) });
      expect(en.body).toContain('What we keep');
      expect(en.body).toContain('href="/privacy/export"');
      expect(en.body).toContain('href="/privacy/delete"');
    });

    it('asks for a login before a download or a deletion', async () => {
      expect((await t.app.inject({ url: '/api/me/export' })).statusCode).toBe(401);
      expect((await t.app.inject({ method: 'DELETE', url: '/api/me', payload: { confirm: true } })).statusCode).toBe(401);
    });

    it('downloads everything about the person: account, memberships, answers, comments and audit entries, without secrets', async () => {
      const { id, email } = await userWithPassword(t);
      const org = await db().selectFrom('organisations').select('id').orderBy('id').executeTakeFirstOrThrow();
      await db().insertInto('organisation_members').values({ organisation_id: org.id, user_id: id, role: 'respondent', position: 'directeur' }).execute();
      const model = await db().selectFrom('maturity_models').select('id').where('status', '=', 'published').executeTakeFirstOrThrow();
      const questions = await db().selectFrom('maturity_questions').select('id').where('model_id', '=', model.id).limit(2).execute();
      const assessment = await db().insertInto('assessments').values({ organisation_id: org.id, model_id: model.id, kind: 'quick', status: 'open', started_by: id })
        .returning('id').executeTakeFirstOrThrow();
      await db().insertInto('assessment_answers').values(questions.map((q) => ({
        assessment_id: assessment.id, user_id: id, question_id: q.id, current_level: 2, target_level: 4, note: 'onze eigen inschatting',
      }))).execute();
      const round = await db().selectFrom('vision_rounds').select('id').orderBy('id').executeTakeFirstOrThrow();
      await db().insertInto('vision_comments').values({ round_id: round.id, section: 'why', user_id: id, body: 'Mijn commentaar op de visie' }).execute();

      const res = await t.app.inject({ url: '/privacy/export', headers: await sessionOf(id) });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="transitieruimte-mijn-gegevens-\d{4}-\d{2}-\d{2}\.json"$/);
      const data = JSON.parse(res.body);
      expect(data.account).toMatchObject({ id, email, displayName: 'Person', role: 'org_member' });
      expect(data.memberships).toEqual([expect.objectContaining({ organisation_id: org.id, role: 'respondent', position: 'directeur' })]);
      expect(data.answers).toHaveLength(2);
      expect(data.answers[0]).toMatchObject({ note: 'onze eigen inschatting', current_level: 2 });
      expect(data.records.assessments).toEqual([expect.objectContaining({ id: assessment.id })]);
      expect(data.comments).toEqual([expect.objectContaining({ body: 'Mijn commentaar op de visie' })]);
      expect(data.audit.aboutYourAccount.concat(data.audit.madeByYou).length).toBeGreaterThan(0);
      expect(data.sessions.length).toBe(1);
      expect(res.body).not.toMatch(/id_hash|password|token_hash/);

      const api = await t.app.inject({ url: '/api/me/export', headers: await sessionOf(id) });
      expect(api.statusCode).toBe(200);
      expect(api.json().answers).toHaveLength(2);
    });

    it('deletes an account: personal fields erased, audit rows kept with "deleted user", sessions and memberships gone', async () => {
      const { id, email } = await userWithPassword(t);
      const org = await db().selectFrom('organisations').select(['id']).orderBy('id').executeTakeFirstOrThrow();
      await db().insertInto('organisation_members').values({ organisation_id: org.id, user_id: id, role: 'member', position: 'curator' }).execute();
      const headers = await sessionOf(id);
      const second = await sessionOf(id);
      await db().insertInto('api_keys').values({ name: 'Mijn app', prefix: 'tr_test', secret_hash: `hash-${id}`, user_id: id, permissions: [] }).execute();
      // A write of theirs, audited under their account.
      const sent = await t.app.inject({ method: 'POST', url: '/accessibility', headers, payload: { message: 'De grafiek heeft geen tekstalternatief', _csrf: headers['x-csrf-token'] } });
      expect(sent.statusCode).toBe(303);
      const auditBefore = await db().selectFrom('audit_log').select(['id']).where((eb) => eb.or([eb('user_id', '=', id), eb.and([eb('entity_type', '=', 'user'), eb('entity_id', '=', String(id))])])).execute();
      expect(auditBefore.length).toBeGreaterThanOrEqual(2);
      expect((await t.app.inject({ url: '/api/me', headers: { cookie: second.cookie } })).json().authenticated).toBe(true);

      const unconfirmed = await t.app.inject({ method: 'POST', url: '/privacy/delete', headers, payload: { _csrf: headers['x-csrf-token'] } });
      expect(unconfirmed.statusCode).toBe(400);
      expect(unconfirmed.body).toContain('Vink aan dat je je account wil verwijderen');

      const res = await t.app.inject({ method: 'POST', url: '/privacy/delete', headers, payload: { confirm: 'yes', _csrf: headers['x-csrf-token'] } });
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe('/privacy?deleted=1');

      const row = await db().selectFrom('users').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
      expect(row.display_name).toBe(DELETED_USER_NAME);
      expect(row.email).not.toContain(email.split('@')[0]);
      expect(row.disabled_at).not.toBeNull();
      expect(await db().selectFrom('organisation_members').selectAll().where('user_id', '=', id).execute()).toEqual([]);
      expect(await db().selectFrom('sessions').selectAll().where('user_id', '=', id).execute()).toEqual([]);
      expect((await db().selectFrom('api_keys').select('revoked_at').where('user_id', '=', id).executeTakeFirstOrThrow()).revoked_at).not.toBeNull();
      // The other session, remembered by this process, ends too.
      expect((await t.app.inject({ url: '/api/me', headers: { cookie: second.cookie } })).json().authenticated).toBe(false);

      const auditAfter = await db().selectFrom('audit_log').leftJoin('users', 'users.id', 'audit_log.user_id')
        .select(['audit_log.id', 'users.display_name', 'audit_log.before', 'audit_log.after'])
        .where((eb) => eb.or([eb('audit_log.user_id', '=', id), eb.and([eb('entity_type', '=', 'user'), eb('entity_id', '=', String(id))])])).execute();
      expect(auditAfter.map((r) => r.id)).toEqual(expect.arrayContaining(auditBefore.map((r) => r.id)));
      expect(auditAfter.filter((r) => r.display_name !== null).every((r) => r.display_name === DELETED_USER_NAME)).toBe(true);
      expect(JSON.stringify(auditAfter)).not.toContain(email);

      const login = await formLogin(t, email, PASSWORD);
      expect(login.statusCode).toBe(401);
    });

    it('refuses to delete the only owner of an organisation, names it, and changes nothing', async () => {
      const sole = await sql<{ user_id: number; organisation_id: number; name: string }>`
        select m.user_id, m.organisation_id, o.name from organisation_members m join organisations o on o.id = m.organisation_id
        where m.role = 'owner' and o.retired_at is null
          and (select count(*) from organisation_members x where x.organisation_id = m.organisation_id and x.role = 'owner') = 1
        order by m.organisation_id limit 1`.execute(db());
      expect(sole.rows.length).toBe(1);
      const { user_id: userId, name } = sole.rows[0]!;
      const before = await db().selectFrom('users').select(['display_name', 'email']).where('id', '=', userId).executeTakeFirstOrThrow();
      const headers = await sessionOf(userId);

      const api = await t.app.inject({ method: 'DELETE', url: '/api/me', headers, payload: { confirm: true } });
      expect(api.statusCode).toBe(409);
      expect(api.json()).toMatchObject({ code: 'PRIVACY_LAST_OWNER' });
      expect(api.json().detail).toContain(name);

      const page = await t.app.inject({ method: 'POST', url: '/privacy/delete?lang=en', headers, payload: { confirm: 'yes', _csrf: headers['x-csrf-token'] } });
      expect(page.statusCode).toBe(409);
      expect(page.body).toContain('You are the only owner');
      expect(page.body).toContain(name.replace(/&/g, '&amp;'));

      expect(await db().selectFrom('users').select(['display_name', 'email']).where('id', '=', userId).executeTakeFirstOrThrow()).toEqual(before);
      expect((await t.app.inject({ url: '/api/me', headers: { cookie: headers.cookie } })).json().authenticated).toBe(true);
    });

    it('refuses to delete the only administrator', async () => {
      const admins = await db().selectFrom('users').select('id').where('role', '=', 'admin').where('disabled_at', 'is', null).execute();
      const { id } = await userWithPassword(t, 'admin');
      // Every other administrator gone: this one is the last.
      await db().updateTable('users').set({ disabled_at: new Date() }).where('id', 'in', admins.map((a) => a.id).concat(-1)).execute();
      try {
        const res = await t.app.inject({ method: 'DELETE', url: '/api/me', headers: await sessionOf(id), payload: { confirm: true } });
        expect(res.statusCode).toBe(409);
        expect(res.json().code).toBe('PRIVACY_LAST_ADMIN');
      } finally {
        await db().updateTable('users').set({ disabled_at: null }).where('id', 'in', admins.map((a) => a.id).concat(-1)).execute();
      }
      const second = await userWithPassword(t, 'admin');
      expect((await t.app.inject({ method: 'DELETE', url: '/api/me', headers: await sessionOf(id), payload: { confirm: true } })).statusCode).toBe(204);
      expect(second.id).toBeGreaterThan(id);
    });

    it('deletes through the API with confirm: true and refuses without it', async () => {
      const { id } = await userWithPassword(t);
      const headers = await sessionOf(id);
      const refused = await t.app.inject({ method: 'DELETE', url: '/api/me', headers, payload: { confirm: false } });
      expect(refused.statusCode).toBe(400);
      expect(refused.json().errors[0].field).toBe('confirm');
      const missing = await t.app.inject({ method: 'DELETE', url: '/api/me', headers, payload: {} });
      expect(missing.statusCode).toBe(400);
      const ok = await t.app.inject({ method: 'DELETE', url: '/api/me', headers, payload: { confirm: true } });
      expect(ok.statusCode).toBe(204);
      expect((await db().selectFrom('erased_accounts').selectAll().where('user_id', '=', id).execute()).length).toBe(1);
    });
  });
}
