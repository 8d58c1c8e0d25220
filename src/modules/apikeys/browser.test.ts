import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, browserAvailable, describeViolations, launch } from '../../../test/helpers/browser.js';
import { checkPage, loginContext } from '../../../test/helpers/page-check.js';
import { liveServer, type LiveServer } from '../../../test/helpers/server.js';
import { makeOrganisation } from './test-fixtures.js';

const run = browserAvailable();

/** The API key pages in headless Chromium: create, see the secret once, revoke; axe (WCAG 2.1 AA) on each step. */
describe.skipIf(!run)('API key pages in headless Chromium', () => {
  let server: LiveServer;
  let browser: Browser;
  let owner: BrowserContext;
  const consoleErrors: string[] = [];

  const noViolations = async (page: Page) => {
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  };

  beforeAll(async () => {
    server = await liveServer();
    browser = await launch();
    owner = await loginContext(browser, server, 'org_member');
    const organisation = await makeOrganisation(server);
    const { id } = await server.database.db.selectFrom('users').select('id').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    await server.database.db.insertInto('organisation_members').values({ organisation_id: organisation, user_id: id, role: 'owner' }).execute();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('creates a key, shows the secret once, and revokes it, accessibly and without JavaScript', async () => {
    const page = await owner.newPage();
    // The refused form answers 400 on purpose; anything else (a CSP violation) is an error.
    page.on('console', (msg) => { if (msg.type() === 'error' && !/status of 400/.test(msg.text())) consoleErrors.push(msg.text()); });
    await page.goto(`${server.base}/api-keys`);
    await noViolations(page);

    await page.click('form[action="/api-keys"] button[type=submit]');
    await page.waitForSelector('#error-summary');
    await noViolations(page);

    await page.fill('#f-name', 'Tentoonstellingsapp');
    await page.check('#f-perm-organisations-listMine');
    await page.click('form[action="/api-keys"] button[type=submit]');
    await page.waitForSelector('#f-secret');
    const secret = await page.inputValue('#f-secret');
    expect(secret).toMatch(/^tr_/);
    await noViolations(page);

    const api = await fetch(`${server.base}/api/organisations`, { headers: { authorization: `Bearer ${secret}` } });
    expect(api.status).toBe(200);

    await page.goto(`${server.base}/api-keys`);
    await Promise.all([page.waitForURL(/saved=revoked/), page.click('form[action$="/revoke"] button[type=submit]')]);
    await noViolations(page);
    expect((await fetch(`${server.base}/api/organisations`, { headers: { authorization: `Bearer ${secret}` } })).status).toBe(401);
    await page.close();
  });

  it('passes the page check in both languages', async () => {
    await checkPage(owner, server, '/api-keys', 'nl', 200, consoleErrors);
    await checkPage(owner, server, '/api-keys', 'en', 200, consoleErrors);
    expect(consoleErrors).toEqual([]);
  });
});
