import type { FastifyInstance } from 'fastify';
import type { Db } from './db/database.js';
import { Catalog } from './catalog/catalog.js';
import { ResponseCache } from './catalog/response-cache.js';

export interface ReadModels { catalog: Catalog; responses: ResponseCache }

export async function createReadModels(db: Db, responseCacheMb = 128): Promise<ReadModels> {
  const catalog = new Catalog(db);
  await catalog.reloadAll();
  return { catalog, responses: new ResponseCache(catalog, responseCacheMb * 1024 * 1024) };
}

/**
 * Prepares a read model in the background once the server listens, when WARM_READ_MODELS is on
 * (PGlite runs a statement on the event loop: a large first read must not hold back listening).
 * What readers ask for meanwhile is built on demand and shares the same work. The app waits for
 * it when it closes; `stopped()` tells long work to end early.
 */
export function warmAfterListen(app: FastifyInstance, what: string, work: (stopped: () => boolean) => Promise<Record<string, unknown>>): void {
  if (!app.config.warmReadModels) return;
  let closing = false;
  let warming: Promise<unknown> = Promise.resolve();
  app.addHook('onListen', async () => {
    const started = Date.now();
    warming = work(() => closing)
      .then((figures) => app.log.info({ ...figures, ms: Date.now() - started }, `${what} prepared`))
      .catch((err: unknown) => app.log.warn({ err }, `preparing ${what} failed; it is built on first use`));
    // Keyed by the HTTP server, which every encapsulated plugin of one app shares.
    warmings.set(app.server, [...(warmings.get(app.server) ?? []), warming]);
  });
  app.addHook('onClose', async () => { closing = true; await warming; });
}

const warmings = new WeakMap<object, Array<Promise<unknown>>>();

/** Settles when every read model prepared after start-up is ready (the benchmark measures after it). */
export async function readModelsWarm(app: FastifyInstance): Promise<void> {
  await Promise.all(warmings.get(app.server) ?? []);
}
