// Builds fully answered assessments and enlarged questionnaires for the benchmark: every shown
// question gets an answer, the repeatable sections get items.
import { createAssessment, type Assessment, type Response } from '../domain/assessment/assessment.ts';
import { QuestionnaireView, type Scope } from '../domain/content/conditions.ts';
import { optionsOf } from '../domain/content/questions.ts';
import type { Condition, Content, Question, Questionnaire } from '../domain/content/schema.ts';

function answerFor(question: Question, round: number): string | string[] | undefined {
  const options = optionsOf(question).filter((o) => !o.kind);
  switch (question.type) {
    case 'number':
      return String(Math.min(question.max ?? Infinity, Math.max(question.min ?? 0, 5_000 + round * 1_000)));
    case 'text':
      return 'Anmerkung aus dem Workshop.';
    case 'multiple':
      return options.filter((o) => !o.exclusive).slice(0, 2).map((o) => o.value);
    default:
      return options[round % options.length]?.value;
  }
}

/** Answers every question shown, repeating until conditional questions settle. */
export function fullyAnsweredAssessment(content: Content, itemsPerRepeat = 3): Assessment {
  const assessment = createAssessment('bench', new Date('2026-11-25T09:00:00Z'));
  assessment.meta = { ...assessment.meta, municipality: 'Benchhausen', landkreis: 'Mittelsachsen', tasks: ['Standesamt'] };
  for (const q of content.questionnaires) {
    const response: Response = { answers: {}, items: {}, notes: {} };
    for (const section of q.sections.filter((s) => s.repeat)) {
      response.items[section.id] = Array.from({ length: itemsPerRepeat }, (_, i) => ({ id: `e${i}`, name: `Leistung ${i + 1}`, answers: {} }));
    }
    for (let round = 0; round < 4; round++) {
      const view = new QuestionnaireView(q, response);
      for (const section of q.sections) {
        const scopes: Scope[] = section.repeat ? response.items[section.id]!.map((i) => ({ itemId: i.id })) : [{}];
        for (const scope of scopes) {
          for (const question of view.visibleQuestions(section, scope)) {
            if (view.rawAnswer(question.id, scope) !== undefined) continue;
            const value = answerFor(question, round);
            if (value === undefined) continue;
            const target = scope.itemId ? response.items[section.id]!.find((i) => i.id === scope.itemId)!.answers : response.answers;
            target[question.id] = value;
          }
        }
      }
    }
    assessment.responses[q.id] = response;
    assessment.questionnaireVersions[q.id] = q.version;
  }
  return assessment;
}

function renameCondition(condition: Condition, rename: (id: string) => string): Condition {
  if ('all' in condition) return { all: condition.all.map((c) => renameCondition(c, rename)) };
  if ('any' in condition) return { any: condition.any.map((c) => renameCondition(c, rename)) };
  if ('not' in condition) return { not: renameCondition(condition.not, rename) };
  if ('section' in condition) return { ...condition, section: rename(condition.section) };
  return { ...condition, question: rename(condition.question) };
}

/** The questionnaire with every section repeated `factor` times (ids suffixed, conditions kept inside each copy). */
export function enlarged(q: Questionnaire, factor: number): Questionnaire {
  const sections = Array.from({ length: factor }, (_, k) => {
    const rename = (id: string) => (k === 0 ? id : `${id}-x${k}`);
    return q.sections.map((section) => ({
      ...section,
      id: rename(section.id),
      ...(section.showIf ? { showIf: renameCondition(section.showIf, rename) } : {}),
      questions: section.questions.map((question) => ({
        ...question,
        id: rename(question.id),
        ...(question.showIf ? { showIf: renameCondition(question.showIf, rename) } : {}),
      })),
    }));
  }).flat();
  return { ...q, sections };
}
