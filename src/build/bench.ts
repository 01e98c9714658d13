// `npm run bench`: builds the app and prints figures – bundle sizes (gzip) of the first load and of
// each lazy chunk against the budgets. A benchmark, not a test: it reports, it does not fail.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { buildReport } from '../domain/report/report.ts';
import { serialiseAssessment } from '../domain/assessment/savedData.ts';
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

function timePerRun(run: () => void, minMs = 1000): number {
  for (let i = 0; i < 200; i++) run();
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

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PORT = 4391;

async function pdfTiming(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`\nPDF timing skipped: no Chromium at ${CHROMIUM}`);
    return;
  }
  const { content } = loadContent(join(root, 'questionnaires'), root);
  const saved = serialiseAssessment(fullyAnsweredAssessment(content!));
  const server = spawn('npx', ['vite', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    cwd: root,
    env: { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
    stdio: 'ignore',
    detached: true,
  });
  try {
    const url = `http://127.0.0.1:${PORT}/`;
    for (let i = 0; i < 100; i++) {
      if (await fetch(url).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await browser.newPage({ acceptDownloads: true });
    await page.goto(url);
    await page.evaluate((data) => localStorage.setItem('ikz-check.bewertung', data), saved);
    await page.goto(`${url}#/ergebnis`);
    const button = page.getByRole('button', { name: 'Bericht als PDF herunterladen' });
    const runs: { build: number; total: number }[] = [];
    type Run = { build: number; total: number };
    for (let i = 0; i < 6; i++) {
      const download = page.waitForEvent('download');
      await button.click();
      await download;
      await page.getByRole('status').filter({ hasText: 'heruntergeladen' }).waitFor();
      runs.push(
        // A string, not a function: tsx would wrap a function with helpers the page does not have.
        await page.evaluate(
          `({ build: performance.getEntriesByName('ikz-pdf').at(-1).duration, total: performance.getEntriesByName('ikz-pdf-total').at(-1).duration })`,
        ) as Run,
      );
    }
    await browser.close();
    const later = runs.slice(1).map((r) => r.build).sort((a, b) => a - b);
    console.log('\nPDF report in headless Chromium (fully answered assessment, 3 services)');
    console.log(`  first click incl. lazy jsPDF import   ${runs[0]!.total.toFixed(0)} ms (build alone ${runs[0]!.build.toFixed(0)} ms)`);
    console.log(`  later clicks, build (median of ${later.length})     ${later[Math.floor(later.length / 2)]!.toFixed(0)} ms  (target ≤ 700 ms)`);
  } finally {
    process.kill(-server.pid!);
  }
}

// Timing first: after a Vite build in the same process the measurements are noisier.
reportTiming();
await sizes();
await pdfTiming();
