import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Role } from '../../src/plugins/permissions.js';
import { axe, describeViolations } from './browser.js';
import type { LiveServer } from './server.js';

/** A browser context (a phone's viewport, say) logged in through the login form as a fresh account with this role. */
export async function loginContext(browser: Browser, server: LiveServer, role: Role, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext(options);
  const { email, password } = await server.account(role);
  const page = await context.newPage();
  await page.goto(`${server.base}/login`);
  await page.fill('#f-email', email);
  await page.fill('#f-password', password);
  await Promise.all([page.waitForURL(`${server.base}/`), page.click('form[action="/login"] button[type=submit]')]);
  await page.close();
  return context;
}

/** Opens a page, noting every console error (a CSP violation shows up there) in `consoleErrors`. */
export async function openPage(context: BrowserContext, url: string, consoleErrors: string[]): Promise<{ page: Page; status: number }> {
  const page = await context.newPage();
  page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(`${url}: ${msg.text()}`); });
  const response = await page.goto(url);
  return { page, status: response?.status() ?? 0 };
}

/**
 * The check every page gets: the expected status, the page in the asked language, one h1, and
 * no axe violation of WCAG 2.1 A/AA. With `fitsWidth` (on a phone) also that the page itself
 * does not scroll sideways (WCAG 1.4.10 reflow): only a wide table scrolls, in its own region.
 */
export async function checkPage(context: BrowserContext, server: LiveServer, path: string, lang: 'nl' | 'en', status: number, consoleErrors: string[], { fitsWidth = false } = {}): Promise<void> {
  const { page, status: got } = await openPage(context, `${server.base}${path}${path.includes('?') ? '&' : '?'}lang=${lang}`, consoleErrors);
  try {
    expect(got).toBe(status);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);
    expect(await page.locator('h1').count()).toBe(1);
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    if (fitsWidth) {
      const widths = await page.evaluate('[document.documentElement.scrollWidth, document.documentElement.clientWidth]') as [number, number];
      expect(widths[0], `${path} is ${widths[0]} px wide on a ${widths[1]} px screen`).toBeLessThanOrEqual(widths[1]);
    }
  } finally {
    await page.close();
  }
}
