// questionnaires/documents.yaml is checked at build time like the questionnaires: an edit that the
// documents cannot carry stops the content check with file, line and what is wrong.
import { describe, expect, it } from 'vitest';
import { describeIssue } from '../../src/domain/issues/messages.ts';
import { contentEditor } from './editedContent.ts';

const FILE = 'questionnaires/documents.yaml';
const loadEdited = contentEditor();

describe('the content check of documents.yaml', () => {
  const rows: { case: string; file?: string; from: string | RegExp; to: string; code: string; params?: Record<string, string> }[] = [
    {
      case: 'a placeholder without colon',
      from: '"[bitte ergänzen: Vorlagennummer]"',
      to: '"[bitte ergänzen Vorlagennummer]"',
      code: 'document-placeholder',
      params: { text: '[bitte ergänzen Vorlagennummer]' },
    },
    { case: 'a bracket that is not a placeholder', from: 'Die Satzung bestimmt Namen und Sitz des Zweckverbands.', to: 'Die Satzung bestimmt Namen [und Sitz] des Zweckverbands.', code: 'document-placeholder' },
    {
      case: 'an outline point showing a question that does not exist',
      from: '{ questionnaire: rechtsform, question: dauer, label: Laufzeit }',
      to: '{ questionnaire: rechtsform, question: laufzeit, label: Laufzeit }',
      code: 'document-question',
      params: { question: 'laufzeit', why: 'die Frage gibt es dort nicht' },
    },
    {
      case: 'an outline point showing a question of a repeatable section',
      from: '{ questionnaire: rechtsform, question: dauer, label: Laufzeit }',
      to: '{ questionnaire: umsatzsteuer, question: laufzeit, label: Laufzeit }',
      code: 'document-question',
      params: { question: 'laufzeit', why: 'sie steht in einem wiederholbaren Abschnitt und hat je Eintrag eine eigene Antwort' },
    },
    { case: 'a task profile that does not exist', from: '\nproposalByTask:\n  standesamt:', to: '\nproposalByTask:\n  standesaemter:', code: 'document-task', params: { id: 'standesaemter' } },
    {
      case: 'a renamed point the code adds the cost figures to',
      from: '      - id: kosten\n',
      to: '      - id: kostenregel\n',
      code: 'engine-needs-text',
      params: { key: 'outlines.zweckvereinbarung.points: kosten' },
    },
    { case: 'an unknown reference', from: 'references: [saechskomzg-11-2, saechskomzg-44]', to: 'references: [saechskomzg-11-3, saechskomzg-44]', code: 'unknown-reference', params: { reference: 'saechskomzg-11-3' } },
    {
      case: 'a placeholder the code does not fill in an outline text',
      from: 'Die Satzung bestimmt Namen und Sitz des Zweckverbands.',
      to: 'Die Satzung bestimmt Namen und Sitz des Zweckverbands {name}.',
      code: 'engine-text-placeholder',
      params: { name: 'name' },
    },
    { case: 'a missing text', from: /\n {6}ko-intro: [^\n]*/, to: '', code: 'engine-needs-text', params: { key: 'texts.beschlussvorlage.begruendung.ko-intro' } },
    { case: 'a statement nobody reads', from: '\nstatements:\n', to: '\nstatements:\n  alt:\n    text: Alt.\n    references: []\n', code: 'engine-unused-text', params: { key: 'statements.alt' } },
    {
      case: 'a legal form the code names',
      file: 'legal-forms.yaml',
      from: /\bzweckvereinbarung-mandatierend\b/g,
      to: 'zweckvereinbarung-im-auftrag',
      code: 'engine-needs-text',
      params: { key: 'forms: zweckvereinbarung-mandatierend' },
    },
  ];

  it.each(rows)('reports $case with file and line', (row) => {
    const { content, issues } = loadEdited(row.file ?? 'documents.yaml', row.from, row.to);
    expect(content).toBeUndefined();
    const issue = issues.find((i) => i.code === row.code);
    expect(issue, issues.map(describeIssue).join('\n')).toBeDefined();
    expect(issue!.file).toBe(row.file ? `questionnaires/${row.file}` : FILE);
    expect(issue!.line).toBeGreaterThan(1);
    expect(issue!.params).toMatchObject(row.params ?? {});
  });

  it('words a placeholder problem so that an editor knows what to write', () => {
    const { issues } = loadEdited('documents.yaml', '"[bitte ergänzen: Vorlagennummer]"', '"[bitte ergänzen Vorlagennummer]"');
    expect(issues.map(describeIssue)).toContainEqual(expect.stringMatching(/^questionnaires\/documents\.yaml:\d+:\d+ .*Eckige Klammern sind für „\[bitte ergänzen: …\]“ reserviert/));
  });
});
