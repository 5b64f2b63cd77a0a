/**
 * The report fonts come from npm packages inside node_modules, never from the machine's font
 * folders, so a report is the same on Windows, macOS and Linux; TWINLENS_FONT_DIR overrides.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { basename, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as echarts from 'echarts';
import { FONT_SOURCES, type FontFiles, fontFiles } from '../../src-main/core/report/fonts.js';
import { PdfLayout } from '../../src-main/core/report/pdf-layout.js';
import { writeReports } from '../../src-main/core/report/write-reports.js';
import type { Project } from '../../src-main/core/store/project.js';
import { writeSmallProgramme } from '../fixtures/small-programme.js';
import { importedProject, tempDir } from '../helpers/programme.js';

const NODE_MODULES = fileURLToPath(new URL('../../node_modules/', import.meta.url));
const poppler = spawnSync('pdffonts', ['-v']).error === undefined;

/** fontFiles() with TWINLENS_FONT_DIR set to `dir` (or unset), the variable restored after. */
function withFontDir(dir: string | undefined): FontFiles {
  const before = process.env.TWINLENS_FONT_DIR;
  if (dir === undefined) delete process.env.TWINLENS_FONT_DIR;
  else process.env.TWINLENS_FONT_DIR = dir;
  try {
    return fontFiles();
  } finally {
    if (before === undefined) delete process.env.TWINLENS_FONT_DIR;
    else process.env.TWINLENS_FONT_DIR = before;
  }
}

describe('the report fonts', () => {
  test('are found in their npm packages inside node_modules, none in the machine font folders', () => {
    const files = withFontDir(undefined);
    expect(Object.keys(files).sort()).toEqual(['bold', 'cjk', 'hangul', 'regular']);
    for (const [face, path] of Object.entries(files)) {
      expect(path, face).not.toBeNull();
      expect(path!.startsWith(join(NODE_MODULES, '@expo-google-fonts') + sep), path!).toBe(true);
      expect(path, face).not.toMatch(/\/usr\/share\/fonts|\/Library\/Fonts|Windows[\\/]Fonts/);
    }
    expect(basename(files.regular)).toBe('NotoSans_400Regular.ttf');
    expect(basename(files.bold)).toBe('NotoSans_700Bold.ttf');
    expect(basename(files.cjk!)).toBe('NotoSansSC_400Regular.ttf');
    expect(basename(files.hangul!)).toBe('NotoSansKR_400Regular.ttf');
  });

  test('have a glyph for every character of names in Latin, Greek, Cyrillic, Chinese, Japanese and Korean', () => {
    // fontkit is pdfkit's font reader: what it finds is what the PDF embeds.
    const fontkit = createRequire(import.meta.url)('fontkit') as { openSync(path: string): { hasGlyphForCodePoint(cp: number): boolean } };
    const files = withFontDir(undefined);
    const missing = (file: string, names: string[]) => {
      const font = fontkit.openSync(file);
      return names.flatMap((n) => [...n].filter((c) => c !== ' ' && !font.hasGlyphForCodePoint(c.codePointAt(0)!)));
    };
    const latin = ['Medellín', 'São Paulo', 'Besançon', 'Logroño', 'Łódź', 'Zürich', 'Hồ Chí Minh', 'Αθήνα', 'Θεσσαλονίκη', 'Москва', 'Київ', 'Università di Bologna'];
    expect(missing(files.regular, latin)).toEqual([]);
    expect(missing(files.bold, latin)).toEqual([]);
    // Simplified and traditional Han, and kana: the SC face.
    expect(missing(files.cjk!, ['東京都', '大阪市', 'さいたま市', 'ヨコハマ', '深圳市', '广州市', '臺北市', '香港'])).toEqual([]);
    // Hangul, which the SC face lacks entirely: the KR face.
    expect(missing(files.cjk!, ['서울'])).toEqual(['서', '울']);
    expect(missing(files.hangul!, ['서울특별시', '부산광역시', '대구'])).toEqual([]);
  });

  test('come from TWINLENS_FONT_DIR first, the regular and bold pair together, the rest from npm', () => {
    const own = tempDir('twinlens-fonts-');
    const npm = withFontDir(undefined);
    // Only the regular face: not a pair, so both still come from npm.
    copyFileSync(npm.regular, join(own, 'NotoSans_400Regular.ttf'));
    expect(withFontDir(own).regular).toBe(npm.regular);
    copyFileSync(npm.bold, join(own, 'NotoSans_700Bold.ttf'));
    copyFileSync(npm.hangul!, join(own, 'NotoSansKR_400Regular.ttf'));
    const files = withFontDir(own);
    expect(files).toEqual({ regular: join(own, 'NotoSans_400Regular.ttf'), bold: join(own, 'NotoSans_700Bold.ttf'), cjk: npm.cjk, hangul: join(own, 'NotoSansKR_400Regular.ttf') });
    // The file names the override expects are the packages' own.
    expect(Object.values(FONT_SOURCES).map((s) => basename(s.file))).toEqual(['NotoSans_400Regular.ttf', 'NotoSans_700Bold.ttf', 'NotoSansSC_400Regular.ttf', 'NotoSansKR_400Regular.ttf']);
    expect(withFontDir(undefined)).toEqual(npm);
  });
});

describe('a PDF of names in Latin script only', () => {
  const dir = tempDir('twinlens-report-fonts-');
  const pdf = join(dir, 'small.pdf');
  let project: Project;
  beforeAll(async () => {
    project = await importedProject([await writeSmallProgramme(dir)]);
    await writeReports(project, {}, { pdf });
  });
  afterAll(() => project?.close());

  test.skipIf(!poppler)('embeds Noto Sans regular and bold, no CJK face, and reads its accents back', () => {
    const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout;
    const names = fonts.split('\n').slice(2).filter((l) => l.trim() !== '').map((l) => l.split(/\s+/)[0]!.replace(/^[A-Z]{6}\+/, ''));
    expect(new Set(names)).toEqual(new Set(['NotoSans-Regular', 'NotoSans-Bold']));
    const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout;
    expect(text).toContain('Medellín');
  });
});

describe('a vector chart with Korean and Chinese names', () => {
  test.skipIf(!poppler)('sets each label in the face its characters need', async () => {
    // 圳 is one of the Chinese characters the Korean face lacks; 서울 is in no Chinese face.
    const names = ['서울특별시', '深圳市', 'Medellín'];
    const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 400, height: 200 });
    let svg: string;
    try {
      chart.setOption({ animation: false, yAxis: { type: 'category', data: names }, xAxis: { type: 'value' }, series: [{ type: 'bar', data: [1, 2, 3] }] });
      svg = chart.renderToSVGString();
    } finally {
      chart.dispose();
    }
    const pdf = join(tempDir('twinlens-chart-fonts-'), 'chart.pdf');
    const layout = new PdfLayout(fontFiles(), { Title: 'chart', Subject: 'fonts' });
    const out = createWriteStream(pdf);
    layout.doc.pipe(out);
    layout.chart(svg, { width: 400, height: 200 });
    layout.doc.end();
    await once(out, 'finish');
    const fonts = spawnSync('pdffonts', [pdf], { encoding: 'utf8' }).stdout;
    for (const face of ['NotoSans-Regular', 'NotoSansSC-Regular', 'NotoSansKR-Regular']) expect(fonts).toMatch(new RegExp(`\\+${face}\\s`));
    const text = spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout;
    for (const name of names) expect(text).toContain(name);
    expect(layout.missingCjk).toBe(false);
  });
});
