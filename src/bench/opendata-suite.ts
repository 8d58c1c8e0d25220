import { sql } from 'kysely';
import type { Db } from '../db/database.js';
import { entityTypes } from '../modules/opendata/registry.js';
import type { Rng } from './random.js';
import type { Endpoint } from './endpoint.js';
import { accepted, failed, writeLoop, type Writer } from './write-loop.js';

/**
 * Open data at sector scale: the linked-data views (JSON-LD and Turtle) of things drawn from every
 * public entity type in proportion to how many there are, the DCAT catalogue, the changes feed
 * from cursors spread over its history, and (apart, one at a time) the full N-Triples dump.
 * The dataset is the other suites' sector: actors and instruments, KPIs with ten years of
 * measurements, 20,000 cases and lessons, 10,000 learning opportunities, 5,000 calls.
 */
export interface OpendataDataset { ids: Map<string, string[]>; total: number }

/**
 * The audit history a real instance of this size would have: a 'create' row for every record the
 * changes feed speaks about (instruments, cases, lessons, learning, calls, KPIs and every
 * measurement), in the order they were made, as the platform's own commands would have written
 * them. Without it the feed would have only the seed's few dozen rows to page through.
 */
export async function generateAuditHistory(db: Db): Promise<number> {
  const sources = [
    sql`select 'instrument', code from instruments where retired_at is null order by id`,
    sql`select 'kpi', code from kpis where retired_at is null order by id`,
    sql`select 'measurement', k.code || '/' || m.period || '/' || coalesce(nullif(m.subsector, ''), 'total') || '/' || coalesce(nullif(m.province, ''), 'total')
        from measurements m join kpis k on k.id = m.kpi_id order by m.id`,
    sql`select 'case', code from cases where retired_at is null order by id`,
    sql`select 'learning_opportunity', id::text from learning_opportunities order by id`,
    sql`select 'call', code from calls where status <> 'draft' order by id`,
    sql`select 'lesson', code from lessons where published_at is not null order by id`,
  ];
  let rows = 0;
  for (const source of sources) {
    const result = await sql`insert into audit_log (at, entity_type, entity_id, action) select now(), s.entity_type, s.entity_id, 'create' from (${source}) s(entity_type, entity_id)`.execute(db);
    rows += Number(result.numAffectedRows ?? 0);
  }
  return rows;
}

/** Every public id per entity type, read through the registry (what the dump will publish). */
export async function collectPublicIds(db: Db, perTypeLimit = 200_000): Promise<OpendataDataset> {
  const ids = new Map<string, string[]>();
  let total = 0;
  for (const entityType of entityTypes) {
    const list: string[] = [];
    let after: string | null = null;
    while (list.length < perTypeLimit) {
      const page = await entityType.ids(db, after, 10_000);
      if (!page.length) break;
      list.push(...page);
      after = page[page.length - 1]!;
    }
    if (list.length) ids.set(entityType.type, list);
    total += list.length;
  }
  return { ids, total };
}

export function opendataEndpoints(r: Rng, dataset: OpendataDataset, changeCursors: string[]): Endpoint<'opendata'>[] {
  // A thing drawn uniformly over all public things, so big types (measurements, cases) dominate as they would for crawlers.
  const types = [...dataset.ids.entries()];
  const thing = () => {
    let n = r.int(0, dataset.total - 1);
    for (const [type, ids] of types) {
      if (n < ids.length) return `${type}/${encodeURIComponent(ids[n]!)}`;
      n -= ids.length;
    }
    const [type, ids] = types[0]!;
    return `${type}/${encodeURIComponent(ids[0]!)}`;
  };
  const first = types.length ? `${types[0]![0]}/${encodeURIComponent(types[0]![1][0]!)}` : 'none/none';
  const cursor = () => (changeCursors.length && r.chance(0.9) ? `since=${encodeURIComponent(r.pick(changeCursors))}&` : '');
  return [
    { key: 'ld-jsonld', label: 'GET /doc/:type/:id.jsonld (every public type)', suite: 'opendata', sample: `/doc/${first}.jsonld`, path: () => `/doc/${thing()}.jsonld` },
    { key: 'ld-turtle', label: 'GET /doc/:type/:id.ttl (every public type)', suite: 'opendata', sample: `/doc/${first}.ttl`, path: () => `/doc/${thing()}.ttl` },
    { key: 'ld-conneg', label: 'GET /doc/:type/:id (Accept: text/turtle)', suite: 'opendata', sample: `/doc/${first}`, path: () => `/doc/${thing()}`, headers: { accept: 'text/turtle' } },
    { key: 'catalogue', label: 'GET /catalogue.ttl and .jsonld (DCAT-AP-VL)', suite: 'opendata', sample: '/catalogue.ttl', path: () => (r.chance(0.5) ? '/catalogue.ttl' : '/catalogue.jsonld') },
    { key: 'changes-feed', label: 'GET /api/v1/changes?since&limit', suite: 'opendata', sample: '/api/v1/changes?limit=100', path: () => `/api/v1/changes?${cursor()}limit=${r.pick([50, 100, 200])}` },
  ];
}

/** Cursors spread over the feed's history, as partners that synchronised at different times hold them. */
export async function sampleChangeCursors(base: string, max = 2_000): Promise<string[]> {
  const cursors: string[] = [];
  let url: string | null = `${base}/api/v1/changes?limit=500`;
  while (url && cursors.length < max) {
    const res: Response = await fetch(url);
    if (!res.ok) break;
    const body = await res.json() as { next?: string | null };
    if (!body.next) break;
    cursors.push(body.next);
    url = `${base}/api/v1/changes?since=${encodeURIComponent(body.next)}&limit=500`;
  }
  return cursors;
}

/**
 * Adds learning opportunities through the API while the readers run and checks that the very next
 * reads show each one: its Turtle description and the head of the changes feed. A description or
 * feed that does not show the write counts as a stale read.
 */
export async function startOpendataWriter(base: string, headers: Record<string, string>, perSecond: number): Promise<Writer> {
  const json = { ...headers, 'content-type': 'application/json' };
  let n = 0, cursor: string | null = null;
  // Start at the head of the feed, as a partner that has synchronised before.
  for (;;) {
    const page = await (await fetch(`${base}/api/v1/changes?limit=500${cursor ? `&since=${encodeURIComponent(cursor)}` : ''}`)).json() as { next?: string | null; hasMore?: boolean };
    cursor = page.next ?? cursor;
    if (!page.hasMore) break;
  }
  return writeLoop(perSecond, async () => {
    const word = `opendatabench${++n}x${Date.now() % 100_000}`;
    const res = await fetch(`${base}/api/learning`, {
      method: 'POST', headers: json,
      body: JSON.stringify({ title: { nl: `[synthetic] Workshop ${word}`, en: `[synthetic] Workshop ${word}` }, kind: 'workshop', provider: 'meemoo', online: true }),
    });
    if (!await accepted(res, 'learning')) return 'conflict';
    const { id } = await res.json() as { id: number };
    const turtle = await (await fetch(`${base}/doc/learning-opportunity/${id}.ttl`)).text();
    let seen = false;
    for (let page = 0; page < 20 && !seen; page++) {
      const feed = await (await fetch(`${base}/api/v1/changes?limit=200${cursor ? `&since=${encodeURIComponent(cursor)}` : ''}`)).json() as { items?: Array<{ uri?: string }>; next?: string | null };
      seen = (feed.items ?? []).some((item) => item.uri?.endsWith(`/id/learning-opportunity/${id}`));
      if (!feed.next || feed.next === cursor) break;
      cursor = feed.next;
    }
    return failed(turtle.includes(word) && seen);
  });
}

/** The full dump, streamed and counted line by line: triples per second and bytes. */
export async function timeFullDump(base: string): Promise<{ triples: number; bytes: number; ms: number; triplesPerSecond: number }> {
  const started = performance.now();
  const res = await fetch(`${base}/dumps/all.nt`);
  if (!res.ok || !res.body) throw new Error(`dump failed: ${res.status}`);
  let triples = 0, bytes = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.byteLength;
    for (let i = 0; i < chunk.length; i++) if (chunk[i] === 10) triples++;
  }
  const ms = performance.now() - started;
  return { triples, bytes, ms: Math.round(ms), triplesPerSecond: Math.round(triples / (ms / 1000)) };
}
