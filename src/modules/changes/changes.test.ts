import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { audit, type AuditEntry } from '../../plugins/audit.js';
import { etagOf } from '../../plugins/etag.js';
import { encodeCursor } from '../../web/cursor.js';
import { feedSettled } from './testing.js';

type Headers = Record<string, string>;
interface Change { cursor: string; change: string; type: string; id: string; uri: string; at: string }
interface Feed { items: Change[]; next: string | null; hasMore: boolean }

describe.each(engines)('the changes feed on %s', (engine) => {
  let t: TestApp;
  let team: Headers;
  const get = async (url: string) => t.app.inject({ url });
  const feed = async (since: string | null, limit = 500): Promise<Feed> => {
    const res = await get(`/api/v1/changes?limit=${limit}${since ? `&since=${since}` : ''}`);
    expect(res.statusCode, res.body).toBe(200);
    return json<Feed>(res);
  };
  const settled = () => feedSettled(t.database.db);
  /** Everything after `since`, following the cursor to the end (once the feed has caught up, unless told not to wait). */
  const drain = async (since: string | null, wait = true): Promise<{ items: Change[]; next: string | null }> => {
    if (wait) await settled();
    const items: Change[] = [];
    let next = since;
    for (;;) {
      const page = await feed(next);
      items.push(...page.items);
      next = page.next;
      if (!page.hasMore) return { items, next };
    }
  };
  /** An organisation in no project and with no lesson: nothing of it is public. */
  const unseenOrganisation = () => t.database.db.selectFrom('organisations').select('id')
    .where('id', 'not in', (eb) => eb.selectFrom('projects').select('lead_organisation_id'))
    .where('id', 'not in', (eb) => eb.selectFrom('application_partners').select('organisation_id'))
    .where('id', 'not in', (eb) => eb.selectFrom('lessons').select('organisation_id').where('organisation_id', 'is not', null))
    .orderBy('id').executeTakeFirstOrThrow();
  const write = (entry: AuditEntry, change?: (tx: any) => Promise<unknown>) =>
    t.database.db.transaction().execute(async (tx) => { await change?.(tx); await audit(tx, entry); });

  beforeAll(async () => {
    t = await testApp({ engine });
    team = await t.as('transition_team');
  });
  afterAll(async () => { await t?.close(); });

  it('shows a draft call only once it is published, with every change since its creation', async () => {
    const start = (await drain(null)).next;
    const demo = json(await get('/api/calls/demo-proeftuinen-2027'));
    const created = await t.app.inject({
      method: 'POST', url: '/api/v1/calls', headers: team,
      payload: {
        code: 'feed-oproep', instrument: 'innovative-partnership-grants', title: { nl: 'Oproep', en: 'Call' }, budgetEur: 100000,
        opensAt: '2027-01-10T09:00', closesAt: '2027-03-15T17:00', applicationFormId: demo.applicationFormId, annexFormId: demo.annexFormId,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const draft = await drain(start);
    expect(draft.items.filter((c) => c.id === 'feed-oproep')).toEqual([]);
    // Nothing public happened, but the position moved past the draft's row: the cursor is worth keeping.
    expect(draft.next).not.toBe(start);

    const published = await t.app.inject({ method: 'POST', url: '/api/v1/calls/feed-oproep/publish', headers: team, payload: {} });
    expect(published.statusCode, published.body).toBe(200);
    const fromStart = (await drain(start)).items.filter((c) => c.id === 'feed-oproep');
    expect(fromStart.map((c) => c.change)).toEqual(['created', 'updated']);
    expect(fromStart[0]).toMatchObject({ type: 'call', uri: `${t.app.config.publicBase}/id/call/feed-oproep` });
    expect(Number.isNaN(Date.parse(fromStart[0]!.at))).toBe(false);
    // A partner who already read past the draft still learns of the publication.
    expect((await drain(draft.next)).items.filter((c) => c.id === 'feed-oproep').map((c) => c.change)).toEqual(['updated']);
  });

  it('keeps unpublished decisions and organisations out, and names a decision once it is published', async () => {
    const start = (await drain(null)).next;
    const decision = await t.database.db.selectFrom('decisions').select(['id', 'code']).orderBy('id').executeTakeFirstOrThrow();
    const organisation = await unseenOrganisation();
    await write({ userId: null, entityType: 'decision', entityId: decision.code, action: 'update', after: { status: 'draft' } },
      (tx) => tx.updateTable('decisions').set({ status: 'draft', published_at: null }).where('id', '=', decision.id).execute());
    await write({ userId: null, entityType: 'organisation', entityId: organisation.id, action: 'update', after: { mission: 'private' } });
    await write({ userId: null, entityType: 'application', entityId: 1, action: 'update', after: { status: 'submitted' } });
    const hidden = await drain(start);
    expect(hidden.items).toEqual([]);

    await write({ userId: null, entityType: 'decision', entityId: decision.code, action: 'update', after: { status: 'published' } },
      (tx) => tx.updateTable('decisions').set({ status: 'published', published_at: new Date() }).where('id', '=', decision.id).execute());
    const shown = await drain(hidden.next);
    expect(shown.items.map((c) => [c.type, c.id, c.change])).toEqual([['decision', decision.code, 'updated']]);
  });

  it('tells that a retired instrument is no longer public, without replaying its earlier edits', async () => {
    const start = (await drain(null)).next;
    const instrument = json(await get('/api/instruments/oslo-cultural-heritage'));
    const retired = await t.app.inject({
      method: 'POST', url: '/api/v1/instruments/oslo-cultural-heritage/retire', headers: team, payload: { version: instrument.version, reason: 'superseded' },
    });
    expect(retired.statusCode, retired.body).toBe(200);
    const changes = (await drain(start)).items.filter((c) => c.type === 'instrument');
    expect(changes.map((c) => [c.id, c.change])).toEqual([['oslo-cultural-heritage', 'deleted']]);
  });

  it('names measurements by their URI id, and reports a deletion whose record kept its id', async () => {
    const start = (await drain(null)).next;
    const kpi = await t.database.db.selectFrom('kpis').select(['id', 'code', 'unit']).where('retired_at', 'is', null).where('frequency', '=', 'annual')
      .orderBy('code').executeTakeFirstOrThrow();
    const added = await t.app.inject({ method: 'POST', url: `/api/v1/kpis/${kpi.code}/measurements`, headers: team, payload: { period: '2019', value: 7, unit: kpi.unit } });
    expect(added.statusCode, added.body).toBe(201);
    const row = await t.database.db.selectFrom('measurements').select('id').where('kpi_id', '=', kpi.id).where('period', '=', '2019').executeTakeFirstOrThrow();
    await write({ userId: null, entityType: 'measurement', entityId: 'gone/2026/total/total', action: 'delete', before: { id: 987654 } });
    await write({ userId: null, entityType: 'measurement', entityId: 'gone/2027/total/total', action: 'delete', before: { value: 1 } });
    expect((await drain(start)).items.map((c) => [c.type, c.id, c.change])).toEqual([
      ['measurement', String(row.id), 'created'], ['measurement', '987654', 'deleted'],
    ]);
  });

  it('names an organisation only while it is public, and only for changes to its public profile', async () => {
    const start = (await drain(null)).next;
    const lead = await t.database.db.selectFrom('projects').select('lead_organisation_id as id').orderBy('id').executeTakeFirstOrThrow();
    const hidden = await unseenOrganisation();
    const profile = { name: 'Org', subsector: 'heritage', province: 'antwerp', municipality: 'Antwerpen', legalForm: 'vzw', budgetClass: 'small', contactable: false };
    await write({ userId: null, entityType: 'organisation', entityId: hidden.id, action: 'update', before: profile, after: { ...profile, name: 'Other' } });
    await write({ userId: null, entityType: 'organisation', entityId: lead.id, action: 'update', before: profile, after: { ...profile, budgetClass: 'large', contactable: true } });
    await write({ userId: null, entityType: 'organisation', entityId: lead.id, action: 'update', before: profile, after: { ...profile, municipality: 'Gent' } });
    expect((await drain(start)).items.map((c) => [c.type, c.id, c.change])).toEqual([['organisation', String(lead.id), 'updated']]);
  });

  it('tags each page with an ETag of its bytes: If-None-Match answers 304 until the page changes', async () => {
    const start = (await drain(null)).next;
    const url = `/api/v1/changes?limit=5&since=${start}`;
    const empty = await get(url);
    const tag = empty.headers.etag as string;
    expect(tag).toMatch(/^"[\w-]+"$/);
    expect(tag).toBe(etagOf(empty.rawPayload));
    expect((await t.app.inject({ url, headers: { 'if-none-match': tag } })).statusCode).toBe(304);
    const kpi = await t.database.db.selectFrom('kpis').select(['code', 'unit']).where('retired_at', 'is', null).where('frequency', '=', 'annual')
      .orderBy('code', 'desc').executeTakeFirstOrThrow();
    const added = await t.app.inject({ method: 'POST', url: `/api/v1/kpis/${kpi.code}/measurements`, headers: team, payload: { period: '2018', value: 3, unit: kpi.unit } });
    expect(added.statusCode, added.body).toBe(201);
    await settled();
    const renewed = await t.app.inject({ url, headers: { 'if-none-match': tag } });
    expect(renewed.statusCode).toBe(200);
    expect(renewed.headers.etag).not.toBe(tag);
    expect(json<Feed>(renewed).items.map((c) => [c.type, c.change])).toEqual([['measurement', 'created']]);
    // The text is the JSON of the documented shape, field by field.
    const item = json<Feed>(renewed).items[0]!;
    expect(Object.keys(item)).toEqual(['cursor', 'change', 'type', 'id', 'uri', 'at']);
    expect(item.uri.endsWith(`/id/measurement/${item.id}`)).toBe(true);
    expect(new Date(item.at).toISOString()).toBe(item.at);
  });

  it('pages with a cursor: no change twice, none skipped, oldest first, Link header while more wait', async () => {
    const all = (await drain(null)).items;
    expect(all.length).toBeGreaterThan(3);
    const seen: Change[] = [];
    let since: string | null = null;
    for (let guard = 0; guard < all.length + 2; guard++) {
      const res = await get(`/api/v1/changes?limit=2${since ? `&since=${since}` : ''}`);
      const page = json<Feed>(res);
      seen.push(...page.items);
      if (page.hasMore) {
        expect(res.headers.link).toBe(`<${t.app.config.publicBase}/api/v1/changes?limit=2&since=${page.next}>; rel="next"`);
        expect(page.items).toHaveLength(2);
      } else {
        expect(res.headers.link).toBeUndefined();
      }
      since = page.next;
      if (!page.hasMore) break;
    }
    expect(seen.map((c) => c.cursor)).toEqual(all.map((c) => c.cursor));
    expect(new Set(seen.map((c) => c.cursor)).size).toBe(seen.length);
    // Each change's own cursor resumes right after it.
    const resumed = await feed(all[1]!.cursor, 1);
    expect(resumed.items[0]?.cursor).toBe(all[2]!.cursor);
    // The unversioned address is the same feed.
    expect(json<Feed>(await get('/api/changes?limit=500')).items.length).toBe(json<Feed>(await get('/api/v1/changes?limit=500')).items.length);
  });

  it('refuses a cursor it did not give out, naming the field', async () => {
    const bad = [
      'not*base64',
      Buffer.from('hello').toString('base64url'),
      encodeCursor([1, 2]),
      encodeCursor(['12', 'x']),
      encodeCursor(['-1', 2]),
      encodeCursor(['99999999999999', 1]), // a transaction this database has not reached: another history
    ];
    for (const since of bad) {
      const res = await get(`/api/v1/changes?since=${since}`);
      expect(res.statusCode, since).toBe(400);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(json(res).errors.map((e: { field: string }) => e.field)).toEqual(['querystring.since']);
    }
    expect((await get('/api/v1/changes?limit=0')).statusCode).toBe(400);
    expect((await get('/api/v1/changes?limit=501')).statusCode).toBe(400);
  });

  it('only names public entity types, each with its stable URI', async () => {
    const { items } = await drain(null);
    const types = new Set(items.map((c) => c.type));
    for (const type of types) {
      expect(['instrument', 'case', 'learning-opportunity', 'kpi', 'action-line', 'body', 'call', 'decision', 'lesson', 'measurement',
        'project', 'organisation', 'action', 'mandatary', 'meeting', 'report']).toContain(type);
    }
    for (const c of items) expect(c.uri).toBe(`${t.app.config.publicBase}/id/${c.type}/${encodeURIComponent(c.id)}`);
  });

  it('names seats, actions in adopted plans and published reports, each described at its URI', async () => {
    const db = t.database.db;
    const start = (await drain(null)).next;
    const seat = await db.selectFrom('body_members as m').innerJoin('bodies as b', 'b.id', 'm.body_id').select('m.id')
      .where('b.retired_at', 'is', null).orderBy('m.id').executeTakeFirstOrThrow();
    const actions = db.selectFrom('actions as x').innerJoin('plans as p', 'p.id', 'x.plan_id').innerJoin('action_lines as l', 'l.id', 'p.action_line_id').select('x.id');
    const adopted = await actions.where('p.status', '=', 'adopted').where('l.retired_at', 'is', null).orderBy('x.id').executeTakeFirstOrThrow();
    const draft = await actions.where('p.status', '<>', 'adopted').orderBy('x.id').executeTakeFirst();
    const report = await db.selectFrom('published_reports').select(['year', 'version']).orderBy('year').executeTakeFirst();
    await write({ userId: null, entityType: 'body_member', entityId: seat.id, action: 'update', after: {} });
    await write({ userId: null, entityType: 'action', entityId: adopted.id, action: 'update', after: {} });
    if (draft) await write({ userId: null, entityType: 'action', entityId: draft.id, action: 'update', after: {} });
    if (report) await write({ userId: null, entityType: 'report', entityId: `${report.year}/${report.version}`, action: 'create', after: {} });
    const { items } = await drain(start);
    const expected = [['mandatary', String(seat.id)], ['action', String(adopted.id)], ...(report ? [['report', `${report.year}-v${report.version}`]] : [])];
    expect(items.map((c) => [c.type, c.id])).toEqual(expected);
    for (const c of items) expect((await get(`/doc/${c.type}/${encodeURIComponent(c.id)}.ttl`)).statusCode, `${c.type}/${c.id}`).toBe(200);
  });

  it("tells when a meeting's minutes are published, naming the meeting and not a draft", async () => {
    const start = (await drain(null)).next;
    const meeting = await t.database.db.selectFrom('publications').select(['id', 'meeting_id']).where('status', '=', 'published').orderBy('id').executeTakeFirstOrThrow();
    await write({ userId: null, entityType: 'publication', entityId: meeting.id, action: 'update', after: { status: 'published' } });
    const draftId = (await t.database.db.selectFrom('publications').select('id').where('status', '<>', 'published').executeTakeFirst())?.id;
    if (draftId !== undefined) await write({ userId: null, entityType: 'publication', entityId: draftId, action: 'update', after: {} });
    const { items } = await drain(start);
    expect(items.map((c) => [c.type, c.id])).toEqual([['meeting', String(meeting.meeting_id)]]);
    expect((await get(`/doc/meeting/${meeting.meeting_id}.ttl`)).statusCode).toBe(200);
  });

  if (engine === 'postgres') {
    it('waits for a transaction that is still running, so a late commit is never skipped', async () => {
      const start = (await drain(null)).next;
      const pg = await import('pg');
      const client = new pg.default.Client({ connectionString: t.app.config.databaseUrl });
      await client.connect();
      try {
        await client.query('begin');
        await client.query(`insert into audit_log (at, entity_type, entity_id, action, before) values (now(), 'measurement', 'slow/2026/total/total', 'delete', '{"id": 900001}')`);
        // A later transaction commits first.
        await write({ userId: null, entityType: 'measurement', entityId: 'fast/2026/total/total', action: 'delete', before: { id: 900002 } });
        const during = await drain(start, false);
        expect(during.items.map((c) => c.id)).toEqual([]);
        await client.query('commit');
        const after = await drain(during.next);
        expect(after.items.map((c) => c.id)).toEqual(['900001', '900002']);
      } finally {
        await client.end();
      }
    });
  }

  it('orders by the writing transaction, so a cursor is (transaction, row)', async () => {
    const { rows } = await sql<{ tx: string }>`select tx::text as tx from audit_log order by id desc limit 1`.execute(t.database.db);
    expect(rows[0]?.tx).toMatch(/^\d+$/);
  });
});
