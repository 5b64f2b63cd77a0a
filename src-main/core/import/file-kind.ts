import { open, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { IssueKey } from '../../shared/i18n/index.js';
import { type IssueText, englishText, issueText } from '../../shared/issues.js';
import { LIMITS, formatBytes } from './limits.js';
import { ZipLimitError, readZipDirectory } from './zip-directory.js';

export type FileKind =
  | { kind: 'xlsx' }
  | { kind: 'text' }
  /** `code` is the issue code: `unreadable-file` unless a limit refused the file (`over-limit`); `text` says why, naming the file. */
  | { kind: 'unreadable'; text: IssueText; code?: 'over-limit' };

/** Where in a file a reader stopped: the sheet, row and cell it was reading, when known. */
export interface FilePlace {
  sheet?: string | null;
  row?: number | null;
  /** A cell reference in the message is clearer; this is the data-model column, when known. */
  column?: string | null;
}

export interface UnreadableOptions extends ErrorOptions {
  place?: FilePlace;
  /** The issue code: `unreadable-file` unless said otherwise (`over-limit`). */
  code?: string;
  /** What to do, when the usual "save it again" advice does not fit. */
  advice?: IssueText;
}

/**
 * Thrown by the readers when a file cannot be read whole and right; the reason is a
 * fragment that follows "FILE could not be read: ", a catalogue sentence so that the app
 * and the reports say it in the user's language; the message is its English rendering.
 */
export class UnreadableFileError extends Error {
  readonly reason: IssueText;
  readonly place: FilePlace;
  readonly code: string;
  readonly advice: IssueText | null;

  constructor(reason: IssueText, options: UnreadableOptions = {}) {
    super(englishText(reason), options.cause === undefined ? undefined : { cause: options.cause });
    this.reason = reason;
    this.place = options.place ?? {};
    this.code = options.code ?? 'unreadable-file';
    this.advice = options.advice ?? null;
  }
}

/** A file refused by one of LIMITS: said as such, with the limit's own advice. */
export function overLimit(reason: IssueText, place: FilePlace = {}): UnreadableFileError {
  return new UnreadableFileError(reason, { place, code: 'over-limit', advice: LIMIT_ADVICE_TEXT });
}

/** The first line of an error's message, without a closing full stop: for a sentence of ours. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String((error as { message?: unknown })?.message ?? error);
  return message.split('\n')[0]!.replace(/\.$/, '');
}

/** A zip starts with a local file header, or (empty or spanned archives) an end record or a span marker. */
const ZIP_MAGICS = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06],
  [0x50, 0x4b, 0x07, 0x08],
];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const startsWith = (head: Buffer, magic: number[]) => head.length >= magic.length && magic.every((b, i) => head[i] === b);

/** Decides how to read a file from its bytes, never from its extension alone. */
export async function sniffFileKind(path: string): Promise<FileKind> {
  const file = basename(path);
  const unreadable = (key: IssueKey, args: IssueText['args'] = {}): FileKind => ({ kind: 'unreadable', text: issueText(key, { file, ...args }) });
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) return unreadable('issue.file.notAFile');
    size = info.size;
  } catch {
    return unreadable('issue.file.notFound');
  }
  if (size === 0) return unreadable('issue.file.empty');
  if (size > LIMITS.maxFileBytes) {
    return {
      kind: 'unreadable',
      code: 'over-limit',
      text: issueText('issue.file.tooLarge', { file, size: formatBytes(size), max: formatBytes(LIMITS.maxFileBytes), advice: LIMIT_ADVICE_TEXT }),
    };
  }
  try {
    return await sniffBytes(path, size, unreadable);
  } catch (error) {
    return unreadable('issue.file.diskError', { detail: (error as NodeJS.ErrnoException).code ?? (error as Error).message });
  }
}

/** LIMIT_ADVICE as the catalogue says it, in the user's language. */
export const LIMIT_ADVICE_TEXT = issueText('issue.file.adviceLimit');

async function sniffBytes(path: string, size: number, unreadable: (key: IssueKey, args?: IssueText['args']) => FileKind): Promise<FileKind> {
  const head = Buffer.alloc(Math.min(size, 8));
  const handle = await open(path, 'r');
  try {
    await handle.read(head, 0, head.length, 0);
  } finally {
    await handle.close();
  }
  if (startsWith(head, OLE_MAGIC)) {
    return unreadable('issue.file.xls');
  }
  if (ZIP_MAGICS.some((magic) => startsWith(head, magic))) {
    let entries: Awaited<ReturnType<typeof readZipDirectory>>;
    try {
      entries = await readZipDirectory(path, size);
    } catch (error) {
      if (error instanceof ZipLimitError) {
        return { kind: 'unreadable', code: 'over-limit', text: issueText('issue.file.zipRefused', { file: basename(path), reason: error.text, advice: LIMIT_ADVICE_TEXT }) };
      }
      throw error;
    }
    if (entries === null) {
      return unreadable('issue.file.damagedZip');
    }
    const names = new Set(entries.map((e) => e.name));
    if (names.has('xl/workbook.xml')) return { kind: 'xlsx' };
    if (names.has('xl/workbook.bin')) {
      return unreadable('issue.file.xlsb');
    }
    if (names.has('content.xml') && names.has('mimetype')) {
      return unreadable('issue.file.ods');
    }
    return unreadable('issue.file.zipWithoutWorkbook');
  }
  if (/\.(xlsx|xlsm)$/i.test(basename(path))) {
    return unreadable('issue.file.fakeXlsx');
  }
  return { kind: 'text' };
}
