import { type ZipEntry, readZipEntry } from './zip-directory.js';

const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (all, e: string) =>
    e[0] === '#' ? String.fromCodePoint(parseInt(e.slice(e[1] === 'x' || e[1] === 'X' ? 2 : 1), e[1] === 'x' || e[1] === 'X' ? 16 : 10)) : (XML_ENTITIES[e] ?? all),
  );

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) found.set(m[1]!, unescapeXml(m[2]!));
  return found;
}

/**
 * Sheet names by worksheet part number (`xl/worksheets/sheet3.xml` -> 3 -> "Members"),
 * read from workbook.xml and its relationships. exceljs's streaming reader only knows the
 * names when workbook.xml comes before the sheets in the zip, which not every writer does.
 */
export async function worksheetNames(path: string, entries: readonly ZipEntry[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const workbook = entries.find((e) => e.name === 'xl/workbook.xml');
  const rels = entries.find((e) => e.name === 'xl/_rels/workbook.xml.rels');
  if (!workbook || !rels) return names;
  const [workbookXml, relsXml] = await Promise.all([readZipEntry(path, workbook), readZipEntry(path, rels)]);
  if (!workbookXml || !relsXml) return names;
  const targets = new Map<string, string>();
  for (const m of relsXml.toString('utf8').matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const sheetNo = /worksheets\/sheet(\d+)\.xml$/.exec(a.get('Target') ?? '')?.[1];
    if (a.get('Id') && sheetNo) targets.set(a.get('Id')!, sheetNo);
  }
  for (const m of workbookXml.toString('utf8').matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    const relId = [...a].find(([k]) => k.endsWith(':id'))?.[1];
    const sheetNo = relId ? targets.get(relId) : undefined;
    if (sheetNo && a.get('name')) names.set(sheetNo, a.get('name')!);
  }
  return names;
}
