import { describe, expect, it } from 'vitest';
import { emptyResponse, type Response } from '../../src/domain/assessment/assessment.ts';
import { QuestionnaireView } from '../../src/domain/content/conditions.ts';
import { baseQuestionnaire } from './fixtures.ts';

const q = baseQuestionnaire();

function response(answers: Response['answers'], items: Response['items'] = {}): Response {
  return { ...emptyResponse(), answers, items };
}

describe('QuestionnaireView visibility', () => {
  it.each<{ answers: Response['answers']; visible: boolean; case: string }>([
    { answers: {}, visible: false, case: 'not answered' },
    { answers: { beschluss: 'ja' }, visible: false, case: 'answered with another option' },
    { answers: { beschluss: 'nein' }, visible: true, case: 'answered with the listed option' },
  ])('shows a conditional question only when its condition holds ($case)', ({ answers, visible }) => {
    expect(new QuestionnaireView(q, response(answers)).isQuestionVisible('geplant')).toBe(visible);
  });

  it('keeps the answer of a hidden question but does not count it', () => {
    const view = new QuestionnaireView(q, response({ beschluss: 'ja', geplant: 'nein' }));
    expect(view.rawAnswer('geplant')).toBe('nein');
    expect(view.answer('geplant')).toBeUndefined();
  });

  it('evaluates conditions inside a repeatable section per item', () => {
    const items: Response['items'] = {
      leistungen: [
        { id: 'a', name: 'A', answers: { betrag: '100' } },
        { id: 'b', name: 'B', answers: {} },
      ],
    };
    const view = new QuestionnaireView(q, response({}, items));
    expect(view.isQuestionVisible('grundlage', { itemId: 'a' })).toBe(true);
    expect(view.isQuestionVisible('grundlage', { itemId: 'b' })).toBe(false);
  });

  it.each([
    { count: 0, visible: false },
    { count: 1, visible: true },
  ])('shows a section that needs items only when enough exist ($count items)', ({ count, visible }) => {
    const items = { leistungen: Array.from({ length: count }, (_, i) => ({ id: `i${i}`, name: `I${i}`, answers: {} })) };
    const view = new QuestionnaireView(q, response({}, items));
    expect(view.isSectionVisible(q.sections[2]!)).toBe(visible);
  });

  it.each([
    { condition: { all: [{ question: 'beschluss', in: ['nein'] }, { not: { question: 'beschluss', in: ['ja'] } }] }, holds: true },
    { condition: { any: [{ question: 'beschluss', in: ['ja'] }, { question: 'beschluss', answered: false }] }, holds: false },
    { condition: { question: 'beschluss', notIn: ['ja'] }, holds: true },
    { condition: { not: { question: 'beschluss', answered: true } }, holds: false },
  ])('combines nested conditions: $condition → $holds', ({ condition, holds }) => {
    expect(new QuestionnaireView(q, response({ beschluss: 'nein' })).holds(condition, {})).toBe(holds);
  });

  it('hides a question whose condition depends on a hidden question (cascade)', () => {
    const yamlLike = structuredClone(q);
    yamlLike.sections[0]!.questions.push({
      id: 'folge',
      type: 'scale',
      text: 'Folgefrage',
      help: 'Hilfe',
      showIf: { question: 'geplant', in: ['nein'] },
    });
    const view = new QuestionnaireView(yamlLike, response({ beschluss: 'ja', geplant: 'nein' }));
    expect(view.isQuestionVisible('folge')).toBe(false);
  });
});
