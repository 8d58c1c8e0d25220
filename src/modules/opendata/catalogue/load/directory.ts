import { createWriteStream } from 'node:fs';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Db } from '../../../../db/database.js';
import { entityTypes } from '../../registry.js';
import { createUris } from '../../uris.js';
import { csvDump } from '../csv-dump.js';
import { csvSources } from '../csv-sources.js';
import { ntriplesDump } from '../ntriples-dump.js';
import { Schema } from '../table-info.js';
import { loadDumps, LoadError, type LoadResult } from './load-dumps.js';

/** Writes every entity type's CSV and all.nt into a folder, streamed to disk. Returns the file names. */
export async function dumpToDirectory(db: Db, publicBase: string, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const schema = new Schema(db);
  const written: string[] = [];
  for (const entity of entityTypes) {
    const source = csvSources[entity.type];
    if (!source) continue;
    await pipeline(Readable.from(csvDump(db, schema, entity, source)), createWriteStream(join(dir, `${entity.type}.csv`)));
    written.push(`${entity.type}.csv`);
  }
  await pipeline(Readable.from(ntriplesDump(db, createUris(publicBase), entityTypes)), createWriteStream(join(dir, 'all.nt')));
  written.push('all.nt');
  return written;
}

/** Loads `<type>.csv` for every registered entity type from a folder (as /dumps serves them). */
export async function loadFromDirectory(db: Db, dir: string): Promise<LoadResult> {
  const present = new Set(await readdir(dir));
  const files = new Map<string, string>();
  for (const entity of entityTypes) {
    const name = `${entity.type}.csv`;
    if (!present.has(name)) throw new LoadError(`${name} is missing in ${dir}`);
    files.set(entity.type, await readFile(join(dir, name), 'utf8'));
  }
  return loadDumps(db, entityTypes, csvSources, files);
}
