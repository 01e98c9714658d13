// `npm run bench`: builds the app and prints figures – bundle sizes (gzip) of the first load and of
// each lazy chunk against the budgets. A benchmark, not a test: it reports, it does not fail.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { buildReport } from '../domain/report.ts';
import { loadContent } from './loadContent.ts';
import { enlarged, fullyAnsweredAssessment } from './syntheticAssessment.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'dist');
const BUDGET_KB = { js: 90, css: 50 };

const kb = (bytes: number) => (bytes / 1024).toFixed(1);
const gzipSize = (file: string) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

function firstLoadFiles(): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const refs = [...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\.?\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  return [...new Set(refs)];
}

async function sizes(): Promise<void> {
  await build({ root, logLevel: 'warn', configFile: join(root, 'vite.config.ts') });
  const first = firstLoadFiles();
  const sum = (ext: string) => first.filter((f) => f.endsWith(ext)).reduce((n, f) => n + gzipSize(f), 0);
  const js = sum('.js');
  const css = sum('.css');
  console.log('Bundle sizes (gzip -9)');
  console.log(`  first-load JS   ${kb(js).padStart(7)} KB  (budget ${BUDGET_KB.js} KB) ${js / 1024 <= BUDGET_KB.js ? 'ok' : 'OVER BUDGET'}`);
  console.log(`  first-load CSS  ${kb(css).padStart(7)} KB  (budget ${BUDGET_KB.css} KB) ${css / 1024 <= BUDGET_KB.css ? 'ok' : 'OVER BUDGET'}`);
  for (const file of first) console.log(`    ${file}  ${kb(gzipSize(file))} KB`);
  const lazy = readdirSync(join(dist, 'assets'))
    .map((name) => `assets/${name}`)
    .filter((f) => /\.(js|css)$/.test(f) && !first.includes(f))
    .map((f) => ({ f, size: gzipSize(f) }))
    .sort((a, b) => b.size - a.size);
  console.log(`  lazy chunks (${lazy.length}), loaded only when needed:`);
  for (const { f, size } of lazy) console.log(`    ${f.padEnd(48)} ${kb(size).padStart(7)} KB`);
}

function timePerRun(run: () => void, minMs = 400): number {
  for (let i = 0; i < 20; i++) run();
  let runs = 0;
  const start = performance.now();
  while (performance.now() - start < minMs) {
    run();
    runs++;
  }
  return (performance.now() - start) / runs;
}

function reportTiming(): void {
  const { content } = loadContent(join(root, 'questionnaires'), root);
  if (!content) throw new Error('Die Fragebögen sind fehlerhaft: npm run questionnaires:check');
  const today = new Date('2026-11-25');
  const assessment = fullyAnsweredAssessment(content);
  const questions = (c: typeof content) => c.questionnaires.reduce((n, q) => n + q.sections.reduce((m, s) => m + s.questions.length, 0), 0);
  const real = timePerRun(() => buildReport(content, assessment, today));
  const large = { ...content, questionnaires: content.questionnaires.map((q) => enlarged(q, 10)) };
  const largeAssessment = fullyAnsweredAssessment(large);
  const tenfold = timePerRun(() => buildReport(large, largeAssessment, today));
  console.log('\nReport model (buildReport: scoring, rules, actions, legal form, VAT), Node, mean per run');
  console.log(`  real content, fully answered (${questions(content)} questions, 3 services)   ${real.toFixed(3)} ms  (target < 1 ms)`);
  console.log(`  synthetic 10× larger (${questions(large)} questions, 3 services)        ${tenfold.toFixed(3)} ms  (${(tenfold / real).toFixed(1)}× the real one)`);
}

await sizes();
reportTiming();
