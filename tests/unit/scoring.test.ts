import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { emptyResponse, type Response } from '../../src/domain/assessment/assessment.ts';
import { overallScore, scoreAnswer, topicResult } from '../../src/domain/verdicts/scoring.ts';
import { validateYaml } from './fixtures.ts';

const SCORING_YAML = `
id: bewertung
version: 1
order: 1
title: Bewertung
intro: Test.
sections:
  - id: a
    title: A
    questions:
      - { id: wichtig, type: scale, text: Wichtig?, help: H, weight: 3, action: { text: T, owner: Hauptamt } }
      - { id: normal, type: scale, text: Normal?, help: H, notApplicable: true, action: { text: T, owner: Hauptamt } }
      - id: auswahl
        type: multiple
        text: Was gibt es?
        help: H
        weight: 2
        action: { text: T, owner: Hauptamt }
        options:
          - { value: x, label: X, score: 0.5 }
          - { value: y, label: Y, score: 0.75 }
          - { value: keine, label: Keine, score: 0, exclusive: true }
          - { value: weiss-nicht, label: Weiß nicht, kind: unknown }
      - { id: optional, type: scale, text: Optional?, help: H, required: false, action: { text: T, owner: Hauptamt } }
      - id: extra
        type: multiple
        required: false
        text: Was noch?
        help: H
        action: { text: T, owner: Hauptamt }
        options:
          - { value: p, label: P, score: 1 }
          - { value: nz, label: Nicht zutreffend, kind: notApplicable }
          - { value: wn, label: Weiß nicht, kind: unknown }
  - id: b
    title: B
    questions:
      - { id: folge, type: scale, text: Folge?, help: H, showIf: { question: wichtig, in: [nein] }, action: { text: T, owner: Hauptamt } }
  - id: c
    title: C
    repeat: { itemName: Eintrag, itemNamePlural: Einträge }
    questions:
      - { id: je-eintrag, type: scale, text: Je Eintrag?, help: H, action: { text: T, owner: Hauptamt } }
  - id: d
    title: D
    questions:
      - { id: notiz, type: text, text: Notiz?, help: H }
  - id: e
    title: E
    showIf: { question: wichtig, in: [nein] }
    questions:
      - { id: nur-bei-nein, type: scale, text: Nur bei Nein?, help: H, required: false, action: { text: T, owner: Hauptamt } }
`;
const q = (() => {
  const result = validateYaml(SCORING_YAML);
  if (!result.content) throw new Error(JSON.stringify(result.issues));
  return result.content.questionnaires[0]!;
})();
const response = (answers: Response['answers']): Response => ({ ...emptyResponse(), answers });
const question = (id: string) => q.sections.flatMap((s) => s.questions).find((x) => x.id === id)!;

describe('scoreAnswer', () => {
  it.each([
    { id: 'wichtig', value: 'ja', expected: { state: 'scored', score: 1 } },
    { id: 'wichtig', value: 'teilweise', expected: { state: 'scored', score: 0.5 } },
    { id: 'wichtig', value: 'nein', expected: { state: 'scored', score: 0 } },
    { id: 'wichtig', value: 'weiss-nicht', expected: { state: 'unknown' } },
    { id: 'wichtig', value: '', expected: { state: 'unanswered' } },
    { id: 'normal', value: 'nicht-zutreffend', expected: { state: 'notApplicable' } },
    { id: 'auswahl', value: ['x'], expected: { state: 'scored', score: 0.5 } },
    { id: 'auswahl', value: ['x', 'y'], expected: { state: 'scored', score: 1 } },
    { id: 'auswahl', value: ['keine'], expected: { state: 'scored', score: 0 } },
    { id: 'auswahl', value: ['weiss-nicht'], expected: { state: 'unknown' } },
    { id: 'wichtig', value: undefined, expected: { state: 'unanswered' } },
    { id: 'wichtig', value: 'gibt-es-nicht', expected: { state: 'unanswered' } },
    { id: 'auswahl', value: [], expected: { state: 'unanswered' } },
    { id: 'extra', value: ['p', 'nz'], expected: { state: 'notApplicable' } },
    { id: 'extra', value: ['p', 'wn'], expected: { state: 'unknown' } },
    { id: 'extra', value: ['wn', 'nz'], expected: { state: 'notApplicable' } },
    { id: 'extra', value: ['p', 'gibt-es-nicht'], expected: { state: 'scored', score: 1 } },
    { id: 'notiz', value: 'Text', expected: { state: 'unscored' } },
  ])('$id = $value → $expected', ({ id, value, expected }) => {
    expect(scoreAnswer(question(id), value)).toEqual(expected);
  });
});

describe('topicResult', () => {
  it.each<{ name: string; answers: Response['answers']; score: number | undefined; completeness: number }>([
    {
      name: 'weights: 3 × 1 and 1 × 0 and 2 × 0.5',
      answers: { wichtig: 'ja', normal: 'nein', auswahl: ['x'] },
      score: (3 * 1 + 1 * 0 + 2 * 0.5) / 6 * 100,
      completeness: 100,
    },
    {
      name: '"nicht zutreffend" is left out of score and completeness',
      answers: { wichtig: 'ja', normal: 'nicht-zutreffend', auswahl: ['keine'] },
      score: (3 * 1 + 2 * 0) / 5 * 100,
      completeness: 100,
    },
    {
      name: '"weiß nicht" is not zero but lowers completeness',
      answers: { wichtig: 'weiss-nicht', normal: 'ja', auswahl: ['y'] },
      score: (1 * 1 + 2 * 0.75) / 3 * 100,
      completeness: (3 / 6) * 100,
    },
    {
      name: 'all "weiß nicht": no score, no completeness',
      answers: { wichtig: 'weiss-nicht', normal: 'weiss-nicht', auswahl: ['weiss-nicht'], optional: 'weiss-nicht' },
      score: undefined,
      completeness: 0,
    },
    {
      name: 'all "nicht zutreffend" where possible and the rest unanswered',
      answers: { normal: 'nicht-zutreffend' },
      score: undefined,
      completeness: 0,
    },
    {
      name: 'a shown conditional question counts',
      answers: { wichtig: 'nein', normal: 'ja', auswahl: ['x', 'y'], folge: 'ja' },
      score: (3 * 0 + 1 + 2 * 1 + 1) / 7 * 100,
      completeness: 100,
    },
    {
      name: 'the answer of a hidden conditional question does not count',
      answers: { wichtig: 'ja', normal: 'ja', auswahl: ['x', 'y'], folge: 'nein' },
      score: 100,
      completeness: 100,
    },
    {
      name: 'an unanswered optional question neither helps nor hurts; an answered one counts',
      answers: { wichtig: 'ja', normal: 'ja', auswahl: ['x', 'y'], optional: 'nein' },
      score: (3 + 1 + 2 + 0) / 7 * 100,
      completeness: 100,
    },
  ])('$name', ({ answers, score, completeness }) => {
    const result = topicResult(q, response(answers));
    if (score === undefined) expect(result.score).toBeUndefined();
    else expect(result.score).toBeCloseTo(score, 6);
    expect(result.completeness).toBeCloseTo(completeness, 6);
  });

  it('scores each section on its own', () => {
    const result = topicResult(q, response({ wichtig: 'nein', normal: 'ja', auswahl: ['keine'], folge: 'ja' }));
    const [a, b] = result.sections.map((s) => s.score);
    expect(a).toBeCloseTo((1 / 6) * 100, 6);
    expect(b).toBe(100);
  });

  it('a section without scored questions or without entries is complete and has no score', () => {
    const result = topicResult(q, response({ wichtig: 'ja' }));
    const byId = Object.fromEntries(result.sections.map((sec) => [sec.sectionId, sec]));
    expect(byId['c']).toMatchObject({ score: undefined, completeness: 100, questions: [] });
    expect(byId['d']).toMatchObject({ score: undefined, completeness: 100 });
  });

  it('a hidden section is left out, also from the score', () => {
    expect(topicResult(q, response({ wichtig: 'ja', 'nur-bei-nein': 'nein' })).sections.map((sec) => sec.sectionId)).toEqual(['a', 'b', 'c', 'd']);
    expect(topicResult(q, response({ wichtig: 'nein', 'nur-bei-nein': 'ja' })).sections.map((sec) => sec.sectionId)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('answers of entries carry their entry and the note written for them', () => {
    const r: Response = {
      answers: { wichtig: 'ja' },
      items: { c: [{ id: 'e1', name: 'Erster', answers: { 'je-eintrag': 'ja' } }, { id: 'e2', name: 'Zweiter', answers: { 'je-eintrag': 'nein' } }] },
      notes: { 'e2/je-eintrag': 'Im Workshop besprochen', wichtig: 'Beschluss vom März' },
    };
    const result = topicResult(q, r);
    const c = result.sections.find((sec) => sec.sectionId === 'c')!;
    expect(c.questions.map((x) => [x.item?.id, x.item?.name, x.score, x.note])).toEqual([
      ['e1', 'Erster', 1, undefined],
      ['e2', 'Zweiter', 0, 'Im Workshop besprochen'],
    ]);
    expect(c.score).toBe(50);
    expect(result.sections[0]!.questions.find((x) => x.questionId === 'wichtig')!.note).toBe('Beschluss vom März');
  });

  it('lists every shown question with its answer for the explanation', () => {
    const result = topicResult(q, response({ wichtig: 'teilweise' }));
    expect(result.sections[0]!.questions[0]).toMatchObject({ questionId: 'wichtig', answer: 'Teilweise', score: 0.5, weight: 3 });
  });
});

describe('overallScore', () => {
  const topic = (id: string, score: number | undefined, completeness = 100) => ({
    questionnaireId: id,
    title: id,
    shortTitle: id,
    version: 1,
    score,
    completeness,
    sections: [],
  });

  it.each<{ name: string; topics: ReturnType<typeof topic>[]; weights: Record<string, number>; score: number | undefined }>([
    { name: 'weighted by topic', topics: [topic('a', 100), topic('b', 0)], weights: { a: 3, b: 1 }, score: 75 },
    { name: 'a topic without score is left out', topics: [topic('a', 80), topic('b', undefined)], weights: { a: 1, b: 1 }, score: 80 },
    { name: 'no topic scored', topics: [topic('a', undefined)], weights: { a: 1 }, score: undefined },
  ])('$name', ({ topics, weights, score }) => {
    expect(overallScore(topics, weights).score).toBe(score);
  });

  it('topics without weight give no score and 0 % completeness', () => {
    expect(overallScore([topic('a', 50, 100)], {})).toEqual({ score: undefined, completeness: 0 });
  });

  it('counts an unscored topic as 0 % complete', () => {
    expect(overallScore([topic('a', 50, 100), topic('b', undefined, 100)], { a: 1, b: 1 }).completeness).toBe(50);
  });
});

it('parses the scoring fixture like a real file', () => {
  expect(parse(SCORING_YAML).id).toBe('bewertung');
});
