// How dates read in German and how far apart calendar days are, for every stage: Intl, never
// hand-made month names. A module of its own because the start page shows a date and needs nothing
// of the number formatting.
import { lazy, remembered } from './memo.ts';

// Made on first use, like the number formats (format.ts).
const longDate = lazy(() => new Intl.DateTimeFormat('de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }));
const shortDate = lazy(() => new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }));

const DAY_MS = 86_400_000;

/** Milliseconds of a calendar day (UTC midnight) from "2026-12-31" or an ISO timestamp. */
export function utcDay(isoDate: string): number {
  return remembered(days, isoDate, () => readDay(isoDate), REMEMBERED_DAYS);
}

function readDay(isoDate: string): number {
  const [year, month, day] = isoDate.slice(0, 10).split('-').map(Number);
  return Date.UTC(year!, month! - 1, day!);
}

/** Whole days from one calendar day to another; negative when `to` lies before `from`. */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcDay(to) - utcDay(from)) / DAY_MS);
}

/** The ISO calendar day before the given one. */
export function dayBefore(isoDate: string): string {
  return remembered(daysBefore, isoDate, () => new Date(utcDay(isoDate) - DAY_MS).toISOString().slice(0, 10), REMEMBERED_DAYS);
}

/** "1. Januar 2027" */
export function longGermanDate(isoDate: string): string {
  return remembered(longDates, isoDate, () => longDate().format(utcDay(isoDate)), REMEMBERED_DAYS);
}

/** "31.12.2026" */
export function shortGermanDate(isoDate: string): string {
  return remembered(shortDates, isoDate, () => shortDate().format(utcDay(isoDate)), REMEMBERED_DAYS);
}

// A report names and compares the same few days again and again (the legal status, the assessment's
// date, the transition date, deadlines), each an Intl call of 1–2 µs or a parse: each is made once.
const days = new Map<string, number>();
const daysBefore = new Map<string, string>();
const longDates = new Map<string, string>();
const shortDates = new Map<string, string>();
const REMEMBERED_DAYS = 500;
