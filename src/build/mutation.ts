// `npm run test:mutation`: mutation testing of the domain's rule modules with StrykerJS, one module
// at a time with only the tests that guard it (fast enough on two cores, and a survivor points at
// the table that lacks a row). Not part of `npm test`: a full run takes a while.
//
// Stryker 9.6 with its command runner: the Vitest runner plugin reports false survivors with
// Vitest 5, and Stryker 10 needs Node 22. `npm run test:mutation -- vat rules` runs only those.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from './loadContent.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const MINIMUM = 85;

interface Target {
  name: string;
  mutate: string[];
  tests: string[];
}

const TARGETS: Target[] = [
  { name: 'vat', mutate: ['src/domain/verdicts/vat.ts', 'src/domain/verdicts/vatTransition.ts'], tests: ['tests/unit/vat.test.ts'] },
  { name: 'legalForms', mutate: ['src/domain/verdicts/legalForms.ts'], tests: ['tests/unit/legalForms.test.ts'] },
  { name: 'rules', mutate: ['src/domain/verdicts/rules.ts'], tests: ['tests/unit/rulesEngine.test.ts', 'tests/unit/rules.test.ts'] },
  { name: 'actions', mutate: ['src/domain/verdicts/actions.ts'], tests: ['tests/unit/actions.test.ts', 'tests/unit/actionPlan.test.ts', 'tests/unit/report.test.ts'] },
  { name: 'scoring', mutate: ['src/domain/verdicts/scoring.ts'], tests: ['tests/unit/scoring.test.ts', 'tests/unit/report.test.ts'] },
  { name: 'taskProfiles', mutate: ['src/domain/verdicts/taskProfiles.ts'], tests: ['tests/unit/taskProfiles.test.ts'] },
  { name: 'contract', mutate: ['src/domain/content/contract.ts'], tests: ['tests/unit/contract.test.ts'] },
  { name: 'conditions', mutate: ['src/domain/content/conditions.ts'], tests: ['tests/unit/conditions.test.ts'] },
];

const wanted = process.argv.slice(2);
const targets = wanted.length ? TARGETS.filter((t) => wanted.includes(t.name)) : TARGETS;
const reports = join(root, 'reports', 'mutation');
mkdirSync(reports, { recursive: true });
// The TypeScript checker compiles every mutant; the domain is plain TypeScript, so it only needs its own files.
const tsconfig = join(reports, 'tsconfig.domain.json');
// The tests read the compiled content from here instead of parsing the YAML in every run.
const contentJson = join(reports, 'content.json');
const { content } = loadContent(join(root, 'questionnaires'), root);
if (!content) throw new Error('Die Fragebögen sind fehlerhaft: npm run questionnaires:check');
writeFileSync(contentJson, JSON.stringify(content));
writeFileSync(tsconfig, JSON.stringify({ extends: '../../tsconfig.app.json', include: ['../../src/domain/**/*.ts'], exclude: [] }, null, 2));

interface MutantReport {
  files: Record<string, { mutants: { status: string }[] }>;
}

function score(file: string): { killed: number; survived: number; noCoverage: number; total: number; percent: number } {
  const report = JSON.parse(readFileSync(file, 'utf8')) as MutantReport;
  const statuses = Object.values(report.files).flatMap((f) => f.mutants.map((m) => m.status));
  const count = (...s: string[]) => statuses.filter((x) => s.includes(x)).length;
  const killed = count('Killed', 'Timeout');
  const survived = count('Survived');
  const noCoverage = count('NoCoverage');
  const valid = killed + survived + noCoverage;
  return { killed, survived, noCoverage, total: valid, percent: valid ? (100 * killed) / valid : 100 };
}

const results: { name: string; percent: number; killed: number; total: number }[] = [];
for (const target of targets) {
  const configFile = join(reports, `${target.name}.config.json`);
  const jsonReport = join(reports, `${target.name}.json`);
  writeFileSync(
    configFile,
    JSON.stringify(
      {
        testRunner: 'command',
        commandRunner: { command: `npx vitest run --config tests/vitest.mutation.config.ts --reporter=dot ${target.tests.join(' ')}` },
        checkers: ['typescript'],
        tsconfigFile: tsconfig,
        mutate: target.mutate,
        concurrency: 2,
        timeoutMS: 60_000,
        reporters: ['clear-text', 'json', 'html', 'progress-append-only'],
        jsonReporter: { fileName: jsonReport },
        htmlReporter: { fileName: join(reports, `${target.name}.html`) },
        tempDirName: '.stryker-tmp',
        cleanTempDir: 'always',
      },
      null,
      2,
    ),
  );
  console.log(`\n=== Mutationstest: ${target.name} (${target.mutate.join(', ')})`);
  const run = spawnSync('npx', ['stryker', 'run', configFile], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, FORCE_COLOR: '0', IKZ_CONTENT_JSON: contentJson },
  });
  if (run.status !== 0) {
    console.error(`Stryker ist für ${target.name} abgebrochen.`);
    process.exitCode = 1;
    continue;
  }
  const s = score(jsonReport);
  results.push({ name: target.name, percent: s.percent, killed: s.killed, total: s.total });
}

console.log('\nMutation score je Modul (getötete Mutanten / alle bewertbaren)');
for (const r of results) {
  console.log(`  ${r.name.padEnd(14)} ${r.percent.toFixed(1).padStart(5)} %  (${r.killed}/${r.total})  ${r.percent >= MINIMUM ? 'ok' : `unter ${MINIMUM} %`}`);
}
console.log(`Berichte: reports/mutation/<modul>.html`);
