import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, testApp, type TestApp } from '../helpers/app.js';
import { matches, observeMatrix } from './matrix-run.js';
import { routeKey, writeRoutes, type AppRoute } from './routes.js';
import { buildWorld, PEOPLE, type World } from './world.js';
import { expectedOutcomes } from './permission-matrix.js';
import { resolvePath } from './params.js';
import { operationIndex, send } from './request.js';
import { openapiOperations } from './routes.js';

describe.each(engines)('permission matrix (%s)', (engine) => {
  let t: TestApp;
  let world: World;
  let routes: AppRoute[];
  beforeAll(async () => {
    t = await testApp({ engine });
    world = await buildWorld(t);
    routes = writeRoutes(t.app);
  });
  afterAll(async () => { await t?.close(); });

  it('lists every write route of the app, and only those', () => {
    const table = expectedOutcomes();
    const keys = routes.map(routeKey);
    expect(keys.length).toBeGreaterThan(100);
    expect(keys.filter((k) => !table[k]), 'write routes the permission table does not classify').toEqual([]);
    expect(Object.keys(table).filter((k) => !keys.includes(k)), 'table rows for routes that no longer exist').toEqual([]);
  });

  it('gives every person the outcome the table expects on every write route', async () => {
    const observed = await observeMatrix(t.app, t.database.db, world, routes);
    if (process.env.MATRIX_OBSERVED) writeFileSync(process.env.MATRIX_OBSERVED, JSON.stringify(observed, null, 1));
    const table = expectedOutcomes();
    const mismatches: string[] = [];
    for (const [key, row] of Object.entries(observed)) {
      for (const person of PEOPLE) {
        const expected = table[key]?.[person];
        if (expected !== undefined && !matches(expected, row[person])) mismatches.push(`${key} as ${person}: expected ${expected}, got ${row[person]}`);
      }
    }
    console.log(`permission matrix: ${routes.length} write routes x ${PEOPLE.length} people = ${routes.length * PEOPLE.length} requests`);
    expect(mismatches).toEqual([]);
  }, 600_000);

  it('asks a visitor to log in before it reads the body or the path (401, not 400, for an empty body or a malformed parameter)', async () => {
    const table = expectedOutcomes();
    const ops = operationIndex(openapiOperations(t.app));
    const late: string[] = [];
    let asked = 0;
    for (const route of routes) {
      const key = routeKey(route);
      if (!route.path.startsWith('/api/') || table[key]?.anonymous !== 401) continue;
      const types = ops.get(key)?.body?.contentTypes ?? ['application/json'];
      const empty = types.includes('application/json') ? { body: {}, contentType: 'application/json' } : { body: '', contentType: types[0]! };
      const urls = [await resolvePath(t.database.db, route.path, world)];
      // A malformed parameter too: the visitor must not learn what the route expects in its path.
      if (route.path.includes(':')) urls.push(route.path.replace(/:\w+/g, 'x~'));
      for (const url of urls) {
        const res = await send(t.app, { method: route.method, url, ...empty });
        asked += 1;
        if (res.statusCode !== 401) late.push(`${key} at ${url}: ${res.statusCode}`);
      }
    }
    if (process.env.MATRIX_OBSERVED) console.log(JSON.stringify(late, null, 1));
    expect(asked, 'requests sent').toBeGreaterThan(100);
    // Permission first (a preValidation check, see instruments/api-routes.ts): a 400 would show
    // anonymous visitors how the route is shaped.
    expect(late, 'routes that validate the body or the path before asking to log in').toEqual([]);
  }, 600_000);
});
