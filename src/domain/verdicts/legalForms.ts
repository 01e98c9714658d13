// Ranks the forms of cooperation open to a new cooperation in Saxony for the Rechtsform answers,
// from the criteria in questionnaires/legal-forms.yaml (decision guide of the SächsKomZG fact sheet).
import type { Response } from '../assessment/assessment.ts';
import { QuestionnaireView } from '../content/conditions.ts';
import type { QuestionNeed } from '../content/contract.ts';
import { isInformative } from '../content/questions.ts';
import type { LegalForm, LegalFormsFile, Questionnaire } from '../content/schema.ts';

/** The one answer the code reads itself (everything else is in the conditions of legal-forms.yaml). */
export const PARTNER_KIND: QuestionNeed<'kreisfreie-stadt'> = {
  questionnaire: 'rechtsform',
  question: 'partnerart',
  section: 'partner',
  types: ['multiple'],
  options: ['kreisfreie-stadt'],
  by: 'Die Empfehlung der Rechtsform',
};

export interface LegalFormFit {
  id: string;
  name: string;
  summary: string;
  /** 0–100: 50 + 10 per point of the matched criteria, clamped. */
  fit: number;
  points: number;
  reasonsFor: string[];
  reasonsAgainst: string[];
  /** Why the form cannot carry this cooperation; empty when it can. */
  exclusions: string[];
  references: string[];
  /** Whether the form needs the approval of the Rechtsaufsichtsbehörde or another authority. */
  approvalRequired: boolean;
  approval: string;
  vat: string;
  procurement: string;
  dataProtection: string;
}

export interface ClosedFormNotice {
  id: string;
  name: string;
  why: string;
  instead: string;
  references: string[];
  /** True when the answers point to this form. */
  pointedTo: boolean;
}

export interface LegalFormRanking {
  ranked: LegalFormFit[];
  unsuitable: LegalFormFit[];
  closed: ClosedFormNotice[];
  approvingAuthority: {
    authority: string;
    references: string[];
    /** Where the law leaves it open: what is open and whom to ask. */
    openQuestion?: string;
    /** True when the best-fitting form needs no approval: the authority matters only if another form is chosen. */
    onlyIfApprovalNeeded: boolean;
  };
  /** Who in the municipality decides on concluding and ending the cooperation (§ 28 Abs. 2 Nr. 21 SächsGemO). */
  councilDecision: { text: string; references: string[] };
  /** Share (0–100) of the informing questions answered with something other than "weiß nicht". */
  basis: number;
  disclaimer: string;
}

function assess(form: LegalForm, view: QuestionnaireView): LegalFormFit {
  const matched = form.fit.filter((criterion) => view.holds(criterion.when));
  const points = matched.reduce((sum, c) => sum + c.points, 0);
  return {
    id: form.id,
    name: form.name,
    summary: form.summary,
    fit: Math.max(0, Math.min(100, 50 + 10 * points)),
    points,
    reasonsFor: matched.filter((c) => c.points > 0).map((c) => c.reason),
    reasonsAgainst: matched.filter((c) => c.points < 0).map((c) => c.reason),
    exclusions: (form.excludedIf ?? []).filter((e) => view.holds(e.when)).map((e) => e.reason),
    references: form.references,
    approvalRequired: form.approvalRequired,
    approval: form.approval,
    vat: form.vat,
    procurement: form.procurement,
    dataProtection: form.dataProtection,
  };
}

function answeredShare(q: Questionnaire, view: QuestionnaireView): number {
  const shown = q.sections.flatMap((s) => view.visibleQuestions(s)).filter((question) => question.type !== 'text');
  if (shown.length === 0) return 0;
  const usable = shown.filter((question) => isInformative(question, view.answer(question.id)));
  return (100 * usable.length) / shown.length;
}

/**
 * @param ownIsKreisfreieStadt the assessing municipality is itself a kreisfreie Stadt: for the approving
 * authority (§ 74 SächsKomZG) that counts like a kreisfreie Stadt among the partners.
 */
export function rankLegalForms(
  data: LegalFormsFile,
  questionnaire: Questionnaire,
  response: Response,
  ownIsKreisfreieStadt = false,
  view = new QuestionnaireView(questionnaire, response),
): LegalFormRanking {
  const fits = data.forms.map((form) => assess(form, view));
  // Ties: more points first (the fit is clamped at 100), then the order of the file.
  const ranked = fits.filter((f) => f.exclusions.length === 0).sort((a, b) => b.fit - a.fit || b.points - a.points);
  const kinds = response.answers[PARTNER_KIND.question];
  const kreisfrei = PARTNER_KIND.options[0]!;
  const authorityView =
    ownIsKreisfreieStadt && Array.isArray(kinds) && !kinds.includes(kreisfrei)
      ? new QuestionnaireView(questionnaire, { ...response, answers: { ...response.answers, [PARTNER_KIND.question]: [...kinds, kreisfrei] } })
      : view;
  const authority = data.approvingAuthority.find((a) => !a.when || authorityView.holds(a.when))!;
  return {
    ranked,
    unsuitable: fits.filter((f) => f.exclusions.length > 0),
    closed: data.closed.map((form) => ({
      id: form.id,
      name: form.name,
      why: form.why,
      instead: form.instead,
      references: form.references,
      pointedTo: form.when ? view.holds(form.when) : false,
    })),
    approvingAuthority: {
      authority: authority.authority,
      references: authority.references,
      ...(authority.openQuestion && { openQuestion: authority.openQuestion }),
      onlyIfApprovalNeeded: ranked[0] !== undefined && !ranked[0].approvalRequired,
    },
    councilDecision: data.councilDecision,
    basis: answeredShare(questionnaire, view),
    disclaimer: data.disclaimer,
  };
}
