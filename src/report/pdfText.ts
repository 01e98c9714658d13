// Text for the PDF: a PDF font draws only the characters it has. jsPDF's standard fonts know
// Windows-1252 (German letters, „ “ – € § are in it; emoji and most symbols are not); the embedded
// Fira Sans knows what the app can show. Unknown characters are replaced visibly, never dropped
// silently, and the file name is made safe for every file system. No-break spaces are kept: they
// hold "§ 2b" and "25.000 €" together at the end of a line.
import { asciiName } from '../domain/assessment/names.ts';

const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Whether jsPDF's standard fonts can draw the character. */
export function isPrintable1252(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRA.has(char);
}

const graphemes = new Intl.Segmenter('de', { granularity: 'grapheme' });

/** Characters per piece the segmenter is given at once (a longer cluster stays whole). */
const WINDOW = 4096;

/** Whether a window ending at `end` would cut a character written as two UTF-16 units in half. */
const cutsPair = (text: string, end: number) => /[\uD800-\uDBFF]/.test(text[end - 1] ?? '') && /[\uDC00-\uDFFF]/.test(text[end] ?? '');

/**
 * The grapheme clusters of the text, in order. V8's segmenter slows down steeply on long strings (a
 * text of 70,000 characters took a minute, one of 30,000 a tenth of a second), so the text is
 * segmented in windows. Whether a cluster ends depends only on what comes before and on the next
 * character, so every cluster of a window is right except the last, which the window's end may cut
 * off: the next window starts with it. A window never ends inside a character.
 */
export function* graphemeClusters(text: string, windowSize = WINDOW): Generator<string> {
  let start = 0;
  while (start < text.length) {
    let end = Math.min(start + windowSize, text.length);
    if (cutsPair(text, end)) end += end - 1 > start ? -1 : 1;
    if (end === text.length) {
      for (const { segment } of graphemes.segment(text.slice(start))) yield segment;
      return;
    }
    let next = start;
    for (const { segment, index } of graphemes.segment(text.slice(start, end))) {
      if (start + index + segment.length === end) break;
      yield segment;
      next = start + index + segment.length;
    }
    // One cluster fills the whole window: it is segmented with the rest of the text.
    if (next === start) {
      const { segment } = graphemes.segment(text.slice(start)).containing(0)!;
      yield segment;
      next += segment.length;
    }
    start = next;
  }
}

/**
 * Text that needs no change (most German text): characters both the standard fonts and the embedded
 * Fira Sans have (Windows-1252 without soft hyphen and without ƒ ˆ ˜ ™).
 */
const PLAIN = new RegExp(`^[\\n\\x20-\\x7e\\xa0-\\xac\\xae-\\xff${[...CP1252_EXTRA].filter((c) => !'ƒˆ˜™'.includes(c)).join('')}]*$`);

/**
 * Makes user and content text printable with the PDF's font: one "?" per unknown character as
 * seen. `printable` says which characters the font has (default: the standard fonts).
 */
export function pdfText(input: string, printable: (char: string) => boolean = isPrintable1252): string {
  const text = input.normalize('NFC').replace(/\r\n?/g, '\n');
  if (PLAIN.test(text)) return text;
  let out = '';
  for (const segment of graphemeClusters(text)) {
    if (segment === '\n') out += '\n';
    else if (segment === '\u00a0' || segment === '\u202f') out += '\u00a0';
    else if (segment === '\t' || /^\p{Zs}$/u.test(segment)) out += ' ';
    else if (/^[\p{Cc}\p{Cf}]+$/u.test(segment)) continue;
    else out += [...segment].every(printable) ? segment : '?';
  }
  return out;
}

/** `IKZ-Check_<Gemeinde>_<JJJJ-MM-TT>.pdf`, with only letters, digits and hyphens in the name. */
export function pdfFileName(municipality: string, isoDate: string): string {
  const name = asciiName(municipality) || 'Gemeinde';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? isoDate : new Date().toISOString().slice(0, 10);
  return `IKZ-Check_${name}_${date}.pdf`;
}
