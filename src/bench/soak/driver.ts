import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { rng } from '../random.js';
import { login } from '../writer.js';
import { prepareSoakData } from './dataset.js';
import type { MemorySample } from './server.js';
import { SoakStats, type Window } from './stats.js';
import { nextOperation, send, type UserContext } from './workload.js';

const { values } = parseArgs({
  options: { minutes: { type: 'string', default: '10' }, scale: { type: 'string', default: '1' }, users: { type: 'string', default: '16' } },
});
const minutes = Number(values.minutes);
const scale = Number(values.scale);
const users = Number(values.users);
if (!(minutes > 0) || !(scale > 0) || !Number.isInteger(users) || users < 1) {
  console.error('usage: npm run soak -- [--minutes 10] [--scale 1] [--users 16]');
  process.exit(2);
}
const year = new Date().getFullYear();
const dataDir = mkdtempSync(join(tmpdir(), 'transitieruimte-soak-'));
console.log(`Soak: ${minutes} min, ${users} concurrent users on loopback, synthetic sector at scale ${scale} in ${dataDir}`);

let child: ChildProcess | undefined;
try {
  let started = Date.now();
  const data = await prepareSoakData(dataDir, scale, year, users);
  console.log(`  data: ${data.summary} in ${Math.round((Date.now() - started) / 1000)} s`);

  started = Date.now();
  child = fork(process.argv[1]!, [], {
    execArgv: ['--expose-gc'],
    env: { ...process.env, SOAK_ROLE: 'server', DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', SEED: 'true', DEMO_DATA: 'true' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const server = child;
  const { port } = await next<{ port: number }>(server, 'ready');
  const base = `http://127.0.0.1:${port}`;
  console.log(`  server started in ${Math.round((Date.now() - started) / 1000)} s on ${base}`);
  const memory = async () => { server.send({ type: 'memory' }); return (await next<{ sample: MemorySample }>(server, 'memory')).sample; };

  const team = await login(base, data.team.email, data.team.password);
  const counter = { n: 0 };
  const contexts: UserContext[] = [];
  for (let i = 0; i < users; i++) {
    const account = data.drafters[i]!;
    const drafter = await login(base, account.email, account.password);
    const ctx: UserContext = { base, index: i, users, r: rng(1000 + i), team, drafter, application: { id: 0, version: 0 }, sizes: { actors: data.size.actors, instruments: data.size.instruments, kpis: data.kpis }, year, counter };
    const { sample, body } = await send(ctx, 'POST /api/calls/:code/applications', 'POST', '/api/calls/demo-proeftuinen-2027/applications', [201], {
      headers: drafter, body: { organisationId: account.organisationId, title: `Soak application ${i + 1}` },
    });
    if (!sample.expected) throw new Error(`could not start a draft application: ${sample.status} ${sample.detail}`);
    ctx.application = { id: (body as { id: number }).id, version: (body as { version: number }).version };
    contexts.push(ctx);
  }

  const stats = new SoakStats();
  const first = await memory();
  const line = (label: string, w: Window, m: MemorySample) =>
    console.log(`  ${label.padEnd(9)} ${String(w.requests).padStart(7)} requests  ${String(w.errors).padStart(3)} errors  p50 ${w.p50} ms  p95 ${w.p95} ms  p99 ${w.p99} ms  `
      + `RSS ${m.rssMb} MB  heap ${m.heapUsedMb}/${m.heapTotalMb} MB`);
  console.log(`  start     RSS ${first.rssMb} MB  heap ${first.heapUsedMb}/${first.heapTotalMb} MB  external ${first.externalMb} MB`);

  const deadline = Date.now() + minutes * 60_000;
  const loops = contexts.map(async (ctx) => {
    while (Date.now() < deadline) for (const sample of await nextOperation(ctx.r)(ctx)) stats.record(sample);
  });
  const samples: MemorySample[] = [first];
  let minute = 0;
  const ticker = setInterval(() => {
    const w = stats.closeWindow();
    const n = ++minute;
    void memory().then((m) => { samples.push(m); line(`minute ${n}`, w, m); });
  }, 60_000);
  await Promise.all(loops);
  clearInterval(ticker);
  const tail = stats.closeWindow();
  const last = await memory();
  if (tail.requests) line('last part', tail, last);

  const total = stats.total();
  const seconds = minutes * 60;
  console.log('\n| operation | requests | errors | p50 ms | p95 ms | p99 ms |\n|---|---|---|---|---|---|');
  for (const row of stats.perLabel()) console.log(`| ${row.label} | ${row.requests} | ${row.errors} | ${row.p50} | ${row.p95} | ${row.p99} |`);
  console.log(`\nrequests: ${total.requests} (${Math.round(total.requests / seconds)}/s), errors: ${total.errors}`);
  console.log(`latency: p50 ${total.p50} ms, p95 ${total.p95} ms, p99 ${total.p99} ms`);
  const peak = Math.max(...samples.map((s) => s.rssMb), last.rssMb);
  console.log(`memory: RSS ${first.rssMb} -> ${last.rssMb} MB (${signed(last.rssMb - first.rssMb)} MB, peak ${peak} MB), `
    + `heap used ${first.heapUsedMb} -> ${last.heapUsedMb} MB (${signed(last.heapUsedMb - first.heapUsedMb)} MB)`);
  // The first minute builds the read models and fills the response cache; growth after it is the leak signal.
  const warm = samples[1];
  if (warm && samples.length > 2) {
    console.log(`memory after the first minute (read models warm): RSS ${warm.rssMb} -> ${last.rssMb} MB (${signed(last.rssMb - warm.rssMb)} MB), `
      + `heap used ${warm.heapUsedMb} -> ${last.heapUsedMb} MB (${signed(last.heapUsedMb - warm.heapUsedMb)} MB)`);
  }
  if (stats.errors.length) {
    console.log('\nerrors:');
    const grouped = new Map<string, { n: number; example: string }>();
    for (const e of stats.errors) {
      const key = `${e.label} -> ${e.status}`;
      const g = grouped.get(key) ?? { n: 0, example: `${e.method} ${e.path}: ${e.detail ?? ''}` };
      g.n++;
      grouped.set(key, g);
    }
    for (const [key, g] of grouped) console.log(`  ${g.n} x ${key}\n      e.g. ${g.example}`);
  }
  console.log(`reproduce: npm run soak -- --minutes ${minutes} --scale ${scale} --users ${users}`);
  server.send({ type: 'stop' });
  await new Promise((resolve) => server.once('exit', resolve));
  process.exitCode = stats.errors.length ? 1 : 0;
} catch (err) {
  console.error(`Soak failed: ${(err as Error).stack ?? err}`);
  child?.kill('SIGKILL');
  process.exitCode = 1;
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}

function signed(n: number) { return `${n >= 0 ? '+' : ''}${Math.round(n * 10) / 10}`; }

function next<T>(proc: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) => reject(new Error(`soak server exited with code ${code}`));
    const onMessage = (message: { type: string }) => {
      if (message.type !== type) return;
      proc.off('message', onMessage);
      proc.off('exit', onExit);
      resolve(message as T);
    };
    proc.on('message', onMessage);
    proc.once('exit', onExit);
  });
}
