// Applies the showstopper and warning rules written in the questionnaire files. Rules may depend on
// the § 2b UStG risks of the planned services and on how close the end of the VAT transition is;
// their texts may name the dates of the transition ({stichtag}, {letzterTag}, {tage}).
import type { Response } from '../assessment/assessment.ts';
import { QuestionnaireView } from '../content/conditions.ts';
import type { Action, Questionnaire, Rule, Settings } from '../content/schema.ts';
import { dayBefore, daysBetween, longGermanDate } from '../dates.ts';
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

/** Where the assessment date lies relative to the end of the VAT transition. */
export interface RuleTiming {
  /** Days from the assessment date to the first day of § 2b UStG without transition. */
  daysToFullApplication: number;
  urgentWithinDays: number;
  fullApplicationFrom: string;
}

export function ruleTiming(settings: Settings, assessmentDate: string): RuleTiming {
  return {
    daysToFullApplication: daysBetween(assessmentDate, settings.vat.fullApplicationFrom),
    urgentWithinDays: settings.vat.urgentWithinDays,
    fullApplicationFrom: settings.vat.fullApplicationFrom,
  };
}

function timingHolds(rule: Rule, timing: RuleTiming): boolean {
  const days = timing.daysToFullApplication;
  if (rule.timing === 'uebergang-endet') return days > 0 && days <= timing.urgentWithinDays;
  if (rule.timing === 'uebergang-vorbei') return days <= 0;
  return true;
}

function fill(text: string, timing: RuleTiming): string {
  const values: Record<string, string> = {
    stichtag: longGermanDate(timing.fullApplicationFrom),
    letzterTag: longGermanDate(dayBefore(timing.fullApplicationFrom)),
    tage: String(timing.daysToFullApplication),
  };
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

export function evaluateRules(
  questionnaires: Questionnaire[],
  responseOf: (questionnaireId: string) => Response,
  vatRisks: VatRisk[],
  timing: RuleTiming,
  viewOf: (q: Questionnaire) => QuestionnaireView = (q) => new QuestionnaireView(q, responseOf(q.id)),
): Flag[] {
  const flags = questionnaires.flatMap((q) => {
    const view = viewOf(q);
    return (q.rules ?? [])
      .filter(
        (rule) =>
          timingHolds(rule, timing) &&
          view.holds(rule.when) &&
          (!rule.vatRiskIn || rule.vatRiskIn.some((risk) => vatRisks.includes(risk))),
      )
      .map(
        (rule): Flag => ({
          ruleId: rule.id,
          questionnaireId: q.id,
          topic: q.title,
          severity: rule.severity,
          title: fill(rule.title, timing),
          explanation: fill(rule.explanation, timing),
          references: rule.references ?? [],
          action: { ...rule.action, text: fill(rule.action.text, timing) },
        }),
      );
  });
  return [...flags.filter((f) => f.severity === 'showstopper'), ...flags.filter((f) => f.severity !== 'showstopper')];
}
