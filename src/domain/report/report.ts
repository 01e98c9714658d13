// The report model: everything the results page, the PDF and the partner comparison show, built
// once from the content and an assessment. Renderers never score anything themselves.
import { emptyResponse, KREISFREIE_STAEDTE, type Assessment, type AssessmentMeta } from '../assessment/assessment.ts';
import { buildActionPlan, openPointsOf, type OpenPoint } from '../verdicts/actions.ts';
import { planSteps, type PlanStep } from './actionPlan.ts';
import { rankLegalForms, type LegalFormRanking } from '../verdicts/legalForms.ts';
import { evaluateRules, ruleTiming, type Flag } from '../verdicts/rules.ts';
import { QuestionnaireView } from '../content/conditions.ts';
import { topicsOf } from '../content/lookups.ts';
import type { Content, Level, Questionnaire, Reference } from '../content/schema.ts';
import { overallScore, topicResult, type TopicResult } from '../verdicts/scoring.ts';
import { applicableProfiles, profileViews, type TaskProfileView } from '../verdicts/taskProfiles.ts';
import { assessVat, type VatAssessment, type VatServiceVerdict } from '../verdicts/vat.ts';
import { longGermanDate } from '../dates.ts';
import { VAT_QUESTIONNAIRE } from '../verdicts/vatContract.ts';
import { COST_QUESTIONNAIRE, COST_TEXTS } from '../verdicts/costContract.ts';
import { costInputsOf } from '../verdicts/costInputs.ts';
import { fillText } from '../content/contract.ts';
import { buildCostSection, type CostSection } from './costSection.ts';
import { notesOf, type QuestionNote } from './notes.ts';
import { EU_CAVEAT, CAVEAT_LABEL, fitText, percentText, preparationText, scoreOutOf100, VAT_RISK_LABELS } from './wording.ts';

export { VAT_RISK_LABELS } from './wording.ts';

/** Below this completeness (in %) the results say that open points make the result less certain. */
export const COMPLETENESS_NOTE_BELOW = 80;
/** Below this share (in %) of answered Rechtsform questions the order of the legal forms is called uncertain. */
export const RANKING_BASIS_BELOW = 60;
/** How many steps of the plan the summaries name. */
export const TOP_ACTIONS = 3;

export interface LegalFormSection extends LegalFormRanking {
  /** Said when too few Rechtsform questions are answered for a reliable order. */
  uncertainty?: string;
  /** Who approves, worded for whether the best-fitting form needs an approval at all. */
  authorityText: string;
}

export interface VatServiceReport extends VatServiceVerdict {
  /** "Unsicher: …" where the result rests on a rule disputed under EU law. */
  caveat?: string;
}

export interface VatSection extends Omit<VatAssessment, 'services'> {
  services: VatServiceReport[];
  /** Said instead of the verdicts when no service between the partners is entered. */
  noServices?: string;
}

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
    /** Why the level is capped, followed by the titles in `cappedBy`. */
    capNote?: string;
    /** Said when too few answers are usable for a certain result. */
    completenessNote?: string;
    /** What the council is asked to decide at this level (content: settings.yaml). */
    councilRequest?: string;
  };
  levels: Level[];
  topics: TopicResult[];
  flags: Flag[];
  /** The action plan with what the municipality recorded per step (owner, due date, status, note) and its own steps. */
  actions: PlanStep[];
  openPoints: OpenPoint[];
  legalForms: LegalFormSection;
  vat: VatSection;
  /** What applies to the shared task (special law, examples from Saxony). */
  taskProfiles: TaskProfileView[];
  /** What the cooperation costs and who pays what; absent when the content has no cost questionnaire. */
  costs?: CostSection;
  /** Notes per question, in questionnaire order. */
  notes: QuestionNote[];
  /** The date up to which the law in the content was checked ("Rechtsstand"), as ISO date and as text, e.g. "1. Dezember 2026". */
  legalStatus: { date: string; text: string };
  keyFindings: string[];
  /** Every law and source the report's flags, legal forms and VAT verdicts cite, in registry order. */
  references: Reference[];
}

export function levelFor(score: number | undefined, levels: Level[]): Level {
  return levels.find((level) => score !== undefined && score >= level.minScore) ?? levels[levels.length - 1]!;
}

function findings(report: Omit<ReportModel, 'keyFindings' | 'references' | 'notes'>): string[] {
  const list: string[] = [];
  const { overall } = report;
  list.push(
    overall.cappedBy.length
      ? `Gesamtstufe „${overall.level.name}“: Der Stand der Vorbereitung von ${scoreOutOf100(overall.score)} würde „${overall.levelByScore.name}“ erreichen, ein K.-o.-Kriterium begrenzt die Stufe.`
      : `Gesamtstufe „${overall.level.name}“: ${preparationText(overall.score)}.`,
  );
  for (const flag of report.flags.filter((f) => f.severity === 'showstopper').slice(0, 2)) list.push(`K.-o.-Kriterium: ${flag.title}.`);
  const scored = report.topics.filter((t) => t.score !== undefined);
  const weakest = [...scored].sort((a, b) => a.score! - b.score!)[0];
  if (weakest) list.push(`Größter Handlungsbedarf bei der Vorbereitung im Thema „${weakest.title}“ (${preparationText(weakest.score)}).`);
  if (report.vat.services.length) {
    list.push(`Umsatzsteuer-Risiko insgesamt: ${VAT_RISK_LABELS[report.vat.overall]}. ${report.vat.transition.text}`);
  }
  const best = report.legalForms.ranked[0];
  if (best) list.push(`Am besten passende Rechtsform nach Ihren Angaben: ${best.name} (${fitText(best.fit)}; die Eignung sagt, wie gut die Form passt, nicht wie weit die Vorbereitung ist).`);
  if (report.openPoints.length) list.push(`${report.openPoints.length} offene Punkte sind noch zu klären.`);
  return list.slice(0, 5);
}

export function legalFormSection(ranking: LegalFormRanking): LegalFormSection {
  const authority = ranking.approvingAuthority;
  const who = authority.onlyIfApprovalNeeded ? 'Falls Ihre Form genehmigungspflichtig ist, genehmigt nach Ihren Angaben' : 'Genehmigungsbehörde nach Ihren Angaben';
  return {
    ...ranking,
    ...(ranking.basis < RANKING_BASIS_BELOW && {
      uncertainty: `Nur ${percentText(ranking.basis)} der Fragen zur Rechtsform sind beantwortet. Die Reihenfolge ist deshalb unsicher.`,
    }),
    authorityText: `${who}: ${authority.authority}.${authority.openQuestion ? ` ${authority.openQuestion}` : ''}`,
  };
}

export function vatSection(vat: VatAssessment): VatSection {
  return {
    ...vat,
    services: vat.services.map((service) => (service.euCaveat ? { ...service, caveat: `${CAVEAT_LABEL}: ${EU_CAVEAT}` } : service)),
    ...(vat.services.length === 0 && {
      noServices:
        'Es ist noch keine Leistung zwischen den Partnern angelegt; die Umsatzsteuer wurde deshalb nicht je Leistung geprüft. Legen Sie im Fragebogen Umsatzsteuer jede geplante Leistung an, damit IKZ-Check sie prüfen kann.',
    }),
  };
}

export function overallSection(score: number | undefined, completeness: number, level: Level, levelByScore: Level, showstoppers: Flag[]): ReportModel['overall'] {
  const capped = level !== levelByScore;
  return {
    score,
    completeness,
    level,
    levelByScore,
    cappedBy: capped ? showstoppers : [],
    ...(capped && {
      capNote: `Nach Punkten wäre die Stufe „${levelByScore.name}“ erreicht. Solange folgende K.-o.-Kriterien offen sind, ist höchstens „${level.name}“ möglich:`,
    }),
    ...(completeness < COMPLETENESS_NOTE_BELOW && {
      completenessNote: `Nur ${percentText(completeness)} der bewerteten Fragen sind mit einer verwertbaren Antwort versehen. Offene Punkte („weiß nicht“, unbeantwortet) machen das Ergebnis unsicherer.`,
    }),
    ...(level.councilRequest && { councilRequest: level.councilRequest }),
  };
}

/** The most urgent steps of the plan, for the summaries. */
export function topActions<A extends { priority: string }>(actions: A[]): A[] {
  return actions.filter((a) => a.priority === 'hoch').slice(0, TOP_ACTIONS);
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
    overall: overallSection(score, completeness, level, levelByScore, cappedBy),
    levels,
    topics,
    flags,
    actions: planSteps(buildActionPlan(content.questionnaires, topics, flags, vat, profiles), assessment.plan),
    openPoints: openPointsOf(topics),
    legalForms: legalFormSection(legalForms),
    vat: vatSection(vat),
    taskProfiles: profileViews(content.taskProfiles, profiles),
    legalStatus: { date: content.settings.legalStatus, text: longGermanDate(content.settings.legalStatus) },
    ...(costs && { costs }),
  };
  const cited = new Set<string>();
  const cite = (ids: readonly string[]) => ids.forEach((id) => cited.add(id));
  flags.forEach((f) => cite(f.references));
  legalForms.ranked.forEach((f) => cite(f.references));
  legalForms.closed.forEach((f) => f.pointedTo && cite(f.references));
  for (const s of vat.services) {
    s.steps.forEach((step) => cite(step.references));
    s.mitigations.forEach((m) => cite(m.references));
  }
  cite(content.settings.vat.references);
  cite(costs?.references ?? []);
  cite(legalForms.councilDecision.references);
  for (const p of profiles) {
    p.law.forEach((s) => cite(s.references));
    cite(p.legalForm.references);
    cite(p.vat.references);
    p.steps.forEach((s) => cite(s.references));
    p.examples.forEach((e) => cited.add(e.reference));
  }
  return {
    ...partial,
    notes: notesOf(content, assessment),
    keyFindings: findings(partial),
    references: content.references.filter((r) => cited.has(r.id)),
  };
}
