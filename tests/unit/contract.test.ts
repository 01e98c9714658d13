// The contract between the content and the engines (src/domain/content/contract.ts): an edit of the
// YAML that an engine depends on stops the content check with file, line, path and the engine's need.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/build/loadContent.ts';
import { checkTextNeeds, fillText, textKeys } from '../../src/domain/content/contract.ts';
import { describeIssue } from '../../src/domain/issues/messages.ts';
import { contentEditor } from './editedContent.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));
const loadEdited = contentEditor();

describe('Vertrag zwischen Inhalt und Umsatzsteuer-Prüfung', () => {
  it('die echten Inhalte erfüllen ihn', () => {
    const { content, issues } = loadContent(join(root, 'questionnaires'), root);
    expect(issues.map(describeIssue)).toEqual([]);
    expect(content).toBeDefined();
  });

  it('eine umbenannte Antwortoption, nach der die Prüfung entscheidet, stoppt die Prüfung mit Datei, Zeile und Bedarf', () => {
    // The option and every condition that names it are renamed consistently: only the engine notices.
    const { content, issues } = loadEdited('40-umsatzsteuer.yaml', /\bdelegation\b(?=\n|\])/g, 'uebertragung');
    expect(content).toBeUndefined();
    const issue = issues.find((i) => i.code === 'engine-needs-option');
    expect(issue).toMatchObject({ file: 'questionnaires/40-umsatzsteuer.yaml', params: { question: 'uebertragungsart', value: 'delegation' } });
    expect(issue!.line).toBeGreaterThan(1);
    expect(describeIssue(issue!)).toMatch(/Umsatzsteuer-Prüfung.*„delegation“.*„uebertragungsart“/);
  });

  it('eine umbenannte Frage stoppt die Prüfung', () => {
    const { issues } = loadEdited('40-umsatzsteuer.yaml', 'id: private-anbieter\n', 'id: privatanbieter\n');
    expect(issues.map((i) => [i.code, i.params.question])).toContainEqual(['engine-needs-question', 'private-anbieter']);
  });

  it('ein fehlender Text stoppt die Prüfung', () => {
    const { issues } = loadEdited('vat-test.yaml', /\n {6}ausgeschlossen: weil private Anbieter solches Personal[^\n]*/, '');
    expect(issues.map((i) => [i.code, i.params.key])).toContainEqual(['engine-needs-text', 'steps.personal.because.ausgeschlossen']);
  });

  it('ein Platzhalter, den die Prüfung nicht füllt, stoppt die Prüfung', () => {
    const { issues } = loadEdited('vat-test.yaml', 'nicht mehr als 17.500 Euro. Nach', 'nicht mehr als {grenze}. Nach');
    expect(issues.map((i) => [i.code, i.params.name])).toContainEqual(['engine-text-placeholder', 'grenze']);
  });

  it('ein Text, den niemand liest, stoppt die Prüfung', () => {
    const { issues } = loadEdited('vat-test.yaml', 'notes:\n', 'notes:\n  veraltet: Alter Text.\n');
    expect(issues.map((i) => [i.code, i.params.key])).toContainEqual(['engine-unused-text', 'notes.veraltet']);
  });
});

describe('Texte mit Platzhaltern', () => {
  const keys = textKeys({ a: { b: ['betrag'] }, c: [] });
  it('füllt Platzhalter und lässt unbekannte stehen', () => {
    expect(fillText({ a: { b: 'bis {betrag} und {x}' } }, keys.a.b, { betrag: '17.500 €' })).toBe('bis 17.500 € und {x}');
  });
  it('wirft bei einem fehlenden Text (die Inhaltsprüfung verhindert das vorher)', () => {
    expect(() => fillText({}, keys.c)).toThrow(/Text fehlt: c/);
  });
  it('meldet einen Ast, wo ein Text stehen muss, und einen Text, wo ein Ast stehen muss', () => {
    const issues = checkTextNeeds({ a: { b: [] }, c: [] }, { a: 'Text', c: { d: 'x' } }, 'f.yaml', 'Test');
    expect(issues.map((i) => [i.code, i.params.key])).toEqual([
      ['engine-needs-text', 'a'],
      ['engine-needs-text', 'c'],
    ]);
  });
});
