import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, browserAvailable, describeViolations, launch } from '../helpers/browser.js';
import { checkPage } from '../helpers/page-check.js';
import { liveServer, type LiveServer } from '../helpers/server.js';

const run = browserAvailable();

/**
 * A full call round, as a newcomer walks it on the seeded platform: two organisations of
 * different subsectors apply together to the open demo call with every field, the impact pathway
 * and the conformity annex; the transition team screens it and assigns reviewers; a reviewer
 * declares no conflict and scores it, while a reviewer from the lead organisation is conflicted
 * automatically; the team closes the review and the panel, reads the ranking and grants it with a
 * letter; the consortium reports on the project and closes it with a lesson, which search and the
 * guide then find. Every page on the way is checked with axe; the key pages again in English.
 * Accounts and organisations are made in the database; everything else through the pages.
 */
describe.skipIf(!run)('a full call round in headless Chromium, nl and en, axe WCAG 2.1 AA', () => {
  const CALL = 'demo-proeftuinen-2027';
  const TITLE = 'Rondgang: publieksdata samen ontsluiten';
  const LESSON = 'Ontdubbeling van publieksgegevens vraagt meer tijd dan gedacht';
  const LEAD_ORG = 'Rondgang Stadstheater';
  const PARTNER_ORG = 'Rondgang Erfgoedcel';

  let server: LiveServer;
  let browser: Browser;
  const consoleErrors: string[] = [];
  const contexts = {} as Record<'public' | 'team' | 'lead' | 'partner' | 'reviewer' | 'conflicted', BrowserContext>;
  const emails = {} as Record<'reviewer' | 'conflicted' | 'late', string>;
  let leadOrg = 0;
  let applicationId = 0;
  let projectCode = '';
  let lessonCode = '';
  let questionId = 0;

  const db = () => server.database.db;
  const main = (page: Page) => page.getByRole('main');
  const link = (page: Page, name: string | RegExp) => main(page).getByRole('link', { name, exact: typeof name === 'string' });
  const pathOf = (page: Page) => { const u = new URL(page.url()); return `${u.pathname}${u.search}`; };

  async function noViolations(page: Page): Promise<void> {
    expect(await page.getAttribute('html', 'lang')).toBe('nl');
    const violations = await axe(page);
    expect(violations, `${page.url()}\n${describeViolations(violations)}`).toEqual([]);
  }

  /** A new tab that reports every console error (a CSP violation or a script failure shows there). */
  async function tab(context: BrowserContext): Promise<Page> {
    const page = await context.newPage();
    page.on('console', (msg) => { if (msg.type() === 'error') consoleErrors.push(`${page.url()}: ${msg.text()}`); });
    page.on('pageerror', (err) => consoleErrors.push(`${page.url()}: ${err.message}`));
    return page;
  }

  async function open(context: BrowserContext, path: string): Promise<Page> {
    const page = await tab(context);
    const response = await page.goto(server.base + path);
    expect(response?.status(), path).toBe(200);
    await noViolations(page);
    return page;
  }

  /** Clicks a link or a form's button, waits for the next document, and checks it with axe. */
  async function follow(page: Page, target: Locator): Promise<void> {
    await Promise.all([page.waitForEvent('load'), target.click()]);
    await noViolations(page);
  }

  /** An account with a known password, logged in through the login form. */
  async function login(role: 'transition_team' | 'org_member'): Promise<{ context: BrowserContext; email: string; id: number }> {
    const { email, password } = await server.account(role);
    const context = await browser.newContext();
    const page = await tab(context);
    await page.goto(`${server.base}/login`);
    await page.fill('#f-email', email);
    await page.fill('#f-password', password);
    await Promise.all([page.waitForURL(`${server.base}/`), page.click('form[action="/login"] button[type=submit]')]);
    await page.close();
    const { id } = await db().selectFrom('users').select('id').where('email', '=', email).executeTakeFirstOrThrow();
    return { context, email, id };
  }

  async function organisation(name: string, subsector: string): Promise<number> {
    return (await db().insertInto('organisations').values({
      name, subsector, province: 'antwerpen', staff_class: '5-19', budget_class: '250k-1m', municipality: 'Antwerpen', legal_form: 'vzw', funding_framework: 'none',
    }).returning('id').executeTakeFirstOrThrow()).id;
  }
  const join = (organisationId: number, userId: number, role: 'owner' | 'member') =>
    db().insertInto('organisation_members').values({ organisation_id: organisationId, user_id: userId, role }).execute();

  /** What drafts.js keeps on this device for a form, as JSON text ('' when nothing). */
  const draftOf = (page: Page, key: string) => page.evaluate(`localStorage.getItem(${JSON.stringify(`tr-draft:${key}`)}) || ''`) as Promise<string>;

  beforeAll(async () => {
    server = await liveServer();
    browser = await launch();
    contexts.public = await browser.newContext();
    contexts.team = (await login('transition_team')).context;
    leadOrg = await organisation(LEAD_ORG, 'arts');
    const partnerOrg = await organisation(PARTNER_ORG, 'heritage');
    const lead = await login('org_member');
    await join(leadOrg, lead.id, 'owner');
    contexts.lead = lead.context;
    const partner = await login('org_member');
    await join(partnerOrg, partner.id, 'owner');
    contexts.partner = partner.context;
    const reviewer = await login('org_member');
    contexts.reviewer = reviewer.context;
    emails.reviewer = reviewer.email;
    // A reviewer who works at the lead organisation: conflicted whatever it would declare.
    const conflicted = await login('org_member');
    await join(leadOrg, conflicted.id, 'member');
    contexts.conflicted = conflicted.context;
    emails.conflicted = conflicted.email;
    // A third reviewer who never scores: the review then waits until the team closes it.
    emails.late = (await server.account('org_member')).email;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets the lead open the demo call and start an application for its organisation', async () => {
    const page = await open(contexts.lead, '/calls');
    await follow(page, link(page, /Proeftuinen digitale transformatie/));
    expect(new URL(page.url()).pathname).toBe(`/calls/${CALL}`);
    expect(await main(page).textContent()).toContain('[demo]');
    await page.selectOption('#f-organisationId', String(leadOrg));
    await page.fill('#f-title', TITLE);
    await follow(page, page.locator(`form[action="/calls/${CALL}/applications"] button[type=submit]`));
    const match = /^\/applications\/(\d+)\?saved=started$/.exec(pathOf(page));
    expect(match, page.url()).not.toBeNull();
    applicationId = Number(match![1]);
    await page.close();
  });

  it('fills every field, the impact pathway, the conformity annex and the documents; typed text survives a reload', async () => {
    const page = await open(contexts.lead, `/applications/${applicationId}`);
    const key = `application-${applicationId}`;
    await page.fill('#f-summary', 'Een theater en een erfgoedcel ontsluiten samen hun publieksdata als linked open data.');
    await page.fill('#f-a_problem', 'Publieksgegevens zitten verspreid over losse systemen en zijn vol dubbels.');
    await page.fill('#f-a_approach', 'We brengen de gegevens samen, ontdubbelen ze en publiceren ze volgens OSLO.');
    await page.fill('#f-a_target_audience', 'Bezoekers, vrijwilligers en onderzoekers, van bij het begin betrokken in drie testrondes.');
    await page.fill('#f-a_experiment', 'Automatische ontdubbeling: als die mislukt, leren we welke regels met de hand moeten.');
    await expect.poll(() => draftOf(page, key)).toContain('Automatische ontdubbeling');

    // Halfway, before any save: the browser is reloaded and the typed text is still there.
    await Promise.all([page.waitForEvent('load'), page.reload()]);
    expect(await page.inputValue('#f-a_problem')).toBe('Publieksgegevens zitten verspreid over losse systemen en zijn vol dubbels.');
    expect(await page.inputValue('#f-a_experiment')).toBe('Automatische ontdubbeling: als die mislukt, leren we welke regels met de hand moeten.');
    expect(await page.inputValue('#f-summary')).toContain('linked open data');
    expect(await page.textContent('[data-draft-status]')).toBe('Je niet-bewaarde invoer van eerder is teruggezet.');
    await noViolations(page);

    await page.fill('#f-a_budget_requested', '45000');
    await page.fill('#f-a_duration_months', '18');
    await page.check('#f-a_technology-linked_data');
    await page.check('#f-a_technology-platform');
    await page.fill('#f-a_website', 'https://example.org/rondgang');
    for (const stage of ['inputs', 'activities', 'outputs', 'outcomes', 'impact']) {
      await page.fill(`#f-p_${stage}_description`, `Impactpad ${stage}: wat we inzetten en wat het oplevert.`);
      await page.fill(`#f-p_${stage}_i0_name`, `Indicator voor ${stage}`);
      await page.fill(`#f-p_${stage}_i0_target`, '12');
    }
    await page.check('#f-x_oslo_models-cultuurparticipatie');
    await page.check('#f-x_oslo_models-organisatie');
    await page.check('#f-x_metadata_standards-dublin_core');
    await page.check('#f-x_metadata_standards-edm');
    await page.check('#f-x_persistent_identifiers-uri_strategy');
    await page.check('#f-x_aggregation-meemoo');
    await page.check('#f-x_aggregation-europeana');
    await page.check('#f-x_shared_infrastructure-uitdatabank');
    await page.check('#f-x_licence-cc_by');
    await page.check('#f-x_open_access-true');
    await page.fill('#f-x_open_access_explanation', 'Alle datasets komen open na de derde testronde.');
    await page.check('#f-x_rights_clearance-partly');
    await page.check('#f-x_preservation-meemoo_archive');
    await page.fill('#f-x_explanation', 'We volgen de Vlaamse URI-standaard.');
    await page.fill('#f-d_budget_title', 'Begroting Rondgang');
    await page.fill('#f-d_budget_url', 'https://example.org/rondgang/begroting.pdf');
    await page.fill('#f-d_letters_title', 'Engagementsverklaring Erfgoedcel');
    await page.fill('#f-d_letters_url', 'https://example.org/rondgang/engagement.pdf');
    // Nothing left blank: every text field (but the spare second indicator rows) and every choice group.
    const texts = page.locator('#f-form input[type=text], #f-form input[type=url], #f-form textarea');
    const groups = new Map<string, boolean>();
    for (let i = 0, n = await texts.count(); i < n; i++) {
      const name = (await texts.nth(i).getAttribute('name'))!;
      if (!/_i1_/.test(name)) expect(await texts.nth(i).inputValue(), name).not.toBe('');
    }
    const choices = page.locator('#f-form input[type=checkbox], #f-form input[type=radio]');
    for (let i = 0, n = await choices.count(); i < n; i++) {
      const name = (await choices.nth(i).getAttribute('name'))!;
      groups.set(name, (groups.get(name) ?? false) || await choices.nth(i).isChecked());
    }
    expect([...groups].filter(([, chosen]) => !chosen).map(([name]) => name)).toEqual([]);
    expect(groups.size).toBe(10);
    await follow(page, page.locator('button[name=intent][value=save]'));
    expect(pathOf(page)).toBe(`/applications/${applicationId}?saved=saved`);
    // The confirmed save took the draft off the device; the page shows what the server stored.
    expect(await draftOf(page, key)).toBe('');
    expect(await page.inputValue('#f-a_experiment')).toContain('Automatische ontdubbeling');
    expect(await page.inputValue('#f-p_impact_i0_name')).toBe('Indicator voor impact');
    expect(await page.isChecked('#f-x_open_access-true')).toBe(true);
    const stored = await db().selectFrom('applications').select(['status', 'requested_eur']).where('id', '=', applicationId).executeTakeFirstOrThrow();
    expect(stored.status).toBe('draft');
    expect(Number(stored.requested_eur)).toBe(45000);
    await page.close();
  });

  it('adds the partner organisation, which confirms; the lead submits the cross-sector application', async () => {
    const page = await open(contexts.lead, `/applications/${applicationId}`);
    await page.fill('#f-partner', 'Rondgang Erfgoed');
    await follow(page, page.locator('form[role=search]:has(#f-partner) button[type=submit]'));
    await page.fill(`form[action="/applications/${applicationId}/partners"] textarea`, 'Collectiedata en vrijwilligers.');
    await follow(page, page.locator(`form[action="/applications/${applicationId}/partners"] button[type=submit]`));
    expect(pathOf(page)).toBe(`/applications/${applicationId}?saved=partnerAdded`);
    expect(await page.textContent('.consortium')).toContain('Consortium over deelsectoren heen');

    const partner = await open(contexts.partner, '/applications');
    await follow(partner, link(partner, TITLE));
    expect(await main(partner).textContent()).toContain(`Neemt ${PARTNER_ORG} deel?`);
    await follow(partner, partner.locator('form[action$="/confirm"] button[type=submit]'));
    expect(pathOf(partner)).toBe(`/applications/${applicationId}?saved=confirmed`);
    await partner.close();

    await Promise.all([page.waitForEvent('load'), page.goto(`${server.base}/applications/${applicationId}`)]);
    await follow(page, page.locator('button[name=intent][value=submit]'));
    expect(pathOf(page)).toBe(`/applications/${applicationId}?saved=submitted`);
    expect(await page.textContent('main .lead')).toContain('Ingediend');
    const stored = await db().selectFrom('applications').select(['status', 'submitted_at']).where('id', '=', applicationId).executeTakeFirstOrThrow();
    expect(stored.status).toBe('submitted');
    expect(stored.submitted_at).not.toBeNull();
    await page.close();
  });

  it('lets the team pass eligibility and assign three reviewers on the reviewers page', async () => {
    const page = await open(contexts.team, `/calls/${CALL}`);
    await follow(page, link(page, 'Beoordeling van de aanvragen'));
    expect(pathOf(page)).toBe(`/calls/${CALL}/review`);
    await follow(page, link(page, TITLE));
    expect(pathOf(page)).toBe(`/calls/${CALL}/review/${applicationId}`);
    expect(await page.isChecked('#outcome-passed')).toBe(true);
    await page.fill('#f-note', 'Consortium en annexen volledig.');
    await follow(page, page.locator(`form[action="/applications/${applicationId}/steps"] button[type=submit]`));
    expect(pathOf(page)).toBe(`/calls/${CALL}/review/${applicationId}?saved=acted`);
    expect(await main(page).textContent()).toContain('Consortium en annexen volledig.');

    await Promise.all([page.waitForEvent('load'), page.goto(`${server.base}/calls/${CALL}`)]);
    await follow(page, link(page, 'Beoordelaars'));
    expect(pathOf(page)).toBe(`/calls/${CALL}/reviewers`);
    for (const who of ['reviewer', 'conflicted', 'late'] as const) {
      await page.fill('#f-email', emails[who]);
      await follow(page, page.locator(`form[action="/calls/${CALL}/reviewers"] button[type=submit]`));
      expect(pathOf(page)).toBe(`/calls/${CALL}/reviewers?saved=assigned`);
      expect(await main(page).locator('table').textContent()).toContain(emails[who]);
    }
    await page.close();
  });

  it('treats a reviewer from the lead organisation as conflicted: no link, no content, never the scores', async () => {
    const page = await open(contexts.conflicted, '/review');
    // The workspace lists the application as a conflict, without its title or a way in.
    expect(await main(page).textContent()).toContain(`Aanvraag ${applicationId}: belangenconflict, want je hoort bij een organisatie van het consortium`);
    expect(await link(page, TITLE).count()).toBe(0);
    // By its address: title and consortium only, the automatic conflict explained, "no conflict" not offered.
    await Promise.all([page.waitForEvent('load'), page.goto(`${server.base}/review/applications/${applicationId}`)]);
    await noViolations(page);
    expect(await page.textContent('main .notice')).toContain('belangenconflict');
    expect(await page.locator('#conflicted-no').count()).toBe(0);
    expect(await page.locator('input[name^="score_"]').count()).toBe(0);
    expect(await main(page).textContent()).not.toContain('Automatische ontdubbeling');
    await page.check('#conflicted-yes');
    await follow(page, page.locator(`form[action="/review/applications/${applicationId}/declaration"] button[type=submit]`));
    expect(pathOf(page)).toBe('/review?saved=declared');
    // Opened again by its address: refused (a tab without the console listener: the browser logs the 403).
    const direct = await contexts.conflicted.newPage();
    expect((await direct.goto(`${server.base}/review/applications/${applicationId}`))?.status()).toBe(403);
    expect(await direct.textContent('main')).not.toContain('Automatische ontdubbeling');
    await direct.close();
    await page.close();
  });

  it('lets the reviewer find its review from the calls, declare no conflict and score every criterion with a motivation', async () => {
    const page = await open(contexts.reviewer, '/calls');
    await follow(page, link(page, 'Mijn beoordelingen'));
    expect(pathOf(page)).toBe('/review');
    await follow(page, link(page, TITLE));
    await page.check('#conflicted-no');
    await follow(page, page.locator(`form[action="/review/applications/${applicationId}/declaration"] button[type=submit]`));
    expect(pathOf(page)).toBe(`/review/applications/${applicationId}?saved=declared`);
    expect(await main(page).textContent()).toContain('Automatische ontdubbeling');
    const scores = page.locator('input[name^="score_"]');
    const count = await scores.count();
    expect(count).toBe(5);
    for (let i = 0; i < count; i++) {
      const code = (await scores.nth(i).getAttribute('name'))!.slice('score_'.length);
      await scores.nth(i).fill(String(7 + (i % 3)));
      await page.fill(`#f-motivation_${code}`, `Motivering bij ${code}: goed onderbouwd.`);
    }
    await follow(page, page.locator('button[name=action][value=submit]'));
    expect(pathOf(page)).toBe(`/review/applications/${applicationId}?saved=submitted`);
    expect(await page.locator('input[name^="score_"]').count()).toBe(0);
    expect(await main(page).textContent()).toContain('Motivering bij innovation: goed onderbouwd.');
    await page.close();
  });

  it('lets the team close the review and the panel, read the ranking and grant an amount with the letter', async () => {
    const page = await open(contexts.team, `/calls/${CALL}/review`);
    expect(await main(page).locator('tr', { hasText: TITLE }).textContent()).toContain('1 ingediend, 1 met belangenconflict');
    await follow(page, link(page, TITLE));
    const step = () => main(page).locator('p', { hasText: 'Huidige stap:' }).first().textContent();
    expect(await step()).toContain('Huidige stap: Beoordeling door experten');
    await follow(page, page.locator(`form[action="/applications/${applicationId}/steps"] button[type=submit]`, { hasText: 'Beoordeling afsluiten' }));
    expect(pathOf(page)).toBe(`/calls/${CALL}/review/${applicationId}?saved=acted`);
    expect(await step()).toContain('Huidige stap: Jury');
    await page.fill('#f-note', 'De jury volgt de beoordeling.');
    await follow(page, page.locator(`form[action="/applications/${applicationId}/steps"] button[type=submit]`, { hasText: 'Uitkomst van het panel registreren' }));
    expect(pathOf(page)).toBe(`/calls/${CALL}/review/${applicationId}?saved=acted`);
    expect(await step()).toContain('Huidige stap: Beslissing');
    expect(await main(page).textContent()).toContain('De jury volgt de beoordeling.');

    await Promise.all([page.waitForEvent('load'), page.goto(`${server.base}/calls/${CALL}`)]);
    await follow(page, link(page, 'Rangschikking'));
    expect(pathOf(page)).toBe(`/calls/${CALL}/ranking`);
    const row = main(page).locator('tr', { hasText: TITLE });
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toMatch(/\d,\d/);

    await Promise.all([page.waitForEvent('load'), page.goto(`${server.base}/calls/${CALL}/review/${applicationId}`)]);
    await follow(page, link(page, 'Beslissing voorbereiden'));
    expect(pathOf(page)).toBe(`/applications/${applicationId}/decision`);
    await page.check('#outcome-granted');
    await page.fill('#f-amount', '40000');
    await follow(page, main(page).locator('form button[type=submit]'));
    expect(await page.inputValue('#f-letterNl')).toContain(TITLE);
    expect(await page.inputValue('#f-letterEn')).not.toBe('');
    await follow(page, page.locator(`form[method=post][action="/applications/${applicationId}/decision"] button[type=submit]`));
    expect(pathOf(page)).toBe(`/applications/${applicationId}/decision?saved=decided`);
    const project = await db().selectFrom('projects').select(['code', 'granted_eur']).where('application_id', '=', applicationId).executeTakeFirstOrThrow();
    expect(Number(project.granted_eur)).toBe(40000);
    projectCode = project.code;
    await page.close();
  });

  it('shows the applicant the decision letter and the way to the project', async () => {
    const page = await open(contexts.lead, '/applications');
    await follow(page, link(page, TITLE));
    expect(await page.textContent('main .lead')).toContain('Toegekend');
    await follow(page, link(page, 'De beslissing en de brief lezen'));
    expect(pathOf(page)).toBe(`/applications/${applicationId}/decision`);
    const letter = await main(page).textContent();
    expect(letter).toContain('Toegekend');
    expect(letter).toMatch(/40\.000/);
    expect(await page.locator('#letter-title').count()).toBe(1);
    await Promise.all([page.waitForEvent('load'), page.goto(`${server.base}/applications/${applicationId}`)]);
    await follow(page, link(page, `Naar het project ${projectCode}`));
    expect(pathOf(page)).toBe(`/projects/${projectCode}`);
    await page.close();
  });

  it('runs the project: a milestone done, a progress and a final report, a lesson, and closing', async () => {
    const page = await open(contexts.lead, `/projects/${encodeURIComponent(projectCode)}`);
    const base = `/projects/${encodeURIComponent(projectCode)}`;
    await follow(page, link(page, 'Mijlpaal toevoegen'));
    await page.fill('#f-title', 'Eerste testronde met bezoekers');
    await page.fill('#f-dueOn', new Date(Date.now() + 30 * 86400_000).toISOString().slice(0, 10));
    await page.fill('#f-note', 'Drie sessies in het theater.');
    await follow(page, page.locator(`form[action="${base}/milestones"] button[type=submit]`));
    expect(pathOf(page)).toBe(`${base}?saved=milestoneAdded`);
    await follow(page, page.locator(`form[action$="/done"] button[type=submit]`));
    expect(pathOf(page)).toBe(`${base}?saved=milestoneDone`);
    expect(await page.locator('#milestones-title + *, section[aria-labelledby=milestones-title]').first().textContent()).toContain('Bereikt op');

    for (const kind of ['progress', 'final'] as const) {
      await follow(page, page.locator(`a[href="${base}/reports/new?kind=${kind}"]`));
      expect(await page.isChecked(`#f-kind-${kind}`)).toBe(true);
      if (kind === 'progress') await page.fill('#f-periodLabel', 'Eerste kwartaal');
      await page.fill('#f-text', kind === 'final' ? 'Eindrapport: de data staan open, de ontdubbeling deels met de hand.' : 'De eerste testronde is gehouden.');
      await follow(page, page.locator(`form[action="${base}/reports"] button[type=submit]`));
      expect(pathOf(page)).toBe(`${base}?saved=${kind === 'final' ? 'reportFinal' : 'reportProgress'}`);
    }

    await follow(page, page.locator(`a[href="${base}/lessons/new"]`));
    expect(await page.inputValue('#f-organisationId')).toBe(String(leadOrg));
    await page.fill('#f-title', LESSON);
    await page.fill('#f-summary', 'Automatische ontdubbeling van publieksgegevens werkte voor de helft van de records.');
    await page.fill('#f-whatWorked', 'Samen met vrijwilligers regels opstellen voor de ontdubbeling; linked data volgens OSLO.');
    await page.fill('#f-whatFailed', 'Volledig automatisch ontdubbelen lukte niet: namen en adressen waren te onvolledig.');
    await page.check('#f-outcome-mixed');
    await page.fill('#f-details', 'De regels en scripts staan in een openbare repository.');
    await page.check('#f-publishDetails');
    await page.check('#f-language-nl');
    await page.check('#f-pillars-3');
    await page.check('#f-challenges-8');
    await page.check('#f-dimensions-data');
    expect(await page.isChecked('#f-subsectors-arts')).toBe(true);
    expect(await page.isChecked('#f-subsectors-heritage')).toBe(true);
    await page.fill('#f-technologies', 'linked data, OSLO');
    await follow(page, page.locator(`form[action="${base}/lessons"] button[type=submit]`));
    expect(pathOf(page)).toBe(`${base}?saved=lessonAdded`);
    const lessonLink = main(page).locator('section[aria-labelledby=lessons-title] a[href^="/lessons/"]', { hasText: LESSON });
    lessonCode = decodeURIComponent((await lessonLink.getAttribute('href'))!.slice('/lessons/'.length));

    await follow(page, page.locator(`a[href="${base}/close"]`));
    await follow(page, page.locator(`form[action="${base}/close"] button[type=submit]`));
    expect(pathOf(page)).toBe(`${base}?saved=closed`);
    const closed = await db().selectFrom('projects').select('status').where('code', '=', projectCode).executeTakeFirstOrThrow();
    expect(closed.status).toBe('closed');
    const lesson = await db().selectFrom('lessons').select('published_at').where('code', '=', lessonCode).executeTakeFirstOrThrow();
    expect(lesson.published_at).not.toBeNull();
    await page.close();
  });

  it('finds the published lesson through search, in another inflection of its words', async () => {
    // The lesson says "ontdubbeling"; the search asks for "ontdubbelen" (Dutch stemming).
    const page = await open(contexts.public, '/search?q=ontdubbelen');
    const hit = main(page).locator(`a[href="/lessons/${lessonCode}"]`);
    expect(await hit.count(), await main(page).textContent() ?? '').toBe(1);
    expect(await hit.locator('mark').count()).toBeGreaterThan(0);
    await follow(page, hit);
    expect(await page.textContent('h1')).toContain(LESSON);
    expect(await main(page).textContent()).toContain('Volledig automatisch ontdubbelen lukte niet');
    await page.close();
  });

  it("proposes the lesson in the guide for the lead organisation's question, with its reasons", async () => {
    const page = await open(contexts.lead, '/guide');
    expect(await page.inputValue('#f-organisationId')).toBe(String(leadOrg));
    await page.fill('#f-question', 'Hoe pakken we het ontdubbelen van publieksgegevens aan, en wat kan daarbij mislukken?');
    await page.selectOption('#f-dimension', 'data');
    await follow(page, page.locator('form[action="/guide/questions"] button[type=submit]'));
    const match = /^\/guide\/questions\/(\d+)\?saved=asked$/.exec(pathOf(page));
    expect(match, page.url()).not.toBeNull();
    questionId = Number(match![1]);
    const lessons = main(page).locator('section[aria-labelledby=kind-lesson]');
    const proposal = lessons.locator('li', { has: page.locator(`a[href="/lessons/${lessonCode}"]`) });
    expect(await proposal.count(), await lessons.textContent() ?? '').toBe(1);
    const reasons = await proposal.textContent();
    expect(reasons).toContain('past bij de dimensie');
    expect(reasons).toContain('past bij je deelsector');
    expect(reasons).toMatch(/tekst komt overeen: .*ontdubbel/);
    await page.close();
  });

  it('passes axe on the key pages of the round in English too', async () => {
    const project = `/projects/${encodeURIComponent(projectCode)}`;
    const pages: Array<[keyof typeof contexts, string]> = [
      ['public', '/calls'], ['public', `/calls/${CALL}`], ['lead', `/calls/${CALL}`], ['team', `/calls/${CALL}`],
      ['lead', '/applications'], ['lead', `/applications/${applicationId}`], ['partner', `/applications/${applicationId}`],
      ['team', `/calls/${CALL}/review`], ['team', `/calls/${CALL}/review/${applicationId}`], ['team', `/calls/${CALL}/reviewers`], ['team', `/calls/${CALL}/ranking`],
      ['reviewer', '/review'], ['reviewer', `/review/applications/${applicationId}`], ['conflicted', '/review'],
      ['lead', `/applications/${applicationId}/decision`], ['team', `/applications/${applicationId}/decision`],
      ['lead', project], ['public', project], ['public', `/lessons/${lessonCode}`],
      ['public', '/search?q=deduplication'], ['public', '/search?q=ontdubbelen'], ['lead', '/guide'], ['lead', `/guide/questions/${questionId}`],
    ];
    for (const [who, path] of pages) await checkPage(contexts[who], server, path, 'en', 200, consoleErrors);
  });

  it('logged no console error on any page (a CSP violation would show there)', () => {
    expect(consoleErrors).toEqual([]);
  });
});
