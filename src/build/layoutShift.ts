// Layout shift as Chromium reports it (Layout Instability API), for the bench and the browser tests:
// a page script that records every shift no input caused, and the CLS of what it recorded.

/** Page script (a string: tsx would wrap a function with helpers the page does not have); fills `window.__shifts`. */
export const OBSERVE_SHIFTS = `window.__shifts = [];
new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().filter((e) => !e.hadRecentInput).map((e) => ({ t: e.startTime, v: e.value }))))
  .observe({ type: 'layout-shift', buffered: true });`;

/** What `OBSERVE_SHIFTS` recorded, read in the page. */
export const RECORDED_SHIFTS = 'window.__shifts';

export interface Shift {
  /** Start time in ms. */
  t: number;
  v: number;
}

/** Cumulative Layout Shift as Chromium defines it: the largest session window (gaps < 1 s, at most 5 s). */
export function cumulativeLayoutShift(shifts: Shift[]): number {
  let worst = 0;
  let current = 0;
  let start = -Infinity;
  let last = -Infinity;
  for (const { t, v } of shifts) {
    if (t - last > 1000 || t - start > 5000) {
      current = 0;
      start = t;
    }
    current += v;
    last = t;
    worst = Math.max(worst, current);
  }
  return worst;
}
