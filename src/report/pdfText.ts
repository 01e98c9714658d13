// Text for the PDF: jsPDF's standard fonts only know Windows-1252 (German letters, „ “ – € § are in
// it; emoji and most symbols are not). Unknown characters are replaced visibly, never dropped
// silently, and the file name is made safe for every file system.
import { asciiName } from '../domain/assessment/names.ts';

const CP1252_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

function isPrintable1252(char: string): boolean {
  const code = char.codePointAt(0)!;
  return (code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff) || CP1252_EXTRA.has(char);
}

const graphemes = new Intl.Segmenter('de', { granularity: 'grapheme' });

/** Text that needs no change (most German text): printable Windows-1252 without no-break or soft hyphen. */
const PLAIN = new RegExp(`^[\\n\\x20-\\x7e\\xa1-\\xac\\xae-\\xff${[...CP1252_EXTRA].join('')}]*$`);

/** Makes user and content text printable with the standard PDF fonts: one "?" per unknown character as seen. */
export function pdfText(input: string): string {
  const text = input.normalize('NFC').replace(/\r\n?/g, '\n');
  if (PLAIN.test(text)) return text;
  let out = '';
  for (const { segment } of graphemes.segment(text)) {
    if (segment === '\n') out += '\n';
    else if (segment === '\t' || /^\p{Zs}$/u.test(segment)) out += ' ';
    else if (/^[\p{Cc}\p{Cf}]+$/u.test(segment)) continue;
    else out += [...segment].every(isPrintable1252) ? segment : '?';
  }
  return out;
}

/** `IKZ-Check_<Gemeinde>_<JJJJ-MM-TT>.pdf`, with only letters, digits and hyphens in the name. */
export function pdfFileName(municipality: string, isoDate: string): string {
  const name = asciiName(municipality) || 'Gemeinde';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(isoDate) ? isoDate : new Date().toISOString().slice(0, 10);
  return `IKZ-Check_${name}_${date}.pdf`;
}
