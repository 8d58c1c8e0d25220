/**
 * The server side of the benchmark, in its own process so that the load generator does not
 * share its event loop: the real app and a bare Fastify route on two loopback ports.
 */
import Fastify from 'fastify';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../app.js';
import { bootstrap } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import { createUser } from '../modules/accounts/index.js';
import { readModelsWarm } from '../read-models.js';

const send = (message: unknown) => process.send?.(message);

// The rate limiter runs (its cost is part of every figure) with limits no benchmark reaches:
// all load comes from one loopback address.
const config = { ...loadConfig(), logLevel: 'warn', rateLimit: { perKeyPerMinute: 1_000_000_000, perAddressPerMinute: 1_000_000_000 } };
const boot = await bootstrap(config);
const email = `bench-${Date.now()}@example.org`;
const password = 'benchmark-password-1';
await boot.database.db.transaction().execute((tx) => createUser(tx, null, { email, displayName: 'Benchmark writer', password, role: 'transition_team' }));
const app = await buildApp({ config: boot.config, database: boot.database });
await app.listen({ port: 0, host: '127.0.0.1' });

// The bare route: the same bytes the app answered for an endpoint, with no work behind them.
const payloads = new Map<string, { body: string; type: string }>();
const bare = Fastify();
bare.get('/bare/:key/*', async (request, reply) => {
  const payload = payloads.get((request.params as { key: string }).key);
  if (!payload) return reply.code(404).send();
  return reply.type(payload.type).send(payload.body);
});
await bare.listen({ port: 0, host: '127.0.0.1' });

// The maturity suite's writer: a submission as the assessments module stores it, then the area renewal
// its POST would cause.
async function submitAssessment(organisationId: number): Promise<number> {
  const db = boot.database.db;
  const id = await db.transaction().execute(async (tx) => {
    const model = await tx.selectFrom('maturity_models').select('id').where('status', '=', 'published').orderBy('version', 'desc').limit(1).executeTakeFirstOrThrow();
    const dims = await tx.selectFrom('maturity_dimensions').select('code').where('model_id', '=', model.id).execute();
    const now = new Date();
    const { id } = await tx.insertInto('assessments').values({
      organisation_id: organisationId, model_id: model.id, kind: 'quick', status: 'submitted', started_by: null, started_at: now, submitted_at: now, is_demo: true,
    }).returning('id').executeTakeFirstOrThrow();
    await tx.insertInto('assessment_results').values(dims.map((d, i) => {
      const level = (organisationId + i + now.getSeconds()) % 6;
      return { assessment_id: id, dimension_code: d.code, level, target_level: Math.min(5, level + 1), min_level: level, max_level: level, respondents: 1 };
    })).execute();
    return id;
  });
  app.readModels.catalog.touch('maturity');
  return id;
}

const rssMb = () => Math.round(process.memoryUsage.rss() / 1024 / 1024);
let rssWatch: (() => { startMb: number; peakMb: number }) | null = null;

process.on('message', async (message: { type: string; key?: string; body?: string; contentType?: string; organisationId?: number }) => {
  if (message.type === 'submit') {
    try {
      send({ type: 'submitted', organisationId: message.organisationId, assessmentId: await submitAssessment(message.organisationId!) });
    } catch (err) {
      send({ type: 'submitted', organisationId: message.organisationId, error: String(err) });
    }
  } else if (message.type === 'payload') {
    payloads.set(message.key!, { body: message.body!, type: message.contentType! });
    send({ type: 'payload-stored', key: message.key });
  } else if (message.type === 'rss-watch') {
    // Peak resident memory while one operation runs (the full dump), sampled every 20 ms.
    const startMb = rssMb();
    let peakMb = startMb;
    const timer = setInterval(() => { peakMb = Math.max(peakMb, rssMb()); }, 20);
    rssWatch = () => { clearInterval(timer); return { startMb, peakMb: Math.max(peakMb, rssMb()) }; };
    send({ type: 'rss-watching' });
  } else if (message.type === 'rss-report') {
    send({ type: 'rss-report', ...(rssWatch?.() ?? { startMb: rssMb(), peakMb: rssMb() }) });
    rssWatch = null;
  } else if (message.type === 'warm') {
    await readModelsWarm(app);
    send({ type: 'warmed' });
  } else if (message.type === 'stats') {
    send({ type: 'stats', maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) });
  } else if (message.type === 'stop') {
    await app.close();
    await bare.close();
    await boot.database.close();
    process.exit(0);
  }
});

send({
  type: 'ready',
  appPort: (app.server.address() as AddressInfo).port,
  barePort: (bare.server.address() as AddressInfo).port,
  email, password,
});
