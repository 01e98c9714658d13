// How numbers and money read in German, in one place for every stage (verdicts, report, documents):
// Intl, never hand-made separators. Dates: dates.ts (the start page needs only those).
import { lazy, remembered } from './memo.ts';

// Each formatter is made on first use: the first Intl formatter loads the browser's locale data,
// which takes 50–250 ms on a slow phone – too long to do while the app starts.

const numberFormat = lazy(() => new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }));
const euroFormat = lazy(() => new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }));
const wholeEuroFormat = lazy(() => new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }));
const exactNumberFormat = lazy(() => new Intl.NumberFormat('de-DE', { maximumFractionDigits: 20 }));
const oneDecimalFormat = lazy(() => new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
const percentFormat = lazy(() => new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1 }));

/**
 * Makes the number formats the report uses. The first Intl formatter of a page loads the browser's
 * locale data (about 40 ms on a 2-core office machine, more on a phone); the app calls this while the
 * browser is idle, so that the first results page does not wait for it.
 */
export function prepareNumberFormats(): void {
  germanNumber(1);
  euroFromCents(1);
  percent(0.5);
}

/** "17.500" */
export function germanNumber(value: number): string {
  const layout = isPlainWhole(value) ? digitLayout(numberFormat) : undefined;
  return layout ? written(layout, Math.abs(value), '', value < 0) : numberFormat().format(value);
}

/** "0,125" – every digit the number has. */
export function exactGermanNumber(value: number): string {
  return exactNumberFormat().format(value);
}

/** "2,0" – one decimal, also when it is zero (file sizes in megabytes). */
export function oneDecimal(value: number): string {
  return oneDecimalFormat().format(value);
}

/** "17.500,00 €" */
export function euro(value: number): string {
  // A whole number of cents (most amounts) is written as euroFromCents writes it; e.g. 0,29, which
  // as a double is not a whole number of cents, is left to Intl.
  const cents = value * 100;
  return isPlainWhole(cents) ? euroFromCents(cents) : euroFormat().format(value);
}

/** "17.500 €", rounded to whole euros (chart labels). */
export function wholeEuro(value: number): string {
  return wholeEuroFormat().format(value);
}

/** "1.234,56 €" from whole cents. */
export function euroFromCents(cents: number): string {
  const layout = isPlainWhole(cents) ? digitLayout(euroFormat) : undefined;
  if (!layout) return euroFormat().format(cents / 100);
  const abs = Math.abs(cents);
  return written(layout, (abs - (abs % 100)) / 100, layout.decimal + String(abs % 100).padStart(2, '0'), cents < 0);
}

// A report shows some sixty amounts and figures, and each Intl call costs as much as the rest of a
// table line (1–2 µs). Whole numbers and whole cents are therefore written from the separators and
// the text around the digits that Intl itself gives for a sample, so the text stays Intl's (a
// property test compares both). Numbers of 16 or more digits, where Intl formats the nearest double
// rather than the digits, and anything the sample does not show are left to Intl.
const EXACT_DIGITS = 1e15;

function isPlainWhole(value: number): boolean {
  return Number.isInteger(value) && Math.abs(value) < EXACT_DIGITS && !Object.is(value, -0);
}

interface DigitLayout {
  group: string;
  decimal: string;
  /** The text before and after the digits of a positive and of a negative number. */
  positive: [string, string];
  negative: [string, string];
}

const layouts = new Map<() => Intl.NumberFormat, DigitLayout | undefined>();

function digitLayout(format: () => Intl.NumberFormat): DigitLayout | undefined {
  if (!layouts.has(format)) layouts.set(format, learnLayout(format()));
  return layouts.get(format);
}

function learnLayout(format: Intl.NumberFormat): DigitLayout | undefined {
  const digits = new Set(['integer', 'group', 'decimal', 'fraction']);
  const around = (sample: number): [string, string] | undefined => {
    const parts = format.formatToParts(sample);
    const first = parts.findIndex((p) => digits.has(p.type));
    const last = parts.length - 1 - [...parts].reverse().findIndex((p) => digits.has(p.type));
    const text = (from: number, to: number) => parts.slice(from, to).map((p) => p.value).join('');
    return first < 0 ? undefined : [text(0, first), text(last + 1, parts.length)];
  };
  const sample = format.formatToParts(-1234567.5);
  const group = sample.find((p) => p.type === 'group')?.value;
  const decimal = sample.find((p) => p.type === 'decimal')?.value;
  const groupsFourDigits = format.formatToParts(1234).some((p) => p.type === 'group');
  const positive = around(1234.5);
  const negative = around(-1234.5);
  if (group === undefined || decimal === undefined || !groupsFourDigits || !positive || !negative) return undefined;
  return { group, decimal, positive, negative };
}

/** Digits of a whole number ≥ 0 in groups of three, then `fraction` (e.g. ",05"), inside the text around them. */
function written(layout: DigitLayout, whole: number, fraction: string, negative: boolean): string {
  const digits = String(whole);
  let grouped = digits.slice(0, digits.length % 3 || 3);
  for (let i = grouped.length; i < digits.length; i += 3) grouped += layout.group + digits.slice(i, i + 3);
  const [before, after] = negative ? layout.negative : layout.positive;
  return `${before}${grouped}${fraction}${after}`;
}

/** "37,5 %" from 0.375. */
export function percent(ratio: number): string {
  // A report repeats a few shares (cost keys, rates); -0 reads "-0 %" and must not share 0's entry.
  if (Object.is(ratio, -0)) return percentFormat().format(ratio);
  return remembered(percents, ratio, () => percentFormat().format(ratio), 500);
}
const percents = new Map<number, string>();
