import { sql } from 'kysely';
import type { Db } from '../../../db/database.js';
import type { DatasetKey } from '../entity-type.js';
import { entityTypes } from '../registry.js';
import { isIdList } from './csv-source.js';
import { csvSources } from './csv-sources.js';
import type { Schema } from './table-info.js';

/**
 * dct:modified per dataset where the data records it cheaply: the latest updated_at (or
 * created_at) of the tables its entity types are read from. Datasets without such a column get none.
 */
export async function datasetsModified(db: Db, schema: Schema): Promise<Map<DatasetKey, Date>> {
  const out = new Map<DatasetKey, Date>();
  for (const entity of entityTypes) {
    const source = csvSources[entity.type];
    if (!source || isIdList(source)) continue;
    const { columns } = await schema.table(source.table);
    const column = ['updated_at', 'created_at'].find((name) => columns.some((c) => c.name === name));
    if (!column) continue;
    const row = (await sql<{ latest: Date | string | null }>`select max(${sql.ref(column)}) as latest from ${sql.table(source.table)}`.execute(db)).rows[0];
    if (!row?.latest) continue;
    const latest = new Date(row.latest);
    const known = out.get(entity.dataset);
    if (!known || latest > known) out.set(entity.dataset, latest);
  }
  return out;
}
