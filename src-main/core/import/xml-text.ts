/** Character data of XML as the parser would hand it over: entities and CDATA resolved. */

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Resolves the five predefined entities and character references; others stay as written. */
export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) => {
    if (e[0] !== '#') return XML_ENTITIES[e] ?? all;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
  });
}

/**
 * The text between an element's tags as an XML parser reports it: line breaks normalised,
 * entities resolved outside CDATA sections, CDATA taken as written, comments and
 * processing instructions dropped.
 */
export function characterData(raw: string): string {
  // An XML processor reads a line break written as CR LF or CR as LF (XML 1.0 §2.11);
  // a CR written as a character reference stays.
  if (raw.includes('\r')) raw = raw.replace(/\r\n?/g, '\n');
  if (!raw.includes('<')) return unescapeXml(raw);
  let out = '';
  let at = 0;
  for (const m of raw.matchAll(/<!\[CDATA\[([\s\S]*?)\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>/g)) {
    out += unescapeXml(raw.slice(at, m.index)) + (m[1] ?? '');
    at = m.index + m[0].length;
  }
  return out + unescapeXml(raw.slice(at));
}

/** The attributes of one start tag, values unescaped. */
export function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) found.set(m[1]!, unescapeXml(m[2] ?? m[3] ?? ''));
  return found;
}

const T_ELEMENT = /<t(?:\s[^>]*?)?(?:\/>|>([\s\S]*?)<\/t\s*>)/g;
const PHONETIC_RUN = /<rPh\b[\s\S]*?<\/rPh\s*>/g;

/**
 * The text of a string item (`<si>` of the shared strings, `<is>` of an inline string):
 * its `<t>` elements, plain or in rich-text runs, joined; phonetic readings (`<rPh>`, the
 * kana Excel stores over Japanese names) are not part of the text. Null when empty.
 */
export function stringItemText(xml: string): string | null {
  const body = xml.includes('<rPh') ? xml.replace(PHONETIC_RUN, '') : xml;
  let text = '';
  for (const m of body.matchAll(T_ELEMENT)) if (m[1]) text += characterData(m[1]);
  return text === '' ? null : text;
}
