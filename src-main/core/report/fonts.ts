import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The fonts the reports embed. DejaVu Sans covers Latin (accents included), Greek and
 * Cyrillic; Noto Sans CJK covers Chinese, Japanese and Korean names. DejaVu is required:
 * without it a report cannot be made right, so it fails with an error saying what to
 * install. Noto CJK is optional: without it, CJK names come out as empty boxes and the
 * report says so in its data-quality annex.
 */
export interface FontFiles {
  regular: string;
  bold: string;
  /** Noto Sans CJK (a TrueType collection), or null when not installed. */
  cjk: string | null;
  /** The face inside the collection pdfkit should use. */
  cjkFace: string;
}

export class MissingFontError extends Error {}

const DEJAVU_DIRS = ['/usr/share/fonts/truetype/dejavu', '/usr/share/fonts/dejavu', '/usr/local/share/fonts/dejavu', '/Library/Fonts'];
const CJK_FILES = [
  '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc',
  '/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc',
];

let cached: FontFiles | undefined;

/** `TWINLENS_FONT_DIR` (holding DejaVuSans.ttf, DejaVuSans-Bold.ttf and optionally NotoSansCJK-Regular.ttc) comes first. */
export function fontFiles(): FontFiles {
  if (cached) return cached;
  const own = process.env.TWINLENS_FONT_DIR;
  const dirs = own ? [own, ...DEJAVU_DIRS] : DEJAVU_DIRS;
  const dir = dirs.find((d) => existsSync(join(d, 'DejaVuSans.ttf')) && existsSync(join(d, 'DejaVuSans-Bold.ttf')));
  if (!dir) {
    throw new MissingFontError(
      `the report font DejaVu Sans (DejaVuSans.ttf and DejaVuSans-Bold.ttf) was not found in ${dirs.join(', ')}: ` +
        'install it (Debian/Ubuntu: apt-get install fonts-dejavu-core) or set TWINLENS_FONT_DIR to a folder holding both files.',
    );
  }
  const cjk = [...(own ? [join(own, 'NotoSansCJK-Regular.ttc')] : []), ...CJK_FILES].find((f) => existsSync(f)) ?? null;
  cached = { regular: join(dir, 'DejaVuSans.ttf'), bold: join(dir, 'DejaVuSans-Bold.ttf'), cjk, cjkFace: 'NotoSansCJKsc-Regular' };
  return cached;
}

/** Chinese, Japanese and Korean characters DejaVu Sans has no glyph for. */
const CJK = /[\u2e80-\u2fdf\u3000-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/;

export function needsCjk(text: string): boolean {
  return CJK.test(text);
}
