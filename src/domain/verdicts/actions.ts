// The action plan: every weak or partial answer, open point and flag becomes a concrete next step
// with a priority, its topic and a suggested owner. Steps that say the same thing (same text, or
// the same `step` id in the content) are merged into one, with all their reasons.
//
// Each step has stable keys, so that what a municipality records for it (owner, date, status,
// note) finds it again after answers change, in an answer file and in the next round: the content's
// step id, else its cause – the question (and item), the rule, the VAT service or the task profile.
// Neither the wording nor the position in the list is part of a key.
import { questionIndex } from '../content/questionIndex.ts';
import type { Flag } from './rules.ts';
import type { Owner, Priority, Question, Questionnaire, TaskProfile } from '../content/schema.ts';
import type { QuestionResult, TopicResult } from './scoring.ts';
import type { VatAssessment } from './vat.ts';
import { VAT_QUESTIONNAIRE } from './vatContract.ts';

export type ActionSource = 'flag' | 'antwort' | 'offener-punkt' | 'umsatzsteuer' | 'aufgabe';

export interface ActionItem {
  id: string;
  text: string;
  priority: Priority;
  owner: Owner;
  topic: string;
  questionnaireId: string;
  source: ActionSource;
  /** Why this step is suggested, e.g. the answer or the flag behind it; several reasons when steps were merged. */
  because: string;
  /** Where the municipality's entries for this step are kept: the first key is the step's own. */
  stepKeys: [string, ...string[]];
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
/** Answers scoring below this count as weak and yield their question's action at its priority. */
export const WEAK_ANSWER = 0.5;
/** Answers below full marks but not weak ("teilweise") yield the action one priority lower. */
export const COMPLETE_ANSWER = 1;

export function priorityOfWeight(weight: number): Priority {
  return weight >= 3 ? 'hoch' : weight >= 2 ? 'mittel' : 'niedrig';
}

function lower(priority: Priority): Priority {
  return priority === 'hoch' ? 'mittel' : 'niedrig';
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

/** A step before merging; `key` is the content's step id, else the text; `cause` its stable key. */
type Candidate = Omit<ActionItem, 'stepKeys'> & { key: string; cause: string; step?: string };

/** A short, stable digest of a text (FNV-1a, 32 bit), for keys of steps that have no id of their own. */
function digest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

function questionAction(topic: TopicResult, question: Question, result: QuestionResult): Candidate | undefined {
  const action = question.action;
  const weakAnswer = result.state === 'scored' && result.score! < COMPLETE_ANSWER;
  if (!action || !(weakAnswer || result.state === 'unknown')) return undefined;
  const priority = action.priority ?? priorityOfWeight(result.weight);
  const subject = result.item ? ` (${result.item.name})` : '';
  const id = `${topic.questionnaireId}/${result.item?.id ?? ''}/${question.id}`;
  const cause = `frage:${topic.questionnaireId}/${result.item ? `${result.item.id}/` : ''}${question.id}`;
  const text = weakAnswer ? action.text : `Klären Sie: ${question.text}${subject} Danach gilt gegebenenfalls: ${action.text}`;
  // Built field by field, not by spreading: the report makes one per weak or unknown answer.
  const candidate: Candidate = {
    id,
    cause,
    key: weakAnswer ? (action.step ?? action.text) : text,
    text,
    priority: weakAnswer && result.score! >= WEAK_ANSWER ? lower(priority) : priority,
    owner: action.owner,
    topic: topic.title,
    questionnaireId: topic.questionnaireId,
    source: weakAnswer ? 'antwort' : 'offener-punkt',
    because: `„${question.text}“${subject}: ${weakAnswer ? result.answer : 'Weiß nicht'}`,
  };
  if (action.step) candidate.step = action.step;
  return candidate;
}

function vatActions(vat: VatAssessment, topic: string): Candidate[] {
  return vat.services.flatMap((service): Candidate[] => {
    const base = { id: `${VAT_QUESTIONNAIRE}/vat/${service.itemId}`, cause: `ust:${service.itemId}`, priority: 'hoch' as const, owner: 'Steuerberatung' as const, topic, questionnaireId: VAT_QUESTIONNAIRE, source: 'umsatzsteuer' as const };
    if (service.risk === 'unklar') {
      const text = `Klären Sie für „${service.serviceName}“: ${service.toClarify.join(' ') || 'die offenen Angaben zur Umsatzsteuer.'}`;
      return [{ ...base, key: text, text, because: `Umsatzsteuer-Risiko unklar: ${service.conclusion}` }];
    }
    if (service.risk === 'hoch' && service.mitigations[0]) {
      const text = `„${service.serviceName}“: ${service.mitigations[0].text}`;
      return [{ ...base, key: text, text, because: `Umsatzsteuer-Risiko hoch: ${service.conclusion}` }];
    }
    return [];
  });
}

/**
 * One step per key: the most urgent wording wins (flags before answers on a tie); all reasons are
 * kept. The step's own key is the content's step id, else the first of its causes in sorted order;
 * every cause stays a key, so that entries are found whichever causes remain.
 */
function merge(candidates: Candidate[]): ActionItem[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const group = groups.get(c.key);
    if (group) group.push(c);
    else groups.set(c.key, [c]);
  }
  return [...groups.values()].map((group) => {
    const first = group.reduce((most, c) => (PRIORITY_ORDER[c.priority] < PRIORITY_ORDER[most.priority] ? c : most));
    const { id, text, priority, owner, topic, questionnaireId, source, step } = first;
    // Most steps have one cause: no sets to build for them.
    const causes = group.length === 1 ? [first.cause] : [...new Set(group.map((c) => c.cause))].sort();
    const because = group.length === 1 ? first.because : [...new Set(group.map((c) => c.because))].join('; ');
    const stepKeys = (step ? [`schritt:${step}`, ...causes] : causes) as [string, ...string[]];
    return { id, text, priority, owner, topic, questionnaireId, source, because, stepKeys };
  });
}

/** The extra steps of the task profiles that apply, in the topic of the questionnaire each names. */
function profileActions(profiles: TaskProfile[], topics: TopicResult[]): Candidate[] {
  return profiles.flatMap((profile) =>
    profile.steps.map((step, i): Candidate => ({
      id: `aufgabe/${profile.id}/${i}`,
      // Profile steps have no id in the content; the digest of the text keeps the key off their position.
      cause: `aufgabe:${profile.id}/${digest(step.text)}`,
      key: step.text,
      text: step.text,
      priority: step.priority,
      owner: step.owner,
      topic: topics.find((t) => t.questionnaireId === step.questionnaire)?.title ?? step.questionnaire,
      questionnaireId: step.questionnaire,
      source: 'aufgabe',
      because: `Besondere Regeln für die Aufgabe „${profile.task}“`,
    })),
  );
}

export function buildActionPlan(
  questionnaires: Questionnaire[],
  topics: TopicResult[],
  flags: Flag[],
  vat: VatAssessment,
  profiles: TaskProfile[] = [],
): ActionItem[] {
  const fromFlags = flags.map(
    (flag): Candidate => ({
      id: `${flag.questionnaireId}/regel/${flag.ruleId}`,
      cause: `regel:${flag.questionnaireId}/${flag.ruleId}`,
      ...(flag.action.step && { step: flag.action.step }),
      key: flag.action.step ?? flag.action.text,
      text: flag.action.text,
      priority: flag.action.priority ?? (flag.severity === 'showstopper' ? 'hoch' : 'mittel'),
      owner: flag.action.owner,
      topic: flag.topic,
      questionnaireId: flag.questionnaireId,
      source: 'flag',
      because: `${flag.severity === 'showstopper' ? 'K.-o.-Kriterium' : 'Warnung'}: ${flag.title}`,
    }),
  );
  const fromAnswers: Candidate[] = [];
  for (const topic of topics) {
    const index = questionIndex(questionnaires.find((q) => q.id === topic.questionnaireId)!);
    for (const section of topic.sections) {
      for (const result of section.questions) {
        const candidate = questionAction(topic, index.question(result.questionId)!, result);
        if (candidate) fromAnswers.push(candidate);
      }
    }
  }
  const vatTopic = topics.find((t) => t.questionnaireId === VAT_QUESTIONNAIRE)?.title ?? 'Umsatzsteuer';
  const order = new Map(questionnaires.map((q, i) => [q.id, i]));
  const topicOrder = (id: string) => order.get(id) ?? -1;
  return merge([...fromFlags, ...vatActions(vat, vatTopic), ...profileActions(profiles, topics), ...fromAnswers]).sort(
    (a, b) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority] || topicOrder(a.questionnaireId) - topicOrder(b.questionnaireId),
  );
}
