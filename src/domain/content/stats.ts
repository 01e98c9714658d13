// Counts that describe a questionnaire's content, for the check command and the docs.
import { questionIndex } from './questionIndex.ts';
import type { Questionnaire } from './schema.ts';

export interface QuestionnaireStats {
  questions: number;
  withHelp: number;
  references: number;
  conditional: number;
}

export function questionnaireStats(q: Questionnaire): QuestionnaireStats {
  const entries = questionIndex(q).locations;
  return {
    questions: entries.length,
    withHelp: entries.filter(({ question }) => question.help).length,
    references: entries.reduce((n, { question }) => n + (question.references?.length ?? 0), 0),
    conditional: entries.filter(({ section, question }) => question.showIf || section.showIf).length,
  };
}
