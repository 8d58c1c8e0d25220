import { crc32, inflateRawSync } from 'node:zlib';
import { XlsxError } from './errors.js';

/** Bounds on what a ZIP archive may unpack to: the guard against ZIP bombs. */
export interface ZipLimits {
  /** Files in the archive. */
  maxEntries: number;
  /** Unpacked bytes of everything read from one archive together. */
  maxUnpackedBytes: number;
}

interface Entry { name: string; method: number; crc: number; compressedSize: number; size: number; offset: number }

const EOCD = 0x06054b50, CENTRAL = 0x02014b50, LOCAL = 0x04034b50;
const MAX_COMMENT = 0xffff;

/**
 * Reads a ZIP archive from memory through its central directory. Refuses anything it cannot
 * read safely: ZIP64 and multi-disk archives, encryption, methods other than stored and
 * deflate, entries outside the file, declared sizes over the limit. Inflating stops at the
 * declared size, so an entry that lies about its size is refused before it fills memory.
 */
export class ZipArchive {
  private readonly entries = new Map<string, Entry>();
  private unpacked = 0;

  constructor(private readonly bytes: Buffer, private readonly limits: ZipLimits) {
    const eocd = findEndOfCentralDirectory(bytes);
    const disk = bytes.readUInt16LE(eocd + 4), cdDisk = bytes.readUInt16LE(eocd + 6);
    const count = bytes.readUInt16LE(eocd + 10), cdSize = bytes.readUInt32LE(eocd + 12), cdOffset = bytes.readUInt32LE(eocd + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw new XlsxError('unsupported', 'ZIP64 archives are not read');
    if (disk !== 0 || cdDisk !== 0) throw new XlsxError('unsupported', 'archives split over several disks are not read');
    if (count > limits.maxEntries) throw new XlsxError('tooManyEntries', `the archive holds ${count} files; at most ${limits.maxEntries} are accepted`);
    if (cdOffset + cdSize > eocd) throw new XlsxError('corrupt', 'the central directory lies outside the archive');
    let p = cdOffset;
    for (let i = 0; i < count; i++) {
      if (p + 46 > eocd || bytes.readUInt32LE(p) !== CENTRAL) throw new XlsxError('corrupt', 'the central directory is damaged');
      const flags = bytes.readUInt16LE(p + 8), method = bytes.readUInt16LE(p + 10);
      const nameLength = bytes.readUInt16LE(p + 28), extraLength = bytes.readUInt16LE(p + 30), commentLength = bytes.readUInt16LE(p + 32);
      const entry: Entry = {
        name: bytes.toString('utf8', p + 46, p + 46 + nameLength), method, crc: bytes.readUInt32LE(p + 16),
        compressedSize: bytes.readUInt32LE(p + 20), size: bytes.readUInt32LE(p + 24), offset: bytes.readUInt32LE(p + 42),
      };
      p += 46 + nameLength + extraLength + commentLength;
      if (p > eocd) throw new XlsxError('corrupt', 'the central directory is damaged');
      if (flags & 0x1) throw new XlsxError('unsupported', 'the archive is encrypted');
      if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.offset === 0xffffffff) throw new XlsxError('unsupported', 'ZIP64 archives are not read');
      if (this.entries.has(entry.name)) throw new XlsxError('corrupt', `the archive holds ${entry.name} twice`);
      this.entries.set(entry.name, entry);
    }
  }

  has(name: string): boolean { return this.entries.has(name); }

  names(): string[] { return [...this.entries.keys()]; }

  /** The unpacked content of one file, checked against its size and CRC-32. */
  read(name: string): Buffer {
    const e = this.entries.get(name);
    if (!e) throw new XlsxError('notWorkbook', `the archive has no ${name}`);
    if (this.unpacked + e.size > this.limits.maxUnpackedBytes) {
      throw new XlsxError('tooLarge', `the archive unpacks to more than ${this.limits.maxUnpackedBytes} bytes`);
    }
    const b = this.bytes;
    if (e.offset + 30 > b.length || b.readUInt32LE(e.offset) !== LOCAL) throw new XlsxError('corrupt', `the entry ${name} is damaged`);
    const start = e.offset + 30 + b.readUInt16LE(e.offset + 26) + b.readUInt16LE(e.offset + 28);
    const end = start + e.compressedSize;
    if (end > b.length) throw new XlsxError('corrupt', `the entry ${name} is cut short`);
    const packed = b.subarray(start, end);
    let data: Buffer;
    if (e.method === 0) {
      if (e.compressedSize !== e.size) throw new XlsxError('corrupt', `the entry ${name} is damaged`);
      data = packed;
    } else if (e.method === 8) {
      try {
        data = inflateRawSync(packed, { maxOutputLength: Math.max(1, e.size) });
      } catch (err) {
        const code = (err as { code?: string }).code;
        if (code === 'ERR_BUFFER_TOO_LARGE') throw new XlsxError('tooLarge', `the entry ${name} unpacks to more than it declares`);
        throw new XlsxError('corrupt', `the entry ${name} cannot be unpacked`);
      }
    } else {
      throw new XlsxError('unsupported', `the entry ${name} uses compression method ${e.method}; only stored and deflate are read`);
    }
    if (data.length !== e.size || crc32(data) !== e.crc) throw new XlsxError('corrupt', `the entry ${name} is damaged (size or checksum differs)`);
    this.unpacked += data.length;
    return data;
  }
}

function findEndOfCentralDirectory(b: Buffer): number {
  if (b.length < 22) throw new XlsxError(b.length >= 4 && b.readUInt32LE(0) === LOCAL ? 'corrupt' : 'notZip', 'the file is not a complete ZIP archive');
  const stop = Math.max(0, b.length - 22 - MAX_COMMENT);
  for (let p = b.length - 22; p >= stop; p--) {
    if (b.readUInt32LE(p) === EOCD && p + 22 + b.readUInt16LE(p + 20) === b.length) return p;
  }
  throw new XlsxError(b.readUInt32LE(0) === LOCAL ? 'corrupt' : 'notZip', b.readUInt32LE(0) === LOCAL
    ? 'the ZIP archive is cut short or damaged (its central directory is missing)'
    : 'the file is not a ZIP archive');
}
