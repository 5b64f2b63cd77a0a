import { open } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import { Readable, Transform, type TransformCallback, pipeline } from 'node:stream';
import { type ZlibOptions, createInflateRaw, crc32 } from 'node:zlib';
import { type IssueText, englishText, issueText } from '../../shared/issues.js';
import { LIMITS } from './limits.js';

export interface ZipEntry {
  name: string;
  method: number;
  /** General purpose flags of the central directory; bit 0 = encrypted. */
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

/** One entry of a zip archive that cannot be read; `reason` follows the entry's name. */
export class ZipDamageError extends Error {
  constructor(
    readonly entry: string,
    readonly reason: IssueText,
  ) {
    super(`the zip entry ${entry} ${englishText(reason)}`);
  }
}

/** A zip that would cost more to read than LIMITS allow; `text` says which limit (`message` in English). */
export class ZipLimitError extends Error {
  constructor(readonly text: IssueText) {
    super(englishText(text));
  }
}

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const EOCD_MAX_SEARCH = 22 + 0xffff;
const MASK32 = 0xffffffff;
const MASK16 = 0xffff;

/** Offsets past 2^53 cannot be positions in a file we can read; treat them as damage. */
function u64(buf: Buffer, at: number): number {
  const value = buf.readBigUInt64LE(at);
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(value);
}

async function readAt(handle: Awaited<ReturnType<typeof open>>, length: number, position: number): Promise<Buffer> {
  const buf = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buf, 0, length, position);
  return bytesRead === length ? buf : buf.subarray(0, bytesRead);
}

/**
 * Reads a zip's central directory without inflating anything, so a truncated download or a
 * zip that holds no workbook is refused before a streaming parser can hang or crash on it.
 * Zip64 archives are read too. Returns null when the file is not a complete zip archive.
 */
export async function readZipDirectory(path: string, size: number): Promise<ZipEntry[] | null> {
  const handle = await open(path, 'r');
  try {
    const tailLength = Math.min(size, EOCD_MAX_SEARCH);
    const tailStart = size - tailLength;
    const tail = await readAt(handle, tailLength, tailStart);
    let eocd = -1;
    for (let i = tail.length - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return null;
    let count = tail.readUInt16LE(eocd + 10);
    let dirSize = tail.readUInt32LE(eocd + 12);
    let dirOffset = tail.readUInt32LE(eocd + 16);
    if (count === MASK16 || dirSize === MASK32 || dirOffset === MASK32) {
      // Zip64: the real values are in the zip64 end record, found through its locator.
      const locatorAt = tailStart + eocd - 20;
      if (locatorAt < 0) return null;
      const locator = await readAt(handle, 20, locatorAt);
      if (locator.length < 20 || locator.readUInt32LE(0) !== ZIP64_LOCATOR_SIGNATURE) return null;
      const recordAt = u64(locator, 8);
      if (!(recordAt + 56 <= size)) return null;
      const record = await readAt(handle, 56, recordAt);
      if (record.length < 56 || record.readUInt32LE(0) !== ZIP64_EOCD_SIGNATURE) return null;
      count = u64(record, 32);
      dirSize = u64(record, 40);
      dirOffset = u64(record, 48);
    }
    if (!(dirOffset + dirSize <= size) || count > dirSize / 46) return null;
    // Checked before the directory is read: each entry costs an object.
    if (count > LIMITS.maxZipEntries) {
      throw new ZipLimitError(issueText('issue.reader.zipEntries', { count: String(count), max: String(LIMITS.maxZipEntries) }));
    }
    const dir = await readAt(handle, dirSize, dirOffset);
    if (dir.length < dirSize) return null;
    const entries: ZipEntry[] = [];
    let at = 0;
    for (let i = 0; i < count; i++) {
      if (at + 46 > dir.length || dir.readUInt32LE(at) !== CENTRAL_SIGNATURE) return null;
      const nameLength = dir.readUInt16LE(at + 28);
      const extraLength = dir.readUInt16LE(at + 30);
      const commentLength = dir.readUInt16LE(at + 32);
      if (at + 46 + nameLength + extraLength + commentLength > dir.length) return null;
      const entry: ZipEntry = {
        name: dir.toString('utf8', at + 46, at + 46 + nameLength),
        method: dir.readUInt16LE(at + 10),
        flags: dir.readUInt16LE(at + 8),
        crc32: dir.readUInt32LE(at + 16),
        compressedSize: dir.readUInt32LE(at + 20),
        uncompressedSize: dir.readUInt32LE(at + 24),
        localHeaderOffset: dir.readUInt32LE(at + 42),
      };
      if (entry.uncompressedSize === MASK32 || entry.compressedSize === MASK32 || entry.localHeaderOffset === MASK32) {
        if (!readZip64Extra(entry, dir.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength))) return null;
      }
      entries.push(entry);
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    await handle.close();
  }
}

/** The zip64 extra field holds, in this order, those sizes and offsets that are 0xffffffff. */
function readZip64Extra(entry: ZipEntry, extra: Buffer): boolean {
  for (let at = 0; at + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    const body = extra.subarray(at + 4, at + 4 + length);
    if (id === 0x0001) {
      let p = 0;
      for (const field of ['uncompressedSize', 'compressedSize', 'localHeaderOffset'] as const) {
        if (entry[field] !== MASK32) continue;
        if (p + 8 > body.length) return false;
        entry[field] = u64(body, p);
        p += 8;
      }
      return true;
    }
    at += 4 + length;
  }
  return false;
}

/**
 * Where an entry's compressed bytes start: after its local header, name and extra field.
 * The local header must name the same entry as the directory, or the offsets are wrong.
 */
async function dataStart(path: string, entry: ZipEntry): Promise<number> {
  if (entry.flags & 0x1) throw new ZipDamageError(entry.name, issueText('issue.reader.zip.encrypted'));
  if (entry.method !== 0 && entry.method !== 8) {
    throw new ZipDamageError(entry.name, issueText('issue.reader.zip.method', { method: String(entry.method) }));
  }
  const handle = await open(path, 'r');
  try {
    const header = await readAt(handle, 30, entry.localHeaderOffset);
    if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_SIGNATURE) throw new ZipDamageError(entry.name, issueText('issue.reader.zip.noLocalHeader'));
    const nameLength = header.readUInt16LE(26);
    const name = await readAt(handle, nameLength, entry.localHeaderOffset + 30);
    if (name.toString('utf8') !== entry.name) throw new ZipDamageError(entry.name, issueText('issue.reader.zip.otherLocalHeader'));
    return entry.localHeaderOffset + 30 + nameLength + header.readUInt16LE(28);
  } finally {
    await handle.close();
  }
}

/**
 * How far reading and inflating may run ahead of the XML parser. zlib inflates on the
 * thread pool, so with room to run ahead it works on the second core while the main
 * thread parses, instead of waiting to be asked for each piece.
 */
const READ_AHEAD = 4 * 1024 * 1024;

/** Counts and checksums an entry's inflated bytes against the directory as they pass. */
class EntryCheck extends Transform {
  private bytes = 0;
  private crc = 0;

  constructor(private readonly entry: ZipEntry) {
    super({ readableHighWaterMark: READ_AHEAD, writableHighWaterMark: READ_AHEAD });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.entry.uncompressedSize) {
      done(new ZipDamageError(this.entry.name, issueText('issue.reader.zip.tooLong')));
      return;
    }
    this.crc = crc32(chunk, this.crc);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.bytes !== this.entry.uncompressedSize) {
      done(new ZipDamageError(this.entry.name, issueText('issue.reader.zip.tooShort')));
    } else if (this.crc !== this.entry.crc32) {
      done(new ZipDamageError(this.entry.name, issueText('issue.reader.zip.checksum')));
    } else {
      done();
    }
  }
}

/**
 * A stream of one entry's inflated bytes, read straight from its place in the file and
 * checked against the directory's size and CRC-32 as it ends. Errors of any stage reach
 * the returned stream; destroying it closes the file.
 */
export async function openZipEntry(path: string, entry: ZipEntry): Promise<Readable> {
  const start = await dataStart(path, entry);
  const check = new EntryCheck(entry);
  if (entry.compressedSize === 0) {
    // Nothing to read (an empty entry, or a directory that lies): the check decides.
    return pipeline(Readable.from([]), check, () => {});
  }
  const raw = createReadStream(path, { start, end: start + entry.compressedSize - 1, highWaterMark: READ_AHEAD });
  const ignore = () => {}; // the error is the returned stream's; pipeline needs a callback
  if (entry.method === 0) return pipeline(raw, check, ignore);
  // 64 KiB pieces, not zlib's 16 KiB: a quarter of the hand-offs to the XML parser (larger pieces measured slower).
  return pipeline(raw, createInflateRaw({ chunkSize: 64 * 1024, ...({ readableHighWaterMark: READ_AHEAD } as ZlibOptions) }), check, ignore);
}
