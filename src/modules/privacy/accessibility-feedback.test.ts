import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, testApp, type TestApp } from '../../../test/helpers/app.js';
import { anonymousBrowser } from '../accounts/test-fixtures.js';

for (const engine of engines) {
  describe(`accessibility feedback on ${engine}`, () => {
    let t: TestApp;
    beforeAll(async () => { t = await testApp({ engine, seed: false }); });
    afterAll(async () => { await t.close(); });

    const send = (payload: Record<string, string>, lang = 'nl') => {
      const browser = anonymousBrowser();
      return t.app.inject({ method: 'POST', url: `/accessibility?lang=${lang}`, headers: { cookie: browser.cookie }, payload: { ...payload, _csrf: browser.token } });
    };

    it('shows the feedback form on the statement, besides the e-mail address', async () => {
      const res = await t.app.inject({ url: '/accessibility' });
      expect(res.body).toContain('mailto:');
      expect(res.body).toMatch(/<form method="post" action="\/accessibility#feedback"/);
      expect(res.body).toContain('name="_csrf"');
      expect(res.body).toContain('name="message"');
    });

    it('stores feedback without an account and confirms it readably', async () => {
      const res = await send({ pageUrl: '/dashboard', message: 'De grafiek op het dashboard is niet te lezen met een schermlezer.', contact: 'lezer@example.org' });
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe('/accessibility?sent=1#feedback');
      const page = await t.app.inject({ url: '/accessibility?sent=1' });
      expect(page.body).toContain('je feedback is ontvangen');
      const rows = await t.database.db.selectFrom('accessibility_feedback').selectAll().execute();
      expect(rows).toEqual([expect.objectContaining({ page_url: '/dashboard', contact: 'lezer@example.org', lang: 'nl' })]);
      const audit = await t.database.db.selectFrom('audit_log').selectAll().where('entity_type', '=', 'accessibility_feedback').execute();
      expect(audit.map((a) => a.entity_id)).toEqual([String(rows[0]!.id)]);
    });

    it('refuses an empty message with a readable message in the page and keeps what was typed', async () => {
      const before = await t.database.db.selectFrom('accessibility_feedback').select('id').execute();
      const res = await send({ pageUrl: '/kpis', message: '   ', contact: '' }, 'en');
      expect(res.statusCode).toBe(400);
      expect(res.body).toContain('href="#f-message"');
      expect(res.body).toContain('value="/kpis"');
      expect(res.body).toContain('aria-invalid="true"');
      const tooLong = await send({ message: 'x'.repeat(5001) });
      expect(tooLong.statusCode).toBe(400);
      expect(await t.database.db.selectFrom('accessibility_feedback').select('id').execute()).toEqual(before);
    });

    it('refuses a form without its CSRF token', async () => {
      const browser = anonymousBrowser();
      const res = await t.app.inject({ method: 'POST', url: '/accessibility', headers: { cookie: browser.cookie }, payload: { message: 'hallo' } });
      expect(res.statusCode).toBe(403);
    });

    it('lists the feedback for the transition team only', async () => {
      expect((await t.app.inject({ url: '/accessibility/feedback' })).statusCode).toBe(401);
      expect((await t.app.inject({ url: '/accessibility/feedback', headers: await t.as('org_member') })).statusCode).toBe(403);
      const team = await t.as('transition_team');
      const list = await t.app.inject({ url: '/accessibility/feedback', headers: team });
      expect(list.statusCode).toBe(200);
      expect(list.body).toContain('De grafiek op het dashboard is niet te lezen met een schermlezer.');
      expect(list.body).toContain('lezer@example.org');
      const statement = await t.app.inject({ url: '/accessibility', headers: team });
      expect(statement.body).toContain('href="/accessibility/feedback"');
    });
  });
}
