// Re-assessment: what changed between two rounds of the same municipality – scores, answers that
// improved or got worse, which steps of the earlier action plan the answers no longer call for, and
// what the municipality recorded as done in its plan. A new round starts with a copy of the plan;
// steps are matched by their stable keys, not by wording.
import type { PlanStep } from '../report/actionPlan.ts';
import type { ReportModel } from '../report/report.ts';
import type { QuestionResult } from '../verdicts/scoring.ts';

/** The status before, for a step the earlier round's plan did not have. */
export const NOT_IN_PLAN = 'noch nicht im Plan';

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
  actionsDone: PlanStep[];
  /** Steps the later round calls for that the earlier did not. */
  actionsNew: PlanStep[];
  /** Steps whose status in the plan changed between the rounds (e.g. "offen" → "erledigt"), own steps included. */
  planProgress: { step: PlanStep; before: string; after: string }[];
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
  const generated = (report: ReportModel) => report.actions.filter((a) => a.source !== 'eigener-schritt' && a.source !== 'behoben');
  const keysOf = (steps: PlanStep[]) => new Set(steps.flatMap((a) => a.stepKeys));
  const laterKeys = keysOf(generated(later));
  const earlierKeys = keysOf(generated(earlier));
  const earlierByKey = new Map(earlier.actions.flatMap((a) => [...new Set([a.stepKey, ...a.stepKeys])].map((k) => [k, a] as const)));
  const planProgress = later.actions.flatMap((step) => {
    const before = [step.stepKey, ...step.stepKeys].map((k) => earlierByKey.get(k)).find((a) => a !== undefined);
    // A step new in this round and still open is listed among the new steps already.
    if (!before && step.progress.status === 'offen' && !step.progress.resolved) return [];
    const beforeText = before?.progress.statusText ?? NOT_IN_PLAN;
    return beforeText === step.progress.statusText ? [] : [{ step, before: beforeText, after: step.progress.statusText }];
  });
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
    actionsDone: generated(earlier).filter((a) => !a.stepKeys.some((k) => laterKeys.has(k))),
    actionsNew: generated(later).filter((a) => !a.stepKeys.some((k) => earlierKeys.has(k))),
    planProgress,
  };
}
