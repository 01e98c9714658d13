// The real questionnaires after a textual edit of one file, in a temporary copy that is removed
// after each test: shows what the content check says about an edit a domain expert might make.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, expect } from 'vitest';
import { loadContent } from '../../src/build/loadContent.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Call once per test file; returns the loader (a global regular expression edits every match). */
export function contentEditor(): (file: string, from: string | RegExp, to: string) => ReturnType<typeof loadContent> {
  let copy: string | undefined;
  afterEach(() => {
    if (copy) rmSync(copy, { recursive: true, force: true });
    copy = undefined;
  });
  return (file, from, to) => {
    copy = mkdtempSync(join(tmpdir(), 'ikz-inhalt-'));
    const directory = join(copy, 'questionnaires');
    cpSync(join(root, 'questionnaires'), directory, { recursive: true });
    const path = join(directory, file);
    const before = readFileSync(path, 'utf8');
    const after = before.replace(from, to);
    expect(after, 'die Änderung muss greifen').not.toBe(before);
    writeFileSync(path, after);
    return loadContent(directory, copy);
  };
}
