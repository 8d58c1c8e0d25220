import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { encodeCursor } from '../../web/cursor.js';

interface Page { items: Array<Record<string, unknown>>; total: number; next: string | null }

describe.each(engines)('cursor pagination of the public collections on %s', (engine) => {
  let t: TestApp;
  let kpi: string;
  const get = (url: string) => t.app.inject({ url });
  beforeAll(async () => {
    t = await testApp({ engine });
    const kpis = json(await get('/api/v1/kpis'));
    kpi = (kpis.items ?? kpis)[0].code;
  });
  afterAll(async () => { await t?.close(); });

  const collections = () => [
    { path: '/api/v1/cases', key: 'code' },
    { path: '/api/v1/actors', key: 'code' },
    { path: '/api/v1/calls', key: 'code' },
    { path: '/api/v1/decisions', key: 'code' },
    { path: '/api/v1/lessons', key: 'code' },
    { path: '/api/v1/learning', key: 'id' },
    { path: `/api/v1/kpis/${kpi}/measurements?all=true`, key: 'period' },
  ];

  /** Follows the Link header from the first page to the last. */
  async function walk(path: string, limit: number): Promise<{ items: Array<Record<string, unknown>>; pages: number; total: number }> {
    const items: Array<Record<string, unknown>> = [];
    let url: string | null = `${path}${path.includes('?') ? '&' : '?'}limit=${limit}`;
    let pages = 0;
    let total = -1;
    while (url) {
      const res = await get(url);
      expect(res.statusCode, `${url}: ${res.body}`).toBe(200);
      const page = json<Page>(res);
      items.push(...page.items);
      total = page.total;
      pages++;
      const link = res.headers.link as string | undefined;
      if (page.next) {
        expect(page.items).toHaveLength(limit);
        expect(link).toMatch(/^<http[^>]*\/api\/v1\/[^>]*[?&]cursor=[A-Za-z0-9_-]+[^>]*>; rel="next"$/);
        expect(link).toContain(`cursor=${page.next}`);
        url = link!.slice(link!.indexOf('/api/v1/'), link!.indexOf('>'));
      } else {
        expect(link).toBeUndefined();
        url = null;
      }
      expect(pages).toBeLessThan(500);
    }
    return { items, pages, total };
  }

  it('pages every collection in small steps to the same items as one large page, none twice', async () => {
    for (const { path, key } of collections()) {
      const whole = await walk(path, 200);
      expect(whole.pages, path).toBe(1);
      expect(whole.items.length, path).toBe(whole.total);
      expect(whole.items.length, path).toBeGreaterThan(1);
      const step = whole.items.length > 6 ? 3 : 1;
      const stepped = await walk(path, step);
      expect(stepped.pages, path).toBe(Math.ceil(whole.items.length / step));
      expect(stepped.items, path).toEqual(whole.items);
      const ids = stepped.items.map((item) => JSON.stringify(item));
      expect(new Set(ids).size, path).toBe(ids.length);
      if (key !== 'period') expect(new Set(stepped.items.map((item) => item[key])).size, path).toBe(ids.length);
    }
  });

  it('keeps the old page-number paging as it was, with the same total', async () => {
    const offset = json(await get('/api/v1/cases?page=1&pageSize=5'));
    expect(offset).toMatchObject({ page: 1, pageSize: 5 });
    expect(offset.items).toHaveLength(5);
    expect(offset.next).toBeUndefined();
    expect(json(await get('/api/v1/cases?limit=5')).total).toBe(offset.total);
  });

  it('applies the filters in cursor mode too', async () => {
    const filtered = json<Page>(await get('/api/v1/cases?pillar=2&limit=200'));
    expect(filtered.items.every((c) => c.pillar === 2)).toBe(true);
    expect(filtered.total).toBe(json(await get('/api/v1/cases?pillar=2&pageSize=100')).total);
  });

  it('refuses a cursor it did not give out with a 400 naming the field', async () => {
    for (const { path } of collections()) {
      const join = path.includes('?') ? '&' : '?';
      for (const cursor of ['%25%25', Buffer.from('[1,2]').toString('base64url'), encodeCursor([true as unknown as number])]) {
        const res = await get(`${path}${join}cursor=${cursor}`);
        expect(res.statusCode, `${path} ${cursor}`).toBe(400);
        expect(json(res).errors.map((e: { field: string }) => e.field), path).toEqual(['querystring.cursor']);
      }
      for (const limit of ['0', '201', 'x']) expect((await get(`${path}${join}limit=${limit}`)).statusCode, `${path} limit=${limit}`).toBe(400);
    }
  });

  it('answers the unversioned address the same way', async () => {
    const versioned = await get('/api/v1/actors?limit=3');
    const alias = await get('/api/actors?limit=3');
    expect(alias.body).toBe(versioned.body);
    // The link always points at the documented, versioned address.
    expect(alias.headers.link).toBe(versioned.headers.link);
  });
});
