import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityType } from '../../src/modules/opendata/registry.js';
import { browserAvailable, launch } from '../helpers/browser.js';
import { checkPage } from '../helpers/page-check.js';
import { liveServer, type LiveServer } from '../helpers/server.js';

const run = browserAvailable();

/** The description pages of linked data (/doc/...): nl and en, one h1, axe WCAG 2.1 AA, no CSP errors. */
describe.skipIf(!run)('linked-data description pages in headless Chromium: nl and en, axe WCAG 2.1 AA', () => {
  let server: LiveServer;
  let browser: Browser;
  let context: BrowserContext;
  const TYPES = ['decision', 'meeting', 'treatment', 'mandatary', 'kpi', 'measurement', 'challenge'];
  const paths: Record<string, string> = { 'pillar scheme': '/doc/pillar.html', study: '/doc/study.html' };
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    server = await liveServer();
    for (const type of TYPES) {
      const [id] = await entityType(type)!.ids(server.database.db, null, 1);
      paths[type] = `/doc/${type}/${encodeURIComponent(id!)}.html`;
    }
    browser = await launch();
    context = await browser.newContext();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const lang of ['nl', 'en'] as const) {
    for (const name of ['pillar scheme', 'study', ...TYPES]) {
      it(`${name} (${lang})`, () => checkPage(context, server, paths[name]!, lang, 200, consoleErrors));
    }
  }

  it('no page broke the content security policy', () => expect(consoleErrors).toEqual([]));
});
