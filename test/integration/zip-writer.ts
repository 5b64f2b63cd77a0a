/**
 * A tiny zip writer and reader for test fixtures, written from the format (APPNOTE.TXT),
 * independent of the code under test: damaged and unusual workbooks are built byte by byte.
 */
import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

export interface ZipPart {
  name: string;
  data: Buffer | string;
  /** 0 stored, 8 deflated (default). */
  method?: 0 | 8;
  /**
   * Already deflated bytes, written as they are, with the sizes and CRC the directory and
   * local header should declare (which may lie): for bombs too big to hold inflated.
   */
  deflated?: { body: Buffer; declaredSize: number; crc: number };
}

/** Where each part landed, so tests can damage one precisely. */
export interface ZipLayout {
  bytes: Buffer;
  parts: Array<{ name: string; localHeader: number; dataStart: number; compressedSize: number; centralHeader: number }>;
}

/**
 * With `zip64`, every size and offset in the directory is 0xffffffff and the real values
 * sit in zip64 extra fields and the zip64 end record, as writers of large archives do.
 */
export function buildZip(parts: readonly ZipPart[], options: { zip64?: boolean } = {}): ZipLayout {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  const layout: ZipLayout['parts'] = [];
  let offset = 0;
  for (const part of parts) {
    const data = Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data, 'utf8');
    const method = part.deflated ? 8 : (part.method ?? 8);
    const body = part.deflated?.body ?? (method === 8 ? deflateRawSync(data) : data);
    const name = Buffer.from(part.name, 'utf8');
    const crc = part.deflated?.crc ?? crc32(data);
    const size = part.deflated?.declaredSize ?? data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const extra = Buffer.alloc(options.zip64 ? 28 : 0);
    if (options.zip64) {
      extra.writeUInt16LE(0x0001, 0);
      extra.writeUInt16LE(24, 2);
      extra.writeBigUInt64LE(BigInt(size), 4);
      extra.writeBigUInt64LE(BigInt(body.length), 12);
      extra.writeBigUInt64LE(BigInt(offset), 20);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(options.zip64 ? 0xffffffff : body.length, 20);
    central.writeUInt32LE(options.zip64 ? 0xffffffff : size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(options.zip64 ? 0xffffffff : offset, 42);
    const centralAt = centrals.reduce((n, b) => n + b.length, 0);
    layout.push({ name: part.name, localHeader: offset, dataStart: offset + 30 + name.length, compressedSize: body.length, centralHeader: centralAt });
    locals.push(local, name, body);
    centrals.push(central, name, extra);
    offset += 30 + name.length + body.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(options.zip64 ? 0xffff : parts.length, 8);
  end.writeUInt16LE(options.zip64 ? 0xffff : parts.length, 10);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : directory.length, 12);
  end.writeUInt32LE(options.zip64 ? 0xffffffff : offset, 16);
  for (const p of layout) p.centralHeader += offset;
  if (!options.zip64) return { bytes: Buffer.concat([...locals, directory, end]), parts: layout };
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeUInt16LE(45, 12);
  record.writeUInt16LE(45, 14);
  record.writeBigUInt64LE(BigInt(parts.length), 24);
  record.writeBigUInt64LE(BigInt(parts.length), 32);
  record.writeBigUInt64LE(BigInt(directory.length), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  return { bytes: Buffer.concat([...locals, directory, record, locator, end]), parts: layout };
}

/** The parts of a zip (stored or deflated), read through its central directory. */
export function readZip(bytes: Buffer): ZipPart[] {
  let end = -1;
  for (let i = bytes.length - 22; i >= 0; i--) {
    if (bytes.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('not a zip');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const parts: ZipPart[] = [];
  for (let i = 0; i < count; i++) {
    const method = bytes.readUInt16LE(at + 10);
    const compressed = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const body = bytes.subarray(start, start + compressed);
    parts.push({ name, data: method === 8 ? inflateRawSync(body) : Buffer.from(body), method: method === 8 ? 8 : 0 });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

/** Seeded bytes (xorshift32): the same "random" file on every run. */
export function seededBytes(length: number, seed: number): Buffer {
  const out = Buffer.alloc(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    out[i] = x & 0xff;
  }
  return out;
}
