import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { readZipDirectory } from './zip-directory.js';

export type FileKind = { kind: 'xlsx' } | { kind: 'text' } | { kind: 'unreadable'; reason: string };

const ZIP_MAGIC = [0x50, 0x4b];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

const startsWith = (head: Buffer, magic: number[]) => magic.every((b, i) => head[i] === b);

/** Decides how to read a file from its bytes, never from its extension alone. */
export async function sniffFileKind(path: string): Promise<FileKind> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return { kind: 'unreadable', reason: 'is not a file' };
    size = info.size;
  } catch {
    return { kind: 'unreadable', reason: 'cannot be found or opened: check the path' };
  }
  if (size === 0) return { kind: 'unreadable', reason: 'is empty (0 bytes)' };
  const head = Buffer.alloc(Math.min(size, 8));
  const handle = await open(path, 'r');
  try {
    await handle.read(head, 0, head.length, 0);
  } finally {
    await handle.close();
  }
  if (startsWith(head, OLE_MAGIC)) {
    return {
      kind: 'unreadable',
      reason: 'is an Excel 97-2003 (.xls) or password-protected workbook: open it in Excel and save it as .xlsx without a password',
    };
  }
  if (startsWith(head, ZIP_MAGIC)) {
    const entries = await readZipDirectory(path, size);
    if (entries === null) {
      return { kind: 'unreadable', reason: 'is a damaged or incomplete zip archive (it may have been cut off while copying): ask for the file again' };
    }
    if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
      return { kind: 'unreadable', reason: 'is a zip archive that holds no Excel workbook: export the data as .xlsx or .csv' };
    }
    return { kind: 'xlsx' };
  }
  if (/\.(xlsx|xlsm)$/i.test(basename(path))) {
    return { kind: 'unreadable', reason: 'is named like an Excel workbook but is not one: open it in Excel and save it as .xlsx' };
  }
  return { kind: 'text' };
}
