// `npm test`: runs every check and test runner in turn and ends with one line
// "N passed, M failed" over all unit, component and browser tests.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const env = { ...process.env, VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true', FORCE_COLOR: '0' };
let passed = 0;
let failed = 0;
const notes = [];

function run(label, command, args) {
  console.log(`\n=== ${label}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  return result.status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

for (const [label, args] of [
  ['Typprüfung', ['vue-tsc', '-b']],
  ['Lint', ['eslint', '.']],
  ['Fragebögen', ['tsx', 'src/build/checkQuestionnaires.ts']],
]) {
  if (!run(label, 'npx', args)) {
    failed++;
    notes.push(`${label} fehlgeschlagen`);
  }
}

rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
const unitOk = run('Unit- und Komponententests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/unit-results.json',
]);
const unit = readJson('test-results/unit-results.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  if (!unitOk && unit.numFailedTests === 0) failed++;
} else {
  failed++;
  notes.push('Vitest lieferte kein Ergebnis');
}

if (!existsSync(CHROMIUM)) {
  const message = `Chromium fehlt unter ${CHROMIUM} (Debian-Paket „chromium“: apt-get install -y chromium).`;
  if (process.env.CI) {
    console.error(`\nFEHLER: ${message} Im CI sind die Browsertests Pflicht.`);
    failed++;
  } else {
    console.warn(`\nHINWEIS: ${message} Die Browsertests werden übersprungen.`);
    notes.push('Browsertests übersprungen');
  }
} else if (!run('Build', 'npx', ['vite', 'build'])) {
  failed++;
  notes.push('Build fehlgeschlagen');
} else {
  const e2eOk = run('Browsertests', 'npx', ['playwright', 'test']);
  const e2e = readJson('test-results/e2e-results.json');
  if (e2e?.stats) {
    passed += e2e.stats.expected;
    failed += e2e.stats.unexpected + e2e.stats.flaky;
    if (!e2eOk && e2e.stats.unexpected === 0) failed++;
  } else {
    failed++;
    notes.push('Playwright lieferte kein Ergebnis');
  }
}

if (notes.length) console.log(`\n${notes.join('; ')}`);
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
