// Workshop mode: the questions one at a time, with every partner's answer next to each other and
// whether they differ. Repeatable sections (each partner's own services) are left out.
import { emptyResponse, type AnswerValue, type Assessment } from '../assessment/assessment.ts';
import { QuestionnaireView } from '../content/conditions.ts';
import { topicsOf } from '../content/lookups.ts';
import type { Content } from '../content/schema.ts';
import { answerText } from '../assessment/wizard.ts';

export interface WorkshopPartner {
  id: string;
  name: string;
  assessment: Assessment;
}

export interface WorkshopStep {
  questionnaireId: string;
  questionnaireTitle: string;
  sectionTitle: string;
  questionId: string;
  text: string;
  help?: string;
  /** What must hold for "Ja", so that the room judges alike. */
  criteria?: string[];
  /** `differs`: the partner answers otherwise than the majority of those asked (never set without a majority). */
  answers: { partnerId: string; partnerName: string; answer: string; shown: boolean; differs: boolean }[];
  /** True when the partners who were asked gave different answers (or some did not answer). */
  differ: boolean;
  /** The answer most partners gave, when more gave it than any other; absent when there is no majority. */
  majority?: string;
}

/**
 * The answer given by more of the asked partners than any other (unanswered counts as an answer of
 * its own), and who gave another one. Without a single largest group there is no majority.
 */
function majorityOf(values: (AnswerValue | undefined)[], shown: boolean[]): { key?: string; differs: boolean[] } {
  const keys = values.map((v) => JSON.stringify(v ?? null));
  const counts = new Map<string, number>();
  keys.forEach((key, i) => shown[i] && counts.set(key, (counts.get(key) ?? 0) + 1));
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!first || counts.size < 2 || first[1] === second![1]) return { differs: keys.map(() => false) };
  return { key: first[0], differs: keys.map((key, i) => shown[i]! && key !== first[0]) };
}

const same = (a: AnswerValue | undefined, b: AnswerValue | undefined) => JSON.stringify(a) === JSON.stringify(b);

export function workshopSteps(content: Content, partners: WorkshopPartner[]): WorkshopStep[] {
  return topicsOf(content.questionnaires).flatMap((q) => {
    const views = partners.map((p) => new QuestionnaireView(q, p.assessment.responses[q.id] ?? emptyResponse()));
    return q.sections
      .filter((section) => !section.repeat)
      .flatMap((section) =>
        section.questions.flatMap((question): WorkshopStep[] => {
          const shown = views.map((view) => view.isQuestionVisible(question.id));
          if (!shown.some(Boolean)) return [];
          const values = views.map((view, i) => (shown[i] ? view.answer(question.id) : undefined));
          const asked = values.filter((_, i) => shown[i]);
          const majority = majorityOf(values, shown);
          const majorityIndex = majority.key === undefined ? -1 : values.findIndex((v, i) => shown[i] && JSON.stringify(v ?? null) === majority.key);
          return [
            {
              questionnaireId: q.id,
              questionnaireTitle: q.title,
              sectionTitle: section.title,
              questionId: question.id,
              text: question.text,
              ...(question.help ? { help: question.help } : {}),
              ...(question.criteria?.length ? { criteria: question.criteria } : {}),
              answers: partners.map((p, i) => ({
                partnerId: p.id,
                partnerName: p.name,
                answer: shown[i] ? answerText(question, values[i]) : 'nicht gefragt',
                shown: shown[i]!,
                differs: majority.differs[i]!,
              })),
              differ: asked.some((v) => !same(v, asked[0])) || asked.some((v) => v === undefined),
              ...(majorityIndex >= 0 ? { majority: answerText(question, values[majorityIndex]) } : {}),
            },
          ];
        }),
      );
  });
}
