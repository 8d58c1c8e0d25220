import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, browserAvailable, describeViolations, launch } from '../helpers/browser.js';
import { checkPage, loginContext } from '../helpers/page-check.js';
import { liveServer, type LiveServer } from '../helpers/server.js';

const run = browserAvailable();

/** The organisations flow in headless Chromium: register, edit, invite, accept; every page in nl and en through axe (WCAG 2.1 AA). */
describe.skipIf(!run)('organisations in headless Chromium', () => {
  let server: LiveServer;
  let browser: Browser;
  let newcomer: BrowserContext;
  let team: BrowserContext;
  let organisationPath = '';
  let invitationPath = '';
  const consoleErrors: string[] = [];

  const noViolations = async (page: Page) => {
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
  };
  const fillProfile = async (page: Page, name: string) => {
    await page.fill('#f-name', name);
    await page.selectOption('#f-subsector', 'arts');
    await page.selectOption('#f-fundingFramework', 'kunstendecreet');
    await page.selectOption('#f-legalForm', 'vzw');
    await page.selectOption('#f-staffClass', '5-19');
    await page.selectOption('#f-budgetClass', '250k-1m');
    await page.selectOption('#f-province', 'oost-vlaanderen');
    await page.fill('#f-municipality', 'Gent');
  };

  beforeAll(async () => {
    server = await liveServer();
    browser = await launch();
    newcomer = await browser.newContext();
    team = await loginContext(browser, server, 'transition_team');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('offers visitors registration, refuses a bad form with linked errors and kept input, then registers and logs in', async () => {
    const page = await newcomer.newPage();
    page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(msg.text()); });
    await page.goto(`${server.base}/organisations`);
    await noViolations(page);
    await Promise.all([page.waitForURL(/\/register$/), page.click('a[href="/register"]')]);
    await noViolations(page);

    await page.fill('#f-displayName', 'Lotte Browser');
    await page.fill('#f-email', 'lotte@example.org');
    await page.fill('#f-password', 'een lange geheime zin');
    await page.fill('#f-passwordConfirm', 'iets anders');
    await fillProfile(page, 'Kunstenhuis E2E');
    await page.check('#f-shareWithTeam');
    await page.click('form[data-draft] button[type=submit]');
    await page.waitForSelector('#error-summary');
    expect(await page.inputValue('#f-name')).toBe('Kunstenhuis E2E');
    expect(await page.isChecked('#f-shareWithTeam')).toBe(true);
    expect(await page.textContent('#error-summary')).toContain('Wachtwoord herhalen');
    await noViolations(page);

    await page.fill('#f-password', 'een lange geheime zin');
    await page.fill('#f-passwordConfirm', 'een lange geheime zin');
    await Promise.all([page.waitForURL(/\/organisations\/\d+\?saved=registered/), page.click('form[data-draft] button[type=submit]')]);
    organisationPath = new URL(page.url()).pathname;
    expect(await page.textContent('h1')).toContain('Kunstenhuis E2E');
    expect(await page.textContent('.user-name')).toContain('Lotte Browser');
    await noViolations(page);
    await page.close();
  });

  it('edits the profile and invites a colleague whose link is shown once', async () => {
    const page = await newcomer.newPage();
    await page.goto(`${server.base}${organisationPath}/edit`);
    await page.fill('#f-mission', 'Een huis voor makers.');
    await Promise.all([page.waitForURL(/saved=updated/), page.click('form[data-draft] button[type=submit]')]);
    expect(await page.textContent('main')).toContain('Een huis voor makers.');
    await page.click(`a[href="${organisationPath}/members"]`);
    await page.fill('#f-email', 'collega@example.org');
    await page.check('#f-role-respondent');
    await page.selectOption('#f-position', 'staff');
    await page.click(`form[action="${organisationPath}/members"] button[type=submit]`);
    await page.waitForSelector('#invitation-link');
    invitationPath = new URL(await page.inputValue('#invitation-link')).pathname;
    await noViolations(page);
    await page.close();
  });

  it('lets the invitee create an account from the link and join', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.base}${invitationPath}`);
    await noViolations(page);
    await page.fill('#f-displayName', 'Collega Browser');
    await page.fill('#f-password', 'nog een lange geheime zin');
    await page.fill('#f-passwordConfirm', 'nog een lange geheime zin');
    await Promise.all([page.waitForURL(/saved=joined/), page.click('form button[type=submit]')]);
    expect(new URL(page.url()).pathname).toBe(organisationPath);
    expect(await page.textContent('main')).toContain('respondent');
    await noViolations(page);
    await context.close();
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`passes axe on every page of the module (${lang})`, async () => {
      for (const path of ['/organisations', organisationPath, `${organisationPath}/edit`, `${organisationPath}/members`, '/organisations/new']) {
        await checkPage(newcomer, server, path, lang, 200, consoleErrors);
      }
      await checkPage(team, server, '/organisations', lang, 200, consoleErrors);
      await checkPage(team, server, organisationPath, lang, 200, consoleErrors);
      await checkPage(await browser.newContext(), server, invitationPath, lang, 410, consoleErrors);
    });
  }

  it('loads no page with a console error (e.g. a CSP violation)', () => {
    expect(consoleErrors.filter((e) => !/status of (400|404|410)/.test(e))).toEqual([]);
  });
});
