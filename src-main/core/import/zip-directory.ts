import { open } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createInflateRaw, inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_MAX_SEARCH = 22 + 0xffff;

/**
 * Reads a zip's central directory without inflating anything, so a truncated download or a
 * zip that holds no workbook is refused before a streaming parser can hang or crash on it.
 * Returns null when the file is not a complete zip archive.
 */
export async function readZipDirectory(path: string, size: number): Promise<ZipEntry[] | null> {
  const handle = await open(path, 'r');
  try {
    const tailLength = Math.min(size, EOCD_MAX_SEARCH);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === EOCD_SIGNATURE) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return null;
    const count = tail.readUInt16LE(eocd + 10);
    const dirSize = tail.readUInt32LE(eocd + 12);
    const dirOffset = tail.readUInt32LE(eocd + 16);
    // Zip64 archives mark the real values elsewhere; workbooks that large are refused later.
    if (dirOffset === 0xffffffff || dirSize === 0xffffffff) return [];
    if (dirOffset + dirSize > size) return null;
    const dir = Buffer.alloc(dirSize);
    await handle.read(dir, 0, dirSize, dirOffset);
    const entries: ZipEntry[] = [];
    let at = 0;
    for (let i = 0; i < count; i++) {
      if (at + 46 > dir.length || dir.readUInt32LE(at) !== CENTRAL_SIGNATURE) return null;
      const nameLength = dir.readUInt16LE(at + 28);
      const extraLength = dir.readUInt16LE(at + 30);
      const commentLength = dir.readUInt16LE(at + 32);
      entries.push({
        name: dir.toString('utf8', at + 46, at + 46 + nameLength),
        method: dir.readUInt16LE(at + 10),
        compressedSize: dir.readUInt32LE(at + 20),
        uncompressedSize: dir.readUInt32LE(at + 24),
        localHeaderOffset: dir.readUInt32LE(at + 42),
      });
      at += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    await handle.close();
  }
}

/** Largest entry read whole by readZipEntry: workbook.xml and its rels are a few KB. */
const MAX_SMALL_ENTRY = 8 * 1024 * 1024;

/** Inflates one small entry (stored or deflated); null when it cannot be read. */
export async function readZipEntry(path: string, entry: ZipEntry): Promise<Buffer | null> {
  if (entry.uncompressedSize > MAX_SMALL_ENTRY || entry.compressedSize > MAX_SMALL_ENTRY) return null;
  const start = await dataStart(path, entry).catch(() => null);
  if (start === null) return null;
  const handle = await open(path, 'r');
  try {
    const data = Buffer.alloc(entry.compressedSize);
    await handle.read(data, 0, data.length, start);
    if (entry.method === 0) return data;
    if (entry.method !== 8) return null;
    return inflateRawSync(data, { maxOutputLength: MAX_SMALL_ENTRY });
  } catch {
    return null;
  } finally {
    await handle.close();
  }
}

/** Where an entry's compressed bytes start: after its local header, name and extra field. */
async function dataStart(path: string, entry: ZipEntry): Promise<number | null> {
  const handle = await open(path, 'r');
  try {
    const header = Buffer.alloc(30);
    await handle.read(header, 0, 30, entry.localHeaderOffset);
    if (header.readUInt32LE(0) !== 0x04034b50) return null;
    return entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
  } finally {
    await handle.close();
  }
}

/** A stream of one entry's inflated bytes, read straight from its place in the file. */
export async function openZipEntry(path: string, entry: ZipEntry): Promise<Readable> {
  const start = await dataStart(path, entry);
  if (start === null) throw new Error(`the zip entry ${entry.name} is damaged`);
  if (entry.method !== 0 && entry.method !== 8) throw new Error(`the zip entry ${entry.name} uses an unsupported compression method`);
  const raw = createReadStream(path, { start, end: start + Math.max(entry.compressedSize, 1) - 1 });
  if (entry.compressedSize === 0) raw.destroy();
  if (entry.method === 0) return raw;
  const inflate = createInflateRaw();
  raw.on('error', (e) => inflate.destroy(e));
  return raw.pipe(inflate);
}
