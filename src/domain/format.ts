// How numbers, money and dates read in German, in one place for every stage (verdicts, report,
// documents): Intl, never hand-made month names or separators.
//
// Each formatter is made on first use: the first Intl formatter loads the browser's locale data,
// which takes 50–250 ms on a slow phone – too long to do while the app starts.
function lazy<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const numberFormat = lazy(() => new Intl.NumberFormat('de-DE', { maximumFractionDigits: 2 }));
const euroFormat = lazy(() => new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' }));
const wholeEuroFormat = lazy(() => new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }));
const longDate = lazy(() => new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
const shortDate = lazy(() => new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }));
const exactNumberFormat = lazy(() => new Intl.NumberFormat('de-DE', { maximumFractionDigits: 20 }));
const oneDecimalFormat = lazy(() => new Intl.NumberFormat('de-DE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }));
const percentFormat = lazy(() => new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 1 }));

const DAY_MS = 86_400_000;

/** "17.500" */
export function germanNumber(value: number): string {
  return numberFormat().format(value);
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
  return euroFormat().format(value);
}

/** "17.500 €", rounded to whole euros (chart labels). */
export function wholeEuro(value: number): string {
  return wholeEuroFormat().format(value);
}

/** "1.234,56 €" from whole cents. */
export function euroFromCents(cents: number): string {
  return euroFormat().format(cents / 100);
}

/** "37,5 %" from 0.375. */
export function percent(ratio: number): string {
  return percentFormat().format(ratio);
}

/** Milliseconds of a calendar day (UTC midnight) from "2026-12-31" or an ISO timestamp. */
export function utcDay(isoDate: string): number {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return Date.UTC(year!, month! - 1, day!);
}

/** Whole days from one calendar day to another; negative when `to` lies before `from`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/** The ISO calendar day before the given one. */
export function dayBefore(isoDate: string): string {
  return new Date(utcDay(isoDate) - DAY_MS).toISOString().slice(0, 10);
}

/** "1. Januar 2027" */
export function longGermanDate(isoDate: string): string {
  return longDate().format(utcDay(isoDate));
}

/** "31.12.2026" */
export function shortGermanDate(isoDate: string): string {
  return shortDate().format(utcDay(isoDate));
}
