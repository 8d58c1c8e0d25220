import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launch } from '../helpers/browser.js';
import { checkPage } from '../helpers/page-check.js';
import { liveServer, type LiveServer } from '../helpers/server.js';

const run = browserAvailable();

describe.skipIf(!run)('the open-data catalogue in headless Chromium: nl and en, axe WCAG 2.1 AA', () => {
  let server: LiveServer;
  let browser: Browser;
  let context: BrowserContext;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    server = await liveServer();
    browser = await launch();
    context = await browser.newContext();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`/catalogue (${lang})`, () => checkPage(context, server, '/catalogue', lang, 200, consoleErrors));
  }

  it('links every file it lists to something that downloads', async () => {
    const page = await context.newPage();
    await page.goto(`${server.base}/catalogue`);
    const links = await page.locator('main a[href^="/dumps/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    await page.close();
    expect(links.length).toBeGreaterThan(10);
    for (const href of [...new Set(links)]) {
      const res = await fetch(server.base + href, { method: 'HEAD' });
      expect(res.status, href).toBe(200);
    }
  });

  it('loads without a console error (e.g. a CSP violation)', () => {
    expect(consoleErrors).toEqual([]);
  });
});
