// Build time only: the KERN typeface (Fira Sans) cut down to the faces and characters the app uses.
// KERN ships every face with Cyrillic, Greek and Vietnamese (130–150 KB each); IKZ-Check shows
// German administration text, Saxon place names (Sorbian ones included) and a few symbols.
// HarfBuzz's subsetter keeps kerning, ligatures and hinting, so text renders exactly as before.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import subsetFont from 'subset-font';

export interface FontFace {
  file: string;
  weight: number;
  style: 'normal' | 'italic';
  /** Used by the start page: preloaded, so that the first text is drawn in its final font. */
  preload: boolean;
}

/** The faces the CSS asks for (KERN: 400, 500, 600; app.css and <strong>: 700; <em>: italic 400). */
export const FACES: FontFace[] = [
  { file: 'FiraSans-Regular', weight: 400, style: 'normal', preload: true },
  { file: 'FiraSans-Italic', weight: 400, style: 'italic', preload: false },
  { file: 'FiraSans-Medium', weight: 500, style: 'normal', preload: true },
  { file: 'FiraSans-SemiBold', weight: 600, style: 'normal', preload: true },
  { file: 'FiraSans-Bold', weight: 700, style: 'normal', preload: false },
];
/** Regular and bold as TrueType, for embedding in a PDF (jsPDF reads TTF only). */
export const PDF_FACES = ['FiraSans-Regular', 'FiraSans-Bold'];

// The OpenType features browsers apply by default; the others (small caps, old-style figures …) are never asked for.
const LAYOUT_FEATURES = ['ccmp', 'locl', 'mark', 'mkmk', 'kern', 'liga', 'clig', 'calt', 'rlig'];

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * Latin-1, Latin Extended-A (Sorbian and Polish or Czech partner names: č, ě, ł, ř, ś, ž …),
 * typographic punctuation („ “ ‚ ‘ – — … • ‹ ›) and the symbols the app shows (€ ẞ → ≠ −), plus
 * every character of the questionnaires and of the app's own texts.
 */
export function fontCodePoints(root: string): number[] {
  const points = new Set([...range(0x20, 0x7e), ...range(0xa0, 0x17f), ...range(0x2010, 0x2027), ...range(0x2030, 0x203a), 0x20ac, 0x1e9e, 0x2190, 0x2192, 0x2212, 0x2260]);
  for (const file of sourceFiles(root)) {
    for (const char of readFileSync(file, 'utf8')) {
      const point = char.codePointAt(0)!;
      if (point >= 0x20 && !(point >= 0x7f && point < 0xa0)) points.add(point);
    }
  }
  return [...points].sort((a, b) => a - b);
}

/** The texts the app can show: questionnaires, components, app code (not the build tools) and index.html. */
export function sourceFiles(root: string): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return relative(root, path) === join('src', 'build') ? [] : walk(path);
      return /\.(vue|ts|ya?ml)$/.test(entry.name) ? [path] : [];
    });
  return [...walk(join(root, 'questionnaires')), ...walk(join(root, 'src')), join(root, 'index.html')];
}

export const kernFontFile = (root: string, face: string) => join(root, 'node_modules/@kern-ux/native/dist/fonts/fira-sans', `${face}.woff2`);

/**
 * Writes the subsets into `cacheDir` (once per source font and character set: subsetting takes about
 * a second per face) and returns their paths.
 */
export async function subsetFaces(
  root: string,
  cacheDir: string,
  faces: string[],
  format: 'woff2' | 'truetype',
): Promise<Map<string, string>> {
  const points = fontCodePoints(root);
  const text = String.fromCodePoint(...points);
  const paths = new Map<string, string>();
  for (const face of faces) {
    const source = readFileSync(kernFontFile(root, face));
    // jsPDF draws glyph by glyph: neither hinting nor kerning or ligatures reach a PDF, and without
    // them a TrueType face is a quarter of the size.
    const options = format === 'woff2' ? { keepFeatures: LAYOUT_FEATURES } : { keepFeatures: [], noHinting: true };
    const key = createHash('sha256').update(source).update(text).update(format).update(JSON.stringify(options)).digest('hex').slice(0, 10);
    const path = join(cacheDir, key, `${face}.${format === 'woff2' ? 'woff2' : 'ttf'}`);
    if (!existsSync(path)) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, await subsetFont(source, text, { targetFormat: format, ...options }));
    }
    paths.set(face, path);
  }
  return paths;
}
