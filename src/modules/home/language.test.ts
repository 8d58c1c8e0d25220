import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/helpers/app.js';
import { editorOf, formBody, formHeaders } from '../knowledge/test-fixtures.js';

const langCookie = (res: { headers: Record<string, unknown> }) => {
  const cookies = ([] as string[]).concat((res.headers['set-cookie'] as string | string[] | undefined) ?? []);
  return cookies.find((c) => c.startsWith('lang='));
};

describe('the reader\'s language', () => {
  let t: TestApp;
  beforeAll(async () => { t = await testApp(); });
  afterAll(async () => { await t?.close(); });

  it('is switched by the language link, remembered for a year, and returns only to a page of this site', async () => {
    const res = await t.app.inject('/lang/en?return=%2Finstruments%3Fpage%3D2');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/instruments?page=2');
    expect(langCookie(res)).toMatch(/^lang=en; Max-Age=31536000; Path=\/; SameSite=Lax/);
    expect((await t.app.inject({ url: '/instruments', headers: { cookie: 'lang=en' } })).body).toContain('<html lang="en">');
    const away = await t.app.inject('/lang/en?return=%2F%2Fevil.example.org');
    expect(away.headers.location).toBe('/');
    const unknown = await t.app.inject('/lang/fr?return=%2Finstruments');
    expect(langCookie(unknown)).toBeUndefined();
  });

  it('follows a link to a page in the other language, and a form sent from that page answers in it', async () => {
    const team = await t.as('transition_team');
    const meemoo = await editorOf(t, team, 'meemoo');
    const page = await t.app.inject({ url: '/learning/new?lang=en', headers: meemoo });
    expect(page.body).toContain('<html lang="en">');
    expect(langCookie(page)).toMatch(/^lang=en;/);
    // The browser sends the cookie it was given with the form.
    const cookie = `${meemoo.cookie}; lang=en`;
    const sent = await t.app.inject({
      method: 'POST', url: '/learning', headers: { ...formHeaders(meemoo), cookie },
      payload: formBody(meemoo, { title_nl: 'Te vroeg', title_en: 'Too early', kind: 'course', provider: 'meemoo', startsOn: '2027-05-20', endsOn: '2027-05-03', place: 'Gent' }),
    });
    expect(sent.statusCode).toBe(400);
    expect(sent.body).toContain('<html lang="en">');
    // Already remembered: no new cookie; the API's ?lang changes its own answer only.
    expect(langCookie(await t.app.inject({ url: '/instruments?lang=en', headers: { cookie: 'lang=en' } }))).toBeUndefined();
    expect(langCookie(await t.app.inject('/api/instruments?lang=en'))).toBeUndefined();
  });
});
