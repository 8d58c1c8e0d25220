import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launch } from '../helpers/browser.js';
import { checkPage, loginContext, openPage } from '../helpers/page-check.js';
import { liveServer, type LiveServer } from '../helpers/server.js';

type Who = 'public' | 'team';
/**
 * The facts of complete minutes as the demo shows them: the first demo meeting was held with its
 * proceedings and who voted how recorded, and its minutes were corrected once (version 1 froze one
 * abstention, version 2 none); the second was held without them.
 */
const run = browserAvailable();

describe.skipIf(!run)('complete minutes in headless Chromium: shown, in nl and en, without axe violations', () => {
  let server: LiveServer;
  let browser: Browser;
  const contexts = {} as Record<Who, BrowserContext>;
  const ids: Record<string, number> = {};
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    server = await liveServer();
    const meetings = await server.database.db.selectFrom('meetings').select('id').where('is_demo', '=', true).orderBy('starts_at').execute();
    meetings.forEach((m, i) => { ids[`m${i + 1}`] = m.id; });
    browser = await launch();
    contexts.public = await browser.newContext();
    contexts.team = await loginContext(browser, server, 'transition_team');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const url = (path: string, lang: 'nl' | 'en') => `${server.base}${path.replace(/\{(\w+)\}/g, (_, k: string) => String(ids[k]))}${path.includes('?') ? '&' : '?'}lang=${lang}`;
  async function look(who: Who, path: string, lang: 'nl' | 'en', check: (page: Page) => Promise<void>) {
    await checkPage(contexts[who], server, path.replace(/\{(\w+)\}/g, (_, k: string) => String(ids[k])), lang, 200, consoleErrors);
    const { page } = await openPage(contexts[who], url(path, lang), consoleErrors);
    try { await check(page); } finally { await page.close(); }
  }
  const rowOf = (page: Page, table: number, vote: string) => page.locator('table.voters').nth(table).locator('tbody tr', { has: page.locator(`th[scope=row]:text-is("${vote}")`) });

  for (const [lang, w] of [
    ['nl', { started: 'Begonnen', secretary: 'Secretaris', abstain: 'Onthouding', added: 'ingelast', planned: 'gepland', motivation: 'Motivering', appointedBy: 'Aangesteld door' }],
    ['en', { started: 'Started', secretary: 'Secretary', abstain: 'Abstained', added: 'added', planned: 'planned', motivation: 'Motivation', appointedBy: 'Appointed by' }],
  ] as const) {
    it(`the published minutes show the proceedings and who voted how as each version froze them (${lang})`, async () => {
      for (const [version, abstentions] of [[1, '1'], [2, '0']] as const) {
        await look('public', `/meetings/{m1}/publications/minutes/${version}`, lang, async (page) => {
          expect(await page.locator('dl.proceedings dt').allTextContents()).toEqual(expect.arrayContaining([w.started, w.secretary]));
          expect(await page.locator('dl.proceedings').textContent()).toContain('Cultuurconnect');
          expect(await page.locator('table.voters caption').count()).toBe(3);
          expect(await rowOf(page, 1, w.abstain).locator('td').first().textContent()).toBe(abstentions);
          expect(await page.locator('.item-type').first().textContent()).toContain(w.planned);
        });
      }
    });

    it(`the meeting pages show the facts where recorded and not where they are not (${lang})`, async () => {
      await look('public', '/meetings/{m1}', lang, async (page) => {
        expect(await page.locator('dl.proceedings').count()).toBeGreaterThan(0);
        expect(await page.locator('table.voters').count()).toBeGreaterThan(0);
      });
      await look('team', '/meetings/{m1}', lang, async (page) => {
        expect(await page.locator('dl.proceedings').count()).toBe(1);
        expect(await page.locator('table.voters').count()).toBe(3);
      });
      await look('team', '/meetings/{m2}', lang, async (page) => {
        expect(await page.locator('dl.proceedings').count()).toBe(0);
        expect(await page.locator('table.voters').count()).toBe(0);
      });
    });

    it(`the decision page, the members list and the agenda item form show the new facts (${lang})`, async () => {
      await look('public', '/decisions/stuurgroep-2026-001', lang, async (page) => {
        expect(await page.locator('#legal').count()).toBe(1);
        expect(await page.locator('main').textContent()).toContain(w.motivation);
      });
      await look('public', '/bodies/werkgroep-open-cultuurdata-demo', lang, async (page) => {
        expect(await page.locator('table th[scope=col]').allTextContents()).toContain(w.appointedBy);
        expect(await page.locator('table a[href="/decisions/stuurgroep-2026-001"]').count()).toBe(1);
      });
      await look('team', '/meetings/{m1}/agenda-items/new', lang, async (page) => {
        expect(await page.locator('.item-type').textContent()).toContain(w.added);
      });
      await look('team', '/meetings/{m3}/agenda-items/new', lang, async (page) => {
        expect(await page.locator('.item-type').textContent()).toContain(w.planned);
      });
    });
  }

  it('loads no page with a console error (e.g. a CSP violation)', () => {
    expect(consoleErrors).toEqual([]);
  });
});
