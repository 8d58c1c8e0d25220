import type { Db } from '../../../db/database.js';
import type { PublicEntityType } from '../entity-type.js';
import { toNTriples } from '../rdf/serialize.js';
import type { Uris } from '../uris.js';

/**
 * N-Triples of every given entity type, a page of ids at a time: each page is described,
 * written and handed on before the next is read, so memory holds one page whatever the size.
 * A consumer that reads slowly pauses the paging (the generator only runs when pulled).
 */
export async function* ntriplesDump(db: Db, uris: Uris, types: readonly PublicEntityType[], pageSize = 200): AsyncGenerator<string> {
  for (const entity of types) {
    for (let after: string | null = null; ;) {
      const ids: string[] = await entity.ids(db, after, pageSize);
      if (!ids.length) break;
      const quads = await entity.describe(db, ids, uris);
      if (quads.length) yield await toNTriples(quads);
      if (ids.length < pageSize) break;
      after = ids[ids.length - 1]!;
    }
  }
}
