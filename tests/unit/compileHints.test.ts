import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterAll, describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHintsPlugin, runsAlmostEntirely } from '../../src/build/compileHintsPlugin.ts';

describe('which chunks V8 compiles eagerly', () => {
  it.each([
    ['index', true],
    ['runtime-core.esm-bundler', true],
    ['SectionView', true],
    ['assessment', true],
    ['ResultsView', true],
    ['_virtual_ikz-content', false],
    ['pdfDownload', false],
    ['docxDownload', false],
    ['charts', false],
    ['de', false],
  ])('%s: %s', (name, hinted) => {
    expect(runsAlmostEntirely(name)).toBe(hinted);
  });
});

describe('the hint in a minified build', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ikz-hints-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is the first line of a hinted chunk, also of one Vite gives a list of files to preload, and is not in the others', async () => {
    writeFileSync(join(dir, 'index.html'), '<!doctype html><script type="module" src="./main.js"></script>');
    writeFileSync(join(dir, 'main.js'), 'export function start(n) { return n + 1 }\ndocument.title = String(start(1));\nimport("./pdfDownload.js").then((m) => m.write());');
    // A style sheet of the lazy chunk makes Vite put its preload list in front of the entry chunk.
    writeFileSync(join(dir, 'pdfDownload.js'), 'import "./pdf.css";\nexport function write() { return "PDF" }');
    writeFileSync(join(dir, 'pdf.css'), 'p { color: red }');
    await build({ root: dir, configFile: false, logLevel: 'silent', plugins: [compileHintsPlugin()], build: { outDir: join(dir, 'dist') } });
    const chunks = readdirSync(join(dir, 'dist', 'assets')).filter((f) => f.endsWith('.js'));
    const code = (prefix: string) => readFileSync(join(dir, 'dist', 'assets', chunks.find((f) => f.startsWith(prefix))!), 'utf8');
    const entry = code('index');
    expect(entry).toContain('__vite__mapDeps');
    expect(entry.split('\n')[0]).toBe(COMPILE_HINT);
    expect(entry.split(COMPILE_HINT)).toHaveLength(2);
    expect(entry).toContain('function');
    expect(code('pdfDownload')).not.toContain(COMPILE_HINT);
  });
});
