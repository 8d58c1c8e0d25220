import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, testApp, type TestApp } from '../../../test/helpers/app.js';
import type { Lang } from '../../plugins/i18n.js';
import { learnStems, markAll, snippetOf, termsOf } from './snippets.js';

const BODY = "Het archief van de stad bewaart brieven, foto's en kaarten.\nWe digitaliseren ze samen met vrijwilligers, stap voor stap, "
  + 'en maken er een open collectie van die iedereen kan gebruiken. '.repeat(6)
  + 'Tot slot delen we de lessen over metadata en rechten met andere archieven.';

describe.each(engines)('search snippets on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => { t = await testApp({ engine }); });
  afterAll(async () => { await t?.close(); });

  /** The query as the search parses it, and the text's words stemmed by the database. */
  const terms = async (query: string, text: string, lang: Lang = 'nl') => {
    const { rows } = await sql<{ q: string }>`select to_tsquery(${lang === 'en' ? 'english' : 'dutch'}::regconfig, ${query})::text as q`.execute(t.database.db);
    await learnStems(t.database.db, [{ text, lang }]);
    return termsOf(rows[0]!.q);
  };
  const show = (s: string) => s.replace(/\u0001/g, '[').replace(/\u0002/g, ']');
  const snippet = async (body: string, query: string, lang: Lang = 'nl') => show(snippetOf(body, lang, await terms(query, body, lang)));

  it('marks inflected forms through the stems of the text\'s own language', async () => {
    expect(show(markAll('Zorgvuldige digitalisering van archieven', 'nl', await terms('digitaliseren & archieven', 'Zorgvuldige digitalisering van archieven'))))
      .toBe('Zorgvuldige [digitalisering] van [archieven]');
    const en = 'Catalogues were digitised in two years.';
    expect(await snippet(en, 'digitising & catalogue', 'en')).toBe('[Catalogues] were [digitised] in two years.');
    // A prefix search marks every word whose stem starts with it; stop words and other words stay plain.
    expect(show(markAll('De archivaris en het archief', 'nl', await terms('archi:*', 'De archivaris en het archief')))).toBe('De [archivaris] en het [archief]');
    // Numbers are their own stems (not asked of the database, and marked as it would).
    expect(show(markAll('Plan 2030 en 2031', 'nl', await terms('2030', 'Plan 2030 en 2031')))).toBe('Plan [2030] en 2031');
  });

  it('cuts the text around the matches, with an ellipsis where it cuts and only there', async () => {
    const opening = await snippet(BODY, 'archief');
    expect(opening.startsWith('Het [archief] van de stad')).toBe(true);
    expect(opening.endsWith(' …')).toBe(true);
    expect(opening.split(/\s+/).length).toBeLessThanOrEqual(34);

    const closing = await snippet(BODY, 'lessen');
    expect(closing.startsWith('… ')).toBe(true);
    expect(closing.endsWith('andere archieven.')).toBe(true);

    const both = await snippet(BODY, 'archief & lessen');
    expect(both).toMatch(/^Het \[archief\].* … .*\[lessen\].*archieven\.$/s);
    expect(both.split(' … ').length).toBe(2);

    // Nothing matched: the opening words.
    expect(await snippet(BODY, 'zeefdruk')).toBe("Het archief van de stad bewaart brieven, foto's en kaarten.\nWe …");
    expect(await snippet('Een kort verhaal over het archief.', 'archief')).toBe('Een kort verhaal over het [archief].');
    expect(await snippet('', 'archief')).toBe('');
  });

  it('leaves no mark of its own in the text: marks in a record are dropped before marking', async () => {
    const text = 'Een \u0001archief\u0002 met \u0001tekens';
    expect(show(markAll(text, 'nl', await terms('archief', text)))).toBe('Een [archief] met tekens');
  });
});
