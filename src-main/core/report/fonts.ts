import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';

/**
 * The fonts the reports embed, shipped as npm packages so that a report looks the same on
 * Windows, macOS and Linux whatever fonts the machine has. Noto Sans covers Latin (accents
 * included), Greek and Cyrillic. Noto Sans SC covers Han (simplified and traditional: all of
 * GB2312, Big5's common set and JIS X 0208) and kana, so Chinese and Japanese names; it has
 * no Hangul syllables at all, so Korean names are set in Noto Sans KR. Noto Sans is required:
 * without it a report cannot be made right, so it fails saying to run npm install. The CJK
 * fonts are optional: without them, CJK names come out as empty boxes and the report says so
 * in its data-quality annex.
 *
 * Packaging: main is bundled by electron-vite with node_modules external, so these files are
 * found through the packages' own folders. pdfkit reads them with fs (which reads inside an
 * asar archive) but resvg is native and cannot, so a packaged build must unpack them
 * (electron-builder: `asarUnpack: ["node_modules/@expo-google-fonts/**\/*.ttf"]`); `unpacked`
 * then points at the copy beside the archive. Only the four files below are read: a package
 * step may leave out the other weights and the .ttf.png previews.
 */
export interface FontFiles {
  regular: string;
  bold: string;
  /** Noto Sans SC (Han and kana), or null when not installed. */
  cjk: string | null;
  /** Noto Sans KR (Hangul), or null when not installed. */
  hangul: string | null;
}

export class MissingFontError extends Error {}

/** The file each face is read from: its npm package, and its name there and in `TWINLENS_FONT_DIR`. */
export const FONT_SOURCES = {
  regular: { pkg: '@expo-google-fonts/noto-sans', file: '400Regular/NotoSans_400Regular.ttf' },
  bold: { pkg: '@expo-google-fonts/noto-sans', file: '700Bold/NotoSans_700Bold.ttf' },
  cjk: { pkg: '@expo-google-fonts/noto-sans-sc', file: '400Regular/NotoSansSC_400Regular.ttf' },
  hangul: { pkg: '@expo-google-fonts/noto-sans-kr', file: '400Regular/NotoSansKR_400Regular.ttf' },
} as const;

type Face = keyof typeof FONT_SOURCES;

const requireHere = createRequire(import.meta.url);

/** In a packaged app, a file unpacked from app.asar lives in app.asar.unpacked. */
function unpacked(path: string): string {
  const marker = `app.asar${sep}`;
  if (!path.includes(marker)) return path;
  const outside = path.replace(marker, `app.asar.unpacked${sep}`);
  return existsSync(outside) ? outside : path;
}

/** The face's file in its npm package, or null when the package is not installed. */
function fromPackage(face: Face): string | null {
  const { pkg, file } = FONT_SOURCES[face];
  let root: string;
  try {
    root = dirname(requireHere.resolve(`${pkg}/package.json`));
  } catch {
    return null;
  }
  const path = unpacked(join(root, file));
  return existsSync(path) ? path : null;
}

/** The face's file in `TWINLENS_FONT_DIR` (by its bare file name), or null. */
function fromOwnDir(own: string | undefined, face: Face): string | null {
  if (!own) return null;
  const path = join(own, FONT_SOURCES[face].file.split('/').pop()!);
  return existsSync(path) ? path : null;
}

/**
 * Looked up on each call (a few stat calls; require caches the packages' folders), so a
 * change of `TWINLENS_FONT_DIR` or of its files counts from the next report.
 * `TWINLENS_FONT_DIR` comes first, face by face: a folder holding NotoSans_400Regular.ttf and
 * NotoSans_700Bold.ttf (both, or neither is taken from it), and optionally
 * NotoSansSC_400Regular.ttf and NotoSansKR_400Regular.ttf.
 */
export function fontFiles(): FontFiles {
  const own = process.env.TWINLENS_FONT_DIR || undefined;
  const ownRegular = fromOwnDir(own, 'regular');
  const ownBold = fromOwnDir(own, 'bold');
  const regular = ownRegular && ownBold ? ownRegular : fromPackage('regular');
  const bold = ownRegular && ownBold ? ownBold : fromPackage('bold');
  if (!regular || !bold) {
    throw new MissingFontError(
      `the report font Noto Sans (npm package ${FONT_SOURCES.regular.pkg}) is not installed: run npm install in the app's folder` +
        `${own ? `, or put NotoSans_400Regular.ttf and NotoSans_700Bold.ttf in TWINLENS_FONT_DIR (${own})` : ''}.`,
    );
  }
  return { regular, bold, cjk: fromOwnDir(own, 'cjk') ?? fromPackage('cjk'), hangul: fromOwnDir(own, 'hangul') ?? fromPackage('hangul') };
}

/** Chinese, Japanese and Korean characters Noto Sans has no glyph for. */
const CJK = /[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u30ff\u3100-\u31ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff00-\uffef]/;
/** Hangul (syllables and jamo), which only the Korean font has. */
const HANGUL = /[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7ff]/;

export function needsCjk(text: string): boolean {
  return CJK.test(text);
}

/**
 * The CJK face for text that needs one: Korean when it has Hangul (Noto Sans KR also has
 * kana and the common Han), else the SC face, which has every Han character and kana.
 */
export function cjkFaceFor(text: string): 'cjk' | 'hangul' {
  return HANGUL.test(text) ? 'hangul' : 'cjk';
}
