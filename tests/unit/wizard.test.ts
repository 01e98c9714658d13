import { describe, expect, it } from 'vitest';
import { emptyResponse, type Response } from '../../src/domain/assessment/assessment.ts';
import { parseNumber, toggleOption } from '../../src/domain/content/questions.ts';
import {
  answerText,
  errorLinks,
  shortQuestion,
  fieldHref,
  itemNameIssue,
  metaIssues,
  pageIssues,
  questionnaireProgress,
  valueIssue,
  wizardPages,
} from '../../src/domain/assessment/wizard.ts';
import { baseQuestionnaire } from './fixtures.ts';
import { createAssessment, type AnswerValue, type AssessmentMeta } from '../../src/domain/assessment/assessment.ts';
import type { Question } from '../../src/domain/content/schema.ts';
import { formatPath, type IssueCode } from '../../src/domain/issues/issues.ts';

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

describe('pageIssues', () => {
  it('asks for every required visible question, linked to its field', () => {
    const issues = pageIssues(q, emptyResponse(), { kind: 'section', sectionId: 'allgemein' });
    expect(issues).toEqual([{ code: 'choice-required', path: ['answers', 'beschluss'], params: { question: 'Gibt es einen Beschluss?' } }]);
    expect(errorLinks(issues)).toEqual([{ href: '#frage-beschluss', text: 'Gibt es einen Beschluss? – Wählen Sie eine Antwort aus.' }]);
  });

  it.each([
    { text: 'Gibt es einen Beschluss?', short: 'Gibt es einen Beschluss?' },
    {
      text: 'Ist schriftlich festgehalten, welche Aufgabe die Partner gemeinsam erledigen wollen und was bei jeder Gemeinde bleibt?',
      short: 'Ist schriftlich festgehalten, welche Aufgabe die Partner …',
    },
  ])('names a question in the error summary by its start: "$short"', ({ text, short }) => {
    expect(shortQuestion(text)).toBe(short);
  });

  it('asks for at least the minimum number of items, linked to the field for a new one', () => {
    const issues = pageIssues(q, emptyResponse(), { kind: 'items', sectionId: 'leistungen' });
    expect(issues.map((i) => [i.code, formatPath(i.path)])).toEqual([['items-too-few', 'items.leistungen']]);
    expect(errorLinks(issues)).toEqual([{ href: '#neuer-eintrag', text: 'Legen Sie mindestens eine Leistung an.' }]);
  });

  it.each([
    { value: 'abc', code: 'not-a-number' },
    { value: '-5', code: 'number-below-min' },
    { value: '17.500', code: undefined },
    { value: 'weiss-nicht', code: undefined },
  ])('checks a number answer "$value" in an item: $code', ({ value, code }) => {
    const issues = pageIssues(q, withItems([{ betrag: value, grundlage: 'privat' }]), { kind: 'item', sectionId: 'leistungen', itemId: 'i0' });
    expect(issues.map((i) => [i.code, formatPath(i.path)])).toEqual(code ? [[code, 'items.leistungen[0].answers.betrag']] : []);
  });

  it('does not require an optional text question', () => {
    expect(pageIssues(q, withItems([{}]), { kind: 'section', sectionId: 'abschluss' })).toEqual([]);
  });
});

const number = (extra: object = {}) => ({ id: 'n', type: 'number', text: 'Betrag?', min: 0, max: 1000, ...extra }) as Question;
const multiple = {
  id: 'm',
  type: 'multiple',
  text: 'Was trifft zu?',
  options: [
    { value: 'a', label: 'A', score: 0.5 },
    { value: 'b', label: 'B', score: 0.5 },
    { value: 'keine', label: 'Keine davon', score: 0, exclusive: true },
    { value: 'weiss-nicht', label: 'Weiß nicht', kind: 'unknown' },
  ],
} as Question;
const single = { id: 's', type: 'single', text: 'Welche?', options: [{ value: 'a', label: 'A', score: 1 }, { value: 'b', label: 'B', score: 0 }] } as Question;
const text = { id: 't', type: 'text', text: 'Anmerkung', maxLength: 5 } as Question;

describe('valueIssue: the rules every stored answer passes, typed or imported', () => {
  it.each<{ name: string; question: Question; value: AnswerValue; code: IssueCode | undefined }>([
    { name: 'a German number', question: number(), value: '1.000', code: undefined },
    { name: 'a decimal number', question: number(), value: '0,5', code: undefined },
    { name: 'no number', question: number(), value: 'zehn', code: 'not-a-number' },
    { name: 'NaN', question: number(), value: 'NaN', code: 'not-a-number' },
    { name: 'Infinity', question: number(), value: 'Infinity', code: 'not-a-number' },
    { name: '1e309', question: number(), value: '1e309', code: 'not-a-number' },
    { name: '400 digits', question: number({ max: undefined }), value: '9'.repeat(400), code: 'not-a-number' },
    { name: 'below the minimum', question: number(), value: '-0,01', code: 'number-below-min' },
    { name: 'above the maximum', question: number(), value: '1.000,5', code: 'number-above-max' },
    { name: '"weiß nicht" where allowed', question: number({ unknownAllowed: true }), value: 'weiss-nicht', code: undefined },
    { name: '"weiß nicht" where not allowed', question: number(), value: 'weiss-nicht', code: 'not-a-number' },
    { name: 'a list for a number', question: number(), value: ['1'], code: 'answer-wrong-shape' },
    { name: 'a text within its limit', question: text, value: 'kurz', code: undefined },
    { name: 'a text over its limit', question: text, value: 'zu lang', code: 'text-too-long' },
    { name: 'a known option', question: single, value: 'a', code: undefined },
    { name: 'an unknown option', question: single, value: 'c', code: 'answer-not-an-option' },
    { name: 'a list for a single choice', question: single, value: ['a'], code: 'answer-wrong-shape' },
    { name: 'two options', question: multiple, value: ['a', 'b'], code: undefined },
    { name: 'an exclusive option alone', question: multiple, value: ['keine'], code: undefined },
    { name: 'an exclusive option with another', question: multiple, value: ['a', 'keine'], code: 'exclusive-option-with-others' },
    { name: '"weiß nicht" with another', question: multiple, value: ['weiss-nicht', 'b'], code: 'exclusive-option-with-others' },
    { name: 'the same option twice', question: multiple, value: ['a', 'a'], code: 'option-twice' },
    { name: 'an unknown option in a list', question: multiple, value: ['a', 'x'], code: 'answer-not-an-option' },
    { name: 'a single value for a multiple choice', question: multiple, value: 'a', code: 'answer-wrong-shape' },
  ])('$name: $code', ({ question, value, code }) => {
    expect(valueIssue(question, value, ['answers', question.id])?.code).toBe(code);
  });
});

describe('itemNameIssue', () => {
  it.each([
    { name: 'Bauhof', others: ['Standesamt'], code: undefined },
    { name: '   ', others: [], code: 'item-name-empty' },
    { name: 'bauhof ', others: ['Bauhof'], code: 'item-name-taken' },
  ])('"$name" next to $others: $code', ({ name, others, code }) => {
    expect(itemNameIssue(name, others, 'Leistung', ['items', 'leistungen', 1, 'name'])?.code).toBe(code);
  });
});

describe('fieldHref: the error summary links to the field named by the path', () => {
  it.each([
    { path: ['answers', 'beschluss'], href: '#frage-beschluss' },
    { path: ['items', 'leistungen', 2, 'answers', 'betrag'], href: '#frage-betrag' },
    { path: ['items', 'leistungen'], href: '#neuer-eintrag' },
    { path: ['items', 'leistungen', 3, 'name'], href: '#neuer-eintrag' },
    { path: ['meta', 'municipality'], href: '#angabe-gemeinde' },
    { path: ['meta', 'landkreis'], href: '#angabe-landkreis' },
  ])('$path → $href', ({ path, href }) => expect(fieldHref(path)).toBe(href));
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

describe('metaIssues', () => {
  it('requires the municipality, its Landkreis and the task', () => {
    const meta = createAssessment('x', new Date('2026-11-25')).meta;
    const issues = metaIssues(meta);
    expect(issues.map((i) => i.code)).toEqual(['municipality-required', 'landkreis-required', 'task-required']);
    expect(errorLinks(issues).map((e) => e.href)).toEqual(['#angabe-gemeinde', '#angabe-landkreis', '#angabe-aufgabe-0']);
    expect(metaIssues({ ...meta, municipality: 'Musterstadt', landkreis: 'Bautzen', tasks: ['Bauhof'] })).toEqual([]);
    expect(metaIssues({ ...meta, municipality: 'Musterstadt', landkreis: 'Bautzen', otherTasks: 'Friedhofsverwaltung' })).toEqual([]);
  });

  it.each<[string, { tasks: AssessmentMeta['tasks']; otherTasks: string }, string[]]>([
    ['no task', { tasks: [], otherTasks: '  ' }, ['task-required']],
    ['one usual task', { tasks: ['Standesamt'], otherTasks: '' }, []],
    ['one task in words', { tasks: [], otherTasks: 'Schulverwaltung' }, []],
    ['two usual tasks (older assessments)', { tasks: ['Bauhof', 'Standesamt'], otherTasks: '' }, ['several-tasks']],
    ['a usual task and one in words (older assessments)', { tasks: ['Bauhof'], otherTasks: 'Friedhof' }, ['several-tasks']],
  ])('%s → %j', (_name, tasks, codes) => {
    const meta = { ...createAssessment('x', new Date('2026-11-25')).meta, municipality: 'Musterstadt', landkreis: 'Bautzen' as const, ...tasks };
    expect(metaIssues(meta).map((i) => i.code)).toEqual(codes);
  });
});
