import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axe, browserAvailable, describeViolations, launch } from '../helpers/browser.js';
import { checkPage, loginContext } from '../helpers/page-check.js';
import { liveServer, type LiveServer } from '../helpers/server.js';

type Who = 'public' | 'team' | 'steering';
/** A page of the governance module; {m1}, {m2}, {m3}, {item}, {member} are filled in from the demo seed. */
interface PageCase { path: string; as: Partial<Record<Who, number>> }
const BOTH = { public: 200, team: 200 };
const INTERNAL = { public: 404, team: 200 };
const FORM = { public: 401, team: 200 };

const PAGES: PageCase[] = [
  { path: '/bodies', as: BOTH },
  { path: '/bodies/stuurgroep', as: BOTH },
  { path: '/bodies/transitieteam', as: BOTH },
  { path: '/bodies/adviesraad', as: BOTH },
  { path: '/bodies/werkgroep-open-cultuurdata-demo', as: BOTH },
  { path: '/meetings/{m1}', as: { ...BOTH, steering: 200 } },
  { path: '/meetings/{m2}', as: { ...BOTH, steering: 200 } },
  { path: '/meetings/{m3}', as: INTERNAL },
  { path: '/meetings/{m1}/publications/agenda/1', as: BOTH },
  { path: '/meetings/{m1}/publications/decision_list/1', as: BOTH },
  { path: '/meetings/{m1}/publications/minutes/1', as: BOTH },
  { path: '/meetings/{m1}/publications/minutes/2', as: BOTH },
  { path: '/meetings/{m2}/publications/decision_list/1', as: { ...INTERNAL, steering: 200 } },
  { path: '/decisions', as: BOTH },
  { path: '/decisions?body=stuurgroep', as: BOTH },
  { path: '/decisions/stuurgroep-2026-001', as: BOTH },
  { path: '/decisions/stuurgroep-2026-002', as: BOTH },
  { path: '/decisions/stuurgroep-2026-003', as: { ...INTERNAL, steering: 200 } },
  { path: '/decisions/stuurgroep-2026-004', as: { ...INTERNAL, steering: 200 } },
  { path: '/bodies/new', as: FORM },
  { path: '/bodies/new?decision=stuurgroep-2026-001', as: FORM },
  { path: '/bodies/stuurgroep/members/new', as: FORM },
  { path: '/bodies/stuurgroep/members/{member}/edit', as: FORM },
  { path: '/bodies/stuurgroep/meetings/new', as: FORM },
  { path: '/meetings/{m1}/edit', as: FORM },
  { path: '/meetings/{m1}/attendance', as: FORM },
  { path: '/meetings/{m1}/agenda-items/new', as: FORM },
  { path: '/meetings/{m1}/agenda-items/{item}/edit', as: FORM },
  { path: '/meetings/{m1}/agenda-items/{item}/treatment', as: FORM },
  { path: '/meetings/{m1}/agenda-items/{item}/decisions/new', as: FORM },
  { path: '/meetings/{m1}/publications/new?kind=minutes', as: FORM },
  { path: '/decisions/stuurgroep-2026-004/edit', as: FORM },
  { path: '/bodies/no-such-body', as: { public: 404, team: 404 } },
  { path: '/meetings/abc', as: { public: 400, team: 400 } },
];

const run = browserAvailable();

describe.skipIf(!run)('governance pages in headless Chromium: nl and en, axe WCAG 2.1 AA', () => {
  let server: LiveServer;
  let browser: Browser;
  const contexts = {} as Record<Who, BrowserContext>;
  const ids: Record<string, number> = {};
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    server = await liveServer();
    const db = server.database.db;
    const meetings = await db.selectFrom('meetings').select('id').where('is_demo', '=', true).orderBy('starts_at').execute();
    meetings.forEach((m, i) => { ids[`m${i + 1}`] = m.id; });
    ids.item = (await db.selectFrom('agenda_items').select('id').where('meeting_id', '=', ids.m1!).orderBy('position').offset(1).limit(1).executeTakeFirstOrThrow()).id;
    ids.member = (await db.selectFrom('body_members as m').innerJoin('bodies as b', 'b.id', 'm.body_id').select('m.id').where('b.code', '=', 'stuurgroep').limit(1).executeTakeFirstOrThrow()).id;
    browser = await launch();
    contexts.public = await browser.newContext();
    contexts.team = await loginContext(browser, server, 'transition_team');
    contexts.steering = await loginContext(browser, server, 'steering_committee');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const fill = (path: string) => path.replace(/\{(\w+)\}/g, (_, k: string) => String(ids[k]));

  for (const lang of ['nl', 'en'] as const) {
    for (const { path, as } of PAGES) {
      for (const [who, status] of Object.entries(as) as Array<[Who, number]>) {
        it(`${path} as ${who} (${lang}): ${status}`, () => checkPage(contexts[who], server, fill(path), lang, status, consoleErrors));
      }
    }
  }

  it('loads no page with a console error (e.g. a CSP violation)', () => {
    expect(consoleErrors.filter((e) => !/status of (400|401|404)/.test(e))).toEqual([]);
  });

  it('runs a meeting end to end: the team prepares, the steering committee publishes, visitors see it', async () => {
    const team = await contexts.team.newPage();
    await team.goto(`${server.base}/bodies/stuurgroep/meetings/new`);
    await team.fill('#f-startsAt', '2027-02-11T14:00');
    await team.fill('#f-place', 'Arenberggebouw');
    await Promise.all([team.waitForURL(/\/meetings\/\d+\?saved=created/), team.click('form[data-draft] button[type=submit]')]);
    const meetingUrl = team.url().split('?')[0]!;
    expect(await team.textContent('h1')).toContain('11 februari 2027 om 14:00');

    // An invalid agenda item is refused with every error named, the input kept, and no axe violation.
    await team.goto(`${meetingUrl}/agenda-items/new`);
    await team.fill('#f-title_nl', 'Digitale basisinfrastructuur');
    await team.click('form[data-draft] button[type=submit]');
    await team.waitForSelector('#error-summary');
    expect(await team.inputValue('#f-title_nl')).toBe('Digitale basisinfrastructuur');
    expect(await team.textContent('#error-summary')).toContain('Titel (Engels)');
    const violations = await axe(team);
    expect(violations, describeViolations(violations)).toEqual([]);
    await team.fill('#f-title_en', 'Digital basic infrastructure');
    await Promise.all([team.waitForURL(/saved=itemAdded/), team.click('form[data-draft] button[type=submit]')]);

    await team.click('text=Behandeling registreren');
    await team.selectOption('#f-outcome', 'approved');
    await team.fill('#f-votesFor', '9');
    await Promise.all([team.waitForURL(/saved=treatment/), team.click('form[data-draft] button[type=submit]')]);
    await team.click('text=Besluit registreren');
    await team.fill('#f-title_en', 'The basic infrastructure becomes an action line');
    // Approval locks the wording, so the motivation, entry into force and kind come with it.
    await team.fill('#f-motivation_nl', 'Motivering'); await team.fill('#f-motivation_en', 'Motivation');
    await team.fill('#f-inForceOn', '2027-02-11'); await team.selectOption('#f-documentType', 'policy');
    await team.selectOption('#f-subject_type_0', 'instrument');
    await team.fill('#f-subject_ref_0', 'oslo-cultural-heritage');
    await Promise.all([team.waitForURL(/\/decisions\/stuurgroep-2027-\d+\?saved=created/), team.click('form[data-draft] button[type=submit]')]);
    const decisionUrl = team.url().split('?')[0]!;
    expect(await team.textContent('main')).toContain('OSLO-standaard cultureel erfgoed');

    await team.goto(meetingUrl);
    await Promise.all([team.waitForURL(/saved=prepared/), team.click('form[action$="/publications"] button:has-text("De agenda voorbereiden")')]);
    expect(await team.locator('form[action$="/approve"]').count()).toBe(0);

    const visitor = await contexts.public.newPage();
    expect((await visitor.goto(meetingUrl))?.status()).toBe(404);
    expect((await visitor.goto(decisionUrl))?.status()).toBe(404);

    const steering = await contexts.steering.newPage();
    await steering.goto(decisionUrl);
    await Promise.all([steering.waitForURL(/saved=approved/), steering.click('button:has-text("Besluit goedkeuren")')]);
    await steering.goto(meetingUrl);
    await Promise.all([steering.waitForURL(/saved=approved/), steering.click('#pub-agenda ~ ul button:has-text("Goedkeuren")')]);
    await Promise.all([steering.waitForURL(/saved=published/), steering.click('#pub-agenda ~ ul button:has-text("Publiceren")')]);

    expect((await visitor.goto(meetingUrl))?.status()).toBe(200);
    expect(await visitor.textContent('main')).toContain('Digitale basisinfrastructuur');
    expect((await visitor.goto(decisionUrl))?.status()).toBe(404);
    for (const p of [team, visitor, steering]) await p.close();
  });
});
