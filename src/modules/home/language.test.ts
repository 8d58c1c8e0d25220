import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../../../test/helpers/app.js';

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
    expect(unknown.headers.location).toBe('/instruments');
    expect(langCookie(unknown)).toBeUndefined();
  });

  it('is Dutch by default, and ?lang= shows one page in the other language without changing the choice', async () => {
    expect((await t.app.inject('/instruments')).body).toContain('<html lang="nl">');
    const once = await t.app.inject({ url: '/instruments?lang=en', headers: { cookie: 'lang=nl' } });
    expect(once.body).toContain('<html lang="en">');
    expect(langCookie(once)).toBeUndefined();
    expect((await t.app.inject({ url: '/instruments?lang=nl', headers: { cookie: 'lang=en' } })).body).toContain('<html lang="nl">');
    expect((await t.app.inject({ url: '/instruments?lang=xx', headers: { cookie: 'lang=en' } })).body).toContain('<html lang="en">');
  });
});
