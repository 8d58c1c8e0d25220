import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, browserAvailable, describeViolations, launch } from '../helpers/browser.js';
import { liveServer, type LiveServer } from '../helpers/server.js';

const run = browserAvailable();

describe.skipIf(!run)('editing instruments in Chromium', () => {
  let server: LiveServer;
  let browser: Browser;
  let team: BrowserContext;

  beforeAll(async () => {
    server = await liveServer();
    browser = await launch();
    team = await browser.newContext();
    const { email, password } = await server.account('transition_team');
    const page = await team.newPage();
    await page.goto(`${server.base}/login?return=/instruments`);
    await page.fill('#f-email', email);
    await page.fill('#f-password', password);
    await Promise.all([page.waitForURL(`${server.base}/instruments`), page.click('form[action="/login"] button[type=submit]')]);
    await page.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('refuses an invalid form with named errors, keeps the input, and passes axe', async () => {
    const page = await team.newPage();
    await page.goto(`${server.base}/instruments/new`);
    await page.fill('#f-code', 'Not A Valid Code');
    await page.fill('#f-name_nl', 'Proeftuin erfgoeddata');
    await page.selectOption('#f-strength-5', 'strong');
    await page.click('form[data-draft] button[type=submit]');
    await page.waitForSelector('#error-summary');
    expect(await page.inputValue('#f-name_nl')).toBe('Proeftuin erfgoeddata');
    expect(await page.inputValue('#f-code')).toBe('Not A Valid Code');
    expect(await page.inputValue('#f-strength-5')).toBe('strong');
    const summary = await page.textContent('#error-summary');
    expect(summary).toContain('Code');
    expect(summary).toContain('Naam (Engels)');
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });

  it('keeps a draft through a reload and clears it after saving', async () => {
    const page = await team.newPage();
    await page.goto(`${server.base}/instruments/new`);
    await page.fill('#f-code', 'proeftuin-erfgoeddata');
    await page.fill('#f-name_nl', 'Proeftuin erfgoeddata');
    await page.fill('#f-name_en', 'Heritage data living lab');
    await page.fill('#f-description_nl', 'Een proeftuin voor open erfgoeddata.');
    await page.fill('#f-description_en', 'A living lab for open heritage data.');
    await page.selectOption('#f-type', 'subsidy');
    await page.selectOption('#f-strength-6', 'strong');
    await page.check('#f-recommendations-R3-1');
    await page.waitForTimeout(500);
    await page.reload();
    expect(await page.inputValue('#f-name_nl')).toBe('Proeftuin erfgoeddata');
    expect(await page.inputValue('#f-strength-6')).toBe('strong');
    expect(await page.isChecked('#f-recommendations-R3-1')).toBe(true);
    await Promise.all([page.waitForURL(/\/instruments\/proeftuin-erfgoeddata\?saved=created/), page.click('form[data-draft] button[type=submit]')]);
    expect(await page.textContent('h1')).toContain('Proeftuin erfgoeddata');
    await page.goto(`${server.base}/instruments/new`);
    expect(await page.inputValue('#f-name_nl')).toBe('');
    await page.close();
  });

  it('shows a conflicting edit instead of overwriting it, with the user input kept', async () => {
    const mine = await team.newPage();
    await mine.goto(`${server.base}/instruments/proeftuin-erfgoeddata/edit`);
    const theirs = await team.newPage();
    await theirs.goto(`${server.base}/instruments/proeftuin-erfgoeddata/edit`);
    await theirs.fill('#f-name_nl', 'Proeftuin erfgoeddata (hun versie)');
    await Promise.all([theirs.waitForURL(/saved=updated/), theirs.click('form[data-draft] button[type=submit]')]);
    await mine.fill('#f-name_nl', 'Proeftuin erfgoeddata (mijn versie)');
    await mine.click('form[data-draft] button[type=submit]');
    await mine.waitForSelector('#stale-notice');
    expect(await mine.inputValue('#f-name_nl')).toBe('Proeftuin erfgoeddata (mijn versie)');
    const violations = await axe(mine);
    expect(violations, describeViolations(violations)).toEqual([]);
    const current = await (await fetch(`${server.base}/api/instruments/proeftuin-erfgoeddata`)).json() as { name: { nl: string } };
    expect(current.name.nl).toBe('Proeftuin erfgoeddata (hun versie)');
    // Saving again is a deliberate overwrite from the version now shown.
    await Promise.all([mine.waitForURL(/saved=updated/), mine.click('form[data-draft] button[type=submit]')]);
    expect(await mine.textContent('h1')).toContain('mijn versie');
    await mine.close();
    await theirs.close();
  });

  it('updates the coverage matrix after a change', async () => {
    const page = await team.newPage();
    await page.goto(`${server.base}/coverage`);
    const cell6 = page.locator('.matrix-cell', { has: page.locator('a[href="/challenges/6"]') });
    expect(await cell6.locator('a[href="/instruments/proeftuin-erfgoeddata"]').count()).toBe(1);
    const cell1 = page.locator('.matrix-cell', { has: page.locator('a[href="/challenges/1"]') });
    expect(await cell1.locator('a[href="/instruments/proeftuin-erfgoeddata"]').count()).toBe(0);
    await page.close();
  });
});
