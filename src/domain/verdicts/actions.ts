// The action plan: every weak answer, open point and flag becomes a concrete next step with a
// priority, its topic and a suggested owner.
import { questionIndex } from '../content/questionIndex.ts';
import type { Flag } from './rules.ts';
import type { Owner, Priority, Question, Questionnaire } from '../content/schema.ts';
import type { QuestionResult, TopicResult } from './scoring.ts';
import type { VatAssessment } from './vat.ts';

export type ActionSource = 'flag' | 'antwort' | 'offener-punkt' | 'umsatzsteuer';

export interface ActionItem {
  id: string;
  text: string;
  priority: Priority;
  owner: Owner;
  topic: string;
  questionnaireId: string;
  source: ActionSource;
  /** Why this step is suggested, e.g. the answer or the flag behind it. */
  because: string;
}

export interface OpenPoint {
  questionnaireId: string;
  topic: string;
  questionId: string;
  question: string;
  item?: string;
  reason: 'weiß nicht' | 'nicht beantwortet';
}

const PRIORITY_ORDER: Record<Priority, number> = { hoch: 0, mittel: 1, niedrig: 2 };
/** Answers scoring below this count as weak and yield their question's action. */
export const WEAK_ANSWER = 0.5;

export function priorityOfWeight(weight: number): Priority {
  return weight >= 3 ? 'hoch' : weight >= 2 ? 'mittel' : 'niedrig';
}

export function openPointsOf(topics: TopicResult[]): OpenPoint[] {
  return topics.flatMap((topic) =>
    topic.sections.flatMap((section) =>
      section.questions
        .filter((r) => r.state === 'unknown' || (r.state === 'unanswered' && r.required))
        .map((r) => ({
          questionnaireId: topic.questionnaireId,
          topic: topic.title,
          questionId: r.questionId,
          question: r.text,
          ...(r.item ? { item: r.item.name } : {}),
          reason: r.state === 'unknown' ? ('weiß nicht' as const) : ('nicht beantwortet' as const),
        })),
    ),
  );
}

function questionAction(topic: TopicResult, question: Question, result: QuestionResult): ActionItem | undefined {
  if (!question.action) return undefined;
  const priority = question.action.priority ?? priorityOfWeight(result.weight);
  const subject = result.item ? ` (${result.item.name})` : '';
  if (result.state === 'scored' && result.score! < WEAK_ANSWER) {
    return {
      id: `${topic.questionnaireId}/${result.item?.id ?? ''}/${question.id}`,
      text: question.action.text,
      priority,
      owner: question.action.owner,
      topic: topic.title,
      questionnaireId: topic.questionnaireId,
      source: 'antwort',
      because: `„${question.text}“${subject}: ${result.answer}`,
    };
  }
  if (result.state === 'unknown') {
    return {
      id: `${topic.questionnaireId}/${result.item?.id ?? ''}/${question.id}`,
      text: `Klären Sie: ${question.text}${subject} Danach gilt gegebenenfalls: ${question.action.text}`,
      priority,
      owner: question.action.owner,
      topic: topic.title,
      questionnaireId: topic.questionnaireId,
      source: 'offener-punkt',
      because: `„${question.text}“${subject}: Weiß nicht`,
    };
  }
  return undefined;
}

function vatActions(vat: VatAssessment, topic: string): ActionItem[] {
  return vat.services.flatMap((service): ActionItem[] => {
    if (service.risk === 'unklar') {
      return [
        {
          id: `umsatzsteuer/vat/${service.itemId}`,
          text: `Klären Sie für „${service.serviceName}“: ${service.toClarify.join(' ') || 'die offenen Angaben zur Umsatzsteuer.'}`,
          priority: 'hoch',
          owner: 'Steuerberatung',
          topic,
          questionnaireId: 'umsatzsteuer',
          source: 'umsatzsteuer',
          because: `Umsatzsteuer-Risiko unklar: ${service.conclusion}`,
        },
      ];
    }
    if (service.risk === 'hoch' && service.mitigations[0]) {
      return [
        {
          id: `umsatzsteuer/vat/${service.itemId}`,
          text: `„${service.serviceName}“: ${service.mitigations[0].text}`,
          priority: 'hoch',
          owner: 'Steuerberatung',
          topic,
          questionnaireId: 'umsatzsteuer',
          source: 'umsatzsteuer',
          because: `Umsatzsteuer-Risiko hoch: ${service.conclusion}`,
        },
      ];
    }
    return [];
  });
}

export function buildActionPlan(questionnaires: Questionnaire[], topics: TopicResult[], flags: Flag[], vat: VatAssessment): ActionItem[] {
  const fromFlags = flags.map(
    (flag): ActionItem => ({
      id: `${flag.questionnaireId}/regel/${flag.ruleId}`,
      text: flag.action.text,
      priority: flag.action.priority ?? (flag.severity === 'showstopper' ? 'hoch' : 'mittel'),
      owner: flag.action.owner,
      topic: flag.topic,
      questionnaireId: flag.questionnaireId,
      source: 'flag',
      because: `${flag.severity === 'showstopper' ? 'K.-o.-Kriterium' : 'Warnung'}: ${flag.title}`,
    }),
  );
  const fromAnswers = topics.flatMap((topic) => {
    const questionnaire = questionnaires.find((q) => q.id === topic.questionnaireId)!;
    const index = questionIndex(questionnaire);
    return topic.sections.flatMap((section) =>
      section.questions.flatMap((result) => questionAction(topic, index.question(result.questionId)!, result) ?? []),
    );
  });
  const vatTopic = topics.find((t) => t.questionnaireId === 'umsatzsteuer')?.title ?? 'Umsatzsteuer';
  const all = [...fromFlags, ...vatActions(vat, vatTopic), ...fromAnswers];
  const seen = new Set<string>();
  const unique = all.filter((a) => (seen.has(a.text) ? false : (seen.add(a.text), true)));
  const topicOrder = (id: string) => questionnaires.findIndex((q) => q.id === id);
  return unique.sort(
    (a, b) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] || topicOrder(a.questionnaireId) - topicOrder(b.questionnaireId),
  );
}
