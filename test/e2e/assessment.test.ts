import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMember, createModel, createOrganisation, type FixtureModel } from '../../src/modules/assessments/testing/fixtures.js';
import { axe, browserAvailable, describeViolations, launch } from '../helpers/browser.js';
import { checkPage, loginContext } from '../helpers/page-check.js';
import { liveServer, type LiveServer } from '../helpers/server.js';

const run = browserAvailable();

/**
 * The self-assessment as people use it: answering saves at once, survives a reload and a lost
 * connection, two respondents finish, an owner submits, and every page passes axe in nl and en.
 */
describe.skipIf(!run)('self-assessment in headless Chromium: saving as you go, offline, submit, axe WCAG 2.1 AA', () => {
  let server: LiveServer;
  let browser: Browser;
  let model: FixtureModel;
  let org: number;
  let assessment: number;
  const contexts = {} as Record<'owner' | 'respondent' | 'member', BrowserContext>;
  const cspErrors: string[] = [];

  /** A logged-in member of the test organisation with this organisation role. */
  async function memberContext(role: 'owner' | 'respondent' | 'member'): Promise<BrowserContext> {
    const context = await loginContext(browser, server, 'org_member');
    const db = server.database.db;
    const user = await db.selectFrom('users').select('id').where('email', 'like', 'e2e-org_member-%').orderBy('id', 'desc').executeTakeFirstOrThrow();
    await addMember(db, org, user.id, role, role === 'respondent' ? 'educatie' : '');
    return context;
  }

  async function open(context: BrowserContext, path: string): Promise<Page> {
    const page = await context.newPage();
    page.on('console', (msg) => { if (msg.type() === 'error' && /Content Security Policy/i.test(msg.text())) cspErrors.push(`${path}: ${msg.text()}`); });
    await page.goto(server.base + path);
    return page;
  }

  const put = (page: Page, questionId: number) =>
    page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith(`/answers/${questionId}`) && r.status() === 200, { timeout: 25_000 });
  const status = (page: Page, questionId: number) => page.textContent(`#q-${questionId}-status`);
  const q = (code: string) => model.q[code]!;
  /** Waits until an element's text matches, evaluated in the page (a string: this project has no DOM types). */
  const textMatches = (page: Page, id: string, pattern: RegExp) =>
    page.waitForFunction(`${pattern.toString()}.test(document.getElementById(${JSON.stringify(id)})?.textContent ?? '')`, undefined, { timeout: 25_000 });

  beforeAll(async () => {
    server = await liveServer();
    browser = await launch();
    model = await createModel(server.database.db);
    org = await createOrganisation(server.database.db, 'E2E Erfgoedhuis');
    contexts.owner = await memberContext('owner');
    contexts.respondent = await memberContext('respondent');
    contexts.member = await memberContext('member');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets the owner start a full assessment from the start page', async () => {
    const page = await open(contexts.owner, `/organisations/${org}/assessments`);
    await Promise.all([page.waitForURL(/\/assessments\/\d+\?saved=started/), page.click('form:has(input[name=kind][value=full]) button[type=submit]')]);
    assessment = Number(/\/assessments\/(\d+)/.exec(page.url())![1]);
    expect(await page.textContent('main')).toContain('Wie ziet wat');
    await page.close();
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`passes axe on the start, overview and answer pages (${lang})`, async () => {
      await checkPage(contexts.owner, server, `/organisations/${org}/assessments`, lang, 200, []);
      await checkPage(contexts.owner, server, `/assessments/${assessment}`, lang, 200, []);
      await checkPage(contexts.owner, server, `/assessments/${assessment}/dimensions/audience`, lang, 200, []);
    });
  }

  it('saves each change at once, and the answers are still there after a reload', async () => {
    const A1 = q('A1');
    const page = await open(contexts.respondent, `/assessments/${assessment}/dimensions/audience`);
    await Promise.all([put(page, A1), page.check(`#f-current-${A1}-2`)]);
    expect(await status(page, A1)).toBe('Opgeslagen');
    await Promise.all([put(page, A1), page.selectOption(`#f-target-${A1}`, '3')]);
    await Promise.all([put(page, A1), page.fill(`#f-note-${A1}`, 'Besproken in het team')]);
    expect(await page.textContent('[data-progress-text="audience"]')).toBe('1 van 3 vragen beantwoord');
    await page.reload();
    expect(await page.isChecked(`#f-current-${A1}-2`)).toBe(true);
    expect(await page.inputValue(`#f-target-${A1}`)).toBe('3');
    expect(await page.inputValue(`#f-note-${A1}`)).toBe('Besproken in het team');
    await page.close();
  });

  it('keeps a change made offline, says so, and sends it when the connection returns', async () => {
    const A2 = q('A2');
    const page = await open(contexts.respondent, `/assessments/${assessment}/dimensions/audience`);
    await contexts.respondent.setOffline(true);
    await page.check(`#f-current-${A2}-3`);
    await textMatches(page, 'autosave-status', /offline/);
    expect(await status(page, A2)).toContain('Nog niet verstuurd');
    const sent = put(page, A2);
    await contexts.respondent.setOffline(false);
    await sent;
    await textMatches(page, `q-${A2}-status`, /^Opgeslagen$/);
    expect(await page.textContent('#autosave-status')).toContain('De verbinding is terug');
    await page.reload();
    expect(await page.isChecked(`#f-current-${A2}-3`)).toBe(true);
    await page.close();
  });

  it('restores an unsent answer from this device after a reload, then sends it', async () => {
    const A3 = q('A3');
    const page = await open(contexts.respondent, `/assessments/${assessment}/dimensions/audience`);
    // The server cannot be reached (but the browser is online): the answer waits in localStorage.
    await page.route('**/api/assessments/*/answers/*', (route) => route.abort());
    await page.check(`#f-current-${A3}-na`);
    await textMatches(page, `q-${A3}-status`, /Nog niet verstuurd/);
    await page.reload();
    expect(await page.isChecked(`#f-current-${A3}-na`)).toBe(true);
    // The restored answer is tried again at once and refused again: the status says so when that attempt is over.
    await textMatches(page, 'autosave-status', /wachten op dit toestel/);
    const sent = put(page, A3);
    await page.unroute('**/api/assessments/*/answers/*');
    await sent;
    await textMatches(page, `q-${A3}-status`, /^Opgeslagen$/);
    expect(await page.evaluate('Object.keys(localStorage).filter((k) => k.startsWith("tr-assessment-queue:")).length')).toBe(0);
    await page.reload();
    expect(await page.isChecked(`#f-current-${A3}-na`)).toBe(true);
    await page.close();
  });

  it('lets two respondents finish and the owner submit; the result page shows the combined levels', async () => {
    const [A1, D2] = [q('A1'), q('D2')];
    const data = await open(contexts.respondent, `/assessments/${assessment}/dimensions/data`);
    await Promise.all([put(data, D2), data.check(`#f-current-${D2}-2`)]);
    await data.close();
    const mine = await open(contexts.respondent, `/assessments/${assessment}`);
    expect(await mine.textContent('main')).toContain('Jouw voortgang 4 van 8 vragen beantwoord');
    await Promise.all([mine.waitForURL(/saved=finished/), mine.click(`form[action="/assessments/${assessment}/finish"] button`)]);
    expect(await mine.textContent('main')).toContain('Je deel is klaar');
    await mine.close();

    const second = await open(contexts.member, `/assessments/${assessment}/dimensions/audience`);
    await Promise.all([put(second, A1), second.check(`#f-current-${A1}-4`)]);
    await second.goto(`${server.base}/assessments/${assessment}`);
    await Promise.all([second.waitForURL(/saved=finished/), second.click(`form[action="/assessments/${assessment}/finish"] button`)]);
    await second.close();

    const owner = await open(contexts.owner, `/assessments/${assessment}`);
    expect(await owner.textContent('main')).toContain('Nu zijn 2 van 3 respondenten klaar');
    await Promise.all([owner.waitForURL(/\/results$/), owner.click(`form[action="/assessments/${assessment}/submit"] button`)]);
    const table = await owner.textContent('table.data-table');
    // Audience: respondent A1=2, A2=3 -> 2; member A1=4 -> 4; combined lower median of [2, 4] = 2, spread 2-4.
    expect(table).toContain('2 · Herhaald');
    expect(table).toContain('2–4');
    expect(table).toContain('Nee: respondenten liggen 2 of meer niveaus uiteen');
    expect(table).toContain('niet beantwoord');
    expect(await owner.locator('figure.chart svg').count()).toBe(1);
    const violations = await axe(owner);
    expect(violations, describeViolations(violations)).toEqual([]);
    await owner.close();
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`passes axe on the results page and the read-only answer page (${lang})`, async () => {
      await checkPage(contexts.owner, server, `/assessments/${assessment}/results`, lang, 200, []);
      await checkPage(contexts.respondent, server, `/assessments/${assessment}/dimensions/audience`, lang, 200, []);
      await checkPage(contexts.owner, server, `/organisations/${org}/assessments`, lang, 200, []);
    });
  }

  it('loads no page with a content security policy violation', () => {
    expect(cspErrors).toEqual([]);
  });
});
