// Scores: per question 0–1 from the chosen option(s), per section and questionnaire a weighted
// mean 0–100, plus a completeness figure. "Weiß nicht" and unanswered questions are not scored
// as zero: they lower the completeness and become open points. "Nicht zutreffend" is left out.
import type { Response } from '../assessment/assessment.ts';
import { QuestionnaireView, type Scope } from '../content/conditions.ts';
import { isRequired, isScored, optionsOf, weightOf } from '../content/questions.ts';
import type { Question, Questionnaire, Section } from '../content/schema.ts';
import { answerText } from '../assessment/wizard.ts';

export type AnswerState = 'scored' | 'unknown' | 'notApplicable' | 'unanswered' | 'unscored';

export interface QuestionResult {
  questionId: string;
  text: string;
  /** Present for questions in repeatable sections. */
  item?: { id: string; name: string };
  answer: string;
  state: AnswerState;
  /** 0–1; only when state is "scored". */
  score?: number;
  weight: number;
  required: boolean;
  note?: string;
}

export interface SectionResult {
  sectionId: string;
  title: string;
  /** 0–100; undefined when nothing in it could be scored. */
  score?: number;
  /** Share (0–100) of the scoring weight that has a usable answer. */
  completeness: number;
  questions: QuestionResult[];
}

export interface TopicResult {
  questionnaireId: string;
  title: string;
  shortTitle: string;
  version: number;
  score?: number;
  completeness: number;
  sections: SectionResult[];
}

/** Score of one answer, or its state when it cannot be scored. */
export function scoreAnswer(question: Question, value: string | string[] | undefined): { state: AnswerState; score?: number } {
  if (!isScored(question)) return { state: 'unscored' };
  // One pass over the options (the report scores every answer): "nicht zutreffend" outranks
  // "weiß nicht", which outranks a score.
  let chosen = 0;
  let unknown = false;
  let sum = 0;
  for (const option of optionsOf(question)) {
    if (!(Array.isArray(value) ? value.includes(option.value) : value === option.value)) continue;
    if (option.kind === 'notApplicable') return { state: 'notApplicable' };
    if (option.kind === 'unknown') unknown = true;
    sum += option.score ?? 0;
    chosen++;
  }
  if (chosen === 0) return { state: 'unanswered' };
  if (unknown) return { state: 'unknown' };
  return { state: 'scored', score: question.type === 'multiple' ? Math.min(1, sum) : sum };
}

interface Tally {
  weightedScore: number;
  scoredWeight: number;
  countedWeight: number;
}

const emptyTally = (): Tally => ({ weightedScore: 0, scoredWeight: 0, countedWeight: 0 });

/** Adds the results, in their order, to the tally. */
function tally(results: QuestionResult[], t = emptyTally()): Tally {
  for (const r of results) {
    if (r.state === 'unscored' || r.state === 'notApplicable') continue;
    // An optional question nobody answered neither helps nor hurts the score.
    if (r.state === 'unanswered' && !r.required) continue;
    t.countedWeight += r.weight;
    if (r.state === 'scored') {
      t.scoredWeight += r.weight;
      t.weightedScore += r.weight * r.score!;
    }
  }
  return t;
}

function percentages(t: Tally): { score?: number; completeness: number } {
  return {
    score: t.scoredWeight > 0 ? (100 * t.weightedScore) / t.scoredWeight : undefined,
    completeness: t.countedWeight > 0 ? (100 * t.scoredWeight) / t.countedWeight : 100,
  };
}

function sectionResult(view: QuestionnaireView, section: Section): SectionResult {
  const notes = view.response.notes;
  const hasNotes = Object.keys(notes).length > 0;
  const questions: QuestionResult[] = [];
  const add = (item?: { id: string; name: string; answers: Response['answers'] }) => {
    const scope: Scope | undefined = item ? { itemId: item.id } : undefined;
    // The section is repeated exactly when there is an item: its answers are the item's.
    const answers = item ? item.answers : view.response.answers;
    // One object per item, shared by its answers' results (the model is only read).
    const named = item && { id: item.id, name: item.name };
    for (const question of view.visibleQuestions(section, scope)) {
      const value = answers[question.id];
      const { state, score } = scoreAnswer(question, value);
      // Built field by field, not by spreading: the report makes one of these per answer.
      const result: QuestionResult = {
        questionId: question.id,
        text: question.text,
        answer: answerText(question, value),
        state,
        weight: weightOf(question),
        required: isRequired(question),
      };
      if (named) result.item = named;
      if (score !== undefined) result.score = score;
      const note = hasNotes ? notes[item ? `${item.id}/${question.id}` : question.id] : undefined;
      if (note) result.note = note;
      questions.push(result);
    }
  };
  if (section.repeat) for (const item of view.items(section.id)) add(item);
  else add();
  return { sectionId: section.id, title: section.title, ...percentages(tally(questions)), questions };
}

export function topicResult(q: Questionnaire, response: Response, view = new QuestionnaireView(q, response)): TopicResult {
  const sections: SectionResult[] = [];
  // The topic's tally adds every question in the same order as a section's does.
  const total = emptyTally();
  for (const s of q.sections) {
    if (!view.isSectionVisible(s)) continue;
    const result = sectionResult(view, s);
    tally(result.questions, total);
    sections.push(result);
  }
  return {
    questionnaireId: q.id,
    title: q.title,
    shortTitle: q.shortTitle ?? q.title,
    version: q.version,
    ...percentages(total),
    sections,
  };
}

/** Weighted mean of the topic scores (weights from settings.yaml); topics without a score are left out. */
export function overallScore(topics: TopicResult[], weights: Record<string, number>): { score?: number; completeness: number } {
  let weighted = 0;
  let scoredWeight = 0;
  let completeness = 0;
  let totalWeight = 0;
  for (const topic of topics) {
    const weight = weights[topic.questionnaireId] ?? 0;
    totalWeight += weight;
    completeness += weight * (topic.score === undefined ? 0 : topic.completeness);
    if (topic.score === undefined) continue;
    weighted += weight * topic.score;
    scoredWeight += weight;
  }
  return {
    score: scoredWeight > 0 ? weighted / scoredWeight : undefined,
    completeness: totalWeight > 0 ? completeness / totalWeight : 0,
  };
}
