import { type IssueText, issueText } from '../../shared/issues.js';
import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { type FilePlace, UnreadableFileError, overLimit } from './file-kind.js';
import { XmlShapeGuard } from './xml-shape-guard.js';
import { type ZipEntry, openZipEntry } from './zip-directory.js';

export interface PartTextOptions {
  onBytes?: (inflated: number) => void;
  /** The sheet the part holds, for refusals. */
  place?: FilePlace;
  /**
   * The reader checks the text's shape itself, with XmlShapeGuard, as it reads it (the
   * worksheet scanner does, in its one pass); otherwise it is checked here first.
   */
  guardedByReader?: boolean;
}

/** Opens the entry first, so a damaged header is reported before any text is asked for. */
export async function partText(path: string, entry: ZipEntry, root: string, options: PartTextOptions = {}): Promise<AsyncGenerator<string>> {
  const stream = await openZipEntry(path, entry);
  return xmlText(stream, entry.name, root, options);
}

/** Longest text held back waiting for the `>` of a tag cut by a chunk boundary. */
const MAX_CARRY = 1 << 16;
const FIRST_ELEMENT = /<([A-Za-z_][\w.-]*)(?::([A-Za-z_][\w.-]*))?(?=[\s/>])[^>]*?(\/?)>/;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The text of one XML part, as strings, so that:
 * - every piece holds whole tags (a tag cut by a chunk boundary waits for the next);
 * - UTF-8 characters cut by a chunk boundary are decoded whole;
 * - its shape is checked by XmlShapeGuard before anything reads it (or by the reader, as it
 *   reads it, when it says it does);
 * - a namespace prefix on the root element (`<x:worksheet>`, as the .NET Open XML SDK
 *   writes) is taken off every element, so readers match bare names only;
 * - a part that stops before its root element is closed is refused, not read as shorter.
 */
async function* xmlText(stream: Readable, part: string, root: string, options: PartTextOptions): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let carry = '';
  let first = true;
  let rootSeen = false;
  let rootClosed = false;
  let stripPrefix: RegExp | null = null;
  let tail = '';
  const named = issueText('issue.reader.where.part', { part });
  const where = options.place?.sheet ? issueText('issue.reader.where.sheet', { sheet: options.place.sheet, part }) : named;
  const guard = new XmlShapeGuard((reason) => overLimit(issueText('issue.reader.holds', { where, detail: reason }), options.place));
  let inflated = 0;

  const normalise = (piece: string): string => {
    if (first) {
      first = false;
      if (piece.charCodeAt(0) === 0xfeff) piece = piece.slice(1);
    }
    if (!rootSeen) {
      const m = FIRST_ELEMENT.exec(piece);
      if (m) {
        rootSeen = true;
        const [prefix, local] = m[2] === undefined ? [null, m[1]!] : [m[1]!, m[2]];
        if (local !== root) throw new UnreadableFileError(issueText('issue.reader.wrongRoot', { part: named, root, element: `<${m[0].slice(1).split(/[\s/>]/)[0]}>` }));
        if (m[3] === '/') rootClosed = true;
        if (prefix) stripPrefix = new RegExp(`<(/?)${escapeRegExp(prefix)}:`, 'g');
      }
    }
    if (!options.guardedByReader) guard.scan(piece);
    if (stripPrefix) piece = piece.replace(stripPrefix, '<$1');
    tail = piece.length >= 512 ? piece.slice(-512) : (tail + piece).slice(-512);
    return piece;
  };

  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      inflated += chunk.length;
      options.onBytes?.(inflated);
      let text = carry + decoder.write(chunk);
      // Hold back a tag cut by the chunk boundary, so every piece holds whole tags.
      const open = text.lastIndexOf('<');
      if (open >= 0 && text.indexOf('>', open) < 0 && text.length - open <= MAX_CARRY) {
        carry = text.slice(open);
        text = text.slice(0, open);
      } else {
        carry = '';
      }
      if (text) yield normalise(text);
    }
    const rest = carry + decoder.end();
    if (rest) yield normalise(rest);
  } finally {
    stream.destroy();
  }
  if (!rootSeen) throw new UnreadableFileError(issueText('issue.reader.noXml', { part: named }));
  if (!rootClosed && !closesRoot(root, tail)) throw incomplete(named);
}

/** Whether `tail`, the end of a part, closes its root element (comments and PIs may follow). */
function closesRoot(root: string, tail: string): boolean {
  return new RegExp(`</(?:[\\w.-]+:)?${escapeRegExp(root)}\\s*>(?:\\s|<!--[\\s\\S]*?-->|<\\?[\\s\\S]*?\\?>)*$`).test(tail);
}

const incomplete = (part: IssueText) => new UnreadableFileError(issueText('issue.reader.incomplete', { part }));
