import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { resolvePath } from './params.js';
import { operationIndex, send, wellFormedBody } from './request.js';
import { openapiOperations, routeKey, type AppRoute } from './routes.js';
import { freshHeaders, PEOPLE, refsOf, restoreWorld, type Person, type World } from './world.js';

/**
 * What a caller gets from a write route: past the permission check ('ok': any answer but 401,
 * 403, 404 and 5xx), or refused with 401, 403 or 404. 'open' is for the routes that are no
 * permission matter at all, such as logging in: anything but 403 and 5xx (a wrong password is 401).
 */
export type Outcome = 'ok' | 'open' | 401 | 403 | 404;
export type Observed = Outcome | `5xx:${number}`;

export function outcomeOf(status: number): Observed {
  if (status >= 500) return `5xx:${status}`;
  if (status === 401 || status === 403 || status === 404) return status;
  return 'ok';
}

/**
 * Sends every write route, once per person, with a well-formed body and the path filled with
 * existing records. The world is put back before each request and the path resolved again, so
 * that what one allowed person removed or published does not change what the next one meets.
 */
export async function observeMatrix(app: FastifyInstance, db: Kysely<any>, world: World, routes: AppRoute[]) {
  const ops = operationIndex(openapiOperations(app));
  const observed: Record<string, Record<Person, Observed>> = {};
  for (const route of selfLast(routes)) {
    const { body, contentType } = wellFormedBody(route.path, ops.get(routeKey(route)), refsOf(world));
    const row = {} as Record<Person, Observed>;
    for (const person of PEOPLE) {
      // Each person meets the same world: what an allowed person removed before is put back.
      await restoreWorld(db, world);
      const url = await resolvePath(db, route.path, world);
      const res = await send(app, { method: route.method, url, headers: await freshHeaders(db, world, person), body, contentType });
      row[person] = outcomeOf(res.statusCode);
    }
    observed[routeKey(route)] = row;
  }
  return observed;
}

/** Routes that act on the caller's own account or session run last, after everything else. */
function selfLast(routes: AppRoute[]): AppRoute[] {
  const self = (r: AppRoute) => /\/(?:logout|session|account|me|privacy)(?:\/|$)/.test(r.path);
  return [...routes.filter((r) => !self(r)), ...routes.filter(self)];
}

/** Whether an observed answer is the outcome the table expects. */
export function matches(expected: Outcome, observed: Observed): boolean {
  if (expected === 'open') return observed !== 403 && !String(observed).startsWith('5xx');
  return expected === observed;
}
