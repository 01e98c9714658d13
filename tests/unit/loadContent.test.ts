import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/build/loadContent.ts';
import { describeIssue } from '../../src/domain/issues/messages.ts';

const root = resolve(__dirname, '../..');

function copyWith(file: string, change: (text: string) => string) {
  const dir = mkdtempSync(join(tmpdir(), 'ikz-'));
  const questionnaires = join(dir, 'questionnaires');
  cpSync(resolve(root, 'questionnaires'), questionnaires, { recursive: true });
  writeFileSync(join(questionnaires, file), change(readFileSync(join(questionnaires, file), 'utf8')));
  return loadContent(questionnaires, dir).issues.map(describeIssue);
}

describe('loadContent', () => {
  it('points a schema problem at file, line and column', () => {
    const messages = copyWith('20-it.yaml', (text) => text.replace('type: single', 'type: singel'));
    expect(messages[0]).toMatch(/^questionnaires\/20-it\.yaml:\d+:\d+ sections\[\d+\]\.questions\[\d+\]\.type: /);
  });

  it('reports a YAML syntax error with its position', () => {
    const messages = copyWith('10-prozesse.yaml', (text) => text.replace('title: Prozesse & Organisation', 'title: "Prozesse & Organisation'));
    expect(messages[0]).toMatch(/^questionnaires\/10-prozesse\.yaml:\d+:\d+ Die YAML-Datei ist nicht lesbar/);
  });

  it('names a reference that is not in the registry', () => {
    const messages = copyWith('20-it.yaml', (text) => text.replace(/references: \[/, 'references: [gibt-es-nicht, '));
    expect(messages.some((m) => m.includes('„gibt-es-nicht“ fehlt im Verzeichnis'))).toBe(true);
  });
});
