import type { Db } from './db/database.js';
import { Catalog } from './catalog/catalog.js';
import { ResponseCache } from './catalog/response-cache.js';

export interface ReadModels { catalog: Catalog; responses: ResponseCache }

export async function createReadModels(db: Db, responseCacheMb = 128): Promise<ReadModels> {
  const catalog = new Catalog(db);
  await catalog.reloadAll();
  return { catalog, responses: new ResponseCache(catalog, responseCacheMb * 1024 * 1024) };
}
