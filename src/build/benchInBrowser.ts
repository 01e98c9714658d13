// Bundled by `npm run bench` and run in Chromium: times buildReport there, once with plain data (as
// the app passes it) and once with a deep-reactive copy (as a store object would be).
import { reactive } from 'vue';
import type { Assessment } from '../domain/assessment/assessment.ts';
import type { Content } from '../domain/content/schema.ts';
import { buildReport } from '../domain/report/report.ts';

/** Mean time of one run, after a warm-up; used in Node (bench.ts) and in Chromium. */
export function meanMs(run: () => void, minMs = 1000): number {
  for (let i = 0; i < 200; i++) run();
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    run();
    runs++;
  }
  return (performance.now() - start) / runs;
}

export interface ReportTimings {
  /** The budget's figure: the first second after the warm-up. */
  plain: number;
  reactive: number;
  /** For information: one more second after three more of plain runs, when V8 has optimised everything. */
  settled: number;
}

export function timeBuildReport(content: Content, assessment: Assessment, minMs = 1000): ReportTimings {
  const today = new Date('2026-11-25');
  const proxied = reactive(structuredClone(assessment)) as Assessment;
  const plain = meanMs(() => buildReport(content, assessment, today), minMs);
  const reactiveMs = meanMs(() => buildReport(content, proxied, today), minMs);
  meanMs(() => buildReport(content, assessment, today), 3 * minMs);
  return { plain, reactive: reactiveMs, settled: meanMs(() => buildReport(content, assessment, today), minMs) };
}
