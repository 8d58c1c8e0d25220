import { sql } from 'kysely';
import { DataFactory } from 'n3';
import { Readable, Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../../db/database.js';
import type { PublicEntityType } from '../entity-type.js';
import { createUris } from '../uris.js';
import { parseCsv } from './csv.js';
import { csvDump } from './csv-dump.js';
import { ntriplesDump } from './ntriples-dump.js';
import { Schema } from './table-info.js';

const ROWS = 12_000;
const uris = createUris('https://example.org');

/** A generated entity type over a generated table, counting how far its source has been read. */
function generated(): { entity: PublicEntityType; reads: { pages: number; lastId: number } } {
  const reads = { pages: 0, lastId: 0 };
  const entity: PublicEntityType = {
    type: 'thing', dataset: 'instruments', page: () => null,
    async ids(db, after, limit) {
      reads.pages++;
      const rows = (await sql<{ id: number }>`select id from things where id > ${Number(after ?? 0)} order by id limit ${limit}`.execute(db)).rows;
      reads.lastId = rows.at(-1)?.id ?? reads.lastId;
      return rows.map((r) => String(r.id));
    },
    async describe(_db, ids) {
      return ids.map((id) => DataFactory.quad(DataFactory.namedNode(uris.thing('thing', id)), DataFactory.namedNode('http://purl.org/dc/terms/identifier'), DataFactory.literal(id)));
    },
  };
  return { entity, reads };
}

describe('dumps of a large dataset', () => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await openDatabase({ dataDir: 'memory://' });
    await handle.execScript(`create table things (id integer primary key, name text not null, tags text[] not null, note text);
      insert into things select n, 'thing "' || n || '", with a comma', array['a', 'b' || n], case when n % 3 = 0 then null else '' end
      from generate_series(1, ${ROWS}) n;`);
  }, 60_000);
  afterAll(async () => { await handle?.close(); });

  it('writes every row of the CSV, in id order, with a header', async () => {
    const { entity } = generated();
    let text = '';
    for await (const chunk of csvDump(handle.db, new Schema(handle.db), entity, { table: 'things', idColumn: 'id' })) text += chunk;
    const rows = parseCsv(text);
    expect(rows[0]).toEqual(['id', 'name', 'tags', 'note']);
    expect(rows).toHaveLength(ROWS + 1);
    expect(rows[1]).toEqual(['1', 'thing "1", with a comma', '["a","b1"]', '']);
    expect(rows[3]![3]).toBeNull();
    expect(rows.at(-1)![0]).toBe(String(ROWS));
  });

  it('hands on the first page of the CSV before it has read the rest', async () => {
    const { entity, reads } = generated();
    const pages = csvDump(handle.db, new Schema(handle.db), entity, { table: 'things', idColumn: 'id' }, 500);
    await pages.next(); // header
    const first = await pages.next();
    expect(parseCsv(first.value as string)).toHaveLength(500);
    expect(reads.pages).toBe(1);
    expect(reads.lastId).toBe(500);
    await pages.return(undefined);
  });

  it('stops reading the source while a slow client has not taken what was written (backpressure)', async () => {
    const { entity, reads } = generated();
    const stream = Readable.from(ntriplesDump(handle.db, uris, [entity], 100), { objectMode: false, highWaterMark: 1024 });
    let release: () => void = () => {};
    let received = 0;
    const slow = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _enc, done) { received += chunk.length; release = done; },
    });
    stream.pipe(slow);
    // Let the stream fill its buffers; a consumer that never finishes a write holds it there.
    for (let i = 0; i < 50; i++) await new Promise((resolve) => setImmediate(resolve));
    expect(received).toBeGreaterThan(0);
    expect(reads.pages).toBeLessThan(5);
    expect(reads.lastId).toBeLessThan(ROWS / 10);
    // Once the client reads on, the dump runs to the end.
    let lines = 0;
    stream.unpipe(slow);
    release();
    for await (const chunk of stream) lines += String(chunk).split('\n').length - 1;
    expect(reads.lastId).toBe(ROWS);
    expect(lines).toBeGreaterThan(0);
  });

  it('writes N-Triples for every thing, one page at a time', async () => {
    const { entity, reads } = generated();
    let lines = 0;
    for await (const chunk of ntriplesDump(handle.db, uris, [entity], 1000)) lines += chunk.split('\n').filter(Boolean).length;
    expect(lines).toBe(ROWS);
    expect(reads.pages).toBe(ROWS / 1000 + 1);
  });
});
