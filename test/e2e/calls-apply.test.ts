import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, browserAvailable, describeViolations, launch } from '../helpers/browser.js';
import { checkPage, loginContext } from '../helpers/page-check.js';
import { liveServer, type LiveServer } from '../helpers/server.js';

type Who = 'public' | 'team' | 'owner';
const CALL = 'demo-proeftuinen-2027';
const PAGES: Array<{ path: string; who: Who[] }> = [
  { path: '/calls', who: ['public', 'team'] },
  { path: '/calls?phase=closed', who: ['public'] },
  { path: `/calls/${CALL}`, who: ['public', 'owner', 'team'] },
  { path: '/forms', who: ['public', 'team'] },
  { path: '/forms/new', who: ['team'] },
  { path: '/calls/new', who: ['team'] },
  { path: `/calls/${CALL}/edit`, who: ['team'] },
  { path: `/calls/${CALL}/applications`, who: ['team'] },
  { path: '/calls/conformity', who: ['team'] },
  { path: '/applications', who: ['owner'] },
];

const run = browserAvailable();

describe.skipIf(!run)('call pages in headless Chromium: applying as a consortium, nl and en, axe WCAG 2.1 AA', () => {
  let server: LiveServer;
  let browser: Browser;
  const contexts = {} as Record<Who | 'partner', BrowserContext>;
  const consoleErrors: string[] = [];
  const organisations: Record<'lead' | 'partner', number> = { lead: 0, partner: 0 };

  async function memberContext(organisationId: number): Promise<BrowserContext> {
    const context = await loginContext(browser, server, 'org_member');
    const [user] = await server.database.db.selectFrom('users').select('id').where('email', 'like', 'e2e-org_member-%').orderBy('id', 'desc').limit(1).execute();
    await server.database.db.insertInto('organisation_members').values({ organisation_id: organisationId, user_id: user!.id, role: 'owner' }).execute();
    return context;
  }
  const organisation = async (name: string, subsector: string) => (await server.database.db.insertInto('organisations').values({
    name, subsector, province: 'antwerpen', staff_class: '5-19', budget_class: '250k-1m', municipality: 'Antwerpen', legal_form: 'vzw', funding_framework: 'none',
  }).returning('id').executeTakeFirstOrThrow()).id;

  beforeAll(async () => {
    server = await liveServer();
    browser = await launch();
    contexts.public = await browser.newContext();
    contexts.team = await loginContext(browser, server, 'transition_team');
    organisations.lead = await organisation('E2E Stadstheater', 'arts');
    organisations.partner = await organisation('E2E Erfgoedcel', 'heritage');
    contexts.owner = await memberContext(organisations.lead);
    contexts.partner = await memberContext(organisations.partner);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const lang of ['nl', 'en'] as const) {
    for (const { path, who } of PAGES) {
      for (const w of who) it(`${path} as ${w} (${lang})`, () => checkPage(contexts[w], server, path, lang, 200, consoleErrors));
    }
  }

  it('applies as a two-organisation consortium: start, refused submission with every error, partner confirms', async () => {
    const page = await contexts.owner.newPage();
    await page.goto(`${server.base}/calls/${CALL}?lang=nl`);
    await page.selectOption('#f-organisationId', String(organisations.lead));
    await page.fill('#f-title', 'E2E proeftuin');
    await Promise.all([page.waitForURL(/\/applications\/\d+\?saved=started/), page.click('form[action$="/applications"] button[type=submit]')]);
    const url = page.url().split('?')[0]!;
    const id = Number(url.split('/').pop());
    expect(await axe(page), 'application draft page').toEqual([]);

    await page.fill('#f-a_problem', 'Onze collecties zijn onvindbaar.');
    await page.check('#f-x_oslo_models-organisatie');
    await page.check('#f-x_licence-cc_by');
    await Promise.all([page.waitForURL(/saved=saved/), page.click('button[name=intent][value=save]')]);
    expect(await page.inputValue('#f-a_problem')).toBe('Onze collecties zijn onvindbaar.');
    expect(await page.isChecked('#f-x_licence-cc_by')).toBe(true);

    await page.click('button[name=intent][value=submit]');
    await page.waitForSelector('#error-summary');
    const summary = await page.textContent('#error-summary');
    expect(summary).toContain('Aanpak');
    const violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    const stored = await server.database.db.selectFrom('applications').select(['status', 'version']).where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored).toEqual({ status: 'draft', version: 2 });

    await page.goto(`${url}?partner=E2E%20Erfgoed`);
    await Promise.all([page.waitForURL(/saved=partnerAdded/), page.click(`form[action$="/partners"] button[type=submit]`)]);
    expect(await page.textContent('#f-partners + p, .consortium')).toContain('Consortium over deelsectoren heen');

    const partner = await contexts.partner.newPage();
    await partner.goto(`${url}?lang=en`);
    expect(await partner.textContent('main')).toContain('Does E2E Erfgoedcel take part?');
    const partnerViolations = await axe(partner);
    expect(partnerViolations, describeViolations(partnerViolations)).toEqual([]);
    await Promise.all([partner.waitForURL(/saved=confirmed/), partner.click('form[action$="/confirm"] button[type=submit]')]);
    const confirmed = await server.database.db.selectFrom('application_partners').select('confirmed_at').where('application_id', '=', id).where('organisation_id', '=', organisations.partner).executeTakeFirstOrThrow();
    expect(confirmed.confirmed_at).not.toBeNull();
    await page.close();
    await partner.close();
  });

  it('had no console errors (a CSP violation would show there)', () => {
    expect(consoleErrors).toEqual([]);
  });
});
