import { INSTRUMENT_TYPES, SUBSECTORS } from '../../catalog/types.js';
import type { Rng } from '../random.js';
import { VISION_CODE } from '../vision-suite.js';
import type { Sample } from './stats.js';

type Headers = Record<string, string>;

/** What a virtual user needs: its sessions, and the state its writes carry from one to the next. */
export interface UserContext {
  base: string;
  index: number;
  users: number;
  r: Rng;
  team: Headers;
  drafter: Headers;
  application: { id: number; version: number };
  sizes: { actors: number; instruments: number; kpis: number };
  year: number;
  /** Shared counter, so that every measurement write names a new period. */
  counter: { n: number };
}

const WORDS = ['digitaal', 'erfgoed', 'data', 'lab', 'platform', 'open', 'media', 'digitaliseren', 'collectie'];

/** Sends one request, times it and judges its status against what the operation expects. */
export async function send(ctx: UserContext, label: string, method: string, path: string, expect: number[], options: { headers?: Headers; body?: unknown } = {}): Promise<{ sample: Sample; body: unknown }> {
  const started = performance.now();
  try {
    const res = await fetch(ctx.base + path, {
      method,
      headers: { ...(options.headers ?? {}), ...(options.body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
    const text = await res.text();
    const ms = performance.now() - started;
    const expected = expect.includes(res.status);
    const isJson = (res.headers.get('content-type') ?? '').includes('json');
    return {
      sample: { label, method, path, status: res.status, ms, expected, ...(expected ? {} : { detail: text.slice(0, 300) }) },
      body: isJson && text ? JSON.parse(text) : text,
    };
  } catch (err) {
    return { sample: { label, method, path, status: 0, ms: performance.now() - started, expected: false, detail: String(err) }, body: null };
  }
}

type Operation = (ctx: UserContext) => Promise<Sample[]>;
const one = (label: string, path: (ctx: UserContext) => string, headers?: (ctx: UserContext) => Headers): Operation =>
  async (ctx) => [(await send(ctx, label, 'GET', path(ctx), [200], { headers: headers?.(ctx) ?? {} })).sample];

const lang = (r: Rng) => r.pick(['nl', 'en']);
const instrumentQuery = (ctx: UserContext) => {
  const { r } = ctx;
  const p = new URLSearchParams();
  if (r.chance(0.3)) p.set('pillar', String(r.int(1, 5)));
  if (r.chance(0.3)) p.set('challenge', String(r.int(1, 14)));
  if (r.chance(0.3)) p.set('type', r.pick(INSTRUMENT_TYPES));
  if (r.chance(0.2)) p.set('q', r.pick(WORDS));
  p.set('page', String(r.int(1, 4)));
  return p.toString();
};
const actorQuery = (ctx: UserContext) => {
  const { r } = ctx;
  const p = new URLSearchParams();
  if (r.chance(0.3)) p.set('subsector', r.pick(SUBSECTORS));
  if (r.chance(0.3)) p.set('pillar', String(r.int(1, 5)));
  if (r.chance(0.2)) p.set('q', r.pick(WORDS));
  p.set('page', String(r.int(1, 20)));
  return p.toString();
};
const instrument = (ctx: UserContext) => `synthetic-instrument-${ctx.r.int(1, ctx.sizes.instruments)}`;
const kpi = (ctx: UserContext) => `SYN-KPI-${ctx.r.int(1, ctx.sizes.kpis)}`;

/** Reads as visitors and members make them, over varying ids and filters, pages and API. */
const reads: Array<[number, Operation]> = [
  [6, one('GET /api/instruments?filters', (c) => `/api/instruments?${instrumentQuery(c)}`)],
  [6, one('GET /instruments?filters (HTML)', (c) => `/instruments?${instrumentQuery(c)}&lang=${lang(c.r)}`)],
  [5, one('GET /api/instruments/:code', (c) => `/api/instruments/${instrument(c)}`)],
  [5, one('GET /instruments/:code (HTML)', (c) => `/instruments/${instrument(c)}?lang=${lang(c.r)}`)],
  [4, one('GET /api/actors?filters', (c) => `/api/actors?${actorQuery(c)}`)],
  [4, one('GET /actors/:code (HTML)', (c) => `/actors/synthetic-actor-${c.r.int(1, c.sizes.actors)}`)],
  [3, one('GET /coverage (HTML)', (c) => `/coverage?lang=${lang(c.r)}`)],
  [3, one('GET /api/coverage', () => '/api/coverage')],
  [4, one('GET /api/kpis/:code/series', (c) => `/api/kpis/${kpi(c)}/series`)],
  [3, one('GET /kpis/:code (HTML)', (c) => `/kpis/${kpi(c)}`)],
  [3, one('GET /dashboard?year&kpi (HTML)', (c) => `/dashboard?year=${c.year - c.r.int(0, 3)}&kpi=${kpi(c)}&breakdown=${c.r.pick(['subsector', 'province'])}`)],
  [3, one('GET /vision/:code?page (HTML)', (c) => `/vision/${VISION_CODE}?page=${c.r.int(1, 20)}&lang=${lang(c.r)}`)],
  [3, one('GET /search?q (HTML)', (c) => `/search?q=${c.r.pick(WORDS)}`)],
  [2, one('GET /api/search?q', (c) => `/api/search?q=${c.r.pick(WORDS)}`)],
  [2, one('GET /calls/:code (HTML)', () => '/calls/demo-proeftuinen-2027')],
  [2, one('GET /api/applications/:id (member)', (c) => `/api/applications/${c.application.id}`, (c) => c.drafter)],
];

/**
 * Writes interleaved with the reads: a draft save, a measurement, a consultation comment and an
 * instrument edit. Each virtual user saves its own draft and edits its own slice of
 * instruments, so a 409 would be a fault, not a race the workload made.
 */
const writes: Array<[number, Operation]> = [
  [4, async (c) => {
    const { sample, body } = await send(c, 'PUT /api/applications/:id (draft save)', 'PUT', `/api/applications/${c.application.id}`, [200], {
      headers: c.drafter, body: { version: c.application.version, summary: `Soak draft ${c.index} ${Date.now()}`, answers: { problem: `Probleem ${c.r.int(1, 1e6)}` } },
    });
    if (sample.expected) c.application.version = (body as { version: number }).version;
    return [sample];
  }],
  [3, async (c) => {
    // Months after the dataset's last year, new ones first; after 50 years they come round again
    // (a correction of an existing figure, as teams make them), never beyond the year 2100 the API allows.
    const n = ++c.counter.n % (50 * 12);
    const period = `${c.year + 1 + Math.floor(n / 12)}-${String(1 + (n % 12)).padStart(2, '0')}`;
    return [(await send(c, 'POST /api/kpis/:code/measurements', 'POST', `/api/kpis/${kpi(c)}/measurements`, [200, 201], {
      headers: c.team, body: { period, value: c.r.int(0, 100), unit: '%', subsector: c.r.pick(['', 'arts', 'heritage']), province: '' },
    })).sample];
  }],
  [2, async (c) => [(await send(c, 'POST /api/vision/:code/rounds/1/comments', 'POST', `/api/vision/${VISION_CODE}/rounds/1/comments`, [201], {
    headers: c.team, body: { section: c.r.pick(['why', 'desired_state', 'principles']), text: `Soakreactie ${c.index} ${c.r.int(1, 1e9)}` },
  })).sample]],
  [1, async (c) => {
    // Instruments index ≡ this user's index (mod users): no two users edit the same one.
    const slice = Math.max(1, Math.floor(c.sizes.instruments / c.users));
    const code = `synthetic-instrument-${1 + c.index + c.users * c.r.int(0, slice - 1)}`;
    const got = await send(c, 'GET /api/instruments/:code', 'GET', `/api/instruments/${code}`, [200]);
    if (!got.sample.expected) return [got.sample];
    const current = got.body as Record<string, any>;
    const put = await send(c, 'PUT /api/instruments/:code', 'PUT', `/api/instruments/${code}`, [200], {
      headers: c.team,
      body: {
        version: current.version, name: { nl: `[synthetic] soak ${c.r.int(1, 1e6)}`, en: `[synthetic] soak ${c.index}` }, description: current.description,
        type: current.type, responsibleActor: current.responsibleActor?.code ?? null, sinceYear: current.sinceYear,
        links: [{ challenge: c.r.int(1, 14), strength: 'strong' }], recommendations: [],
      },
    });
    return [got.sample, put.sample];
  }],
];

const pickWeighted = (r: Rng, ops: Array<[number, Operation]>): Operation => {
  let x = r.next() * ops.reduce((n, [w]) => n + w, 0);
  for (const [w, op] of ops) if ((x -= w) < 0) return op;
  return ops[ops.length - 1]![1];
};

/** One step of a virtual user: a write about one time in six, else a read. */
export function nextOperation(r: Rng): Operation {
  return r.chance(1 / 6) ? pickWeighted(r, writes) : pickWeighted(r, reads);
}
