import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launch } from '../helpers/browser.js';
import { checkPage, loginContext } from '../helpers/page-check.js';
import { liveServer, type LiveServer } from '../helpers/server.js';

type Who = 'public' | 'team' | 'admin';
interface PageCase { path: string; who: Who; status?: number }

/** Every page of the platform, as the role that can see it. */
const PAGES: PageCase[] = [
  { path: '/', who: 'public' },
  { path: '/coverage', who: 'public' },
  { path: '/instruments', who: 'public' },
  { path: '/instruments?pillar=3&type=training', who: 'public' },
  { path: '/instruments/digital-leadership-training', who: 'public' },
  { path: '/instruments/digital-leadership-training', who: 'team' },
  { path: '/instruments/new', who: 'team' },
  { path: '/instruments/self-assessment-tool/edit', who: 'team' },
  { path: '/pillars', who: 'public' },
  { path: '/pillars/1', who: 'public' },
  { path: '/challenges?pillar=3', who: 'public' },
  { path: '/recommendations/R1', who: 'public' },
  { path: '/recommendations/R1.3', who: 'public' },
  { path: '/challenges/abc', who: 'public', status: 400 },
  { path: '/challenges', who: 'public' },
  { path: '/challenges/7', who: 'public' },
  { path: '/recommendations', who: 'public' },
  { path: '/recommendations/R1.2', who: 'public' },
  { path: '/timeline', who: 'public' },
  { path: '/actors', who: 'public' },
  { path: '/actors?role=relief_provider', who: 'public' },
  { path: '/actors/meemoo', who: 'public' },
  { path: '/actors/roles', who: 'public' },
  { path: '/cases', who: 'public' },
  { path: '/cases/industrie-4-0-transitieprioriteit', who: 'public' },
  { path: '/knowledge', who: 'public' },
  { path: '/cases?outcome=failure', who: 'public' },
  { path: '/learning', who: 'public' },
  { path: '/funding', who: 'public' },
  { path: '/funding/creative-europe-culture', who: 'public' },
  { path: '/knowledge/editors', who: 'team' },
  { path: '/knowledge/mine', who: 'team' },
  { path: '/search?q=digitaliseren', who: 'public' },
  { path: '/search?q=archief&type=lesson', who: 'public' },
  { path: '/guide', who: 'public' },
  { path: '/guide/offers', who: 'public' },
  { path: '/projects', who: 'public' },
  { path: '/lessons', who: 'public' },
  { path: '/lessons?outcome=failure', who: 'public' },
  { path: '/dashboard', who: 'public' },
  { path: '/dashboard?breakdown=province', who: 'public' },
  { path: '/reports', who: 'public' },
  { path: '/reports/2025', who: 'team' },
  { path: '/reports/template', who: 'team' },
  { path: '/login', who: 'public' },
  { path: '/admin/users', who: 'admin' },
  { path: '/api/docs', who: 'public' },
  { path: '/about', who: 'public' },
  { path: '/accessibility', who: 'public' },
  { path: '/no-such-page', who: 'public', status: 404 },
  { path: '/instruments/no-such-instrument', who: 'public', status: 404 },
];

const run = browserAvailable();
const PHONE = { width: 390, height: 844 };

describe.skipIf(!run)('pages in headless Chromium: nl and en, axe WCAG 2.1 AA', () => {
  let server: LiveServer;
  let browser: Browser;
  const contexts = {} as Record<Who, BrowserContext>;
  /** The same people on a phone: only tables scroll sideways there, and they must be reachable by keyboard. */
  const phones = {} as Record<Who, BrowserContext>;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    server = await liveServer();
    browser = await launch();
    contexts.public = await browser.newContext();
    contexts.team = await loginContext(browser, server, 'transition_team');
    contexts.admin = await loginContext(browser, server, 'admin');
    const phone = { viewport: PHONE, isMobile: true, hasTouch: true };
    phones.public = await browser.newContext(phone);
    phones.team = await loginContext(browser, server, 'transition_team', phone);
    phones.admin = await loginContext(browser, server, 'admin', phone);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const lang of ['nl', 'en'] as const) {
    for (const { path, who, status = 200 } of PAGES) {
      it(`${path} as ${who} (${lang})`, () => checkPage(contexts[who], server, path, lang, status, consoleErrors));
    }
  }

  // Dutch labels are the longer ones: the widest tables.
  for (const { path, who, status = 200 } of PAGES.filter((p) => !p.status)) {
    it(`${path} as ${who} on a phone (nl, ${PHONE.width} px)`, () => checkPage(phones[who], server, path, 'nl', status, consoleErrors, { fitsWidth: true }));
  }

  it('loads no page with a console error (e.g. a CSP violation)', () => {
    // Error pages log the failed document request itself; everything else must be clean.
    expect(consoleErrors.filter((e) => !/status of (400|404)/.test(e))).toEqual([]);
  });

  it('folds the main navigation behind a Menu button on a phone, opened by keyboard, and shows it in full on a wide screen', async () => {
    const page = await phones.public.newPage();
    await page.goto(`${server.base}/coverage?lang=nl`);
    const toggle = page.locator('.nav-toggle');
    const list = page.locator('#main-nav-list');
    expect(await toggle.isVisible()).toBe(true);
    expect(await list.isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await list.isVisible()).toBe(true);
    expect(await page.locator('#main-nav-list a[aria-current="page"]').textContent()).toBe('Dekkingsmatrix');
    await page.keyboard.press('Enter');
    expect(await list.isVisible()).toBe(false);
    await page.close();
    const wide = await contexts.public.newPage();
    await wide.goto(`${server.base}/coverage?lang=nl`);
    expect(await wide.locator('.nav-toggle').isVisible()).toBe(false);
    expect(await wide.locator('#main-nav-list').isVisible()).toBe(true);
    await wide.close();
  });

  it('remembers the language switch across pages', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.base}/coverage`);
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    await page.click('a.lang-switch');
    await page.waitForURL(`${server.base}/coverage`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.goto(`${server.base}/instruments`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await context.close();
  });
});
