import Fastify from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testApp, type TestApp } from '../helpers/app.js';
import { changedTables, fingerprint } from './fingerprint.js';
import { appRoutes, writeRoutes } from './routes.js';

describe('reading the route table', () => {
  it('rebuilds full paths from the route tree, also where one path is a prefix of another', async () => {
    const app = Fastify();
    const ok = async () => 'ok';
    app.get('/api/me', ok);
    app.put('/api/meetings/:id', ok);
    app.post('/api/meetings/:id/agenda-items', ok);
    app.post('/login', ok);
    app.delete('/api/session', ok);
    await app.ready();
    const keys = appRoutes(app).map((r) => `${r.method} ${r.path}`);
    expect(keys).toEqual(expect.arrayContaining(['GET /api/me', 'PUT /api/meetings/:id', 'POST /api/meetings/:id/agenda-items', 'POST /login', 'DELETE /api/session']));
    expect(writeRoutes(app).map((r) => `${r.method} ${r.path}`)).toEqual([
      'DELETE /api/session', 'POST /api/meetings/:id/agenda-items', 'POST /login', 'PUT /api/meetings/:id',
    ]);
    await app.close();
  });
});

describe('the database fingerprint', () => {
  let t: TestApp;
  beforeAll(async () => { t = await testApp({ seed: false }); });
  afterAll(async () => { await t?.close(); });

  it('changes with a committed insert, update or delete and not with a rolled-back one', async () => {
    const db = t.database.db;
    const start = await fingerprint(db);
    await db.transaction().execute(async (tx) => {
      await sql`insert into subsectors (code, position, name_nl, name_en) values ('fp-test', 99, 'Test', 'Test')`.execute(tx);
      throw new Error('roll back');
    }).catch(() => undefined);
    expect(changedTables(start, await fingerprint(db))).toEqual([]);

    await sql`insert into subsectors (code, position, name_nl, name_en) values ('fp-test', 99, 'Test', 'Test')`.execute(db);
    const inserted = await fingerprint(db);
    expect(changedTables(start, inserted)).toEqual(['subsectors']);
    await sql`update subsectors set name_en = 'Changed' where code = 'fp-test'`.execute(db);
    const updated = await fingerprint(db);
    expect(changedTables(inserted, updated)).toEqual(['subsectors']);
    await sql`delete from subsectors where code = 'fp-test'`.execute(db);
    expect(changedTables(updated, await fingerprint(db))).toEqual(['subsectors']);
  });
});
