import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';

/**
 * The backup file: gzip'd lines of text. A line starting with '@' is a marker with a JSON
 * argument; every other line is one row as PostgreSQL's row_to_json wrote it. Rows are never
 * parsed in JavaScript: numbers keep their exact digits (numeric scale, bigints beyond 2^53)
 * and the target reads them back with json_populate_recordset, which works the same on PGlite
 * and on PostgreSQL.
 *
 *   @backup {"format":"transitieruimte-backup","version":1,"migrations":[...],...}
 *   @table {"name":"users","columns":["id","email",...]}
 *   {"id":1,"email":"..."}
 *   @end-table {"name":"users","rows":1}
 *   @sequences [{"name":"users_id_seq","lastValue":"1","isCalled":true}]
 *   @end {"tables":57,"rows":12345}
 */
export const FORMAT = 'transitieruimte-backup';
export const FORMAT_VERSION = 1;

export interface BackupHeader {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  /** The engine the backup was made from; any engine can restore it. */
  source: 'pglite' | 'postgres';
  serverVersion: string;
  /** The schema level: the migrations applied in the source, in order. */
  migrations: string[];
}

export type Marker =
  | { kind: 'backup'; value: BackupHeader }
  | { kind: 'table'; value: { name: string; columns: string[] } }
  | { kind: 'end-table'; value: { name: string; rows: number } }
  | { kind: 'sequences'; value: Array<{ name: string; lastValue: string; isCalled: boolean }> }
  | { kind: 'end'; value: { tables: number; rows: number } };

export function markerLine(marker: Marker): string {
  return `@${marker.kind} ${JSON.stringify(marker.value)}\n`;
}

export function parseMarker(line: string): Marker {
  const space = line.indexOf(' ');
  const kind = line.slice(1, space);
  if (space < 0 || !['backup', 'table', 'end-table', 'sequences', 'end'].includes(kind)) throw new BackupFileError(`unknown marker "${line.slice(0, 40)}"`);
  try {
    return { kind, value: JSON.parse(line.slice(space + 1)) } as Marker;
  } catch {
    throw new BackupFileError(`damaged marker "${line.slice(0, 40)}"`);
  }
}

export class BackupFileError extends Error {
  constructor(message: string) { super(`Not a usable backup file: ${message}`); }
}

/** A gzip'd text file written with back-pressure, so that memory stays flat however large the database. */
export function gzipWriter(file: string) {
  const out = createWriteStream(file);
  const gzip = createGzip({ level: 6 });
  gzip.pipe(out);
  const failed = new Promise<never>((_, reject) => {
    gzip.once('error', reject);
    out.once('error', reject);
  });
  failed.catch(() => {});
  return {
    async write(text: string) {
      if (!gzip.write(text)) await Promise.race([once(gzip, 'drain'), failed]);
    },
    async close() {
      gzip.end();
      await Promise.race([once(out, 'close'), failed]);
    },
    destroy() { gzip.destroy(); out.destroy(); },
  };
}

/**
 * The lines of a gzip'd text file, one at a time. A damaged or cut-off file ends the lines with
 * an error instead of silently ending early.
 */
export async function* gzipLines(file: string): AsyncGenerator<string> {
  const source = createReadStream(file);
  const gunzip = createGunzip();
  let failure: Error | undefined;
  source.on('error', (err) => { failure ??= err; gunzip.destroy(); });
  gunzip.on('error', (err) => { failure ??= err; });
  source.pipe(gunzip);
  for await (const line of createInterface({ input: gunzip, crlfDelay: Infinity })) {
    if (failure) break;
    yield line;
  }
  if (failure) throw new BackupFileError(failure.message);
}
