import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';

type Headers = Record<string, string>;

/** What a browser would post back from the page's form: every input and text area with its value. */
function formFields(html: string): Record<string, string> {
  const unescape = (v: string) => v.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  const fields: Record<string, string> = {};
  for (const [tag] of html.matchAll(/<input [^>]*>/g)) {
    const name = /name="([^"]+)"/.exec(tag)?.[1];
    if (name && name !== '_csrf' && !/type="(checkbox|file)"/.test(tag)) fields[name] = unescape(/value="([^"]*)"/.exec(tag)?.[1] ?? '');
  }
  for (const m of html.matchAll(/<textarea [^>]*name="([^"]+)"[^>]*>([^<]*)<\/textarea>/g)) fields[m[1]!] = unescape(m[2]!);
  return fields;
}

/** The page's hidden row version, as the browser would post it back. */
const rowVersionIn = (html: string) => Number(/name="rowVersion" value="(\d+)"/.exec(html)?.[1]);

describe.each(engines)('maturity pages on %s', (engine) => {
  let t: TestApp;
  let team: Headers;
  const page = (url: string, headers: Headers = {}) => t.app.inject({ url, headers });
  const post = (url: string, headers: Headers, form: Record<string, string>) =>
    t.app.inject({ method: 'POST', url, headers: { ...headers, 'content-type': 'application/x-www-form-urlencoded' }, payload: new URLSearchParams(form).toString() });

  beforeAll(async () => {
    t = await testApp({ engine, demo: false });
    team = await t.as('transition_team');
  });
  afterAll(async () => { await t?.close(); });

  it('explains the self-assessment and states the privacy rules before anyone answers', async () => {
    const res = await page('/maturity');
    expect(res.statusCode).toBe(200);
    const html = res.body;
    for (const text of ['aanbeveling 4.1', 'aanbeveling 4.2', 'Publieksinteractie en -beleving', 'Basisinfrastructuur en standaarden', '10 kernvragen', '45 vragen, ongeveer drie kwartier']) {
      expect(html).toContain(text);
    }
    const privacy = html.indexOf('id="privacy"');
    expect(privacy).toBeGreaterThan(0);
    expect(html).toContain('alleen zichtbaar voor de leden van je organisatie. Coaches die je organisatie zelf uitnodigt, zien het gecombineerde resultaat');
    expect(html).toContain('minder dan vijf organisaties wordt nooit getoond');
    expect(html).toContain('transitieteam jullie resultaat met naam mag zien');
    expect(privacy).toBeLessThan(html.indexOf('href="/register"'));
    for (const href of ['/register', '/login?return=%2Fmaturity', '/maturity/sector', '/maturity/model', '/maturity/models']) expect(html).toContain(`href="${href}"`);
    expect((await page('/maturity?lang=en')).body).toContain('groups of fewer than five'.replace('groups', 'group'));
  });

  it('sends a member to the assessments of their own organisations, and others to register one', async () => {
    const member = await t.as('org_member');
    expect((await page('/maturity', member)).body).toContain('href="/organisations/new"');
    const session = /tr_session=([^;]+)/.exec(member.cookie!)![1]!;
    void session;
    const db = t.database.db;
    const user = await db.selectFrom('users').select('id').where('email', 'like', 'org_member-%').orderBy('id', 'desc').executeTakeFirstOrThrow();
    const org = await db.insertInto('organisations').values({
      name: `Bibliotheek Testdorp ${engine}`, subsector: 'libraries_cultural_centres', staff_class: '5-19', budget_class: '250k-1m', province: 'limburg',
      municipality: 'Testdorp', legal_form: 'public', funding_framework: 'lokaal_cultuurbeleid',
    }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('organisation_members').values({ organisation_id: org.id, user_id: user.id, role: 'owner' }).execute();
    const html = (await page('/maturity', member)).body;
    expect(html).toContain(`href="/organisations/${org.id}/assessments"`);
    expect(html).toContain(`Bibliotheek Testdorp ${engine}`);
  });

  it('shows the whole current model to everyone, with critical items and the quick scan in words', async () => {
    const res = await page('/maturity/model');
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain('Maturiteitsmodel, versie 1');
    expect(html).toContain('<caption>De niveaus van 0 tot 5, gelijk voor elke dimensie</caption>');
    expect(html).toContain('id="dim-infrastructure"');
    expect(html.match(/Kritisch item: de dimensie haalt niveau 3/g)).toHaveLength(3);
    expect(html.match(/<li class="tag">In de snelle scan<\/li>/g)).toHaveLength(10);
    expect(html).toContain('Naar niveau 5: Toonaangevend');
    expect(html).toContain('href="/api/maturity/models/1/questions.csv"');
    expect(html).not.toContain('Dit concept bewerken');
    expect((await page('/maturity/models/1')).body).toContain('Maturiteitsmodel, versie 1');
  });

  it('lists versions, and lets only the team start a draft from the page', async () => {
    expect((await page('/maturity/models')).body).not.toContain('action="/maturity/models"');
    const list = (await page('/maturity/models', team)).body;
    expect(list).toContain('action="/maturity/models"');
    const res = await post('/maturity/models', team, {});
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/maturity/models/2?saved=draftCreated');
    const draft = await page('/maturity/models/2?saved=draftCreated', team);
    expect(draft.body).toContain('Het nieuwe concept staat klaar');
    expect(draft.body).toContain('Dit concept bewerken');
    expect(draft.body).toContain('href="/maturity/models/2/import"');
    expect((await page('/maturity/models/2')).statusCode).toBe(404);
    expect((await page('/maturity/models/2', await t.as('org_member'))).statusCode).toBe(404);
    const again = await post('/maturity/models', team, {});
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain('Er is al een concept in voorbereiding');
  });

  it('shows a refused question form again with the input and the reasons', async () => {
    const form = await page('/maturity/models/2/questions/data-targets/edit', team);
    expect(form.statusCode).toBe(200);
    const rowVersion = rowVersionIn(form.body);
    const res = await post('/maturity/models/2/questions/data-targets', team, {
      rowVersion: String(rowVersion), code: 'data-targets', dimension: 'data', text_nl: '', text_en: 'Kept English text', help_nl: '', help_en: '', criticalFrom: '',
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('id="error-summary"');
    expect(res.body).toContain('href="#f-text_nl"');
    expect(res.body).toContain('Kept English text');
  });

  it('keeps the input of a stale save and continues from the newer version (409)', async () => {
    const form = await page('/maturity/models/2/questions/data-targets/edit', team);
    const stale = rowVersionIn(form.body);
    const base = { code: 'data-targets', dimension: 'data', text_en: 'We set measurable goals.', help_nl: '', help_en: '', criticalFrom: '' };
    const first = await post('/maturity/models/2/questions/data-targets', team, { ...base, rowVersion: String(stale), text_nl: 'Eerste versie van de vraag' });
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toContain('saved=questionSaved');
    const second = await post('/maturity/models/2/questions/data-targets', team, { ...base, rowVersion: String(stale), text_nl: 'Mijn late wijziging' });
    expect(second.statusCode).toBe(409);
    expect(second.body).toContain('id="stale-notice"');
    expect(second.body).toContain('Mijn late wijziging');
    expect(rowVersionIn(second.body)).toBe(stale + 1);
    const model = json(await page('/api/maturity/models/2', team));
    expect(model.dimensions.find((d: any) => d.code === 'data').questions.find((q: any) => q.code === 'data-targets').text.nl).toBe('Eerste versie van de vraag');
  });

  it('imports an uploaded spreadsheet file, or lists every bad row and changes nothing', async () => {
    const csv = (await page('/api/maturity/models/2/questions.csv', team)).body;
    const upload = async (content: string) => {
      const html = (await page('/maturity/models/2/import', team)).body;
      const boundary = '----maturity-test';
      const part = (name: string, value: string, filename?: string) =>
        `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${filename ? `; filename="${filename}"` : ''}\r\n${filename ? 'Content-Type: text/csv\r\n' : ''}\r\n${value}\r\n`;
      const payload = part('rowVersion', String(rowVersionIn(html))) + part('csv', '') + part('file', content, 'vragen.csv') + `--${boundary}--\r\n`;
      return t.app.inject({ method: 'POST', url: '/maturity/models/2/import', headers: { ...team, 'content-type': `multipart/form-data; boundary=${boundary}` }, payload });
    };
    const bad = await upload(csv.replace('data;data-key-figures;1;', 'gegevens;data-key-figures;1;'));
    expect(bad.statusCode).toBe(400);
    expect(bad.body).toContain('Het bestand is niet geïmporteerd: 1 probleem.');
    expect(bad.body).toContain('&quot;gegevens&quot; is geen dimensie van deze versie');
    const good = await upload(csv.replace('Eerste versie van de vraag', 'Via het rekenblad gewijzigd'));
    expect(good.statusCode).toBe(303);
    expect(good.headers.location).toContain('saved=imported');
    expect(good.headers.location).toContain('updated=1');
    expect((await page(good.headers.location as string, team)).body).toContain('1 gewijzigd');
    expect((await page('/maturity/models/2', team)).body).toContain('Via het rekenblad gewijzigd');
  });

  it('adds, moves and removes a dimension through the pages, and records a rename for publishing', async () => {
    const form = await page('/maturity/models/2/dimensions/new', team);
    expect(form.statusCode).toBe(200);
    const base = {
      rowVersion: String(rowVersionIn(form.body)), code: 'sustainability', name_nl: 'Duurzaamheid', name_en: 'Sustainability',
      description_nl: 'Digitale duurzaamheid.', description_en: 'Digital sustainability.', slots_1: '2',
    };
    const half = await post('/maturity/models/2/dimensions', team, { ...base, step_nl_1_1: 'Alleen in het Nederlands' });
    expect(half.statusCode).toBe(400);
    expect(half.body).toContain('href="#f-step_en_1_1"');
    expect(half.body).toContain('Alleen in het Nederlands');
    const created = await post('/maturity/models/2/dimensions', team, { ...base, step_nl_1_1: 'Meet je energieverbruik.', step_en_1_1: 'Measure your energy use.' });
    expect(created.statusCode, created.body.match(/error-summary[\s\S]{0,600}/)?.[0]).toBe(303);
    expect(created.headers.location).toContain('#dim-sustainability');
    let draft = (await page('/maturity/models/2', team)).body;
    expect(draft).toContain('Meet je energieverbruik.');
    expect(draft).toContain('Duurzaamheid: er is nog geen verbeterstap naar niveau 2.');

    const moved = await post('/maturity/models/2/dimensions/sustainability/move', team, { rowVersion: String(rowVersionIn(draft)), direction: 'up' });
    expect(moved.statusCode).toBe(303);
    const order = json(await page('/api/maturity/models/2', team)).dimensions.map((d: any) => d.code);
    expect(order.slice(-2)).toEqual(['sustainability', 'infrastructure']);
    const stale = await post('/maturity/models/2/dimensions/sustainability/move', team, { rowVersion: String(rowVersionIn(draft)), direction: 'up' });
    expect(stale.statusCode).toBe(409);
    expect(stale.body).toContain('er is niets verplaatst');

    draft = (await page('/maturity/models/2', team)).body;
    const confirm = await page('/maturity/models/2/dimensions/sustainability/remove', team);
    expect(confirm.body).toContain('Dimensie Duurzaamheid verwijderen?');
    const removed = await post('/maturity/models/2/dimensions/sustainability/remove', team, { rowVersion: String(rowVersionIn(confirm.body)) });
    expect(removed.statusCode).toBe(303);

    const edit = await page('/maturity/models/2/dimensions/operations/edit', team);
    const fields = formFields(edit.body);
    const renamed = await post('/maturity/models/2/dimensions/operations', team, { ...fields, code: 'processes' });
    expect(renamed.statusCode, renamed.body.match(/error-summary[\s\S]{0,600}/)?.[0]).toBe(303);
    draft = (await page('/maturity/models/2', team)).body;
    expect(draft).toContain('Dimensie operations van versie 1 bestaat niet meer met dezelfde code');
    const mappings = await page('/maturity/models/2/mappings', team);
    expect(mappings.body).toContain('keuze nodig voor publicatie');
    const saved = await post('/maturity/models/2/mappings', team, { rowVersion: String(rowVersionIn(mappings.body)), map_operations: 'processes' });
    expect(saved.statusCode).toBe(303);
    draft = (await page('/maturity/models/2', team)).body;
    expect(draft).toContain('Dit concept voldoet aan alle voorwaarden');
    expect(json(await page('/api/maturity/models/2', team)).dimensions.find((d: any) => d.code === 'processes').steps.length).toBeGreaterThanOrEqual(10);
  });

  it('publishes a draft from the confirmation page, after which its edit pages answer 409', async () => {
    const confirm = await page('/maturity/models/2/publish', team);
    expect(confirm.body).toContain('Dit concept voldoet aan alle voorwaarden');
    const member = await t.as('org_member');
    expect((await post('/maturity/models/2/publish', member, { rowVersion: String(rowVersionIn(confirm.body)) })).statusCode).toBe(403);
    const res = await post('/maturity/models/2/publish', team, { rowVersion: String(rowVersionIn(confirm.body)) });
    expect(res.statusCode).toBe(303);
    expect((await page('/maturity/model')).body).toContain('Maturiteitsmodel, versie 2');
    expect((await page('/maturity/models/1')).body).toContain('Deze versie is vervangen');
    const edit = await page('/maturity/models/2/questions/data-targets/edit', team);
    expect(edit.statusCode).toBe(409);
    expect(edit.body).toContain('kan niet meer wijzigen');
    expect((await page('/maturity/models/1/levels', team)).statusCode).toBe(409);
  });
});
