import type { Db } from './db/database.js';
import { Catalog } from './catalog/catalog.js';

export interface ReadModels { catalog: Catalog }

export async function createReadModels(db: Db): Promise<ReadModels> {
  const catalog = new Catalog(db);
  await catalog.reloadAll();
  return { catalog };
}
