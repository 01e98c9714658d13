// Applies the showstopper and warning rules written in the questionnaire files.
import type { Response } from '../assessment/assessment.ts';
import { QuestionnaireView } from '../content/conditions.ts';
import type { Action, Questionnaire, Rule } from '../content/schema.ts';
import type { VatRisk } from './vat.ts';

export interface Flag {
  ruleId: string;
  questionnaireId: string;
  topic: string;
  severity: Rule['severity'];
  title: string;
  explanation: string;
  references: string[];
  action: Action;
}

export function evaluateRules(
  questionnaires: Questionnaire[],
  responseOf: (questionnaireId: string) => Response,
  vatRisks: VatRisk[],
  viewOf: (q: Questionnaire) => QuestionnaireView = (q) => new QuestionnaireView(q, responseOf(q.id)),
): Flag[] {
  const flags = questionnaires.flatMap((q) => {
    const view = viewOf(q);
    return (q.rules ?? [])
      .filter((rule) => view.holds(rule.when, {}) && (!rule.vatRiskIn || rule.vatRiskIn.some((risk) => vatRisks.includes(risk))))
      .map(
        (rule): Flag => ({
          ruleId: rule.id,
          questionnaireId: q.id,
          topic: q.title,
          severity: rule.severity,
          title: rule.title,
          explanation: rule.explanation,
          references: rule.references ?? [],
          action: rule.action,
        }),
      );
  });
  return [...flags.filter((f) => f.severity === 'showstopper'), ...flags.filter((f) => f.severity !== 'showstopper')];
}
