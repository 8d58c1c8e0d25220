import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, addOrganisation, addResult, ensureModel } from '../../src/modules/benchmarks/test-fixtures.js';
import { demoMaturitySeed } from '../../src/modules/benchmarks/seed/demo.js';
import { axe, browserAvailable, describeViolations, launch } from '../helpers/browser.js';
import { checkPage, loginContext } from '../helpers/page-check.js';
import { liveServer, type LiveServer } from '../helpers/server.js';

const run = browserAvailable();

describe.skipIf(!run)('benchmark and sector baseline pages in headless Chromium: nl and en, axe WCAG 2.1 AA', () => {
  let server: LiveServer;
  let browser: Browser;
  let visitor: BrowserContext;
  let member: BrowserContext;
  let team: BrowserContext;
  let organisation: number;
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    server = await liveServer();
    const db = server.database.db;
    const model = await ensureModel(db);
    // The demo sector loads only with a published model; a test start may come before the model seed exists.
    const demo = await db.selectFrom('organisations').select('id').where('is_demo', '=', true).limit(1).execute();
    if (!demo.length) await db.transaction().execute((tx) => demoMaturitySeed.load(tx));
    organisation = await addOrganisation(db, { subsector: 'arts', staff: '5-19', province: 'antwerpen' });
    await addResult(db, organisation, model, '2025-01-15T10:00:00Z', { audience: 1, data: 1 });
    await addResult(db, organisation, model, new Date().toISOString(), { audience: 3, data: 2, infrastructure: 4 }, { audience: 4 });
    server.app.readModels.catalog.touch('maturity');
    browser = await launch();
    visitor = await browser.newContext();
    member = await loginContext(browser, server, 'org_member');
    const user = await db.selectFrom('users').select('id').where('display_name', '=', 'E2E org_member').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    await addMember(db, organisation, user.id, 'owner');
    team = await loginContext(browser, server, 'transition_team');
    server.app.readModels.catalog.touch('maturity');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`benchmark, all organisations (${lang})`, () => checkPage(member, server, `/organisations/${organisation}/benchmark`, lang, 200, consoleErrors));
    it(`benchmark, same subsector and province, withheld groups (${lang})`, () => checkPage(member, server, `/organisations/${organisation}/benchmark?subsector=same&province=same&size=same`, lang, 200, consoleErrors));
    it(`sector baseline as visitor (${lang})`, () => checkPage(visitor, server, '/maturity/sector', lang, 200, consoleErrors));
    it(`sector baseline by province as transition team (${lang})`, () => checkPage(team, server, '/maturity/sector?by=province', lang, 200, consoleErrors));
  }

  it('refuses the benchmark to a visitor with a readable page', () => checkPage(visitor, server, `/organisations/${organisation}/benchmark`, 'nl', 401, consoleErrors));

  it('changes the peer group through the form and feeds the baseline to the KPIs', async () => {
    const page = await member.newPage();
    await page.goto(`${server.base}/organisations/${organisation}/benchmark`);
    await page.check('#peer-subsector');
    await Promise.all([page.waitForURL(/subsector=same/), page.click('form.filters button[type=submit]')]);
    expect(await page.isChecked('#peer-subsector')).toBe(true);
    await page.close();
    const teamPage = await team.newPage();
    await teamPage.goto(`${server.base}/maturity/sector`);
    await Promise.all([teamPage.waitForURL(/fed=\d{4}/), teamPage.click('form[action="/maturity/sector/kpis"] button[type=submit]')]);
    expect(await teamPage.textContent('[role=status]')).toMatch(/KPI/);
    const violations = await axe(teamPage);
    expect(violations, describeViolations(violations)).toEqual([]);
    await teamPage.close();
  });

  it('loads no page with a console error (e.g. a CSP violation)', () => {
    expect(consoleErrors.filter((e) => !/status of (401|404)/.test(e))).toEqual([]);
  });
});
