import { stringItemText } from './xml-text.js';

const ITEM = /<si(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/si\s*>)/g;

/**
 * The shared strings part's items in order, each the text a cell referring to it shows
 * (null for an empty item). Read from the part's checked text, piece by piece: an item is
 * read once its `</si>` has arrived.
 */
export async function readSharedStrings(pieces: AsyncIterable<string>): Promise<Array<string | null>> {
  const strings: Array<string | null> = [];
  let held: string[] = [];
  const read = (text: string): number => {
    let end = 0;
    ITEM.lastIndex = 0;
    for (let m = ITEM.exec(text); m; m = ITEM.exec(text)) {
      strings.push(m[1] ? stringItemText(m[1]) : null);
      end = ITEM.lastIndex;
    }
    return end;
  };
  for await (const piece of pieces) {
    const close = piece.lastIndexOf('</si');
    const selfClosed = piece.lastIndexOf('/>');
    if (close < 0 && selfClosed < 0) {
      held.push(piece);
      continue;
    }
    const text = held.length > 0 ? held.join('') + piece : piece;
    held = [];
    const end = read(text);
    if (end < text.length) held.push(text.slice(end));
  }
  if (held.length > 0) read(held.join(''));
  return strings;
}
