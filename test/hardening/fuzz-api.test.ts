import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, testApp, type TestApp } from '../helpers/app.js';
import { caseArbitrary, toRequest, type FuzzCase } from './fuzz-cases.js';
import { changedTables, fingerprint } from './fingerprint.js';
import { resolveParams } from './params.js';
import { problemDefect } from './problems.js';
import { send, wellFormedBody } from './request.js';
import { openapiOperations, READ_METHODS, type Operation } from './routes.js';
import { buildWorld, freshHeaders, refsOf, restoreWorld, type Person, type World } from './world.js';

/**
 * Malformed input for every operation of the OpenAPI document, sent by someone allowed to call
 * it, so that it meets the validation and the command rather than the permission check. Never a
 * 5xx; every 4xx a problem document; a refused write leaves every table as it was.
 * FUZZ_RUNS sets the cases per operation (default 10 on PGlite, 5 on PostgreSQL). The seed is fixed
 * so that a run is repeatable; FUZZ_SEED=random explores new cases, FUZZ_SEED=<n> replays one.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 0);
const SEED = process.env.FUZZ_SEED === 'random' ? Date.now() % 2 ** 31 : Number(process.env.FUZZ_SEED ?? 20_261_127);
/** Each operation's own seed, from its method and path: a new route does not change the cases of the others. */
const seedOf = (op: Operation) => [...`${op.method} ${op.path}`].reduce((h, ch) => (Math.imul(h, 31) + ch.charCodeAt(0)) | 0, SEED);
/** Who is tried first as the caller: the widest rights, then the people with a relation to a record. */
const CALLERS: Person[] = ['admin', 'org_owner', 'reviewer', 'actor_editor', 'transition_team', 'steering_committee', 'org_member', 'coach', 'org_respondent', 'outsider', 'anonymous'];

describe.each(engines)('fuzzing every API operation (%s)', (engine) => {
  let t: TestApp;
  let world: World;
  let ops: Operation[];
  beforeAll(async () => {
    t = await testApp({ engine });
    world = await buildWorld(t);
    ops = openapiOperations(t.app);
  });
  afterAll(async () => { await t?.close(); });

  it('answers malformed input with 4xx problem details and leaves the data untouched', async () => {
    const runs = RUNS || (engine === 'pglite' ? 10 : 5);
    const db = t.database.db;
    const defects: string[] = [];
    let cases = 0;
    for (const op of ops) {
      // An accepted write may have removed a member or closed an account: every operation meets the same people.
      await restoreWorld(db, world);
      const resolved = await resolveParams(db, op.path, world);
      const caller = await pickCaller(op, resolved, defects);
      const write = !READ_METHODS.has(op.method);
      // Sessions are bookkeeping, outside the fingerprint: the state after one request is the state before the next.
      let before = write ? await fingerprint(db) : null;
      const result = await fc.check(fc.asyncProperty(caseArbitrary(op), async (c: FuzzCase) => {
        cases++;
        const req = toRequest(op, c, resolved, await freshHeaders(db, world, caller));
        const res = await send(t.app, req);
        const defect = problemDefect(res, req.url);
        if (defect) throw new Error(`${req.method} ${req.url.slice(0, 200)} (${c.body.kind} ${String(req.body ?? '').slice(0, 300)}): ${defect}`);
        if (!before) return;
        const after = await fingerprint(db);
        const changed = res.statusCode >= 400 ? changedTables(before, after) : [];
        before = after;
        if (changed.length) throw new Error(`${req.method} ${req.url.slice(0, 200)} refused with ${res.statusCode} but changed ${changed.join(', ')}`);
      }), { numRuns: runs, seed: seedOf(op), endOnFailure: true });
      if (result.failed) defects.push(`${op.method} ${op.path} as ${caller}: ${String((result.errorInstance as Error)?.message ?? result.errorInstance)}`);
    }
    console.log(`fuzz (${engine}, seed ${SEED}): ${ops.length} operations, ${cases} cases, ${defects.length} defects`);
    expect(defects).toEqual([]);
  }, 900_000);

  /** The first person, widest rights first, whom a well-formed request gets past the permission check. */
  async function pickCaller(op: Operation, resolved: Record<string, string>, defects: string[]): Promise<Person> {
    const { body, contentType } = wellFormedBody(op.path, op, refsOf(world));
    const probe: FuzzCase['body'] = !op.body ? { kind: 'no body' }
      : op.body.schema ? { kind: 'well-formed body', payload: body } : { kind: 'document', payload: body, contentType };
    for (const person of CALLERS) {
      const req = toRequest(op, { params: {}, query: {}, body: probe }, resolved, await freshHeaders(t.database.db, world, person));
      const res = await send(t.app, req);
      const defect = problemDefect(res, req.url);
      if (defect) defects.push(`${op.method} ${op.path} as ${person} with a well-formed body: ${defect}`);
      if (![401, 403, 404].includes(res.statusCode)) return person;
    }
    return 'admin';
  }
});
