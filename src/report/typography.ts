// German typesetting for the PDFs: no-break spaces where a line must not break ("§ 2b", "Abs. 3",
// "19 %", "25.000 €", "1. Januar 2027") and line breaking with German hyphenation. jsPDF draws a
// soft hyphen as a visible "-" and never breaks there, so words are split here and the hyphen is a
// real "-". Only words of letters are hyphenated by the patterns (not "SächsKomZG" or "E-Mail"
// parts with inner capitals or digits); an existing "-" or "/" is a break point too.

const NBSP = '\u00a0';
const MONTHS = 'Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember';
const UNITS = '%|€|Euro|EUR|Prozent|Tage|Tagen|Monate|Monaten|Jahre|Jahren|Stunden|Stellen|VZÄ|Einwohnern?|Fälle|Fällen|Punkte|Punkten';

const RULES: [RegExp, string][] = [
  // § 2b, §§ 71 ff.
  [/(§§?) (?=\d)/g, `$1${NBSP}`],
  // Abs. 3, Nr. 2, Art. 26, Satz 1 …
  [/(^|[^\p{L}])(Abs\.|Nr\.|Art\.|Satz|Buchst\.|Ziff\.|Kap\.|Anl\.|Absatz|Artikel|Nummer) (?=\d)/gu, `$1$2${NBSP}`],
  // a number and its unit
  [new RegExp(`(\\d) (?=(?:${UNITS})(?![\\p{L}]))`, 'gu'), `$1${NBSP}`],
  // 1. Januar 2027
  [new RegExp(`(\\d\\.) (?=(?:${MONTHS}) )`, 'g'), `$1${NBSP}`],
  [new RegExp(`((?:${MONTHS})) (?=\\d{4})`, 'g'), `$1${NBSP}`],
  // z. B., d. h., u. a., i. d. R., v. a.
  [/(^|[^\p{L}])([zdui])\. (?=[BhadR]\.)/gu, `$1$2.${NBSP}`],
  [/(^|[^\p{L}])(i\.\u00a0d\.) (?=R\.)/gu, `$1$2${NBSP}`],
];

/** The text with no-break spaces where a line break would tear apart what belongs together. */
export function typeset(text: string): string {
  let out = text;
  for (const [pattern, replacement] of RULES) out = out.replace(pattern, replacement);
  return out;
}

/** The syllables of a word, e.g. ["Steu", "er", "be", "ra", "tung"]; one element when it cannot be split. */
export type Hyphenate = (word: string) => string[];
/** A Hyphenate from the patterns' `hyphenateSync`, remembering each word's syllables. */
export function cachedHyphenator(hyphenateSync: (word: string, options: { hyphenChar: string }) => string): Hyphenate {
  const known = new Map<string, string[]>();
  return (word) => {
    let syllables = known.get(word);
    if (!syllables) {
      syllables = hyphenateSync(word, { hyphenChar: '\u00ad' }).split('\u00ad');
      known.set(word, syllables);
    }
    return syllables;
  };
}

/** Width of a text in the current font, in the unit of the line width. */
export type Measure = (text: string) => number;

/** Letters only, at most a capital at the start: the words the German patterns know. */
const HYPHENATABLE = /^\p{Lu}?\p{Ll}{4,}$/u;

interface BreakPoint {
  head: string;
  tail: string;
}

/** Every place a token may be split at, left to right. */
function breakPoints(token: string, hyphenate: Hyphenate): BreakPoint[] {
  const points: BreakPoint[] = [];
  // Segments between existing hyphens and slashes ("IT-Dienstleister", "Hauptamt/Kämmerei").
  const segments = token.split(/(?<=[-/])/);
  let offset = 0;
  for (const [index, segment] of segments.entries()) {
    // Strip punctuation around the word: "(Steuerberatung)." hyphenates "Steuerberatung".
    const match = /^([^\p{L}]*)(\p{L}+)([^\p{L}]*)$/u.exec(segment);
    if (match && HYPHENATABLE.test(match[2]!)) {
      const syllables = hyphenate(match[2]!);
      let at = offset + match[1]!.length;
      for (const syllable of syllables.slice(0, -1)) {
        at += syllable.length;
        points.push({ head: `${token.slice(0, at)}-`, tail: token.slice(at) });
      }
    }
    offset += segment.length;
    if (index < segments.length - 1 && offset >= 2) points.push({ head: token.slice(0, offset), tail: token.slice(offset) });
  }
  return points;
}

/** The longest head of the token, with its hyphen, that fits into `room`. */
function split(token: string, room: number, measure: Measure, hyphenate: Hyphenate): BreakPoint | undefined {
  const points = breakPoints(token, hyphenate);
  for (let i = points.length - 1; i >= 0; i--) if (measure(points[i]!.head) <= room) return points[i];
  return undefined;
}

/** A token wider than a whole line and without a break point that fits: split at a letter, with a hyphen. */
function forceSplit(token: string, width: number, measure: Measure): BreakPoint {
  let end = token.length - 1;
  while (end > 1 && measure(`${token.slice(0, end)}-`) > width) end--;
  const head = token.slice(0, end);
  return { head: /\p{L}$/u.test(head) && /^\p{L}/u.test(token.slice(end)) ? `${head}-` : head, tail: token.slice(end) };
}

export interface BreakOptions {
  /** Hyphenate a word at the end of a line only when at least this share of the line would stay empty otherwise. */
  minGap?: number;
}

/**
 * Breaks one paragraph into lines of at most `width`: greedy, words joined by no-break spaces stay
 * together, and a word that does not fit is hyphenated when the line would otherwise stay too short.
 */
export function breakLines(text: string, width: number, measure: Measure, hyphenate: Hyphenate, options: BreakOptions = {}): string[] {
  const minGap = (options.minGap ?? 0) * width;
  const space = measure(' ');
  const lines: string[] = [];
  let line = '';
  let lineWidth = 0;
  const words = text.split(' ').filter((w) => w !== '');
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!;
    const wordWidth = measure(word);
    const gap = line ? space : 0;
    if (lineWidth + gap + wordWidth <= width) {
      line = line ? `${line} ${word}` : word;
      lineWidth += gap + wordWidth;
      continue;
    }
    const room = width - lineWidth - gap;
    if (room >= minGap || wordWidth > width) {
      const part = split(word, room, measure, hyphenate);
      if (part) {
        line = line ? `${line} ${part.head}` : part.head;
        word = part.tail;
      }
    }
    if (line) lines.push(line);
    // What is left may still be wider than a line: split it again at the best place.
    while (measure(word) > width) {
      const part = split(word, width, measure, hyphenate) ?? forceSplit(word, width, measure);
      lines.push(part.head);
      word = part.tail;
    }
    line = word;
    lineWidth = measure(word);
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}
