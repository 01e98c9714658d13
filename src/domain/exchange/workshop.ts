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
  answers: { partnerId: string; partnerName: string; answer: string; shown: boolean }[];
  /** True when the partners who were asked gave different answers (or some did not answer). */
  differ: boolean;
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
          return [
            {
              questionnaireId: q.id,
              questionnaireTitle: q.title,
              sectionTitle: section.title,
              questionId: question.id,
              text: question.text,
              ...(question.help ? { help: question.help } : {}),
              answers: partners.map((p, i) => ({
                partnerId: p.id,
                partnerName: p.name,
                answer: shown[i] ? answerText(question, values[i]) : 'nicht gefragt',
                shown: shown[i]!,
              })),
              differ: asked.some((v) => !same(v, asked[0])) || asked.some((v) => v === undefined),
            },
          ];
        }),
      );
  });
}
