// What the draft documents are built from, and the facts both documents share: who takes part, which
// task, which form and which authority. One municipality on its results page, or 2–8 partners on the
// comparison page; both end up in the same facts, so the documents have one way of saying things.
import { emptyResponse, isAnswered, type AnswerValue, type Assessment } from '../assessment/assessment.ts';
import { answerText } from '../assessment/wizard.ts';
import { QuestionnaireView } from '../content/conditions.ts';
import { isInformative } from '../content/questions.ts';
import type { Content } from '../content/schema.ts';
import type { Comparison } from '../exchange/comparison.ts';
import type { ReportModel } from '../report/report.ts';
import { COST_QUESTIONNAIRE, COST_SECTIONS } from '../verdicts/costContract.ts';
import type { LegalFormFit } from '../verdicts/legalForms.ts';
import type { TaskProfileView } from '../verdicts/taskProfiles.ts';
import type { OutlineKind } from './documentsContract.ts';
import { agreementKind, commonForm, outlineKind, type AgreementKind } from './kinds.ts';

export interface DraftPartner {
  name: string;
  assessment: Assessment;
  report: ReportModel;
}

export interface DraftInput {
  content: Content;
  /** The results page: the one assessing municipality. The comparison page: 2–8 partners, in the order chosen. */
  partners: DraftPartner[];
  /** Present on the comparison page: the documents then speak for the group. */
  comparison?: Comparison;
  createdAt: Date;
}

/** One answer per partner, read as the wizard shows it. */
export interface AnswerReading {
  partner: string;
  /** The stored answer, when the question is shown. */
  value: AnswerValue | undefined;
  /** The answer's text, e.g. the label of the chosen option; empty when unanswered. */
  text: string;
  /** False when the question is unanswered, hidden or answered "weiß nicht". */
  informative: boolean;
}

export interface DraftFacts {
  joint: boolean;
  /** The assessing municipality; on the comparison page absent (each council fills in its name). */
  municipality?: string;
  /** Everyone taking part, the assessing municipality first. */
  participants: string[];
  /** The partners named in the resolution: on the results page the others, on the comparison page all. */
  partners: string[];
  tasks: string[];
  /** The form that fits best (for the group: the one most partners got). */
  best?: LegalFormFit;
  /** Each partner's best form, when the partners differ. */
  differingForms?: { partner: string; form: string }[];
  /** The other forms that were rated, best first. */
  alternatives: LegalFormFit[];
  agreement: AgreementKind;
  outline: OutlineKind;
  approval: ReportModel['legalForms']['approvingAuthority'];
  profiles: TaskProfileView[];
  /** The report of the assessing municipality, or of the partner named first. */
  lead: ReportModel;
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** The partner names of one assessment: the named items of its cost questionnaire, else the lines of "Partnergemeinden". */
function partnerNamesOf(assessment: Assessment): string[] {
  const items = assessment.responses[COST_QUESTIONNAIRE]?.items[COST_SECTIONS.partners] ?? [];
  const named = items.map((item) => item.name.trim()).filter(Boolean);
  return named.length ? named : lines(assessment.meta.partners);
}

function tasksOf(assessment: Assessment): string[] {
  return [...assessment.meta.tasks, ...lines(assessment.meta.otherTasks)];
}

export function factsOf(input: DraftInput): DraftFacts {
  const joint = input.comparison !== undefined;
  const [first] = input.partners;
  if (!first) throw new Error('Für einen Entwurf braucht es mindestens eine Bewertung.');
  const bestIds = input.partners.map((p) => p.report.legalForms.ranked[0]?.id);
  const formId = joint ? commonForm(bestIds) : bestIds[0];
  const leadPartner = input.partners.find((p) => p.report.legalForms.ranked[0]?.id === formId) ?? first;
  const lead = leadPartner.report;
  const best = lead.legalForms.ranked[0];
  const differs = joint && new Set(bestIds.map((id) => id ?? '')).size > 1;
  const unique = <T>(values: T[]) => [...new Set(values)];
  const profiles = new Map<string, TaskProfileView>();
  for (const p of input.partners) for (const profile of p.report.taskProfiles) if (!profiles.has(profile.id)) profiles.set(profile.id, profile);
  const own = first.assessment.meta.municipality.trim();
  const others = partnerNamesOf(first.assessment).filter((name) => name !== own);
  const participants = joint ? input.partners.map((p) => p.name) : unique([own, ...others].filter(Boolean));
  return {
    joint,
    ...(!joint && own && { municipality: own }),
    participants,
    partners: joint ? participants : unique(others),
    tasks: unique(input.partners.flatMap((p) => tasksOf(p.assessment))),
    ...(best && { best }),
    ...(differs && {
      differingForms: input.partners.map((p) => ({ partner: p.name, form: p.report.legalForms.ranked[0]?.name ?? '–' })),
    }),
    alternatives: lead.legalForms.ranked.filter((f) => f.id !== best?.id).slice(0, 3),
    agreement: agreementKind(best?.id),
    outline: outlineKind(best?.id),
    approval: lead.legalForms.approvingAuthority,
    profiles: [...profiles.values()],
    lead,
  };
}

/** Reads one question of every partner, through the questionnaire's visibility rules. */
export function readAnswers(input: DraftInput, questionnaireId: string, questionId: string): AnswerReading[] {
  const questionnaire = input.content.questionnaires.find((q) => q.id === questionnaireId);
  const question = questionnaire?.sections.flatMap((s) => s.questions).find((q) => q.id === questionId);
  return input.partners.map((p) => {
    if (!questionnaire || !question) return { partner: p.name, value: undefined, text: '', informative: false };
    const view = new QuestionnaireView(questionnaire, p.assessment.responses[questionnaireId] ?? emptyResponse());
    const value = view.answer(questionId);
    return { partner: p.name, value, text: isAnswered(value) ? answerText(question, value) : '', informative: isInformative(question, value) };
  });
}
