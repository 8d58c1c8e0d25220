import { Readable, pipeline } from 'node:stream';
import { crc32, createDeflateRaw } from 'node:zlib';

/** One file in the archive; its content may come piece by piece. */
export interface ZipSource { name: string; data: Buffer | string | AsyncIterable<Buffer> | Iterable<Buffer> }

const LOCAL = 0x04034b50, DESCRIPTOR = 0x08074b50, CENTRAL = 0x02014b50, EOCD = 0x06054b50;
/** Bit 3: sizes and CRC follow the data (so it can be streamed); bit 11: names are UTF-8. */
const FLAGS = 0x0808;
const LIMIT = 0xffffffff;

interface Written { name: Buffer; crc: number; size: number; compressedSize: number; offset: number }

/**
 * Writes a ZIP archive as a stream of chunks: each file is deflated as its content arrives and
 * followed by a data descriptor, so memory stays bounded however large a file is. No ZIP64:
 * an archive or file past 4 GiB is refused, far beyond any export of this platform.
 */
export async function* zipStream(sources: Iterable<ZipSource>, modified = new Date()): AsyncGenerator<Buffer> {
  const { time, date } = dosDateTime(modified);
  const written: Written[] = [];
  let offset = 0;
  for (const source of sources) {
    const name = Buffer.from(source.name, 'utf8');
    const header = Buffer.alloc(30);
    header.writeUInt32LE(LOCAL, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(FLAGS, 6);
    header.writeUInt16LE(8, 8);
    header.writeUInt16LE(time, 10);
    header.writeUInt16LE(date, 12);
    header.writeUInt16LE(name.length, 26);
    const entry: Written = { name, crc: 0, size: 0, compressedSize: 0, offset };
    yield Buffer.concat([header, name]);
    offset += header.length + name.length;
    for await (const chunk of deflate(source.data, entry)) {
      entry.compressedSize += chunk.length;
      yield chunk;
    }
    if (entry.size > LIMIT || entry.compressedSize > LIMIT) throw new Error(`zip entry ${source.name} exceeds 4 GiB`);
    const descriptor = Buffer.alloc(16);
    descriptor.writeUInt32LE(DESCRIPTOR, 0);
    descriptor.writeUInt32LE(entry.crc, 4);
    descriptor.writeUInt32LE(entry.compressedSize, 8);
    descriptor.writeUInt32LE(entry.size, 12);
    yield descriptor;
    offset += entry.compressedSize + descriptor.length;
    written.push(entry);
  }
  const directory: Buffer[] = [];
  for (const e of written) {
    const h = Buffer.alloc(46);
    h.writeUInt32LE(CENTRAL, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(20, 6);
    h.writeUInt16LE(FLAGS, 8);
    h.writeUInt16LE(8, 10);
    h.writeUInt16LE(time, 12);
    h.writeUInt16LE(date, 14);
    h.writeUInt32LE(e.crc, 16);
    h.writeUInt32LE(e.compressedSize, 20);
    h.writeUInt32LE(e.size, 24);
    h.writeUInt16LE(e.name.length, 28);
    h.writeUInt32LE(e.offset, 42);
    directory.push(h, e.name);
  }
  const central = Buffer.concat(directory);
  if (offset + central.length > LIMIT || written.length > 0xffff) throw new Error('zip archive exceeds 4 GiB or 65535 entries');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(written.length, 8);
  end.writeUInt16LE(written.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  yield Buffer.concat([central, end]);
}

/** Deflates a file's content, counting its size and CRC-32 on the way in. */
async function* deflate(data: ZipSource['data'], entry: Written): AsyncGenerator<Buffer> {
  const pieces = typeof data === 'string' ? [Buffer.from(data, 'utf8')] : Buffer.isBuffer(data) ? [data] : data;
  async function* counted() {
    for await (const piece of pieces) {
      entry.crc = crc32(piece, entry.crc);
      entry.size += piece.length;
      yield piece;
    }
  }
  const deflater = createDeflateRaw({ level: 6 });
  // An error on the way in destroys the deflater, which ends the loop below with that error.
  pipeline(Readable.from(counted(), { objectMode: false }), deflater, () => {});
  for await (const chunk of deflater) yield chunk as Buffer;
}

function dosDateTime(d: Date): { time: number; date: number } {
  const year = Math.min(2107, Math.max(1980, d.getUTCFullYear()));
  return {
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
  };
}
