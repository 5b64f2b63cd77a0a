import { type IssueText, issueText } from '../../shared/issues.js';
import { LIMITS } from './limits.js';

const LT = 0x3c;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const QUOTE = 0x22;
const APOSTROPHE = 0x27;

/**
 * Watches the shape of one XML part as its text streams past, ahead of the XML parser, and
 * refuses what would make the parser hold unbounded memory: a text or tag longer than
 * LIMITS.maxXmlRunChars (the parser accumulates it whole), nesting deeper than
 * LIMITS.maxXmlDepth (the parser keeps a stack of open elements), and any DOCTYPE (entity
 * definitions are how "billion laughs" bombs expand; OOXML parts never carry one).
 *
 * It is a scanner, not a parser: it only has to count right on text the parser would
 * accept, and where it cannot tell cheaply it errs towards counting deeper. It jumps from
 * `<` to `>` with indexOf and reads quotes only in tags that look self-closing, so its
 * cost stays a small fraction of the parse. Tag length is bounded by the text run: a
 * tag is the run between two `<`.
 */
export class XmlShapeGuard {
  private depth = 0;
  /** Characters of text since the last tag: text runs on across pieces. */
  private run = 0;
  /** The start of a tag, comment or declaration cut by the end of the last piece. */
  private held = '';

  constructor(private readonly refuse: (reason: IssueText) => Error) {}

  /** Whether a tag, comment or declaration cut by the end of the last piece waits for its end. */
  get holding(): boolean {
    return this.held !== '';
  }

  /**
   * Counts, without reading it, an element its reader has already found whole and simple:
   * `depth` levels deep at most (a cell and its value: 2), with `textChars` of text in one
   * run, and every element it opens closed. For the worksheet scanner, whose commonest cell
   * it has read anyway: the guard need not read it a second time.
   */
  balancedElement(depth: number, textChars: number): void {
    if (this.depth + depth > LIMITS.maxXmlDepth) throw this.refuse(issueText('issue.reader.xml.deep', { max: String(LIMITS.maxXmlDepth) }));
    this.run = 0;
    this.addText(textChars);
    this.run = 0;
  }

  scan(piece: string): void {
    const text = this.held === '' ? piece : this.held + piece;
    this.held = '';
    const n = text.length;
    let i = 0;
    while (i < n) {
      const lt = text.indexOf('<', i);
      if (lt < 0) {
        this.addText(n - i);
        return;
      }
      this.addText(lt - i);
      this.run = 0;
      const end = this.construct(text, lt);
      if (end < 0) {
        if (n - lt > LIMITS.maxXmlRunChars) throw this.refuse(issueText('issue.reader.xml.longTag', { max: LIMITS.maxXmlRunChars }));
        this.held = text.slice(lt);
        return;
      }
      i = end;
    }
  }

  private addText(length: number): void {
    this.run += length;
    if (this.run > LIMITS.maxXmlRunChars) {
      throw this.refuse(issueText('issue.reader.xml.longText', { max: LIMITS.maxXmlRunChars, cell: LIMITS.maxCellChars }));
    }
  }

  /** Reads the construct starting at `lt`; returns the index after it, or -1 if the text ends first. */
  private construct(text: string, lt: number): number {
    const next = text.charCodeAt(lt + 1);
    if (Number.isNaN(next)) return -1;
    if (next === BANG) {
      if (text.startsWith('<!--', lt)) return after(text, '-->', lt + 4);
      if (text.startsWith('<![CDATA[', lt)) return after(text, ']]>', lt + 9);
      if (lt + 9 > text.length) return -1;
      if (/^<!DOCTYPE/i.test(text.slice(lt, lt + 9))) throw this.refuse(issueText('issue.reader.xml.doctype'));
      return after(text, '>', lt + 2);
    }
    if (next === QUESTION) return after(text, '?>', lt + 2);
    if (next === SLASH) {
      // `<` cannot stand in an attribute value, so `</` is always a closing tag; its `>`
      // need not be found (what follows it up to the next `<` counts as the run).
      this.depth--;
      return lt + 2;
    }
    let gt = text.indexOf('>', lt + 1);
    if (gt < 0) return -1;
    if (text.charCodeAt(gt - 1) === SLASH) {
      // Self-closing, unless that `/>` sits inside an attribute value: follow the quotes.
      // Only here: a `>` in a value of a tag read as opening can only over-count depth.
      gt = tagEnd(text, lt + 1);
      if (gt < 0) return -1;
      if (text.charCodeAt(gt - 1) === SLASH) return gt + 1;
    }
    if (++this.depth > LIMITS.maxXmlDepth) throw this.refuse(issueText('issue.reader.xml.deep', { max: String(LIMITS.maxXmlDepth) }));
    return gt + 1;
  }
}

function after(text: string, terminator: string, from: number): number {
  const at = text.indexOf(terminator, from);
  return at < 0 ? -1 : at + terminator.length;
}

/**
 * The `>` closing a tag whose name starts at `from`. A `>` may stand unescaped inside an
 * attribute value, so quotes are followed, but only in tags that hold one before their
 * first `>` (most tags have attributes; each costs two indexOf calls).
 */
function tagEnd(text: string, from: number): number {
  let gt = text.indexOf('>', from);
  if (gt < 0) return -1;
  let at = from;
  for (;;) {
    let quote = -1;
    for (let k = at; k < gt; k++) {
      const c = text.charCodeAt(k);
      if (c === QUOTE || c === APOSTROPHE) {
        quote = k;
        break;
      }
      if (c === LT) return k - 1; // a `<` inside a tag: not XML the parser accepts; stop here
    }
    if (quote < 0) return gt;
    const close = text.indexOf(text[quote]!, quote + 1);
    if (close < 0) return -1;
    at = close + 1;
    if (close > gt) {
      gt = text.indexOf('>', at);
      if (gt < 0) return -1;
    }
  }
}
