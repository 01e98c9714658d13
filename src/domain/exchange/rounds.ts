// Re-assessment: what changed between two rounds of the same municipality – scores, answers that
// improved or got worse, and which steps of the earlier action plan are done.
import type { ActionItem } from '../verdicts/actions.ts';
import type { ReportModel } from '../report/report.ts';
import type { QuestionResult } from '../verdicts/scoring.ts';

export interface AnswerChange {
  topic: string;
  question: string;
  before: string;
  after: string;
}

export interface RoundComparison {
  overall: { before?: number; after?: number; levelBefore: string; levelAfter: string };
  topics: { questionnaireId: string; title: string; before?: number; after?: number }[];
  improved: AnswerChange[];
  worsened: AnswerChange[];
  /** Steps of the earlier plan that the later answers no longer call for. */
  actionsDone: ActionItem[];
  /** Steps the later round calls for that the earlier did not. */
  actionsNew: ActionItem[];
}

function scoredAnswers(report: ReportModel): Map<string, { topic: string; result: QuestionResult }> {
  const map = new Map<string, { topic: string; result: QuestionResult }>();
  for (const topic of report.topics) {
    for (const section of topic.sections) {
      for (const result of section.questions) {
        map.set(`${topic.questionnaireId}/${result.item?.name ?? ''}/${result.questionId}`, { topic: topic.title, result });
      }
    }
  }
  return map;
}

export function compareRounds(earlier: ReportModel, later: ReportModel): RoundComparison {
  const before = scoredAnswers(earlier);
  const after = scoredAnswers(later);
  const improved: AnswerChange[] = [];
  const worsened: AnswerChange[] = [];
  for (const [key, now] of after) {
    const then = before.get(key);
    if (!then || then.result.score === undefined || now.result.score === undefined || then.result.score === now.result.score) continue;
    const change = { topic: now.topic, question: now.result.text, before: then.result.answer, after: now.result.answer };
    (now.result.score > then.result.score ? improved : worsened).push(change);
  }
  const laterTexts = new Set(later.actions.map((a) => a.text));
  const earlierTexts = new Set(earlier.actions.map((a) => a.text));
  return {
    overall: { before: earlier.overall.score, after: later.overall.score, levelBefore: earlier.overall.level.name, levelAfter: later.overall.level.name },
    topics: later.topics.map((t) => ({
      questionnaireId: t.questionnaireId,
      title: t.title,
      before: earlier.topics.find((e) => e.questionnaireId === t.questionnaireId)?.score,
      after: t.score,
    })),
    improved,
    worsened,
    actionsDone: earlier.actions.filter((a) => !laterTexts.has(a.text)),
    actionsNew: later.actions.filter((a) => !earlierTexts.has(a.text)),
  };
}
