// `npm run bench`: builds the app and prints every performance figure next to its budget – sizes of
// the first load and of the offline cache, and what a user on a phone or an old office PC waits for,
// measured in Chromium against a gzip-serving web server. A benchmark, not a test: it reports, it
// never fails. BENCH_PORT sets the server's port (default 4391; the empty reference app gets the next one),
// BENCH_RUNS the runs per figure.
import { copyFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import vue from '@vitejs/plugin-vue';
import { APP_BUILD, VUE_FEATURES } from './appBuild.ts';
import { compileHintsPlugin } from './compileHintsPlugin.ts';
import { buildReport } from '../domain/report/report.ts';
import { serialiseAssessment } from '../domain/assessment/savedData.ts';
import type { Content } from '../domain/content/schema.ts';
import { BareChromium } from './bareChromium.ts';
import {
  buildReportInBrowser,
  CHROMIUM,
  BESCHLUSSVORLAGE,
  documentClicks,
  FLAGS,
  launchBrowser,
  lighthouseMobile,
  longestTaskOnLoad,
  median,
  PDF_REPORT,
  resultsPaint,
  firstVisit,
  type LighthouseRun,
  type FirstVisit,
} from './benchBrowser.ts';
import { meanMs } from './benchInBrowser.ts';
import { contentPlugin } from './contentPlugin.ts';
import type { DeepLinkTasks } from './traceTasks.ts';
import { loadContent } from './loadContent.ts';
import { serveStatic, transferSize } from './staticServer.ts';
import { enlarged, fullyAnsweredAssessment } from './syntheticAssessment.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dist = join(root, 'dist');
const PORT = Number(process.env.BENCH_PORT ?? 4391);
const RUNS = Math.max(3, Number(process.env.BENCH_RUNS ?? 3));

interface Figure {
  label: string;
  value: number;
  unit: 'KB' | 'ms' | '';
  budget: number;
  digits: number;
}
const figures: Figure[] = [];

const kb = (bytes: number) => bytes / 1024;
const format = (f: Pick<Figure, 'value' | 'unit' | 'digits'>, value = f.value) => `${value.toFixed(f.digits)}${f.unit ? ` ${f.unit}` : ''}`;

function record(label: string, value: number, budget: number, unit: Figure['unit'], digits = 1): void {
  // A figure just over its budget gets one more digit, so that it never reads as its budget ("100 ms … OVER").
  const shown = value > budget && value.toFixed(digits) === budget.toFixed(digits) ? digits + 1 : digits;
  const figure = { label, value, unit, budget, digits: shown };
  figures.push(figure);
  console.log(`  ${label.padEnd(58)} ${format(figure).padStart(10)}  (budget ≤ ${format(figure, budget)}) ${value <= budget ? 'ok' : 'OVER BUDGET'}`);
}

/** The given files with every chunk they import statically: the browser loads those at once too. */
function withStaticImports(files: string[]): string[] {
  const all = [...files];
  for (let i = 0; i < all.length; i++) {
    if (!all[i]!.endsWith('.js')) continue;
    const code = readFileSync(join(dist, all[i]!), 'utf8');
    for (const m of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      const file = `assets/${m[1]}`;
      if (!all.includes(file)) all.push(file);
    }
  }
  return all;
}

function firstLoadFiles(): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return withStaticImports([...new Set([...html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="\.?\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]!))]);
}

/** The built chunk of a module, by its name. */
function chunkOf(name: string): string[] {
  const chunk = readdirSync(join(dist, 'assets')).find((f) => f.startsWith(`${name}-`) && f.endsWith('.js'));
  return chunk ? [`assets/${chunk}`] : [];
}

/** A lazy chunk (by its module name) with what it imports, less what is already loaded. */
function lazyLoad(name: string, loaded: string[]): string[] {
  return withStaticImports(chunkOf(name)).filter((f) => !loaded.includes(f));
}

/** Every file the service worker stores on the first visit (its precache manifest). */
function precachedFiles(): string[] {
  return [...readFileSync(join(dist, 'sw.js'), 'utf8').matchAll(/\burl:"([^"]+)"/g)].map((m) => m[1]!);
}

async function sizes(): Promise<void> {
  await build({ root, logLevel: 'warn', configFile: join(root, 'vite.config.ts') });
  const size = (file: string) => transferSize(join(dist, file));
  const first = firstLoadFiles();
  const sum = (files: string[]) => files.reduce((n, f) => n + size(f), 0);
  console.log('\nSizes as a gzip-serving web server sends them');
  record('first-load JS (gzip)', kb(sum(first.filter((f) => f.endsWith('.js')))), 50, 'KB');
  record('first-load CSS (gzip)', kb(sum(first.filter((f) => f.endsWith('.css')))), 25, 'KB');
  const precache = precachedFiles();
  record(`offline precache (${precache.length} files; gzip, fonts and images as they are)`, kb(sum(precache)), 800, 'KB');
  const byKind = (pattern: RegExp) => kb(sum(precache.filter((f) => pattern.test(f)))).toFixed(1);
  console.log(`    of which fonts ${byKind(/\.(woff2|ttf)$/)} KB, images ${byKind(/\.(png|svg)$/)} KB, JS ${byKind(/\.js$/)} KB, CSS ${byKind(/\.css$/)} KB`);
  const lazy = readdirSync(join(dist, 'assets'))
    .map((name) => `assets/${name}`)
    .filter((f) => /\.(js|css)$/.test(f) && !first.includes(f))
    .map((f) => ({ f, size: size(f) }))
    .sort((a, b) => b.size - a.size);
  // The document buttons sit on the results page: what that page loaded is not loaded again.
  const docxChunks = lazyLoad('docxDownload', withStaticImports([...first, ...chunkOf('ResultsView')]));
  record(`DOCX code, loaded on the first document click (${docxChunks.length} chunks, gzip)`, kb(sum(docxChunks)), 80, 'KB');
  console.log(`  lazy chunks over 2 KB, loaded only when needed:`);
  for (const { f, size } of lazy.filter((l) => l.size > 2048)) console.log(`    ${f.padEnd(48)} ${kb(size).toFixed(1).padStart(7)} KB`);
}

function reportTimingInNode(content: Content): void {
  const today = new Date('2026-11-25');
  const assessment = fullyAnsweredAssessment(content);
  const questions = (c: Content) => c.questionnaires.reduce((n, q) => n + q.sections.reduce((m, s) => m + s.questions.length, 0), 0);
  const real = meanMs(() => buildReport(content, assessment, today));
  const large = { ...content, questionnaires: content.questionnaires.map((q) => enlarged(q, 10)) };
  const largeAssessment = fullyAnsweredAssessment(large);
  const tenfold = meanMs(() => buildReport(large, largeAssessment, today));
  console.log('\nReport model (buildReport: scoring, rules, actions, legal form, VAT) in Node, mean per run, for information');
  console.log(`  real content, fully answered (${questions(content)} questions, 3 services)   ${real.toFixed(3)} ms`);
  console.log(`  synthetic 10× larger (${questions(large)} questions, 3 services)        ${tenfold.toFixed(3)} ms  (${(tenfold / real).toFixed(1)}× the real one)`);
}

/** benchInBrowser.ts as one script for a blank page. */
async function browserBundle(): Promise<string> {
  const output = (await build({
    root,
    configFile: false,
    logLevel: 'warn',
    plugins: [contentPlugin(root)],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { write: false, target: APP_BUILD.target, lib: { entry: join(root, 'src/build/benchInBrowser.ts'), formats: ['iife'], name: 'ikzBench' } },
  })) as Rolldown.RolldownOutput[];
  return (output[0]!.output[0] as Rolldown.OutputChunk).code;
}

/** The reference app (emptyApp/) built like IKZ-Check, into a temporary folder. */
async function emptyAppDist(): Promise<string> {
  const outDir = mkdtempSync(join(tmpdir(), 'ikz-empty-app-'));
  await build({
    root: join(root, 'src/build/emptyApp'),
    configFile: false,
    base: './',
    logLevel: 'warn',
    publicDir: false,
    plugins: [vue({ features: VUE_FEATURES }), compileHintsPlugin()],
    build: { ...APP_BUILD, outDir, emptyOutDir: true },
  });
  // The deep-link measurement first opens this file of the same origin.
  copyFileSync(join(root, 'public/favicon.svg'), join(outDir, 'favicon.svg'));
  return outDir;
}

async function repeat<T>(runs: number, measure: () => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < runs; i++) results.push(await measure());
  return results;
}

async function browserFigures(content: Content): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.log(`\nBrowser figures skipped: no Chromium at ${CHROMIUM}`);
    return;
  }
  const bundle = await browserBundle();
  const emptyDist = await emptyAppDist();
  const server = await serveStatic(dist, PORT);
  const emptyServer = await serveStatic(emptyDist, PORT + 1);
  const url = `http://127.0.0.1:${PORT}/`;
  const emptyUrl = `http://127.0.0.1:${PORT + 1}/`;
  // One browser at a time: another browser's own processes would compete with the page measured.
  try {
    console.log(`\nIn Chromium, served with gzip from ${url}, median of ${RUNS} runs unless stated`);
    await pageFigures(content, url, emptyUrl);
    await playwrightFigures(content, url, bundle);
    await lighthouseFigures(url);
  } finally {
    server.close();
    emptyServer.close();
    rmSync(emptyDist, { recursive: true, force: true });
  }
}

/** The link a municipality gets to start with: the first page of the first questionnaire. */
function firstQuestionPage(content: Content): string {
  const first = content.questionnaires[0]!;
  return `#/fragebogen/${first.id}/abschnitt/${first.sections[0]!.id}`;
}

/** What the app itself does while a user waits, in a Chromium that no DevTools domain watches (see bareChromium.ts). */
async function pageFigures(content: Content, url: string, emptyUrl: string): Promise<void> {
  const bare = BareChromium.launch(CHROMIUM, FLAGS);
  try {
    const firstPage = firstQuestionPage(content);
    // Five runs at least: with the CPU slowed down, single runs spread by a third on a 2-core machine.
    // In turns with the empty reference app, so that both see the same moments of a busy machine.
    const tasks: DeepLinkTasks[] = [];
    const emptyTasks: DeepLinkTasks[] = [];
    for (let i = 0; i < Math.max(RUNS, 5); i++) {
      tasks.push(await longestTaskOnLoad(bare, url, firstPage, 4));
      emptyTasks.push(await longestTaskOnLoad(bare, emptyUrl, firstPage, 4));
    }
    record(`longest main-thread task, deep link ${firstPage}, CPU 4× slower`, median(tasks.map((t) => t.page)), 100, 'ms', 0);
    console.log(`    single runs: ${tasks.map((t) => t.page.toFixed(0)).join(', ')} ms`);
    console.log(`    the same link in an empty Vue + vue-router + Pinia app (src/build/emptyApp): ${median(emptyTasks.map((t) => t.page)).toFixed(0)} ms (${emptyTasks.map((t) => t.page.toFixed(0)).join(', ')})`);
    console.log(`    before it, the browser committing the navigation (as for a blank page; not the app's): ${median(tasks.map((t) => t.navigation)).toFixed(0)} ms`);

    const tenServices = serialiseAssessment(fullyAnsweredAssessment(content, 10));
    const paints = await repeat(Math.max(RUNS, 5), () => resultsPaint(bare, url, tenServices));
    record('results page, full assessment with 10 services, click until painted', median(paints.map((p) => p.clicked)), 150, 'ms', 0);
    console.log(`    opened directly instead (app and questionnaires loading too): ${median(paints.map((p) => p.opened)).toFixed(0)} ms until painted`);
  } finally {
    await bare.close();
  }
}

/** The start page's fonts, layout shift of the start page and of a deep link, the documents and buildReport: with Playwright, for its downloads and page scripts. */
async function playwrightFigures(content: Content, url: string, bundle: string): Promise<void> {
  const browser = await launchBrowser();
  try {
    const visits: FirstVisit[] = await repeat(RUNS, () => firstVisit(browser, url));
    record('font bytes loaded by the start page', kb(median(visits.map((v) => v.fontBytes))), 90, 'KB');
    console.log(`    ${visits[0]!.fontFiles.join(', ') || 'no font file'}`);
    record('layout shift (CLS), start page at 360 px, first visit, 6 s', median(visits.map((v) => v.cls)), 0.01, '', 3);
    console.log(`    the offline notice appeared within the 6 s in ${visits.filter((v) => v.offlineNoticeShown).length} of ${RUNS} runs`);
    const deepLink = firstQuestionPage(content);
    const deepLinks = await repeat(RUNS, () => firstVisit(browser, `${url}${deepLink}`));
    record(`layout shift (CLS), deep link ${deepLink} at 360 px, 6 s`, median(deepLinks.map((v) => v.cls)), 0.01, '', 3);

    // Each document figure from RUNS fresh pages: the first click once per page, the later clicks of all pages together.
    const threeServices = fullyAnsweredAssessment(content);
    const saved = serialiseAssessment(threeServices);
    const pdfs = await repeat(RUNS, () => documentClicks(browser, url, saved, PDF_REPORT));
    const pdfLater = pdfs.flatMap((p) => p.later);
    console.log(`    PDF, first click incl. the lazy jsPDF import: ${median(pdfs.map((p) => p.first)).toFixed(0)} ms`);
    record(`PDF, full assessment with 3 services, later clicks (median of ${pdfLater.length})`, median(pdfLater), 150, 'ms', 0);

    const docxs = await repeat(RUNS, () => documentClicks(browser, url, saved, BESCHLUSSVORLAGE));
    const docxFirst = median(docxs.map((d) => d.first));
    const docxFirstBuild = median(docxs.map((d) => d.firstBuild));
    const docxLater = docxs.flatMap((d) => d.later);
    record('Beschlussvorlage (Word), first click incl. the lazy import', docxFirst, 400, 'ms', 0);
    console.log(`    of which building the document: ${docxFirstBuild.toFixed(0)} ms; loading the code and the wait for the progress message: ${(docxFirst - docxFirstBuild).toFixed(0)} ms`);
    record(`Beschlussvorlage (Word), later clicks (median of ${docxLater.length})`, median(docxLater), 150, 'ms', 0);
    console.log(`    the DOCX file: ${kb(docxs[0]!.bytes).toFixed(1)} KB`);

    // Five runs at least: the mean of one run moves by a third from page to page on a 2-core machine.
    const timings = await repeat(Math.max(RUNS, 5), () => buildReportInBrowser(browser, bundle, content, threeServices));
    record(`buildReport, full assessment with 3 services, in Chromium (median of ${timings.length})`, median(timings.map((t) => t.plain)), 0.3, 'ms', 3);
    console.log(`    single runs: ${timings.map((t) => t.plain.toFixed(3)).join(', ')} ms`);
    console.log(`    the same with a deep-reactive (store) copy of the assessment: ${median(timings.map((t) => t.reactive)).toFixed(3)} ms`);
    console.log(`    after three more seconds of runs, when V8 has optimised all of it (for information): ${median(timings.map((t) => t.settled)).toFixed(3)} ms`);
  } finally {
    await browser.close();
  }
}

async function lighthouseFigures(url: string): Promise<void> {
  const audits: LighthouseRun[] = await repeat(RUNS, () => lighthouseMobile(url));
  const typical = audits.sort((a, b) => a.score - b.score)[Math.floor(audits.length / 2)]!;
  const m = typical.metrics;
  console.log(`\nLighthouse, mobile settings, cold load of the start page (median of ${RUNS} by score)`);
  console.log(`  performance score ${typical.score.toFixed(2)}  (all runs: ${audits.map((a) => a.score.toFixed(2)).join(', ')}; aim 1.00)`);
  console.log(`  FCP ${m.FCP.toFixed(0)} ms, LCP ${m.LCP.toFixed(0)} ms, TBT ${m.TBT.toFixed(0)} ms, CLS ${m.CLS.toFixed(3)}, Speed Index ${m.SI.toFixed(0)} ms`);
}

function summary(): void {
  console.log('\nSummary');
  for (const f of figures) console.log(`  ${f.value <= f.budget ? 'ok  ' : 'OVER'}  ${f.label.padEnd(74)} ${format(f).padStart(10)}  ≤ ${format(f, f.budget)}`);
}

const { content } = loadContent(join(root, 'questionnaires'), root);
if (!content) throw new Error('Die Fragebögen sind fehlerhaft: npm run questionnaires:check');
// Timing in Node first: after a Vite build in the same process the measurements are noisier.
reportTimingInNode(content);
await sizes();
await browserFigures(content);
summary();
