import { describe, expect, it } from 'vitest';
import { emptyResponse, type Response } from '../../src/domain/assessment/assessment.ts';
import { parseNumber, toggleOption } from '../../src/domain/content/questions.ts';
import { answerText, metaErrors, pageErrors, questionnaireProgress, wizardPages } from '../../src/domain/assessment/wizard.ts';
import { baseQuestionnaire } from './fixtures.ts';
import { createAssessment } from '../../src/domain/assessment/assessment.ts';

const q = baseQuestionnaire();
const withItems = (answers: Record<string, string>[]): Response => ({
  ...emptyResponse(),
  items: { leistungen: answers.map((a, i) => ({ id: `i${i}`, name: `Leistung ${i}`, answers: a })) },
});

describe('wizardPages', () => {
  it('lists one page per section, the item list, one page per item and the check page', () => {
    expect(wizardPages(q, withItems([{}, {}]))).toEqual([
      { kind: 'section', sectionId: 'allgemein' },
      { kind: 'items', sectionId: 'leistungen' },
      { kind: 'item', sectionId: 'leistungen', itemId: 'i0' },
      { kind: 'item', sectionId: 'leistungen', itemId: 'i1' },
      { kind: 'section', sectionId: 'abschluss' },
      { kind: 'check' },
    ]);
  });

  it('leaves out a section whose condition does not hold', () => {
    expect(wizardPages(q, emptyResponse()).map((p) => p.kind)).toEqual(['section', 'items', 'check']);
  });
});

describe('pageErrors', () => {
  it('asks for every required visible question, linked to its field', () => {
    expect(pageErrors(q, emptyResponse(), { kind: 'section', sectionId: 'allgemein' })).toEqual([
      { fieldId: 'beschluss', href: '#frage-beschluss', text: 'Wählen Sie eine Antwort zu „Gibt es einen Beschluss?“ aus.' },
    ]);
  });

  it('asks for at least the minimum number of items', () => {
    expect(pageErrors(q, emptyResponse(), { kind: 'items', sectionId: 'leistungen' })[0]?.text).toBe('Legen Sie mindestens eine Leistung an.');
  });

  it.each([
    { value: 'abc', error: 'Geben Sie zu „Welcher Betrag?“ eine Zahl ein, zum Beispiel 17.500.' },
    { value: '-5', error: 'Die Zahl muss mindestens 0 sein.' },
    { value: '17.500', error: undefined },
    { value: 'weiss-nicht', error: undefined },
  ])('checks a number answer "$value"', ({ value, error }) => {
    const errors = pageErrors(q, withItems([{ betrag: value, grundlage: 'privat' }]), { kind: 'item', sectionId: 'leistungen', itemId: 'i0' });
    expect(errors[0]?.text).toBe(error);
  });

  it('does not require an optional text question', () => {
    expect(pageErrors(q, withItems([{}]), { kind: 'section', sectionId: 'abschluss' })).toEqual([]);
  });
});

describe('questionnaireProgress', () => {
  it.each([
    { name: 'nothing answered', response: emptyResponse(), status: 'nicht-begonnen', answered: 0, total: 1 },
    { name: 'partly answered', response: { ...emptyResponse(), answers: { beschluss: 'nein' } }, status: 'in-bearbeitung', answered: 1, total: 2 },
    {
      name: 'all required answered',
      response: { ...withItems([{ betrag: '100', grundlage: 'privat' }]), answers: { beschluss: 'ja' } },
      status: 'abgeschlossen',
      answered: 3,
      total: 4,
    },
  ])('$name → $status', ({ response, status, answered, total }) => {
    expect(questionnaireProgress(q, response)).toMatchObject({ status, answered, total });
  });

  it('does not count the answer of a hidden question', () => {
    const progress = questionnaireProgress(q, { ...emptyResponse(), answers: { beschluss: 'ja', geplant: 'nein' } });
    expect(progress.answered).toBe(1);
  });
});

describe('answers as text', () => {
  it.each([
    { input: '17.500', value: 17500 },
    { input: '17500', value: 17500 },
    { input: '1.234,5', value: 1234.5 },
    { input: '0,5', value: 0.5 },
    { input: '12.5', value: 12.5 },
    { input: '1.2.3', value: undefined },
    { input: 'zehn', value: undefined },
  ])('parses "$input" as $value', ({ input, value }) => {
    expect(parseNumber(input)).toBe(value);
  });

  it('reads answers as a person would', () => {
    const scale = q.sections[0]!.questions[0]!;
    expect(answerText(scale, 'teilweise')).toBe('Teilweise');
    expect(answerText(scale, undefined)).toBe('Nicht beantwortet');
    expect(answerText(q.sections[1]!.questions[0]!, '17500')).toBe('17.500');
  });

  it('lets an exclusive option clear the other ticks', () => {
    const multiple = {
      id: 'm',
      type: 'multiple' as const,
      text: 'M',
      options: [
        { value: 'a', label: 'A', score: 0.5 },
        { value: 'b', label: 'B', score: 0.5 },
        { value: 'keine', label: 'Keine', score: 0, exclusive: true },
      ],
    };
    expect(toggleOption(multiple, ['a'], 'b', true)).toEqual(['a', 'b']);
    expect(toggleOption(multiple, ['a', 'b'], 'keine', true)).toEqual(['keine']);
    expect(toggleOption(multiple, ['keine'], 'a', true)).toEqual(['a']);
  });
});

describe('metaErrors', () => {
  it('requires the municipality and its Landkreis', () => {
    const meta = createAssessment('x', new Date('2026-11-25')).meta;
    expect(metaErrors(meta).map((e) => e.href)).toEqual(['#angabe-gemeinde', '#angabe-landkreis']);
    expect(metaErrors({ ...meta, municipality: 'Musterstadt', landkreis: 'Bautzen' })).toEqual([]);
  });
});
