/**
 * Hostile workbooks, built byte by byte from the real sample with the test zip writer
 * (independent of the reader under test). Bombs are deflated blocks repeated, so a 2 GB
 * part is a few MB of file and never exists inflated, here or anywhere.
 */
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';
import { constants, deflateRawSync } from 'node:zlib';
import { REPO } from '../helpers/cli.js';
import { type ZipPart, buildZip, readZip } from '../integration/zip-writer.js';

export const SAMPLE = `${REPO}sample-data/iuc-programme.xlsx`;
const MiB = 1024 * 1024;

const textOf = (p: ZipPart) => (Buffer.isBuffer(p.data) ? p.data.toString('utf8') : p.data);

export function sampleParts(): ZipPart[] {
  return readZip(readFileSync(SAMPLE));
}

/** The part holding the sheet called `name`: the workbook names it, the rels place it. */
export function sheetPart(parts: ZipPart[], name: string): string {
  const workbook = textOf(parts.find((p) => p.name === 'xl/workbook.xml')!);
  const rels = textOf(parts.find((p) => p.name === 'xl/_rels/workbook.xml.rels')!);
  const rid = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)![1]!;
  const rel = [...rels.matchAll(/<Relationship [^>]*>/g)].map((m) => m[0]).find((r) => r.includes(`Id="${rid}"`))!;
  return `xl/${/Target="([^"]+)"/.exec(rel)![1]!.replace(/^\/xl\//, '')}`;
}

/** The sample with the part of sheet `name` replaced. */
export function sampleWithSheet(name: string, replacement: Omit<ZipPart, 'name'>): Buffer {
  const parts = sampleParts();
  const part = sheetPart(parts, name);
  return buildZip(parts.map((p) => (p.name === part ? { ...replacement, name: part } : p))).bytes;
}

const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const SHEET_TAIL = '</sheetData></worksheet>';

/** A worksheet part whose rows are `rows` (XML), complete. */
export const worksheet = (rows: string) => `${SHEET_HEAD}${rows}${SHEET_TAIL}`;

/**
 * A deflate stream of `head`, then `unit` repeated to `bytes` in all, then `tail`, built
 * from one deflated MiB repeated (full flushes reset the dictionary, so blocks stand alone).
 */
export function deflatedRepeat(head: string, unit: string, bytes: number, tail: string): { body: Buffer; inflatedSize: number } {
  const perMiB = Math.max(1, Math.floor(MiB / unit.length));
  const block = deflateRawSync(Buffer.from(unit.repeat(perMiB)), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const blocks = Math.ceil(bytes / (perMiB * unit.length));
  const pieces = [deflateRawSync(Buffer.from(head), { finishFlush: constants.Z_FULL_FLUSH })];
  for (let i = 0; i < blocks; i++) pieces.push(block);
  pieces.push(deflateRawSync(Buffer.from(tail)));
  return { body: Buffer.concat(pieces), inflatedSize: head.length + blocks * perMiB * unit.length + tail.length };
}

/** A sheet that inflates to `bytes` of rows; the directory declares `declared` (default: the truth). */
export function bombSheet(bytes: number, declared?: number, row = '<row><c t="inlineStr"><is><t>boom</t></is></c></row>'): Omit<ZipPart, 'name'> {
  const { body, inflatedSize } = deflatedRepeat(SHEET_HEAD, row, bytes, SHEET_TAIL);
  return { data: '', deflated: { body, declaredSize: Math.min(0xfffffffe, declared ?? inflatedSize), crc: 0 } };
}

/** A file of `size` bytes that starts like `head` and is otherwise a hole (sparse: no disk used). */
export function sparseFile(path: string, size: number, head: Buffer): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, head, 0, head.length, 0);
    writeSync(fd, Buffer.from([0]), 0, 1, size - 1);
  } finally {
    closeSync(fd);
  }
}

/** A workbook zip of the sample's parts plus `extra` entries (names may be anything). */
export function sampleWithEntries(extra: ZipPart[], edit: (parts: ZipPart[]) => ZipPart[] = (p) => p): Buffer {
  return buildZip([...edit(sampleParts()), ...extra]).bytes;
}
