import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answer, makeOrganisation, seedModel, submitAssessment } from '../../src/modules/improvement/test-fixtures.js';
import { axe, browserAvailable, describeViolations, launch } from '../helpers/browser.js';
import { checkPage, loginContext } from '../helpers/page-check.js';
import { liveServer, type LiveServer } from '../helpers/server.js';

const run = browserAvailable();

describe.skipIf(!run)('improvement pages in headless Chromium: nl and en, axe WCAG 2.1 AA', () => {
  let server: LiveServer;
  let browser: Browser;
  let owner: BrowserContext;
  let coach: BrowserContext;
  let peerOwner: BrowserContext;
  let peerOwnerEmail: string;
  let org: number;
  let peer: number;
  const consoleErrors: string[] = [];

  /** A browser logged in as a fresh org_member, and that account's id (the account made last). */
  async function login(): Promise<{ context: BrowserContext; id: number }> {
    const context = await loginContext(browser, server, 'org_member');
    const { id } = await server.database.db.selectFrom('users').select('id').orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    return { context, id };
  }

  beforeAll(async () => {
    server = await liveServer();
    browser = await launch();
    const db = server.database.db;
    const model = await seedModel(db, 91);
    org = await makeOrganisation(db, { name: 'E2E Erfgoedhuis', subsector: 'heritage' });
    const o = await login();
    owner = o.context;
    await db.insertInto('organisation_members').values({ organisation_id: org, user_id: o.id, role: 'owner' }).execute();
    await submitAssessment(db, org, model.id, '2025-02-01T10:00:00Z', { audience: [2, 3], value: [1, 2], operations: [2, 3], data: [1, 3], leadership: [2, 3], infrastructure: [3, 3] });
    const latest = await submitAssessment(db, org, model.id, '2026-02-01T10:00:00Z', {
      audience: [2, 3], value: [1, 3], operations: [2, 3], data: [4, 5], leadership: [2, 3, 1, 3, true], infrastructure: [2, 3],
    });
    await answer(db, latest, o.id, model.critical, 1);
    peer = await makeOrganisation(db, { name: 'E2E Peer', subsector: 'heritage', contactable: true });
    await submitAssessment(db, peer, model.id, '2025-09-01T10:00:00Z', { value: [4, 5], infrastructure: [5, 5] });
    const p = await login();
    peerOwner = p.context;
    await db.insertInto('organisation_members').values({ organisation_id: peer, user_id: p.id, role: 'owner' }).execute();
    peerOwnerEmail = (await db.selectFrom('users').select('email').where('id', '=', p.id).executeTakeFirstOrThrow()).email;
    const c = await login();
    coach = c.context;
    await db.insertInto('coach_invitations').values({ organisation_id: org, coach_user_id: c.id, invited_by: o.id }).execute();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('makes a plan from the suggested priorities in the browser, without axe violations', async () => {
    const page = await owner.newPage();
    page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(msg.text()); });
    await page.goto(`${server.base}/organisations/${org}/plan`);
    expect(await page.isChecked('#f-priority-infrastructure')).toBe(true);
    let violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.selectOption('#f-relevance_value', 'high');
    await Promise.all([page.waitForLoadState('load'), page.click('button[name=intent][value=rank]')]);
    expect(await page.inputValue('#f-relevance_value')).toBe('high');
    await page.check('#f-priority-value');
    await Promise.all([page.waitForURL(/saved=planCreated/), page.click('button[name=intent][value=save]')]);
    expect(await page.textContent('main')).toContain('Stap 1 naar value 2');
    violations = await axe(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await page.close();
  });

  it('asks a peer for contact; the peer\'s owner accepts and the requester sees whom to contact, without axe violations', async () => {
    const mine = await owner.newPage();
    await mine.goto(`${server.base}/organisations/${org}/plan`);
    await mine.fill(`#f-message-value-${peer}`, 'Hoe pakten jullie verdienmodellen aan?');
    await Promise.all([mine.waitForURL(/saved=contactRequested/), mine.click(`form:has(#f-message-value-${peer}) button[type=submit]`)]);
    expect(await mine.textContent('#sent-title')).toBe('Jullie vragen om contact');
    expect(await mine.textContent('main')).toContain('wacht op antwoord');
    let violations = await axe(mine);
    expect(violations, describeViolations(violations)).toEqual([]);

    const theirs = await peerOwner.newPage();
    await theirs.goto(`${server.base}/organisations/${peer}/plan`);
    expect(await theirs.textContent('#contact-title')).toBe('Vragen om raad van andere organisaties');
    violations = await axe(theirs);
    expect(violations, describeViolations(violations)).toEqual([]);
    await Promise.all([theirs.waitForURL(/saved=contactAccepted/), theirs.click('button[name=answer][value=accepted]')]);
    expect(await theirs.textContent('main')).toContain('Aanvaard door');
    violations = await axe(theirs);
    expect(violations, describeViolations(violations)).toEqual([]);

    await mine.reload();
    expect(await mine.getAttribute(`a[href="mailto:${peerOwnerEmail}"]`, 'href')).toBe(`mailto:${peerOwnerEmail}`);
    await mine.close();
    await theirs.close();
  });

  it('edits an item and shows the conflict without losing the input', async () => {
    const mine = await owner.newPage();
    await mine.goto(`${server.base}/organisations/${org}/plan`);
    const edit = await mine.getAttribute('a[href*="/plan/items/"][href$="/edit"]', 'href');
    await mine.goto(`${server.base}${edit}`);
    const theirs = await owner.newPage();
    await theirs.goto(`${server.base}${edit}`);
    await theirs.selectOption('#f-status', 'doing');
    await Promise.all([theirs.waitForURL(/saved=itemUpdated/), theirs.click('form[data-draft] button[type=submit]')]);
    await mine.fill('#f-owner', 'Mijn collega');
    await mine.click('form[data-draft] button[type=submit]');
    await mine.waitForSelector('#stale-notice');
    expect(await mine.inputValue('#f-owner')).toBe('Mijn collega');
    const violations = await axe(mine);
    expect(violations, describeViolations(violations)).toEqual([]);
    await mine.close();
    await theirs.close();
  });

  for (const lang of ['nl', 'en'] as const) {
    it(`plan, progress, paragraph and coaches pages pass axe for the owner (${lang})`, async () => {
      for (const path of [`/organisations/${org}/plan`, `/organisations/${org}/progress`, `/organisations/${org}/plan/paragraph`, `/organisations/${org}/coaches`, `/organisations/${org}/plan/items/new`]) {
        await checkPage(owner, server, path, lang, 200, consoleErrors);
      }
    });
    it(`the peer owner's plan page with an answered request passes axe (${lang})`, async () => {
      await checkPage(peerOwner, server, `/organisations/${peer}/plan`, lang, 200, consoleErrors);
    });
    it(`the coach's pages pass axe (${lang})`, async () => {
      for (const path of ['/coaching', `/organisations/${org}/plan`, `/organisations/${org}/progress`]) {
        await checkPage(coach, server, path, lang, 200, consoleErrors);
      }
    });
  }

  it('loads no page with a console error (e.g. a CSP violation)', () => {
    expect(consoleErrors).toEqual([]);
  });
});
