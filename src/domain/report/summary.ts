// What the list of assessments shows of each one: progress, level, score, completeness and date –
// a few values instead of the whole report model.
import type { Assessment } from '../assessment/assessment.ts';
import { questionnaireProgress } from '../assessment/wizard.ts';
import { topicsOf } from '../content/lookups.ts';
import type { Content } from '../content/schema.ts';
import { buildReport } from './report.ts';

export interface AssessmentSummary {
  started: boolean;
  finishedQuestionnaires: number;
  /** Only once something was answered. */
  level?: string;
  score?: number;
  completeness: number;
  date: string;
}

export function summarise(content: Content, assessment: Assessment, today: Date = new Date()): AssessmentSummary {
  const started = Object.keys(assessment.responses).length > 0;
  const finishedQuestionnaires = topicsOf(content.questionnaires).filter(
    (q) => questionnaireProgress(q, assessment.responses[q.id] ?? { answers: {}, items: {}, notes: {} }).status === 'abgeschlossen',
  ).length;
  if (!started) return { started, finishedQuestionnaires, completeness: 0, date: assessment.meta.date };
  const { overall, date } = buildReport(content, assessment, today);
  return { started, finishedQuestionnaires, level: overall.level.name, score: overall.score, completeness: overall.completeness, date };
}
