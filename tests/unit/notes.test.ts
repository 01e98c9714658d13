// Notes per question in the report model, and workshop notes once in the joint report.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/build/loadContent';
import { jointNotes, notesOf } from '../../src/domain/report/notes';
import { scenario } from '../fixtures/scenarios';

const root = resolve(__dirname, '../..');
const content = loadContent(resolve(root, 'questionnaires'), root).content!;

describe('notesOf', () => {
  it('finds notes by question id and by "itemId/questionId", in questionnaire order, with the item name', () => {
    const a = scenario('bauhof');
    const service = a.responses.umsatzsteuer!.items.leistungen![0]!;
    a.responses.umsatzsteuer!.notes[`${service.id}/rechtsgrundlage`] = 'Vertrag prüfen';
    a.responses.prozesse!.notes['kostentransparenz'] = '  Zahlen folgen  ';
    a.responses.prozesse!.notes['gibt-es-nicht'] = 'wird nicht gezeigt';
    a.responses.it!.notes['migrationsplan'] = '   ';
    const notes = notesOf(content, a);
    expect(notes.map((n) => [n.questionnaireId, n.questionId, n.item, n.text])).toEqual([
      ['prozesse', 'kostentransparenz', undefined, 'Zahlen folgen'],
      ['umsatzsteuer', 'rechtsgrundlage', service.name, 'Vertrag prüfen'],
    ]);
  });
});

describe('jointNotes', () => {
  const note = { questionnaireId: 'prozesse', topic: 'Prozesse', questionId: 'q', question: 'Frage?', text: 'Workshop-Notiz' };
  it('lists a note held by several partners once, with the partners', () => {
    const joint = jointNotes([
      { name: 'A', notes: [note] },
      { name: 'B', notes: [note, { ...note, text: 'Eigene Notiz' }] },
    ]);
    expect(joint.map((n) => [n.text, n.partners])).toEqual([
      ['Workshop-Notiz', ['A', 'B']],
      ['Eigene Notiz', ['B']],
    ]);
  });
});
