/**
 * npm run bench -- [--suite all|catalog|cycle|maturity|vision|knowledge|calls|opendata] [--scale 1] [--seconds 8] [--connections 32] [--out bench-results/latest.json]
 *
 * Generates a synthetic sector (labelled as such) in a fresh PGlite data folder, starts the
 * platform on it in a child process, and measures the main read endpoints with autocannon
 * while a writer changes data (instruments for the catalog suite and KPI measurements for the
 * cycle suite, through the API; submitted assessments for the maturity suite); each endpoint is
 * compared with a bare Fastify route that serves the same payload in the same run. The maturity
 * suite also times the in-memory peer percentile against the same figure in one SQL aggregate;
 * the opendata suite also streams the full N-Triples dump (triples/s and the server's peak memory).
 * Timing lives here, never in tests.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { INSTRUMENT_TYPES, SUBSECTORS } from '../catalog/types.js';
import { openDatabase } from '../db/database.js';
import { migrate } from '../db/migrate.js';
import { loadStudySeed } from '../seed/load-study.js';
import { generateDataset, sizeFor } from './dataset.js';
import { load, type LoadResult } from './load.js';
import { rng } from './random.js';
import type { Endpoint } from './endpoint.js';
import { login, startMeasurementWriter, startWriter } from './writer.js';
import { generateCycleDataset } from './cycle-dataset.js';
import { generateVisionDataset, startCommentWriter, visionEndpoints } from './vision-suite.js';
import { generateMaturityDataset, MATURITY_SIZE, type MaturityDataset } from './maturity-dataset.js';
import { timePeerPercentile, type PercentileTiming } from './maturity-percentile.js';
import { startSubmissionWriter } from './maturity-writer.js';
import { CALLS_REVIEWER, callsEndpoints, generateCallsDataset, startReviewWriter } from './calls-suite.js';
import { generateKnowledgeDataset, knowledgeEndpoints, KNOWLEDGE_SIZE, startLearningWriter, type KnowledgeDataset } from './knowledge-suite.js';
import { collectPublicIds, generateAuditHistory, opendataEndpoints, sampleChangeCursors, startOpendataWriter, timeFullDump, type OpendataDataset } from './opendata-suite.js';
import { allSeedSets } from '../seed/all.js';
import { runSeedSets } from '../seed/seed-sets.js';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' }, seconds: { type: 'string', default: '8' },
    connections: { type: 'string', default: '32' }, out: { type: 'string', default: 'bench-results/latest.json' },
    only: { type: 'string' }, suite: { type: 'string', default: 'all' },
  },
});
const scale = Number(values.scale);
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const suite = values.suite!;
if (!['all', 'catalog', 'cycle', 'maturity', 'vision', 'knowledge', 'calls', 'opendata'].includes(suite)) throw new Error('--suite must be all, catalog, cycle, maturity, vision, knowledge, calls or opendata');
const command = `npm run bench -- --suite ${suite} --scale ${scale} --seconds ${seconds} --connections ${connections}`;
const year = new Date().getFullYear();

const dataDir = mkdtempSync(join(tmpdir(), 'transitieruimte-bench-'));
const size = sizeFor(scale);
console.log(`Benchmark: synthetic sector at scale ${scale} (${size.actors} organisations/actors, ${size.instruments} instruments), ${connections} connections, ${seconds} s per run`);

// 1. The dataset, in its own data folder.
let started = Date.now();
let maturity: MaturityDataset | null = null;
let percentile: PercentileTiming | null = null;
let knowledge: KnowledgeDataset | null = null;
let opendata: OpendataDataset | null = null;
const wants = (...suites: string[]) => suite === 'all' || suites.includes(suite);
{
  const database = await openDatabase({ dataDir });
  await migrate(database);
  await loadStudySeed(database.db);
  const counts = await generateDataset(database.db, size);
  console.log(`  dataset: ${counts.actors} actors, ${counts.roles} roles, ${counts.instruments} instruments, ${counts.links} challenge links in ${Date.now() - started} ms`);
  // The vision suite needs the cycle's action lines too: its path page shows them per horizon.
  if (wants('cycle', 'vision', 'opendata')) {
    started = Date.now();
    const cycle = await generateCycleDataset(database.db, year);
    console.log(`  cycle dataset: ${cycle.actionLines} action lines, ${cycle.actions} actions, ${cycle.milestones} milestones, ${cycle.kpis} KPIs, ${cycle.measurements} measurements (10 years, monthly, total + 8 subsectors x 6 provinces) in ${Date.now() - started} ms`);
  }
  if (suite === 'all' || suite === 'vision') {
    started = Date.now();
    const v = await generateVisionDataset(database.db);
    console.log(`  vision dataset: ${v.comments} comments, ${v.endorsements} endorsements (${v.organisations} organisations, ${v.people} people), a path with ${v.pathLines} action lines in ${Date.now() - started} ms`);
  }
  if (suite === 'all' || suite === 'maturity') {
    started = Date.now();
    // The maturity model (and the rest of the non-demo seed) first: the results belong to it.
    await runSeedSets(database.db, allSeedSets, { demo: false });
    maturity = await generateMaturityDataset(database.db);
    console.log(`  maturity dataset: ${maturity.organisations} organisations, ${maturity.assessments} submitted assessments, ${maturity.results} results (${MATURITY_SIZE.assessmentsPerOrganisation} a year per organisation from ${MATURITY_SIZE.firstYear}) in ${Date.now() - started} ms`);
    percentile = await timePeerPercentile(database.db, maturity.memberOrganisations, maturity.dimensions);
    console.log(`  index build: ${percentile.indexBuildMs} ms; peer figures in memory (cold) ${percentile.memoryColdMs} ms, cached ${percentile.memoryCachedMs} ms; same figure as one SQL aggregate ${percentile.sqlMs} ms; memory/SQL ${percentile.memoryToSql} over ${percentile.samples} samples, ${percentile.compared} compared, ${percentile.mismatches} mismatches`);
  }
  if (wants('knowledge', 'opendata')) {
    started = Date.now();
    // The guide's questions carry the maturity model's dimensions: the non-demo seed first (each set loads once).
    await runSeedSets(database.db, allSeedSets, { demo: false });
    knowledge = await generateKnowledgeDataset(database.db);
    console.log(`  knowledge dataset: ${knowledge.cases} cases, ${knowledge.lessons} lessons, ${knowledge.learning} learning opportunities, ${knowledge.questions.length} guide questions (${knowledge.searchDocuments} search documents; target ${KNOWLEDGE_SIZE.cases + KNOWLEDGE_SIZE.lessons} cases and lessons) in ${Date.now() - started} ms`);
  }
  if (wants('calls', 'opendata')) {
    started = Date.now();
    const c = await generateCallsDataset(database.db);
    console.log(`  calls dataset: ${c.calls} calls, ${c.applications} applications (${c.partners} partners), ${c.reviews} reviews, ${c.scores} scores in ${Date.now() - started} ms`);
  }
  if (wants('opendata')) {
    started = Date.now();
    await runSeedSets(database.db, allSeedSets, { demo: false });
    opendata = await collectPublicIds(database.db);
    console.log(`  open data: ${opendata.total} public things of ${opendata.ids.size} types (${[...opendata.ids].map(([t, ids]) => `${t} ${ids.length}`).join(', ')}) listed in ${Date.now() - started} ms`);
    started = Date.now();
    const history = await generateAuditHistory(database.db);
    console.log(`  audit history: ${history} rows, one per record the changes feed speaks about, in ${Date.now() - started} ms`);
  }
  await database.close();
}

// 2. The server, cold-started on that folder.
started = Date.now();
const child = fork(join(dirname(fileURLToPath(import.meta.url)), 'child.js'), [], {
  env: { ...process.env, DATA_DIR: dataDir, PORT: '0', LOG_LEVEL: 'warn', SEED: 'true' }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  // BENCH_CPU_PROF=<dir> writes a V8 CPU profile of the server for a closer look; BENCH_NODE_FLAGS
  // passes other flags to the server's Node (e.g. --trace-gc).
  execArgv: [
    ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : []),
    ...(process.env.BENCH_NODE_FLAGS?.split(/\s+/).filter(Boolean) ?? []),
  ],
});
const ready = await next<{ appPort: number; barePort: number; email: string; password: string }>(child, 'ready');
const startupMs = Date.now() - started;
console.log(`  start-up (open data folder, migrations check, read models, listen): ${startupMs} ms`);
const app = `http://127.0.0.1:${ready.appPort}`;
const bare = `http://127.0.0.1:${ready.barePort}`;
if (maturity) {
  // The benchmark index is built on its first read (a few seconds at this scale), reported
  // apart rather than inside the first measured run.
  started = Date.now();
  await fetch(`${app}/api/organisations/${maturity.memberOrganisations[0]}/benchmark`, { headers: { cookie: maturity.memberCookie } });
  console.log(`  first read of the benchmark index (built on demand): ${Date.now() - started} ms`);
}
if (knowledge) {
  // The search index is prepared in the background after start-up (then the guide's proposals
  // for open questions); the first search waits for it, reported apart.
  started = Date.now();
  await fetch(`${app}/api/search?q=archief`);
  console.log(`  first search (waits for the search index prepared after start-up): ${Date.now() - started} ms`);
}
// What else is prepared in the background after start-up (the guide's proposals, the changes
// feed) finishes before the first measured run instead of competing with it; reported apart.
started = Date.now();
child.send({ type: 'warm' });
await next(child, 'warmed');
console.log(`  read models prepared in the background after start-up, ready ${Date.now() - started} ms later`);

// 3. Endpoints with parameters drawn the way users vary them.
const r = rng(7);
const actorCount = size.actors;
const words = ['digitaal', 'erfgoed', 'data', 'lab', 'platform', 'open', 'media'];
const instrumentQuery = () => {
  const p = new URLSearchParams();
  if (r.chance(0.3)) p.set('pillar', String(r.int(1, 5)));
  if (r.chance(0.3)) p.set('challenge', String(r.int(1, 14)));
  if (r.chance(0.3)) p.set('type', r.pick(INSTRUMENT_TYPES));
  if (r.chance(0.1)) p.set('actor', `synthetic-actor-${r.int(1, actorCount)}`);
  if (r.chance(0.2)) p.set('q', r.pick(words));
  p.set('page', String(r.int(1, 4)));
  return p.toString();
};
const actorQuery = () => {
  const p = new URLSearchParams();
  if (r.chance(0.3)) p.set('role', r.pick(['driver', 'relief_provider']));
  if (r.chance(0.3)) p.set('subsector', r.pick(SUBSECTORS));
  if (r.chance(0.3)) p.set('pillar', String(r.int(1, 5)));
  if (r.chance(0.2)) p.set('q', r.pick(words));
  p.set('page', String(r.int(1, 20)));
  return p.toString();
};
const kpiCode = () => `SYN-KPI-${r.int(1, 100)}`;
const team = await login(app, ready.email, ready.password);
started = Date.now();
const changeCursors = opendata ? await sampleChangeCursors(app) : [];
// The first pass over the feed reads every record's state once; reported apart, like the first search.
if (opendata) console.log(`  changes feed: ${changeCursors.length} cursors taken over its whole history (the first read of every record's state) in ${Date.now() - started} ms`);
const endpoints: Endpoint[] = ([
  { key: 'coverage-api', label: 'GET /api/coverage', path: () => '/api/coverage', sample: '/api/coverage' },
  { key: 'coverage-page', label: 'GET /coverage (HTML)', path: () => `/coverage?lang=${r.pick(['nl', 'en'])}`, sample: '/coverage' },
  { key: 'instruments-api', label: 'GET /api/instruments?<filters>', path: () => `/api/instruments?${instrumentQuery()}`, sample: '/api/instruments' },
  { key: 'instruments-page', label: 'GET /instruments?<filters> (HTML)', path: () => `/instruments?${instrumentQuery()}`, sample: '/instruments' },
  { key: 'actors-api', label: 'GET /api/actors?<filters>', path: () => `/api/actors?${actorQuery()}`, sample: '/api/actors' },
  { key: 'actors-page', label: 'GET /actors?<filters> (HTML)', path: () => `/actors?${actorQuery()}`, sample: '/actors' },
].map((e) => ({ ...e, suite: 'catalog' as const })) as Endpoint[]).concat([
  { key: 'dashboard-page', label: 'GET /dashboard?year&kpi&breakdown (HTML)', suite: 'cycle', sample: `/dashboard?year=${year}&kpi=SYN-KPI-1`,
    path: () => `/dashboard?year=${year - r.int(0, 3)}&kpi=${kpiCode()}&breakdown=${r.pick(['subsector', 'province'])}` },
  { key: 'dashboard-api', label: 'GET /api/dashboard?year&kpi', suite: 'cycle', sample: `/api/dashboard?year=${year}&kpi=SYN-KPI-1`,
    path: () => `/api/dashboard?year=${year - r.int(0, 3)}&kpi=${kpiCode()}&breakdown=${r.pick(['subsector', 'province'])}` },
  { key: 'kpi-trend', label: 'GET /api/kpis/:code/series (KPI trend)', suite: 'cycle', sample: '/api/kpis/SYN-KPI-1/series',
    path: () => `/api/kpis/${kpiCode()}/series${r.chance(0.5) ? `?subsector=${r.pick(SUBSECTORS)}` : ''}` },
  { key: 'kpi-comparison', label: 'GET /api/kpis/:code/comparison', suite: 'cycle', sample: '/api/kpis/SYN-KPI-1/comparison', path: () => `/api/kpis/${kpiCode()}/comparison` },
  { key: 'report-page', label: 'GET /reports/:year (HTML, draft, logged in)', suite: 'cycle', sample: `/reports/${year}`, headers: team,
    path: () => `/reports/${year}?lang=${r.pick(['nl', 'en'])}` },
]).concat(maturityEndpoints(), visionEndpoints(r), knowledge ? knowledgeEndpoints(r, knowledge) : [], callsEndpoints(r, team), opendata ? opendataEndpoints(r, opendata, changeCursors) : []).filter((e) => (suite === 'all' || e.suite === suite) && (!values.only || e.key.includes(values.only)));

/** Results pages and benchmarks of the member's organisations (varying), and the public sector baseline. */
function maturityEndpoints(): Endpoint[] {
  if (!maturity) return [];
  const m = maturity;
  const member = { cookie: m.memberCookie };
  const peerQuery = () => {
    const p = new URLSearchParams();
    if (r.chance(0.6)) p.set('subsector', 'same');
    if (r.chance(0.5)) p.set('size', 'same');
    if (r.chance(0.4)) p.set('province', 'same');
    return p.toString();
  };
  const sectorQuery = () => `year=${r.int(MATURITY_SIZE.firstYear, year)}&by=${r.pick(['subsector', 'province'])}&lang=${r.pick(['nl', 'en'])}`;
  return [
    { key: 'assessment-results-page', label: 'GET /assessments/:id/results (HTML, member)', suite: 'maturity', headers: member,
      sample: `/assessments/${m.memberAssessments[0]}/results`, path: () => `/assessments/${r.pick(m.memberAssessments)}/results` },
    { key: 'peer-benchmark-api', label: 'GET /api/organisations/:id/benchmark?<filters> (member)', suite: 'maturity', headers: member,
      sample: `/api/organisations/${m.memberOrganisations[0]}/benchmark?subsector=same`, path: () => `/api/organisations/${r.pick(m.memberOrganisations)}/benchmark?${peerQuery()}` },
    { key: 'peer-benchmark-page', label: 'GET /organisations/:id/benchmark?<filters> (HTML, member)', suite: 'maturity', headers: member,
      sample: `/organisations/${m.memberOrganisations[0]}/benchmark?subsector=same`, path: () => `/organisations/${r.pick(m.memberOrganisations)}/benchmark?${peerQuery()}` },
    { key: 'sector-api', label: 'GET /api/maturity/sector?year&by', suite: 'maturity', sample: `/api/maturity/sector?year=${year}&by=subsector`, path: () => `/api/maturity/sector?${sectorQuery()}` },
    { key: 'sector-page', label: 'GET /maturity/sector?year&by (HTML)', suite: 'maturity', sample: `/maturity/sector?year=${year}&by=province`, path: () => `/maturity/sector?${sectorQuery()}` },
  ];
}

interface Row { endpoint: string; payloadBytes: number; app: LoadResult; bare: LoadResult; ratio: number; writes: number; staleReads: number; writeConflicts: number }
const rows: Row[] = [];
for (const endpoint of endpoints) {
  const sample = await fetch(app + endpoint.sample, { headers: endpoint.headers ?? {} });
  if (sample.status === 404) {
    console.log(`  ${endpoint.label}: skipped, the route answers 404 in this build`);
    continue;
  }
  const sampleBody = await sample.text();
  child.send({ type: 'payload', key: endpoint.key, body: sampleBody, contentType: sample.headers.get('content-type') ?? 'application/json' });
  await next(child, 'payload-stored');
  const writer = endpoint.suite === 'catalog'
    ? await startWriter(app, ready.email, ready.password, size.instruments, 10)
    : endpoint.suite === 'maturity'
      ? startSubmissionWriter(child, app, maturity!.memberCookie, maturity!.memberOrganisations, 2)
      : endpoint.suite === 'vision'
        ? await startCommentWriter(app, await login(app, ready.email, ready.password), 2)
        : endpoint.suite === 'knowledge'
          ? await startLearningWriter(app, await login(app, ready.email, ready.password), 2)
          : endpoint.suite === 'calls'
            ? await startReviewWriter(app, team, CALLS_REVIEWER, 2)
            : endpoint.suite === 'opendata'
              ? await startOpendataWriter(app, await login(app, ready.email, ready.password), 2)
            : await startMeasurementWriter(app, ready.email, ready.password, 100, year, 2);
  const appResult = await load(app, endpoint.path, { connections, seconds, headers: endpoint.headers ?? {} });
  const writes = await writer.stop();
  const bareResult = await load(bare, () => `/bare/${endpoint.key}${endpoint.path()}`, { connections, seconds });
  const row = { endpoint: endpoint.label, payloadBytes: Buffer.byteLength(sampleBody), app: appResult, bare: bareResult, ratio: Math.round((appResult.rps / bareResult.rps) * 100) / 100, ...writes };
  rows.push(row);
  console.log(`  ${endpoint.label}: ${appResult.rps} req/s (bare ${bareResult.rps}, ratio ${row.ratio}), p50 ${appResult.p50} ms, p95 ${appResult.p95} ms (bare ${bareResult.p95} ms), p99 ${appResult.p99} ms, errors ${appResult.errors + appResult.non2xx}; writes during run ${writes.writes}, stale reads after a write ${writes.staleReads}; sample payload ${(row.payloadBytes / 1024).toFixed(1)} kB`);
}

// The annual report as PDF: one at a time, as a user downloads it, timed end to end.
let pdf: { runs: number; meanMs: number; maxMs: number; bytes: number } | null = null;
if ((suite === 'all' || suite === 'cycle') && (!values.only || 'report-pdf'.includes(values.only))) {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const res = await fetch(`${app}/reports/${year}/pdf?lang=${i % 2 ? 'en' : 'nl'}`, { headers: team });
    bytes = (await res.arrayBuffer()).byteLength;
    if (!res.ok) throw new Error(`report PDF failed: ${res.status}`);
    times.push(performance.now() - t0);
  }
  pdf = { runs: times.length, meanMs: Math.round(times.reduce((a, b) => a + b, 0) / times.length), maxMs: Math.round(Math.max(...times)), bytes };
  console.log(`  GET /reports/${year}/pdf: mean ${pdf.meanMs} ms, max ${pdf.maxMs} ms over ${pdf.runs} downloads (${Math.round(bytes / 1024)} KB); target < 2000 ms`);
}

// The full N-Triples dump, one download at a time as a harvester takes it, with the server's peak memory.
let dump: { triples: number; bytes: number; ms: number; triplesPerSecond: number; startMb: number; peakMb: number } | null = null;
if (opendata && (!values.only || 'dump'.includes(values.only))) {
  child.send({ type: 'rss-watch' });
  await next(child, 'rss-watching');
  const timing = await timeFullDump(app);
  child.send({ type: 'rss-report' });
  const memory = await next<{ startMb: number; peakMb: number }>(child, 'rss-report');
  dump = { ...timing, startMb: memory.startMb, peakMb: memory.peakMb };
  console.log(`  GET /dumps/all.nt: ${dump.triples} triples, ${Math.round(dump.bytes / 1024 / 1024)} MB in ${dump.ms} ms (${dump.triplesPerSecond} triples/s); server memory ${dump.startMb} MB before, peak ${dump.peakMb} MB during`);
}

child.send({ type: 'stats' });
const { maxRssMb } = await next<{ maxRssMb: number }>(child, 'stats');
child.send({ type: 'stop' });

console.log('\n| endpoint | req/s | bare req/s | ratio | p50 ms | p95 ms | bare p95 ms | p99 ms | errors | writes | stale reads |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const row of rows) {
  console.log(`| ${row.endpoint} | ${row.app.rps} | ${row.bare.rps} | ${row.ratio} | ${row.app.p50} | ${row.app.p95} | ${row.bare.p95} | ${row.app.p99} | ${row.app.errors + row.app.non2xx} | ${row.writes} | ${row.staleReads} |`);
}
if (pdf) console.log(`| GET /reports/:year/pdf (sequential) | mean ${pdf.meanMs} ms | max ${pdf.maxMs} ms | target < 2000 ms |`);
if (dump) console.log(`| GET /dumps/all.nt (sequential) | ${dump.triplesPerSecond} triples/s | ${dump.triples} triples in ${dump.ms} ms | peak RSS ${dump.peakMb} MB (${dump.startMb} MB before) |`);
console.log(`\nstart-up: ${startupMs} ms; peak RSS of the server: ${maxRssMb} MB`);
console.log(`targets: ratio >= 0.5 and p95 < 50 ms at ${connections} connections`);
// An endpoint whose payload alone keeps the bare route above the p95 target says so beside its name.
const failing: Array<{ endpoint: string }> = rows.filter((row) => row.ratio < 0.5 || row.app.p95 >= 50)
  .map((row) => ({ endpoint: row.app.p95 >= 50 && row.bare.p95 >= 50 ? `${row.endpoint} (p95 ${row.app.p95} ms; the bare route's own p95 ${row.bare.p95} ms)` : row.endpoint }));
if (pdf && pdf.maxMs >= 2000) failing.push({ endpoint: 'report PDF' });
if (percentile) {
  console.log(`peer percentile: in memory ${percentile.memoryColdMs} ms (cold), ${percentile.memoryCachedMs} ms (cached) against ${percentile.sqlMs} ms for one SQL aggregate (memory/SQL ${percentile.memoryToSql}, target <= 2); ${percentile.mismatches} of ${percentile.compared} compared figures differ`);
  if (percentile.memoryToSql > 2 || percentile.mismatches > 0) failing.push({ endpoint: 'peer percentile' });
}
const measured = rows.length + (pdf ? 1 : 0) + (dump ? 1 : 0) + (percentile ? 1 : 0);
if (!measured) {
  // Nothing to judge: say so instead of reporting that every target was met.
  console.log(`nothing measured: no endpoint of suite '${suite}' has a key containing '${values.only}'`);
  process.exitCode = 2;
} else console.log(failing.length ? `below target: ${failing.map((f) => f.endpoint).join(', ')}` : 'all endpoints meet the targets');
console.log(`reproduce: ${command}`);

mkdirSync(dirname(values.out!), { recursive: true });
writeFileSync(values.out!, JSON.stringify({
  command, date: new Date().toISOString(), suite, scale, size, connections, seconds, startupMs, peakRssMb: maxRssMb, endpoints: rows, reportPdf: pdf, peerPercentile: percentile, dump,
}, null, 2));
console.log(`written to ${values.out}`);
if (process.env.BENCH_KEEP) console.log("kept " + dataDir); else rmSync(dataDir, { recursive: true, force: true });

function next<T = unknown>(proc: ChildProcess, type: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: { type: string }) => {
      if (message.type !== type) return;
      proc.off('message', onMessage);
      resolve(message as T);
    };
    proc.on('message', onMessage);
    proc.once('exit', (code) => reject(new Error(`benchmark server exited with code ${code}`)));
  });
}
