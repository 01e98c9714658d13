// jsPDF, made faster where it does needless work for a German report, without changing what the
// PDF says. Each change replaces a piece of jsPDF that runs for every character or every stream;
// they rely on jsPDF's plugin API (`jsPDF.API`), its text handler and how it uses two of its
// lists, so they are checked against jsPDF as it comes in tests/unit/jsPdfTuning.test.ts (same
// bytes uncompressed, same text compressed), which an upgrade of jsPDF has to pass.
import { jsPDF } from 'jspdf';
import { zlibSync } from 'fflate';

type Filtered = { data: string; reverseChain: string };
const api = jsPDF.API as unknown as {
  events: [string, unknown][];
  processArabic?: unknown;
  processDataByFilters: (data: string, filters?: string | string[]) => Filtered;
};

// jsPDF reshapes Arabic letters and reorders right-to-left text on every text call and on every
// width it measures. German text needs neither (and the fonts have no Arabic or Hebrew glyphs),
// while the two took about half the time of each text call. Property names survive minification,
// so the handlers are found by them.
api.events = api.events.filter(
  ([name, handler]) => !(name === 'preProcessText' && handler === api.processArabic) && !(name === 'postProcessText' && String(handler).includes('doBidiReorder')),
);
api.processArabic = undefined;

type Glyph = { id: number; hex: string };
interface TextFont {
  encoding: string;
  metadata: {
    cmap?: { unicode: { codeMap: Record<number, number | undefined> } };
    Unicode?: { widths: unknown[] };
    characterToGlyph: (code: number) => number;
    widthOfGlyph: (glyph: number) => number;
    glyIdsUsed: number[];
    toUnicode: Record<number, number>;
  };
}
interface TextMutex {
  activeFontKey: string;
  fonts: Record<string, TextFont>;
  isHex?: boolean;
}
type TextPiece = string | unknown[];
type TextEvent = { text?: TextPiece | TextPiece[]; mutex: TextMutex };

const glyphsOfFont = new WeakMap<TextFont, Map<number, Glyph>>();

/**
 * jsPDF's text encoding for an embedded font ("Identity-H"): each character becomes its glyph
 * number in four hex digits. jsPDF looks up the glyph, its width and the hex form anew for every
 * character; here they are looked up once per character and font. What jsPDF notes per character
 * (glyph used, its Unicode value, its width) is noted exactly as jsPDF does, in the same order.
 */
function encodeForEmbeddedFont(text: string, font: TextFont): string {
  const metadata = font.metadata;
  const codeMap = Object.hasOwn(metadata, 'cmap') ? metadata.cmap!.unicode.codeMap : undefined;
  const hasUnicode = Object.hasOwn(metadata, 'Unicode');
  let glyphs = glyphsOfFont.get(font);
  if (!glyphs) glyphsOfFont.set(font, (glyphs = new Map()));
  let hex = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // jsPDF drops characters the font's table lacks, apart from Latin-1 ones.
    if (!codeMap?.[code] && !(code < 256 && hasUnicode)) continue;
    let glyph = glyphs.get(code);
    if (!glyph) {
      const id = metadata.characterToGlyph(code);
      metadata.glyIdsUsed.push(id);
      metadata.toUnicode[id] = code;
      const widths = metadata.Unicode!.widths;
      if (widths.indexOf(id) === -1) widths.push(id, [parseInt(String(metadata.widthOfGlyph(id)), 10)]);
      // A glyph the font lacks ends the text there, as in jsPDF.
      if (id === 0) return hex;
      glyph = { id, hex: id.toString(16).padStart(4, '0') };
      glyphs.set(code, glyph);
    } else {
      metadata.glyIdsUsed.push(glyph.id);
      metadata.toUnicode[glyph.id] = code;
    }
    hex += glyph.hex;
  }
  return hex;
}

// The handler jsPDF's UTF-8 plugin registers for every text call (the only one left after the
// right-to-left handler went): it is kept for the standard fonts and wrapped for embedded ones.
const textHandlers = api.events.filter(([name]) => name === 'postProcessText');
/** False if a jsPDF upgrade registers its text handlers differently: jsPDF then encodes as it comes. */
export const textEncodingTuned = textHandlers.length === 1;
if (textEncodingTuned) {
  const jsPdfHandler = textHandlers[0]![1] as (event: TextEvent) => void;
  textHandlers[0]![1] = (event: TextEvent) => {
    const { mutex } = event;
    const font = mutex.fonts[mutex.activeFontKey]!;
    if (font.encoding !== 'Identity-H' || parseInt(mutex.activeFontKey.slice(1), 10) < 14) return jsPdfHandler(event);
    const encode = (piece: TextPiece): string => encodeForEmbeddedFont((Array.isArray(piece) ? (piece[0] as string) : piece) || '', font);
    const text = event.text || '';
    event.text = Array.isArray(text)
      ? (text as TextPiece[]).map((piece) => (Array.isArray(piece) && piece.length === 3 ? [encode(piece), piece[1], piece[2]] : encode(piece)))
      : encode(text);
    mutex.isHex = true;
  };
}

function binaryToBytes(binary: string): Uint8Array {
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

const CHUNK = 8192;
function bytesToBinary(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]);
  return binary;
}

// jsPDF compresses each page and font with fflate's default level and turns the result back into a
// string one byte at a time, a new string per byte. Together that was about a third of a report's
// time in the browser (some 500 KB of page content). Level 3 takes about half as long for a file
// 7 % larger (125 instead of 117 KB for a full report); the string is built in large pieces. Only
// the plain Flate case is taken over; any other filter chain goes to jsPDF.
const processDataByFilters = api.processDataByFilters;
api.processDataByFilters = (data, filters) => {
  const chain = typeof filters === 'string' ? [filters] : (filters ?? []);
  if (chain.length !== 1 || chain[0]!.replace(/^\//, '') !== 'FlateEncode') return processDataByFilters(data, filters);
  return { data: bytesToBinary(zlibSync(binaryToBytes(data ?? ''), { level: 3 })), reverseChain: '/FlateDecode' };
};

/**
 * jsPDF looks up, for every character of every text call, whether the glyph's width is already
 * listed, with a linear search of that list (`indexOf`): with 150 glyphs in use that is most of a
 * PDF's text time. This list keeps an index beside it; jsPDF only pushes to it, reads it in order
 * and asks `indexOf`, so the PDF is byte for byte the same.
 */
export class IndexedWidths extends Array<unknown> {
  private readonly positions = new Map<unknown, number>();

  override push(...items: unknown[]): number {
    items.forEach((item, i) => {
      if (!this.positions.has(item)) this.positions.set(item, this.length + i);
    });
    return super.push(...items);
  }

  override indexOf(item: unknown, fromIndex?: number): number {
    return fromIndex === undefined ? (this.positions.get(item) ?? -1) : super.indexOf(item, fromIndex);
  }
}

/**
 * jsPDF notes the glyph of every character it writes, repeats included (a report: some 100,000
 * entries), and only asks at the end which glyphs were used. This list keeps each glyph once, in
 * the order of first use; the subset jsPDF builds from it is the same.
 */
export class GlyphsUsed extends Array<number> {
  private readonly seen = new Set<number>();

  override push(...glyphs: number[]): number {
    for (const glyph of glyphs) {
      if (this.seen.has(glyph)) continue;
      this.seen.add(glyph);
      super.push(glyph);
    }
    return this.length;
  }
}

export type EmbeddedFont = { metadata: { Unicode: { widths: unknown[] }; glyIdsUsed: number[] } };

/** Swaps the embedded font's two lists for the faster ones above, keeping what they hold. */
export function tuneEmbeddedFont(font: EmbeddedFont): void {
  const widths = new IndexedWidths();
  widths.push(...font.metadata.Unicode.widths);
  font.metadata.Unicode.widths = widths;
  const glyphs = new GlyphsUsed();
  glyphs.push(...font.metadata.glyIdsUsed);
  font.metadata.glyIdsUsed = glyphs;
}
