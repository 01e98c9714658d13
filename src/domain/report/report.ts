// The report model: everything the results page, the PDF and the partner comparison show, built
// once from the content and an assessment. Renderers never score anything themselves.
import { emptyResponse, KREISFREIE_STAEDTE, type Assessment, type AssessmentMeta } from '../assessment/assessment.ts';
import { buildActionPlan, openPointsOf, type ActionItem, type OpenPoint } from '../verdicts/actions.ts';
import { rankLegalForms, type LegalFormRanking } from '../verdicts/legalForms.ts';
import { evaluateRules, ruleTiming, type Flag } from '../verdicts/rules.ts';
import { QuestionnaireView } from '../content/conditions.ts';
import { topicsOf } from '../content/lookups.ts';
import type { Content, Level, Questionnaire, Reference } from '../content/schema.ts';
import { overallScore, topicResult, type TopicResult } from '../verdicts/scoring.ts';
import { applicableProfiles, profileViews, type TaskProfileView } from '../verdicts/taskProfiles.ts';
import { assessVat, type VatAssessment, type VatRisk } from '../verdicts/vat.ts';
import { longGermanDate } from '../format.ts';
import { VAT_QUESTIONNAIRE } from '../verdicts/vatContract.ts';
import { COST_QUESTIONNAIRE, COST_TEXTS } from '../verdicts/costContract.ts';
import { costInputsOf } from '../verdicts/costInputs.ts';
import { fillText } from '../content/contract.ts';
import { buildCostSection, type CostSection } from './costSection.ts';

export interface ReportModel {
  meta: AssessmentMeta;
  /** The assessment's date, or the day the report was built when none is set. */
  date: string;
  overall: {
    score?: number;
    completeness: number;
    level: Level;
    /** The level the score alone would reach; differs from `level` when a showstopper caps it. */
    levelByScore: Level;
    cappedBy: Flag[];
  };
  levels: Level[];
  topics: TopicResult[];
  flags: Flag[];
  actions: ActionItem[];
  openPoints: OpenPoint[];
  legalForms: LegalFormRanking;
  vat: VatAssessment;
  /** What applies to the shared task (special law, examples from Saxony). */
  taskProfiles: TaskProfileView[];
  /** What the cooperation costs and who pays what; absent when the content has no cost questionnaire. */
  costs?: CostSection;
  /** The date up to which the law in the content was checked ("Rechtsstand"), as ISO date and as text, e.g. "1. Dezember 2026". */
  legalStatus: { date: string; text: string };
  keyFindings: string[];
  /** Every law and source the report's flags, legal forms and VAT verdicts cite, in registry order. */
  references: Reference[];
}

export const VAT_RISK_LABELS: Record<VatRisk, string> = {
  gering: 'gering',
  mittel: 'mittel',
  hoch: 'hoch',
  unklar: 'unklar',
};

export function levelFor(score: number | undefined, levels: Level[]): Level {
  return levels.find((level) => score !== undefined && score >= level.minScore) ?? levels[levels.length - 1]!;
}

const formatScore = (score: number | undefined) => (score === undefined ? '–' : `${Math.round(score)}`);

function findings(report: Omit<ReportModel, 'keyFindings' | 'references'>): string[] {
  const list: string[] = [];
  const { overall } = report;
  list.push(
    overall.cappedBy.length
      ? `Gesamtstufe „${overall.level.name}“: Der Wert von ${formatScore(overall.score)} von 100 würde „${overall.levelByScore.name}“ erreichen, ein K.-o.-Kriterium begrenzt die Stufe.`
      : `Gesamtstufe „${overall.level.name}“ mit ${formatScore(overall.score)} von 100 Punkten.`,
  );
  for (const flag of report.flags.filter((f) => f.severity === 'showstopper').slice(0, 2)) list.push(`K.-o.-Kriterium: ${flag.title}.`);
  const scored = report.topics.filter((t) => t.score !== undefined);
  const weakest = [...scored].sort((a, b) => a.score! - b.score!)[0];
  if (weakest) list.push(`Größter Handlungsbedarf im Thema „${weakest.title}“ (${formatScore(weakest.score)} von 100).`);
  if (report.vat.services.length) {
    list.push(`Umsatzsteuer-Risiko insgesamt: ${VAT_RISK_LABELS[report.vat.overall]}. ${report.vat.transition.text}`);
  }
  const best = report.legalForms.ranked[0];
  if (best) list.push(`Am besten passende Rechtsform nach Ihren Angaben: ${best.name} (Eignung ${best.fit} von 100).`);
  if (report.openPoints.length) list.push(`${report.openPoints.length} offene Punkte sind noch zu klären.`);
  return list.slice(0, 5);
}

export function buildReport(content: Content, assessment: Assessment, today: Date = new Date()): ReportModel {
  const responseOf = (id: string) => assessment.responses[id] ?? emptyResponse();
  // One snapshot view per questionnaire, shared by all parts of the report: visibility is computed once.
  const views = new Map(content.questionnaires.map((q) => [q.id, new QuestionnaireView(q, responseOf(q.id))]));
  const viewOf = (q: Questionnaire) => views.get(q.id)!;
  const date = assessment.meta.date || today.toISOString().slice(0, 10);
  const topics = topicsOf(content.questionnaires).map((q) => topicResult(q, responseOf(q.id), viewOf(q)));
  const vatQuestionnaire = content.questionnaires.find((q) => q.id === VAT_QUESTIONNAIRE);
  const vat = assessVat(content, responseOf(VAT_QUESTIONNAIRE), date, vatQuestionnaire && viewOf(vatQuestionnaire));
  const flags = evaluateRules(content.questionnaires, responseOf, vat.services.map((s) => s.risk), ruleTiming(content.settings, date), viewOf);
  const legalQuestionnaire = content.questionnaires.find((q) => q.id === content.legalForms.questionnaire)!;
  const legalForms = rankLegalForms(
    content.legalForms,
    legalQuestionnaire,
    responseOf(legalQuestionnaire.id),
    (KREISFREIE_STAEDTE as readonly string[]).includes(assessment.meta.landkreis),
    viewOf(legalQuestionnaire),
  );

  const { score, completeness } = overallScore(topics, content.settings.topicWeights);
  const levels = content.settings.levels;
  const levelByScore = levelFor(score, levels);
  const cappedBy = flags.filter((f) => f.severity === 'showstopper');
  const cap = levels.find((l) => l.id === content.settings.showstopperCap)!;
  const level = cappedBy.length && levelByScore.minScore > cap.minScore ? cap : levelByScore;

  const costQuestionnaire = content.questionnaires.find((q) => q.id === COST_QUESTIONNAIRE);
  const costs =
    costQuestionnaire &&
    buildCostSection({
      texts: content.costs,
      questionnaire: costQuestionnaire,
      references: content.references,
      inputs: costInputsOf(
        costQuestionnaire,
        responseOf(COST_QUESTIONNAIRE),
        assessment.meta.municipality.trim() || fillText(content.costs, COST_TEXTS.texts.own),
        vat.services.length ? vat.overall : undefined,
        viewOf(costQuestionnaire),
      ),
      legalStatusYear: Number(content.settings.legalStatus.slice(0, 4)),
      ...(legalForms.ranked[0] && { bestLegalForm: legalForms.ranked[0].id }),
      ...(vat.services.length && { vatRisk: vat.overall }),
    });

  const profiles = applicableProfiles(content.taskProfiles, assessment.meta, views.get(content.legalForms.questionnaire));
  const partial = {
    meta: assessment.meta,
    date,
    overall: { score, completeness, level, levelByScore, cappedBy: level === levelByScore ? [] : cappedBy },
    levels,
    topics,
    flags,
    actions: buildActionPlan(content.questionnaires, topics, flags, vat, profiles),
    openPoints: openPointsOf(topics),
    legalForms,
    vat,
    taskProfiles: profileViews(content.taskProfiles, profiles),
    legalStatus: { date: content.settings.legalStatus, text: longGermanDate(content.settings.legalStatus) },
    ...(costs && { costs }),
  };
  const cited = new Set<string>([
    ...flags.flatMap((f) => f.references),
    ...legalForms.ranked.flatMap((f) => f.references),
    ...legalForms.closed.filter((f) => f.pointedTo).flatMap((f) => f.references),
    ...vat.services.flatMap((s) => [...s.steps.flatMap((step) => step.references), ...s.mitigations.flatMap((m) => m.references)]),
    ...content.settings.vat.references,
    ...(costs?.references ?? []),
    ...legalForms.councilDecision.references,
    ...profiles.flatMap((p) => [
      ...p.law.flatMap((s) => s.references),
      ...p.legalForm.references,
      ...p.vat.references,
      ...p.steps.flatMap((s) => s.references),
      ...p.examples.map((e) => e.reference),
    ]),
  ]);
  return {
    ...partial,
    keyFindings: findings(partial),
    references: content.references.filter((r) => cited.has(r.id)),
  };
}
