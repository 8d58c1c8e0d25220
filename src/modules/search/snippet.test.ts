import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, testApp, type TestApp } from '../../../test/helpers/app.js';
import { snippetSql } from './queries.js';

const BODY = "Het archief van de stad bewaart brieven, foto's en kaarten.\nWe digitaliseren ze samen met vrijwilligers, stap voor stap, "
  + 'en maken er een open collectie van die iedereen kan gebruiken. '.repeat(6)
  + 'Tot slot delen we de lessen over metadata en rechten met andere archieven.';

describe.each(engines)('search snippets on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => { t = await testApp({ engine }); });
  afterAll(async () => { await t?.close(); });

  const snippet = async (body: string, words: string) => {
    const { rows } = await sql<{ s: string }>`select ${snippetSql(sql`'dutch'::regconfig`, sql`${body}::text`, sql`to_tsquery('dutch', ${words})`)} as s`.execute(t.database.db);
    return rows[0]!.s.replace(/\u0001/g, '[').replace(/\u0002/g, ']');
  };

  it('marks with an ellipsis where the snippet cuts the text, and only there', async () => {
    const opening = await snippet(BODY, 'archief');
    expect(opening.startsWith('Het [archief]')).toBe(true);
    expect(opening.endsWith(' …')).toBe(true);

    const closing = await snippet(BODY, 'lessen');
    expect(closing.startsWith('… ')).toBe(true);
    expect(closing.endsWith('andere archieven')).toBe(true);

    const both = await snippet(BODY, 'archief & lessen');
    expect(both).toMatch(/^Het \[archief\].* … .*\[lessen\].*archieven$/s);
    expect(both.split(' … ').length).toBe(2);

    expect(await snippet('Een kort verhaal over het archief.', 'archief')).not.toContain('…');
    expect(await snippet('', 'archief')).toBe('');
  });
});
