import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, browserAvailable, describeViolations, launch } from '../helpers/browser.js';
import { checkPage } from '../helpers/page-check.js';
import { liveServer, type LiveServer } from '../helpers/server.js';

const run = browserAvailable();

/**
 * The "done when" of the digital maturity issue, walked through as a newcomer does it on the
 * seeded platform with its demo sector: register, invite a colleague, answer the full assessment
 * together, submit, compare with the demo peers, make an improvement plan, measure again with a
 * quick scan and see the progress. Only labels, roles and visible texts lead the way, so the test
 * follows what a person sees; axe checks the main pages on the way and no page may log an error.
 */
describe.skipIf(!run)('digital maturity journey of a newcomer in headless Chromium', () => {
  let server: LiveServer;
  let browser: Browser;
  let owner: BrowserContext;
  let colleague: BrowserContext;
  let organisationPath = '';
  let invitationUrl = '';
  let fullAssessment = 0;
  /** The dimension codes in the model's order, as the assessment's dimension navigation lists them. */
  let dimensions: string[] = [];
  const consoleErrors: string[] = [];

  const ORGANISATION = 'Erfgoedhuis De Doorloop';
  const OWNER_LEVEL = 2;
  const COLLEAGUE_LEVEL = 3;
  const TARGET = 4;

  /** A form field by its visible label; required fields add " (verplicht)" to it. */
  const field = (page: Page, label: string) =>
    page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( \\(verplicht\\))?$`));
  const inMain = (page: Page) => page.getByRole('main');
  const link = (page: Page, name: string | RegExp) => inMain(page).getByRole('link', { name, exact: typeof name === 'string' });
  const button = (page: Page, name: string | RegExp) => inMain(page).getByRole('button', { name, exact: typeof name === 'string' });

  async function open(context: BrowserContext, path: string): Promise<Page> {
    const page = await context.newPage();
    page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(`${path}: ${msg.text()}`); });
    const response = await page.goto(server.base + path);
    expect(response?.status(), path).toBe(200);
    return page;
  }

  /** Clicks something that submits a form or follows a link, and waits for the next document. */
  async function follow(page: Page, target: Locator): Promise<void> {
    await Promise.all([page.waitForEvent('load'), target.click()]);
  }

  async function noViolations(page: Page): Promise<void> {
    const violations = await axe(page);
    expect(violations, `${page.url()}\n${describeViolations(violations)}`).toEqual([]);
  }

  const levelRadio = (question: Locator, level: number) => question.getByRole('radio', { name: new RegExp(`^${level} · `) });
  const questionGroups = (page: Page) => page.getByRole('group', { name: /^Waar staan we nu\?/ });
  const targetSelects = (page: Page) => page.getByRole('combobox', { name: /^Welk niveau willen we over 12 maanden halen\?/ });

  /**
   * How many assessments have answers waiting on this device. Evaluated through the DevTools
   * protocol (a string: this project has no DOM types), which the page's CSP does not block,
   * unlike the eval behind waitForFunction's polling.
   */
  const queued = (page: Page) =>
    page.evaluate('Object.keys(localStorage).filter((k) => k.startsWith("tr-assessment-queue:")).length') as Promise<number>;

  /**
   * Waits for the answer that saving-as-you-go sends, checks the server took it, and waits until
   * the page has dropped it from its queue on this device: leaving the page earlier would leave it
   * queued, to be sent again from the next page.
   */
  async function saved(page: Page, change: () => Promise<void>): Promise<void> {
    const put = page.waitForResponse((r) => r.request().method() === 'PUT' && /\/api\/assessments\/\d+\/answers\/\d+$/.test(r.url()));
    await change();
    expect((await put).status()).toBe(200);
    await expect.poll(() => queued(page), { interval: 20 }).toBe(0);
  }

  /**
   * Answers every question of the dimension page that is open with one level, and gives the
   * first question a target, each change saved as it is made. Returns how many questions there were.
   */
  async function answerDimension(page: Page, level: number): Promise<number> {
    const groups = questionGroups(page);
    const count = await groups.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) await saved(page, () => levelRadio(groups.nth(i), level).check());
    await saved(page, async () => { await targetSelects(page).first().selectOption(String(TARGET)); });
    return count;
  }

  /** Every question shows the level given, and the first one the target: what the server stored. */
  async function expectAnswered(page: Page, level: number): Promise<void> {
    const groups = questionGroups(page);
    const count = await groups.count();
    for (let i = 0; i < count; i++) expect(await levelRadio(groups.nth(i), level).isChecked()).toBe(true);
    expect(await targetSelects(page).first().inputValue()).toBe(String(TARGET));
    expect(await inMain(page).getByText(`${count} van ${count} vragen beantwoord`).first().isVisible()).toBe(true);
  }

  /**
   * From the overview: every dimension page in turn, answered, saved with the page's own button
   * ("Opslaan en verder naar ...", "Opslaan" on the last one), back to the overview. `halfway`
   * runs after the given dimension has been answered, before it is saved.
   */
  async function answerAll(page: Page, assessment: number, level: number, halfway?: { after: number; check: (page: Page) => Promise<void> }): Promise<void> {
    const codes = await dimensionCodes(page);
    await follow(page, link(page, /^(Begin met de eerste vraag|Verder bij de eerste open vraag)$/));
    for (const [i, code] of codes.entries()) {
      expect(new URL(page.url()).pathname).toBe(`/assessments/${assessment}/dimensions/${code}`);
      await answerDimension(page, level);
      if (halfway && halfway.after === i) await halfway.check(page);
      const next = codes[i + 1];
      await follow(page, next ? button(page, /^Opslaan en verder naar /) : button(page, 'Opslaan'));
      expect(page.url()).toBe(`${server.base}/assessments/${assessment}/dimensions/${next ?? code}?saved=saved`);
      expect(await inMain(page).getByRole('status').filter({ hasText: 'Je antwoorden zijn opgeslagen.' }).count()).toBe(1);
    }
    await follow(page, link(page, 'Naar het overzicht van deze zelfevaluatie'));
    const total = await page.getByText(/^\d+ van \d+ vragen beantwoord$/).first().textContent();
    const [answered, of] = /^(\d+) van (\d+)/.exec(total ?? '')!.slice(1);
    expect(answered).toBe(of);
  }

  async function dimensionCodes(page: Page): Promise<string[]> {
    const links = page.getByRole('navigation', { name: 'Dimensies' }).getByRole('link');
    const codes: string[] = [];
    for (let i = 0, n = await links.count(); i < n; i++) codes.push((await links.nth(i).getAttribute('href'))?.split('/').pop() ?? '');
    return codes;
  }

  async function finishPart(page: Page, assessment: number): Promise<void> {
    await follow(page, button(page, 'Mijn deel is klaar'));
    expect(page.url()).toBe(`${server.base}/assessments/${assessment}?saved=finished`);
    expect(await inMain(page).getByRole('status').filter({ hasText: 'Je deel is klaar' }).count()).toBe(1);
  }

  beforeAll(async () => {
    server = await liveServer();
    browser = await launch();
    owner = await browser.newContext();
    colleague = await browser.newContext();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('registers an account and a heritage organisation through /register and lands on the organisation', async () => {
    const page = await open(owner, '/organisations');
    await follow(page, link(page, 'Registreer je organisatie'));
    expect(new URL(page.url()).pathname).toBe('/register');
    await noViolations(page);
    await field(page, 'Naam').fill('Nina Nieuwkomer');
    await field(page, 'E-mailadres').fill('nina@doorloop.example.org');
    await field(page, 'Wachtwoord').fill('een lange zin om te onthouden');
    await field(page, 'Wachtwoord herhalen').fill('een lange zin om te onthouden');
    await field(page, 'Jouw functie in de organisatie').selectOption('director');
    await field(page, 'Naam van de organisatie').fill(ORGANISATION);
    await field(page, 'Subsector').selectOption('heritage');
    await field(page, 'Subsidiekader').selectOption('erfgoeddecreet');
    await field(page, 'Rechtsvorm').selectOption('vzw');
    await field(page, 'Personeel').selectOption('5-19');
    await field(page, 'Jaarbudget').selectOption('250k-1m');
    await field(page, 'Provincie').selectOption('antwerpen');
    await field(page, 'Gemeente').fill('Mechelen');
    await follow(page, button(page, 'Account aanmaken en organisatie registreren'));

    expect(page.url()).toMatch(/\/organisations\/\d+\?saved=registered$/);
    organisationPath = new URL(page.url()).pathname;
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain(ORGANISATION);
    expect(await inMain(page).getByRole('status').filter({ hasText: 'Welkom!' }).count()).toBe(1);
    for (const name of ['Zelfevaluaties', 'Vergelijking met collega\'s', 'Verbeterplan']) expect(await link(page, name).count()).toBe(1);
    await noViolations(page);
    await page.close();
  });

  it('invites a colleague as respondent from the members page; the colleague creates an account from the link', async () => {
    const page = await open(owner, organisationPath);
    await follow(page, link(page, 'Leden en uitnodigingen beheren'));
    await field(page, 'E-mailadres').fill('ruben@doorloop.example.org');
    await inMain(page).getByRole('radio', { name: 'respondent', exact: true }).check();
    await field(page, 'Functie').selectOption('staff');
    await follow(page, button(page, 'Toevoegen of uitnodigen'));
    expect(await page.getByRole('heading', { name: 'Uitnodiging voor ruben@doorloop.example.org gemaakt' }).count()).toBe(1);
    invitationUrl = await page.getByLabel('Uitnodigingslink').inputValue();
    expect(invitationUrl).toMatch(/\/invitations\/[\w-]+$/);
    await noViolations(page);
    // Shown once: the next visit of the members page lists the invitation, not its link. (A
    // reload would post the form again, which rightly refuses a second open invitation.)
    await page.goto(`${server.base}${organisationPath}/members`);
    expect(await page.getByLabel('Uitnodigingslink').count()).toBe(0);
    expect(await inMain(page).getByRole('table', { name: 'Openstaande uitnodigingen' }).getByRole('rowheader').allTextContents()).toEqual(['ruben@doorloop.example.org']);
    await page.close();

    const invited = await open(colleague, new URL(invitationUrl).pathname);
    expect(await invited.getByRole('heading', { level: 1 }).textContent()).toBe(`Uitnodiging van ${ORGANISATION}`);
    await noViolations(invited);
    await field(invited, 'Naam').fill('Ruben Respondent');
    await field(invited, 'Wachtwoord').fill('nog een lange geheime zin');
    await field(invited, 'Wachtwoord herhalen').fill('nog een lange geheime zin');
    await follow(invited, button(invited, 'Account aanmaken en lid worden'));
    expect(invited.url()).toBe(`${server.base}${organisationPath}?saved=joined`);
    expect(await inMain(invited).textContent()).toContain('Je bent respondent');
    await invited.close();
  });

  it('lets the owner start the full assessment and answer every dimension; the answers survive a reload halfway', async () => {
    const page = await open(owner, organisationPath);
    await follow(page, link(page, 'Zelfevaluaties'));
    await noViolations(page);
    await follow(page, button(page, 'Volledige zelfevaluatie starten'));
    const started = /\/assessments\/(\d+)\?saved=started$/.exec(page.url());
    expect(started).not.toBeNull();
    fullAssessment = Number(started![1]);
    expect(await inMain(page).getByRole('status').filter({ hasText: 'De zelfevaluatie is gestart' }).count()).toBe(1);
    dimensions = await dimensionCodes(page);
    expect(dimensions).toEqual(['audience', 'value', 'operations', 'data', 'leadership', 'infrastructure']);
    await noViolations(page);

    let reloaded = false;
    await answerAll(page, fullAssessment, OWNER_LEVEL, {
      after: 2,
      check: async (p) => {
        await noViolations(p);
        await p.reload();
        await expectAnswered(p, OWNER_LEVEL);
        // Nothing waits on this device: every change reached the server.
        expect(await queued(p)).toBe(0);
        reloaded = true;
      },
    });
    expect(reloaded).toBe(true);
    // Back on an earlier dimension, in a fresh tab: still all there.
    const again = await open(owner, `/assessments/${fullAssessment}/dimensions/value`);
    await expectAnswered(again, OWNER_LEVEL);
    await again.close();
    await finishPart(page, fullAssessment);
    await page.close();
  });

  it('lets the respondent answer every question and finish', async () => {
    const page = await open(colleague, organisationPath);
    await follow(page, link(page, 'Zelfevaluaties'));
    expect(await inMain(page).textContent()).toContain('Als respondent vul je zelfevaluaties in');
    await follow(page, link(page, 'Verder invullen'));
    expect(page.url()).toBe(`${server.base}/assessments/${fullAssessment}`);
    await answerAll(page, fullAssessment, COLLEAGUE_LEVEL);
    await finishPart(page, fullAssessment);
    expect(await inMain(page).textContent()).toContain('Een eigenaar of lid van de organisatie dient de zelfevaluatie in');
    await page.close();
  });

  it('lets the owner submit; the result shows a level per dimension in a table and a chart', async () => {
    const page = await open(owner, `/assessments/${fullAssessment}`);
    expect(await inMain(page).textContent()).toContain('Nu zijn 2 van 2 respondenten klaar.');
    await follow(page, button(page, 'Zelfevaluatie indienen'));
    expect(page.url()).toBe(`${server.base}/assessments/${fullAssessment}/results`);
    expect(await inMain(page).textContent()).toContain('2 respondenten geteld');

    const chart = inMain(page).getByRole('img', { name: /^Radardiagram van het huidige niveau/ });
    expect(await chart.locator('svg').count()).toBe(1);
    const table = inMain(page).getByRole('table', { name: 'Niveau, doel en spreiding per dimensie' });
    const rows = table.getByRole('row');
    expect(await rows.count()).toBe(1 + dimensions.length);
    // Owner 2, respondent 3: the lower of the two middle levels is 2; both aimed at 4.
    for (let i = 1; i <= dimensions.length; i++) {
      const cells = await rows.nth(i).getByRole('cell').allTextContents();
      expect(cells).toEqual(['2 · Herhaald', '4 · Gemeten en bijgestuurd', '2–3', '2', 'Ja']);
    }
    await noViolations(page);
    await page.close();
  });

  it('compares the result with the demo peers of the same subsector: figures, not a withheld notice', async () => {
    const page = await open(owner, `/assessments/${fullAssessment}/results`);
    await follow(page, link(page, 'Vergelijk met gelijkaardige organisaties'));
    await inMain(page).getByRole('checkbox', { name: 'Zelfde subsector' }).check();
    await follow(page, button(page, 'Vergelijk'));
    expect(page.url()).toBe(`${server.base}${organisationPath}/benchmark?subsector=same`);

    const group = inMain(page).getByRole('region', { name: /^Vergelijkingsgroep: / });
    expect(await group.textContent()).not.toContain('Geen cijfers');
    expect(await group.getByText(/^\d+ andere organisaties \(je eigen organisatie telt niet mee\)$/).count()).toBe(1);
    const table = group.getByRole('table', { name: /^Cijfers per dimensie, / });
    const headers = await table.getByRole('columnheader').allTextContents();
    const median = headers.indexOf('Mediaan');
    const own = headers.indexOf('Jouw niveau');
    expect(median).toBeGreaterThan(0);
    const rows = table.getByRole('row');
    expect(await rows.count()).toBe(1 + dimensions.length);
    let withMedian = 0;
    for (let i = 1; i <= dimensions.length; i++) {
      // The row header is the first column; the cells follow it.
      const cells = await rows.nth(i).getByRole('cell').allTextContents();
      expect(cells[own - 1]).toBe('2');
      if (/^\d+(,\d+)?$/.test(cells[median - 1] ?? '')) withMedian++;
    }
    expect(withMedian).toBeGreaterThan(0);
    await page.close();
  });

  it('makes an improvement plan from chosen priorities, with steps, a learning opportunity and a case', async () => {
    const page = await open(owner, `/assessments/${fullAssessment}/results`);
    await follow(page, link(page, 'Maak of bekijk het verbeterplan'));
    expect(new URL(page.url()).pathname).toBe(`${organisationPath}/plan`);
    expect(await page.getByRole('heading', { name: 'Kies jullie prioriteiten' }).count()).toBe(1);
    await noViolations(page);

    // Both have demo learning opportunities for level 2 and cases tagged with them.
    const chosen = ['Leiderschap en vaardigheden', 'Sturen met data'];
    const table = inMain(page).getByRole('table', { name: /^Dimensies gerangschikt voor het resultaat van / });
    const names = await table.getByRole('rowheader').allTextContents();
    expect(names).toHaveLength(dimensions.length);
    for (const name of names) await table.getByRole('checkbox', { name: `${name} als prioriteit kiezen` }).setChecked(chosen.includes(name));
    await table.getByRole('combobox', { name: 'Relevantie van Leiderschap en vaardigheden voor jullie missie' }).selectOption('high');
    await follow(page, button(page, 'Verbeterplan maken'));
    expect(page.url()).toBe(`${server.base}${organisationPath}/plan?saved=planCreated`);

    const priorities = inMain(page).getByRole('heading', { name: 'Prioriteiten', exact: true }).locator('xpath=following-sibling::ol[1]');
    const listed = await priorities.getByRole('listitem').allTextContents();
    expect(listed).toHaveLength(2);
    let learning = 0;
    for (const name of chosen) {
      expect(listed.some((l) => l.startsWith(name))).toBe(true);
      expect(await inMain(page).getByRole('heading', { name: `${name}: naar niveau 3 (Vastgelegd)` }).count()).toBe(1);
      const steps = inMain(page).getByRole('table', { name: `Stappen voor ${name}` });
      expect(await steps.getByRole('row').count()).toBeGreaterThan(1);

      const help = inMain(page).getByRole('region', { name: `Hulp bij ${name}` });
      // A learning opportunity says why it matches: "..., jullie staan op niveau 2".
      learning += await help.getByRole('listitem').filter({ hasText: `jullie staan op niveau ${OWNER_LEVEL}` }).count();
      const cases = help.getByRole('listitem').filter({ hasText: `inspiratie voor ${name}` });
      expect(await cases.count()).toBeGreaterThan(0);
      expect(await cases.first().getByRole('link').getAttribute('href')).toMatch(/^\/cases\/[\w-]+$/);
    }
    expect(learning).toBeGreaterThan(0);
    await noViolations(page);
    await page.close();
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`passes axe on the results, benchmark and plan pages (${lang})`, async () => {
      await checkPage(owner, server, `/assessments/${fullAssessment}/results`, lang, 200, consoleErrors);
      await checkPage(owner, server, `${organisationPath}/benchmark?subsector=same`, lang, 200, consoleErrors);
      await checkPage(owner, server, `${organisationPath}/plan`, lang, 200, consoleErrors);
      await checkPage(colleague, server, `/assessments/${fullAssessment}/dimensions/data`, lang, 200, consoleErrors);
    });
  }

  it('re-assesses with a quick scan of the owner alone; the progress page shows two results per dimension', async () => {
    const page = await open(owner, `${organisationPath}/plan`);
    await follow(page, inMain(page).getByRole('navigation', { name: 'Onderdelen van het traject' }).getByRole('link', { name: 'Zelfevaluaties' }));
    await follow(page, button(page, 'Snelle scan starten'));
    const started = /\/assessments\/(\d+)\?saved=started$/.exec(page.url());
    expect(started).not.toBeNull();
    const quick = Number(started![1]);
    expect(await dimensionCodes(page)).toEqual(dimensions);
    await answerAll(page, quick, COLLEAGUE_LEVEL);
    await finishPart(page, quick);
    // The colleague never opened this one: only finished respondents count.
    expect(await inMain(page).textContent()).toContain('Nu zijn 1 van 1 respondenten klaar.');
    await follow(page, button(page, 'Zelfevaluatie indienen'));
    expect(page.url()).toBe(`${server.base}/assessments/${quick}/results`);
    expect(await inMain(page).textContent()).toContain('1 respondent geteld');

    await follow(page, link(page, 'Maak of bekijk het verbeterplan'));
    await follow(page, inMain(page).getByRole('navigation', { name: 'Onderdelen van het traject' }).getByRole('link', { name: 'Voortgang' }));
    expect(new URL(page.url()).pathname).toBe(`${organisationPath}/progress`);
    expect(await inMain(page).textContent()).toContain('in elk van de 2 ingediende zelfevaluaties');
    const tables = inMain(page).getByRole('table', { name: /^Niveau en eigen doel voor .+ per zelfevaluatie$/ });
    expect(await tables.count()).toBe(dimensions.length);
    for (let i = 0; i < dimensions.length; i++) {
      const rows = tables.nth(i).getByRole('row');
      expect(await rows.count()).toBe(3);
      const results = [];
      for (const r of [1, 2]) results.push((await rows.nth(r).getByRole('cell').allTextContents()).join(' | '));
      expect(results.sort()).toEqual([`Snelle scan | ${COLLEAGUE_LEVEL} | ${TARGET}`, `Volledige zelfevaluatie | ${OWNER_LEVEL} | ${TARGET}`]);
    }
    expect(await inMain(page).getByRole('img', { name: /^Lijngrafiek van het niveau/ }).count()).toBe(dimensions.length);
    await noViolations(page);
    await page.close();
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`passes axe on the organisation, assessments and progress pages after the second measurement (${lang})`, async () => {
      await checkPage(owner, server, organisationPath, lang, 200, consoleErrors);
      await checkPage(owner, server, `${organisationPath}/assessments`, lang, 200, consoleErrors);
      await checkPage(owner, server, `${organisationPath}/progress`, lang, 200, consoleErrors);
    });
  }

  it('loads no page with a console error (e.g. a CSP violation)', () => {
    expect(consoleErrors).toEqual([]);
  });
});
