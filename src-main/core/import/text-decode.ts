import { isUtf8 as bufferIsUtf8 } from 'node:buffer';
import { type IssueText, issueText } from '../../shared/issues.js';

/** The four encodings data-model.md promises, decided from the bytes. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** `why` is the catalogue's sentence, but for its `file` argument: the caller knows the name. */
export type Decoded = { ok: true; text: string; encoding: TextEncoding } | { ok: false; why: IssueText };

/** Control characters other than tab, CR, LF and form feed: text files have (almost) none. */
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

export function decodeText(bytes: Uint8Array): Decoded {
  let encoding: TextEncoding;
  let body = bytes;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    encoding = 'utf-8';
    body = bytes.subarray(3);
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    body = bytes.subarray(2);
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    body = bytes.subarray(2);
  } else {
    if (bytes.includes(0)) {
      return { ok: false, why: issueText('issue.file.nulBytes') };
    }
    encoding = isUtf8(body) ? 'utf-8' : 'windows-1252';
  }
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: encoding !== 'windows-1252' }).decode(body);
  } catch {
    return { ok: false, why: issueText('issue.file.badEncoding', { encoding: encoding.toUpperCase() }) };
  }
  const sample = text.slice(0, 65536);
  const controls = sample.match(CONTROL)?.length ?? 0;
  if (controls > Math.max(2, sample.length / 1000)) {
    return { ok: false, why: issueText('issue.file.binary') };
  }
  return { ok: true, text, encoding };
}

/** Node's own validator: no second decode of a file that may be tens of megabytes. */
function isUtf8(bytes: Uint8Array): boolean {
  return bufferIsUtf8(bytes);
}
