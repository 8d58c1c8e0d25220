import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/modules/monitoring/index.js';
import { readFirstSheet, xlsxBuffer, XLSX_CONTENT_TYPE, type Cell } from '../../src/xlsx/index.js';
import { axe, browserAvailable, describeViolations, launch } from '../helpers/browser.js';
import { checkPage, loginContext, openPage } from '../helpers/page-check.js';
import { liveServer, type LiveServer } from '../helpers/server.js';

type Who = 'public' | 'team';
interface PageCase { path: string; who: Who; status?: number }

const HEADER = CSV_COLUMNS.join(',');
const run = browserAvailable();

describe.skipIf(!run)('monitoring pages in headless Chromium: nl and en, axe WCAG 2.1 AA', () => {
  let server: LiveServer;
  let browser: Browser;
  const contexts = {} as Record<Who, BrowserContext>;
  const consoleErrors: string[] = [];
  const imports = { done: 0, failed: 0 };

  const PAGES: () => PageCase[] = () => [
    { path: '/kpis', who: 'public' },
    { path: '/kpis', who: 'team' },
    { path: '/kpis?year=2025&status=all', who: 'public' },
    { path: '/kpis/demo-digital-strategy-share', who: 'public' },
    { path: '/kpis/demo-digital-strategy-share', who: 'team' },
    { path: '/kpis/demo-digital-strategy-share?subsector=heritage', who: 'public' },
    { path: '/kpis/demo-self-assessments?province=limburg', who: 'public' },
    { path: '/kpis/demo-europeana-aggregation-share', who: 'team' },
    { path: '/kpis/demo-helpdesk-response-days', who: 'public' },
    { path: '/kpis/new', who: 'team' },
    { path: '/kpis/new', who: 'public', status: 401 },
    { path: '/kpis/demo-digital-strategy-share/edit', who: 'team' },
    { path: '/kpis/demo-digital-strategy-share/measurements/new', who: 'team' },
    { path: '/kpis/demo-digital-strategy-share/measurements/new?period=2025&subsector=heritage', who: 'team' },
    { path: '/imports/new', who: 'team' },
    { path: '/imports/new', who: 'public', status: 401 },
    { path: `/imports/${imports.done}`, who: 'team' },
    { path: `/imports/${imports.failed}`, who: 'team' },
    { path: `/imports/${imports.failed}`, who: 'public', status: 401 },
    { path: '/kpis/no-such-kpi', who: 'public', status: 404 },
  ];

  const measurementCount = async () =>
    Number((await server.database.db.selectFrom('measurements').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  beforeAll(async () => {
    server = await liveServer();
    browser = await launch();
    contexts.public = await browser.newContext();
    contexts.team = await loginContext(browser, server, 'transition_team');
    const team = await server.as('transition_team');
    const post = (csv: string) => server.app.inject({ method: 'POST', url: '/api/imports?filename=seed.csv', headers: { ...team, 'content-type': 'text/csv' }, payload: csv });
    imports.done = JSON.parse((await post(`${HEADER}\ndemo-digital-strategy-share,2026,44,%,,,e2e,low,\n`)).body).id;
    imports.failed = JSON.parse((await post(`${HEADER}\ndemo-digital-strategy-share,2026-Q1,44,%,,,,,\n`)).body).importId;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const lang of ['nl', 'en'] as const) {
    for (let i = 0; i < PAGES().length; i++) {
      const label = PAGES()[i]!;
      it(`${label.path.replace(/\/imports\/\d+/, '/imports/:id')} as ${label.who} (${lang})`, async () => {
        const { path, who, status = 200 } = PAGES()[i]!;
        await checkPage(contexts[who], server, path, lang, status, consoleErrors);
      });
    }
  }

  it('draws the trend chart with ECharts beside its data table', async () => {
    const { page } = await openPage(contexts.public, `${server.base}/kpis/demo-digital-strategy-share`, consoleErrors);
    await page.waitForSelector('[data-kpi-chart] canvas');
    const box = await page.locator('[data-kpi-chart]').boundingBox();
    expect(box?.height).toBeGreaterThan(100);
    expect(await page.locator('table:has(caption:text("Metingen en streefwaarden per periode")) tbody tr').count()).toBeGreaterThanOrEqual(6);
    await page.close();
  });

  it('refuses a file with bad rows: names each row and writes nothing', async () => {
    const before = await measurementCount();
    const page = await contexts.team.newPage();
    page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(`import: ${msg.text()}`); });
    await page.goto(`${server.base}/imports/new`);
    const csv = [
      HEADER,
      'demo-digital-strategy-share,2027,45,%,,,e2e,high,',
      'demo-digital-strategy-share,2027-Q2,45,%,,,e2e,high,',
      'demo-self-assessments,2027-Q1,1000,%,,,e2e,high,',
      'demo-self-assessments,2027-Q2,veel,organisations,,gent,e2e,high,',
      'no-such-kpi,2027,1,%,,,,,',
    ].join('\r\n');
    await page.setInputFiles('#f-file', { name: 'slecht.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await Promise.all([page.waitForURL(/\/imports\/\d+$/), page.click('form[action="/imports"] button[type=submit]')]);
    expect(await page.textContent('h1')).toMatch(/^Import \d+$/);
    expect(await page.textContent('main')).toContain('slecht.csv');
    expect(await page.textContent('[role=alert]')).toContain('Er is niets weggeschreven');
    const rows = await page.locator('#import-errors tbody tr').allTextContents();
    expect(rows).toEqual([
      expect.stringMatching(/^3period.*2027-Q2/),
      expect.stringMatching(/^4unit.*eenheid % is niet de eenheid van de KPI \(organisations\)/),
      expect.stringMatching(/^5value.*veel is geen getal/),
      expect.stringMatching(/^5province.*gent/),
      expect.stringMatching(/^6kpi.*no-such-kpi/),
    ]);
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(await measurementCount()).toBe(before);
    await page.close();
  });

  it('refuses a workbook with bad rows: names each by its sheet row and writes nothing; then imports the corrected one', async () => {
    const before = await measurementCount();
    const page = await contexts.team.newPage();
    page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(`xlsx import: ${msg.text()}`); });
    const rows: Cell[][] = [
      ['demo-digital-strategy-share', '2028', 46, '%', '', '', 'e2e', 'high', ''],
      ['demo-digital-strategy-share', '2028-Q2', 46, '%', '', '', 'e2e', 'high', ''],
      ['demo-self-assessments', '2028-Q1', 'veel', 'organisations', '', 'gent', 'e2e', 'high', ''],
    ];
    const upload = async (name: string, cells: Cell[][]) => {
      await page.goto(`${server.base}/imports/new`);
      const buffer = await xlsxBuffer({ name: 'measurements', header: CSV_COLUMNS, rows: cells });
      await page.setInputFiles('#f-file', { name, mimeType: XLSX_CONTENT_TYPE, buffer });
      await Promise.all([page.waitForURL(/\/imports\/\d+$/), page.click('form[action="/imports"] button[type=submit]')]);
    };
    await upload('slecht.xlsx', rows);
    expect(await page.textContent('main')).toContain('slecht.xlsx');
    expect(await page.textContent('[role=alert]')).toContain('Er is niets weggeschreven');
    expect(await page.locator('#import-errors tbody tr').allTextContents()).toEqual([
      expect.stringMatching(/^3period.*2028-Q2/),
      expect.stringMatching(/^4value.*veel is geen getal/),
      expect.stringMatching(/^4province.*gent/),
    ]);
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    expect(await measurementCount()).toBe(before);

    // A damaged workbook never becomes an import: the form comes back with the reason, linked to the field.
    await page.goto(`${server.base}/imports/new`);
    const damaged = (await xlsxBuffer({ name: 'measurements', header: CSV_COLUMNS, rows })).subarray(0, 300);
    await page.setInputFiles('#f-file', { name: 'kapot.xlsx', mimeType: XLSX_CONTENT_TYPE, buffer: damaged });
    await Promise.all([page.waitForURL(`${server.base}/imports`), page.click('form[action="/imports"] button[type=submit]')]);
    expect(await page.textContent('#error-summary')).toContain('de XLSX-werkmap is beschadigd of onvolledig');
    expect(await page.getAttribute('#f-file', 'aria-invalid')).toBe('true');
    const formViolations = await axe(page);
    expect(formViolations, describeViolations(formViolations)).toEqual([]);

    await upload('goed.xlsx', [rows[0]!, ['demo-self-assessments', '2028-Q1', 12, 'organisations', '', 'limburg', 'e2e', 'high', '']]);
    await page.waitForSelector('.notice-success');
    expect(await page.textContent('main')).toContain('2 rijen geïmporteerd, waarvan 2 gewijzigd');
    expect(await measurementCount()).toBe(before + 2);
    await page.close();
  });

  it('downloads the measurements of a KPI as XLSX from its page, with the rows of the CSV', async () => {
    const page = await contexts.public.newPage();
    await page.goto(`${server.base}/kpis/demo-digital-strategy-share`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('a[href$="/measurements.xlsx"]')]);
    expect(download.suggestedFilename()).toBe('kpi-demo-digital-strategy-share.xlsx');
    const path = await download.path();
    const sheet = await readFirstSheet(await readFile(path!));
    const csv = await server.app.inject('/api/kpis/demo-digital-strategy-share/measurements.csv');
    expect(sheet.rows.length).toBe(csv.body.trimEnd().split('\r\n').length);
    expect(sheet.rows[0]!.cells).toEqual([...CSV_COLUMNS]);
    await page.close();
  });

  it('imports a large file in the background and shows its progress until it is done', async () => {
    const lines = [HEADER];
    for (let year = 2000; year <= 2099; year++) {
      for (let month = 1; month <= 12; month++) {
        for (const province of ['', 'antwerpen', 'limburg', 'oost-vlaanderen', 'vlaams-brabant', 'west-vlaanderen', 'brussel']) {
          lines.push(`demo-helpdesk-response-days,${year}-${String(month).padStart(2, '0')},${(year + month) % 30},days,,${province},e2e,medium,`);
        }
      }
    }
    const before = await measurementCount();
    const page = await contexts.team.newPage();
    page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(`progress: ${msg.text()}`); });
    await page.goto(`${server.base}/imports/new`);
    await page.setInputFiles('#f-file', { name: 'large.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\n'), 'utf8') });
    await Promise.all([page.waitForURL(/\/imports\/\d+/), page.click('form[action="/imports"] button[type=submit]')]);
    expect(await page.locator('progress#import-progress').count()).toBe(1);
    // The poll script reloads the page when the import ends.
    await page.waitForSelector('.notice-success', { timeout: 50_000 });
    expect(await page.textContent('main')).toContain(`${new Intl.NumberFormat("nl-BE").format(lines.length - 1)} rijen geïmporteerd`);
    expect(await page.getAttribute('progress#import-progress', 'value')).toBe(await page.getAttribute('progress#import-progress', 'max'));
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    // Rows that were already there (the demo's 2024-2026 totals) are replaced, not added.
    expect(await measurementCount()).toBeGreaterThan(before);
    await page.close();
  });

  it('loads no page with a console error (e.g. a CSP violation)', () => {
    expect(consoleErrors.filter((e) => !/status of (400|401|404)/.test(e))).toEqual([]);
  });
});
