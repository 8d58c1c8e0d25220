import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { searchStamp } from './service.js';
import { addActor, addCall, addCase, addLearning, addLesson } from './test-fixtures.js';

const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describe.each(engines)('search (%s)', (engine) => {
  let t: TestApp;
  const touch = () => t.app.readModels.catalog.touch('cases', 'actors', 'instruments', 'calls', 'knowledge');
  const search = async (query: string) => {
    const res = await t.app.inject({ url: `/api/search?${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return json<{ total: number; pages: number; items: Array<{ type: string; id: number; code: string | null; href: string; titleHtml: string; snippetHtml: string; title: string; lang: string }> }>(res);
  };
  const ids = async (query: string) => (await search(query)).items.map((i) => `${i.type}:${i.id}`);

  beforeAll(async () => { t = await testApp({ engine, demo: false }); });
  afterAll(async () => { await t.close(); });

  it('finds "digitalisering" when asked for "digitaliseren" (Dutch stemming)', async () => {
    const c = await addCase(t.database.db, { title_nl: 'Zorgvuldige digitalisering van het stadsarchief', summary_nl: 'Een archief zet zijn collectie online.' });
    touch();
    const result = await search('q=digitaliseren&type=case');
    const hit = result.items.find((i) => i.id === c.id);
    expect(hit).toBeDefined();
    expect(hit!.titleHtml).toContain('<mark>digitalisering</mark>');
    expect(hit!.href).toBe(`/cases/${c.code}`);
  });

  it('stems English text with the English configuration', async () => {
    const c = await addCase(t.database.db, { title_nl: 'Een bibliotheek', title_en: 'Libraries digitising their catalogues', summary_en: 'Catalogues were digitised in two years.' });
    touch();
    const result = await search('q=digitised%20catalogue&lang=en');
    const hit = result.items.find((i) => i.type === 'case' && i.id === c.id);
    expect(hit).toBeDefined();
    expect(hit!.lang).toBe('en');
    expect(hit!.snippetHtml).toMatch(/<mark>digitised<\/mark>/);
  });

  it('escapes HTML in titles and snippets; only <mark> is markup', async () => {
    await addCase(t.database.db, { title_nl: 'Gevaarlijke <b>titel</b> over erfgoedzorgplatform', summary_nl: 'Een <script>alert(1)</script> tekst over het erfgoedzorgplatform & meer.' });
    touch();
    const result = await search('q=erfgoedzorgplatform');
    expect(result.items).toHaveLength(1);
    const hit = result.items[0]!;
    // The text parser drops tags from headlines; whatever is left is escaped.
    expect(hit.snippetHtml).not.toMatch(/<script|<\/script/);
    expect(hit.snippetHtml).toContain('&amp; meer');
    expect(hit.snippetHtml).toContain('<mark>erfgoedzorgplatform</mark>');
    expect(hit.titleHtml).not.toContain('<b>');
    expect(hit.titleHtml).toContain('<mark>erfgoedzorgplatform</mark>');
    const page = await t.app.inject({ url: '/search?q=erfgoedzorgplatform' });
    expect(page.statusCode).toBe(200);
    expect(page.body).not.toContain('<script>alert(1)</script>');
    expect(page.body).toContain('<mark>erfgoedzorgplatform</mark>');
  });

  it('filters by type, dimension, subsector, pillar and upcoming', async () => {
    const db = t.database.db;
    const heritageData = await addCase(db, { title_nl: 'Sturen met bezoekersdata in een museum', subsectors: ['heritage'], dimensions: ['data'], pillar: 3 });
    const artsData = await addCase(db, { title_nl: 'Bezoekersdata in een theater', subsectors: ['arts'], dimensions: ['audience'], pillar: 1 });
    const past = await addLearning(db, { title_nl: 'Workshop bezoekersdata (voorbij)', startsOn: day(-20), endsOn: day(-19) });
    const future = await addLearning(db, { title_nl: 'Workshop bezoekersdata (komt nog)', startsOn: day(20) });
    const actor = await addActor(db, { name: 'Bezoekersdata-steunpunt', description_nl: 'Helpt met bezoekersdata.' });
    touch();
    const all = await ids('q=bezoekersdata');
    expect(all).toEqual(expect.arrayContaining([`case:${heritageData.id}`, `case:${artsData.id}`, `learning:${past.id}`, `learning:${future.id}`, `actor:${actor.id}`]));
    expect(await ids('q=bezoekersdata&subsector=heritage')).toEqual([`case:${heritageData.id}`]);
    expect(await ids('q=bezoekersdata&dimension=data')).toEqual([`case:${heritageData.id}`]);
    expect(await ids('q=bezoekersdata&pillar=1')).toEqual([`case:${artsData.id}`]);
    expect((await ids('q=bezoekersdata&type=learning')).sort()).toEqual([`learning:${past.id}`, `learning:${future.id}`].sort());
    expect(await ids('q=bezoekersdata&upcoming=true')).toEqual([`learning:${future.id}`]);
  });

  it('never finds an unpublished lesson; finds it once published, and no longer once retired', async () => {
    const db = t.database.db;
    const lesson = await addLesson(db, { title: 'Leerles over het depotbeheersysteem', published: false });
    touch();
    expect(await ids('q=depotbeheersysteem')).toEqual([]);
    await db.updateTable('lessons').set({ published_at: new Date() }).where('id', '=', lesson.id).execute();
    touch();
    expect(await ids('q=depotbeheersysteem')).toEqual([`lesson:${lesson.id}`]);
    await db.updateTable('lessons').set({ retired_at: new Date() }).where('id', '=', lesson.id).execute();
    touch();
    expect(await ids('q=depotbeheersysteem')).toEqual([]);
  });

  it('indexes an English lesson in English only', async () => {
    const lesson = await addLesson(t.database.db, { title: 'Crowdsourcing transcriptions worked', language: 'en' });
    touch();
    const hit = (await search('q=transcription')).items.find((i) => i.id === lesson.id);
    expect(hit?.lang).toBe('en');
  });

  it('never finds a retired learning opportunity or a draft call', async () => {
    const db = t.database.db;
    await addLearning(db, { title_nl: 'Masterclass metadatakwaliteit', retired: true });
    const draft = await addCall(db, { title_nl: 'Oproep metadatakwaliteit (ontwerp)', status: 'draft' });
    touch();
    expect(await ids('q=metadatakwaliteit')).toEqual([]);
    await db.updateTable('calls').set({ status: 'published' }).where('id', '=', draft.id).execute();
    touch();
    expect(await ids('q=metadatakwaliteit')).toEqual([`call:${draft.id}`]);
  });

  it('sees a write on the very next search (the cached result is renewed)', async () => {
    expect(await ids('q=zeefdrukatelier')).toEqual([]);
    const res = await t.app.inject({ url: '/search?q=zeefdrukatelier' });
    expect(res.body).toContain('0 resultaten');
    const c = await addCase(t.database.db, { title_nl: 'Een zeefdrukatelier gaat digitaal' });
    t.app.readModels.catalog.touch('cases');
    expect(await ids('q=zeefdrukatelier')).toEqual([`case:${c.id}`]);
    expect((await t.app.inject({ url: '/search?q=zeefdrukatelier' })).body).toContain('1 resultaat');
  });

  it('keeps a cached result through writes its words do not match, and renews it for one they match, removed records included', async () => {
    const first = await addCase(t.database.db, { title_nl: 'Het klankarchief van een muziekclub' });
    touch();
    const stampOf = async () => (await searchStamp(t.app, 'klankarchief')).stamp;
    expect(await ids('q=klankarchief')).toEqual([`case:${first.id}`]);
    const before = await stampOf();
    await addCase(t.database.db, { title_nl: 'Een theater herschikt zijn zaalplanning' });
    touch();
    expect(await stampOf()).toBe(before);
    expect(await ids('q=klankarchief')).toEqual([`case:${first.id}`]);
    const second = await addCase(t.database.db, { title_nl: 'Een tweede klankarchief gaat online' });
    touch();
    expect(await stampOf()).not.toBe(before);
    expect((await ids('q=klankarchief')).sort()).toEqual([`case:${first.id}`, `case:${second.id}`].sort());
    expect((await t.app.inject({ url: '/search?q=klankarchief' })).body).toContain('2 resultaten');
    await t.database.db.updateTable('cases').set({ retired_at: new Date() }).where('id', '=', second.id).execute();
    touch();
    expect(await ids('q=klankarchief')).toEqual([`case:${first.id}`]);
    expect((await t.app.inject({ url: '/search?q=klankarchief' })).body).toContain('1 resultaat');
  });

  it('pages through many results', async () => {
    for (let i = 0; i < 23; i++) await addCase(t.database.db, { title_nl: `Klankkastproject nummer ${i}` });
    touch();
    const first = await search('q=klankkastproject');
    expect(first.total).toBe(23);
    expect(first.pages).toBe(2);
    const second = await search('q=klankkastproject&page=2');
    expect(second.items).toHaveLength(3);
    expect(new Set([...first.items, ...second.items].map((i) => i.id)).size).toBe(23);
  });

  it('answers 400 naming the field (API) and shows the refused form again (page)', async () => {
    const missing = await t.app.inject({ url: '/api/search' });
    expect(missing.statusCode).toBe(400);
    expect(missing.headers['content-type']).toContain('application/problem+json');
    expect(json(missing).errors.map((e: { field: string }) => e.field)).toContain('querystring.q');
    const badType = await t.app.inject({ url: '/api/search?q=data&type=movie' });
    expect(badType.statusCode).toBe(400);
    expect(json(badType).errors.map((e: { field: string }) => e.field)).toContain('querystring.type');
    const page = await t.app.inject({ url: '/search?q=archief&pillar=9' });
    expect(page.statusCode).toBe(400);
    expect(page.body).toContain('error-summary');
    expect(page.body).toContain('value="archief"');
    expect(page.body).toContain('href="#f-pillar"');
  });

  it('shows the page in English with its form labelled', async () => {
    const res = await t.app.inject({ url: '/search?lang=en' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="en"');
    expect(res.body).toContain('<label for="f-q">Search words</label>');
  });

  it("names a case's country and sector in the reader's language, not by their codes", async () => {
    await addCase(t.database.db, { title_nl: 'Glasplatenarchief in het museum', title_en: 'Glass plate archive in the museum' });
    touch();
    const nl = (await t.app.inject({ url: '/search?q=glasplatenarchief' })).body;
    expect(nl).toContain('België · Erfgoed');
    expect(nl).not.toContain('BE · heritage');
    const en = (await t.app.inject({ url: '/search?q=glasplatenarchief&lang=en' })).body;
    expect(en).toContain('Belgium · Heritage');
  });
});
