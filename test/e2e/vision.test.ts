import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, browserAvailable, describeViolations, launch } from '../helpers/browser.js';
import { checkPage, loginContext } from '../helpers/page-check.js';
import { liveServer, type LiveServer } from '../helpers/server.js';

type Who = 'public' | 'team';
const PAGES: Array<{ path: string; who: Who[] }> = [
  { path: '/vision', who: ['public', 'team'] },
  { path: '/vision/why', who: ['public'] },
  { path: '/vision/embed', who: ['public'] },
  { path: '/vision/demo-visie-2050', who: ['public', 'team'] },
  { path: '/vision/demo-visie-2050/rounds/1', who: ['public', 'team'] },
  { path: '/paths', who: ['public', 'team'] },
  { path: '/paths/demo-pad-basisinfrastructuur', who: ['public', 'team'] },
  { path: '/paths/demo-pad-open-data', who: ['public'] },
  { path: '/scenarios', who: ['public', 'team'] },
  { path: '/scenarios/demo-scenario-gemeengoed', who: ['public', 'team'] },
  { path: '/vision/new', who: ['team'] },
  { path: '/paths/new', who: ['team'] },
  { path: '/paths/demo-pad-competenties/edit', who: ['team'] },
  { path: '/scenarios/sets/new', who: ['team'] },
  { path: '/scenarios/demo-scenario-coalitie/edit', who: ['team'] },
];

const run = browserAvailable();

describe.skipIf(!run)('vision pages in headless Chromium: a consultation round, nl and en, axe WCAG 2.1 AA', () => {
  let server: LiveServer;
  let browser: Browser;
  const contexts = {} as Record<Who | 'member' | 'owner', BrowserContext>;
  const consoleErrors: string[] = [];

  /** A fresh org_member account that belongs to a new organisation with this role, logged in. */
  async function organisationContext(role: 'owner' | 'member', organisationId: number): Promise<BrowserContext> {
    const context = await loginContext(browser, server, 'org_member');
    const users = await server.database.db.selectFrom('users').select('id').where('role', '=', 'org_member').where('email', 'like', 'e2e-%').orderBy('id', 'desc').limit(1).execute();
    await server.database.db.insertInto('organisation_members').values({ organisation_id: organisationId, user_id: users[0]!.id, role }).execute();
    return context;
  }

  beforeAll(async () => {
    server = await liveServer();
    browser = await launch();
    contexts.public = await browser.newContext();
    contexts.team = await loginContext(browser, server, 'transition_team');
    const { id } = await server.database.db.insertInto('organisations').values({
      name: 'E2E Cultuurhuis', subsector: 'socio_cultural', province: 'west-vlaanderen', staff_class: '5-19', budget_class: '250k-1m',
      municipality: 'Brugge', legal_form: 'vzw', funding_framework: 'sociaal_cultureel_volwassenenwerk',
    }).returning('id').executeTakeFirstOrThrow();
    contexts.member = await organisationContext('member', id);
    contexts.owner = await organisationContext('owner', id);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  for (const lang of ['nl', 'en'] as const) {
    for (const { path, who } of PAGES) {
      for (const w of who) {
        it(`${path} as ${w} (${lang})`, () => checkPage(contexts[w], server, path, lang, 200, consoleErrors));
      }
    }
  }

  it('lets partners frame the embed page (and only that page)', async () => {
    const embed = await fetch(`${server.base}/vision/embed`);
    expect(embed.headers.get('content-security-policy')).toContain('frame-ancestors *');
    expect(embed.headers.get('x-frame-options')).toBeNull();
    expect((await fetch(`${server.base}/vision/why`)).headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('runs a consultation round: a member comments for the organisation, the team answers, the owner endorses', async () => {
    // 1. A member comments on a section, on behalf of the organisation.
    const member = await contexts.member.newPage();
    await member.goto(`${server.base}/vision/demo-visie-2050?lang=nl`);
    expect(await member.textContent('main')).toContain('Ronde 2 is open');
    await member.click('#comment-form button[type=submit]');
    await member.waitForSelector('#error-summary');
    let violations = await axe(member);
    expect(violations, describeViolations(violations)).toEqual([]);
    await member.check('#f-section-desired_state');
    await member.fill('#f-text', 'Vanuit het sociaal-cultureel werk: noem ook de vrijwilligers.');
    await member.selectOption('#f-organisationId', { label: 'E2E Cultuurhuis' });
    await Promise.all([member.waitForURL(/saved=commented/), member.click('#comment-form button[type=submit]')]);
    const commentId = new URL(member.url()).hash.slice(1);
    expect(await member.textContent(`#${commentId}`)).toContain('noem ook de vrijwilligers');
    expect(await member.textContent(`#${commentId}`)).toContain('E2E Cultuurhuis');
    violations = await axe(member);
    expect(violations, describeViolations(violations)).toEqual([]);

    // 2. The transition team answers it on the same page.
    const team = await contexts.team.newPage();
    await team.goto(`${server.base}${new URL(member.url()).pathname}${new URL(member.url()).search.replace(/&?saved=commented/, '')}#${commentId}`);
    const id = commentId.replace('comment-', '');
    await team.check(`#f-a${id}-answer-adapted`);
    await team.fill(`#f-a${id}-reason`, 'Opgenomen in de gewenste toestand, in eigen woorden.');
    await Promise.all([team.waitForURL(/saved=answered/), team.click(`#${commentId} form button[type=submit]`)]);
    expect(await team.textContent(`#${commentId}`)).toContain('aangepast overgenomen');
    violations = await axe(team);
    expect(violations, describeViolations(violations)).toEqual([]);

    // 3. The member sees the answer; the owner endorses for the organisation.
    await member.reload();
    expect(await member.textContent(`#${commentId}`)).toContain('Opgenomen in de gewenste toestand');
    const owner = await contexts.owner.newPage();
    await owner.goto(`${server.base}/vision/demo-visie-2050?lang=en`);
    await Promise.all([owner.waitForURL(/saved=endorsed/), owner.click('button:has-text("Endorse on behalf of E2E Cultuurhuis")')]);
    expect(await owner.textContent('#endorse-title + p + ul')).toContain('onderschrijft deze versie');
    expect(await owner.textContent('main')).toContain('E2E Cultuurhuis');
    violations = await axe(owner);
    expect(violations, describeViolations(violations)).toEqual([]);
    for (const page of [member, team, owner]) await page.close();
  });

  it('opens a transition path with its action lines and their progress, and the why page with live figures', async () => {
    const page = await contexts.public.newPage();
    await page.goto(`${server.base}/paths?lang=en`);
    expect(await page.textContent('main')).toContain('No short-term action line');
    await page.click('a[href="/paths/demo-pad-basisinfrastructuur"]');
    const main = await page.textContent('main');
    expect(main).toContain('Horizon 2025');
    expect(main).toMatch(/\d+\s?%/);
    expect(await page.locator('a[href="/action-lines/demo-basisinfrastructuur"]').count()).toBe(1);
    await page.goto(`${server.base}/vision/why?lang=en`);
    expect(await page.inputValue('#embed-snippet')).toContain('/vision/embed?lang=en');
    expect(await page.textContent('main')).toContain('Organisations that endorse the vision');
    await page.close();
  });

  it('loads no page with a console error (e.g. a CSP violation)', () => {
    expect(consoleErrors, consoleErrors.join('\n')).toEqual([]);
  });
});
