import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, browserAvailable, describeViolations, launch } from '../../../test/helpers/browser.js';
import { checkPage, loginContext } from '../../../test/helpers/page-check.js';
import { liveServer, type LiveServer } from '../../../test/helpers/server.js';

const run = browserAvailable();

/** The privacy, account deletion, feedback and login pages in headless Chromium: axe (WCAG 2.1 AA), nl and en. */
describe.skipIf(!run)('privacy, accessibility feedback and login pages in headless Chromium', () => {
  let server: LiveServer;
  let browser: Browser;
  let anonymous: BrowserContext;
  let member: BrowserContext;
  let team: BrowserContext;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    server = await liveServer();
    browser = await launch();
    anonymous = await browser.newContext();
    member = await loginContext(browser, server, 'org_member');
    team = await loginContext(browser, server, 'transition_team');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`passes axe on every page, in ${lang}`, async () => {
      await checkPage(anonymous, server, '/privacy', lang, 200, consoleErrors);
      await checkPage(anonymous, server, '/login?expired=1', lang, 200, consoleErrors);
      await checkPage(member, server, '/privacy', lang, 200, consoleErrors);
      await checkPage(member, server, '/privacy/delete', lang, 200, consoleErrors);
      await checkPage(team, server, '/accessibility/feedback', lang, 200, consoleErrors);
      await checkPage(team, server, '/admin/login-settings', lang, 200, consoleErrors);
      await checkPage(anonymous, server, '/accessibility?sent=1', lang, 200, consoleErrors);
      expect(consoleErrors).toEqual([]);
    });
  }

  it('sends accessibility feedback without JavaScript, shows the errors and then the confirmation accessibly', async () => {
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noScript.newPage();
    await plain.goto(`${server.base}/accessibility`);
    await plain.click('form[action="/accessibility#feedback"] button[type=submit]');
    await plain.waitForSelector('#error-summary');
    await plain.fill('#f-message', 'De knop om te filteren is niet bereikbaar met het toetsenbord.');
    await plain.click('form[action="/accessibility#feedback"] button[type=submit]');
    await plain.waitForSelector('#feedback-sent');
    await noScript.close();

    // axe needs a script of its own: the same two states, checked in an ordinary browser.
    const page = await anonymous.newPage();
    page.on('console', (msg) => { if (msg.type() === 'error' && !/status of 400/.test(msg.text())) consoleErrors.push(msg.text()); });
    await page.goto(`${server.base}/accessibility?lang=en`);
    await page.click('form[action="/accessibility#feedback"] button[type=submit]');
    await page.waitForSelector('#error-summary');
    let violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.fill('#f-message', 'The filter button cannot be reached with the keyboard.');
    await page.click('form[action="/accessibility#feedback"] button[type=submit]');
    await page.waitForSelector('#feedback-sent');
    violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });

  it('shows the refusal to delete without ticking the box accessibly', async () => {
    const page = await member.newPage();
    page.on('console', (msg) => { if (msg.type() === 'error' && !/status of 400/.test(msg.text())) consoleErrors.push(msg.text()); });
    await page.goto(`${server.base}/privacy/delete`);
    // The browser's own check would stop an empty required box; the server's answer is what is tested.
    await page.$eval('#f-confirm', (el) => el.removeAttribute('required'));
    await page.click('form[action="/privacy/delete"] button[type=submit]');
    await page.waitForSelector('#f-confirm-error');
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(consoleErrors).toEqual([]);
    await page.close();
  });
});
