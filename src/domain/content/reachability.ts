// Finds conditional questions that no combination of answers can ever show (contradictory
// conditions). Tries every combination of the answers a condition depends on; the sets are small.
import type { AnswerValue, Response } from '../assessment/assessment.ts';
import { QuestionnaireView, questionsIn } from './conditions.ts';
import type { Issue } from '../issues/issues.ts';
import { questionIndex } from './questionIndex.ts';
import { optionsOf } from './questions.ts';
import type { Condition, Question, Questionnaire } from './schema.ts';

const MAX_COMBINATIONS = 50_000;

function candidateAnswers(question: Question): (AnswerValue | undefined)[] {
  const values = optionsOf(question).map((o) => o.value);
  switch (question.type) {
    case 'multiple':
      return [undefined, ...values.map((v) => [v]), values];
    case 'number':
      return [undefined, '1', ...values];
    case 'text':
      return [undefined, 'Text'];
    default:
      return [undefined, ...values];
  }
}

function sectionCounts(condition: Condition | undefined, out: number[]): number[] {
  if (!condition) return out;
  if ('all' in condition) condition.all.forEach((c) => sectionCounts(c, out));
  else if ('any' in condition) condition.any.forEach((c) => sectionCounts(c, out));
  else if ('not' in condition) sectionCounts(condition.not, out);
  else if ('section' in condition) out.push(condition.minItems);
  return out;
}

export function findNeverShown(q: Questionnaire, file: string): Issue[] {
  const index = questionIndex(q);
  const conditionsOf = (id: string) =>
    [index.sectionOf(id)?.showIf, index.question(id)?.showIf].filter((c): c is Condition => c !== undefined);

  const closure = (id: string): string[] => {
    const seen = new Set<string>();
    const stack = conditionsOf(id).flatMap(questionsIn);
    while (stack.length) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...conditionsOf(next).flatMap(questionsIn));
    }
    return [...seen];
  };

  const allCounts = q.sections.flatMap((s) => [...sectionCounts(s.showIf, []), ...s.questions.flatMap((qq) => sectionCounts(qq.showIf, []))]);
  const itemCount = Math.max(1, ...allCounts);

  const visibleWith = (target: string, assignment: Map<string, AnswerValue>): boolean => {
    const response: Response = { answers: {}, items: {}, notes: {} };
    for (const section of q.sections.filter((s) => s.repeat)) {
      response.items[section.id] = Array.from({ length: itemCount }, (_, i) => ({ id: `x${i}`, name: '', answers: {} }));
    }
    for (const [id, value] of assignment) {
      const section = index.sectionOf(id)!;
      if (section.repeat) response.items[section.id]!.forEach((item) => (item.answers[id] = value));
      else response.answers[id] = value;
    }
    return new QuestionnaireView(q, response).isQuestionVisible(target, { itemId: 'x0' });
  };

  const issues: Issue[] = [];
  q.sections.forEach((section, s) => {
    section.questions.forEach((question, i) => {
      if (!section.showIf && !question.showIf) return;
      const deps = closure(question.id);
      const choices = deps.map((id) => candidateAnswers(index.question(id)!));
      const total = choices.reduce((n, c) => n * c.length, 1);
      if (total > MAX_COMBINATIONS) return;
      for (let n = 0; n < total; n++) {
        const assignment = new Map<string, AnswerValue>();
        let rest = n;
        deps.forEach((id, d) => {
          const options = choices[d]!;
          const value = options[rest % options.length];
          rest = Math.floor(rest / options.length);
          if (value !== undefined) assignment.set(id, value);
        });
        if (visibleWith(question.id, assignment)) return;
      }
      const path = question.showIf ? ['sections', s, 'questions', i, 'showIf'] : ['sections', s, 'showIf'];
      issues.push({ code: 'never-shown', file, path, params: { id: question.id } });
    });
  });
  return issues;
}
