// The partner comparison: readiness for cooperation is a property of the group. An advisor puts the
// assessments of 2–8 partner municipalities side by side; the group is only as ready as its weakest
// partner, and the checks in questionnaires/compatibility.yaml show where the partners' answers do
// not fit together. Like the report, this module decides everything; renderers only show it.
import { emptyResponse, isAnswered, type Assessment } from '../assessment/assessment.ts';
import { QuestionnaireView } from '../content/conditions.ts';
import { topicsOf } from '../content/lookups.ts';
import { optionsOf } from '../content/questions.ts';
import type { ReportModel } from '../report/report.ts';
import { preparationText, VAT_RISK_LABELS } from '../report/wording.ts';
import type { Action, CompatibilityCheck, Content, Level, Owner, Priority, Question, Questionnaire } from '../content/schema.ts';
import { scoreAnswer } from '../verdicts/scoring.ts';
import type { VatRisk } from '../verdicts/vat.ts';
import { answerText } from '../assessment/wizard.ts';
import { jointCosts, type JointCosts } from './jointCosts.ts';

export const MIN_PARTNERS = 2;
export const MAX_PARTNERS = 8;

export interface PartnerInput {
  id: string;
  name: string;
  assessment: Assessment;
  report: ReportModel;
}

export interface PartnerSummary {
  id: string;
  name: string;
  /** The partner's level; already capped when a showstopper limits it. */
  level: Level;
  score?: number;
  completeness: number;
  /** One score (0–100) per topic, in the order of `Comparison.topics`; undefined where nothing was scored. */
  topicScores: (number | undefined)[];
  /** Titles of the partner's showstoppers (K.-o.-Kriterien). */
  showstoppers: string[];
  /** The level the score alone would reach. */
  levelByScore: Level;
  /** True when a showstopper lowers the level below `levelByScore`. */
  capped: boolean;
  /** The partner's overall § 2b UStG risk ("unklar" when no service is entered). */
  vatRisk: VatRisk;
  openPoints: number;
}

export type CompatibilityStatus = 'passt' | 'konflikt' | 'offen';

export interface CompatibilityFinding {
  /** The first check of the finding (file order); `checkIds` lists all when several checks look at the same answer. */
  checkId: string;
  checkIds: string[];
  kind: CompatibilityCheck['kind'];
  questionnaireId: string;
  /** Title of the questionnaire the check belongs to. */
  topic: string;
  /** The question compared; absent for the VAT check. */
  question?: string;
  /** What the check looks at, e.g. "Gemeinsames Fachverfahren"; the status says how it came out. */
  title: string;
  /** Why the status matters (of the checks that do not fit); empty when everything fits. */
  explanation: string;
  status: CompatibilityStatus;
  /** One sentence naming the partners behind the status, e.g. "Betroffen: Gemeinde Hohenau („Nein“)." */
  detail: string;
  /** Partners behind a conflict (or, when open, those whose answer is missing); empty when it fits. */
  affectedPartnerIds: string[];
  /** Every partner's answer, once, in the order the partners were given; `affected` marks those behind the status. */
  answers: { partnerId: string; partnerName: string; answer: string; affected: boolean }[];
  /** The step for the partners; only on conflicts (the first of `actions`). */
  action?: Action;
  /** Every step of the conflicting checks of the finding. */
  actions: Action[];
  references: string[];
}

export interface JointAction {
  text: string;
  owner: Owner;
  priority: Priority;
  /** Names of the partners concerned. */
  partners: string[];
  because: string;
  source: 'showstopper' | 'konflikt';
}

export interface Comparison {
  partners: PartnerSummary[];
  topics: { questionnaireId: string; title: string; shortTitle: string }[];
  /** The group is only as ready as its weakest partner. */
  joint: { level: Level; score?: number; weakestPartnerId: string; explanation: string };
  /** Conflicts first, then open (some partner answered "weiß nicht" or not at all), then fits; each in file order. */
  findings: CompatibilityFinding[];
  /** What all partners must do before starting: every partner's showstoppers and every conflict's action, de-duplicated, sorted by priority. */
  jointActions: JointAction[];
  /** The joint cost table: every partner's own figures, the plan of one partner; absent without a cost questionnaire. */
  costs?: JointCosts;
}

const STATUS_ORDER: Record<CompatibilityStatus, number> = { konflikt: 0, offen: 1, passt: 2 };
const PRIORITY_ORDER: Record<Priority, number> = { hoch: 0, mittel: 1, niedrig: 2 };
/** Scores are sums of option scores; this keeps 0.6 − 0 ≥ 0.6 true despite floating point. */
const EPSILON = 1e-9;


// ------------------------------------------------------------------------------------------------
// Partners and the joint level

function summarise(content: Content, partner: PartnerInput): PartnerSummary {
  const { report } = partner;
  return {
    id: partner.id,
    name: partner.name,
    level: report.overall.level,
    score: report.overall.score,
    completeness: report.overall.completeness,
    topicScores: topicsOf(content.questionnaires).map((q) => report.topics.find((t) => t.questionnaireId === q.id)?.score),
    showstoppers: report.flags.filter((f) => f.severity === 'showstopper').map((f) => f.title),
    levelByScore: report.overall.levelByScore,
    capped: report.overall.cappedBy.length > 0,
    vatRisk: report.vat.overall,
    openPoints: report.openPoints.length,
  };
}

function jointLevel(content: Content, partners: PartnerSummary[]): Comparison['joint'] {
  const levels = content.settings.levels;
  const rank = (level: Level) => {
    const index = levels.findIndex((l) => l.id === level.id);
    return index < 0 ? levels.length : index;
  };
  // Worst level first (a capped partner counts with its capped level), then the lowest score.
  const weakest = partners.reduce((worst, p) => {
    const byLevel = rank(p.level) - rank(worst.level);
    if (byLevel !== 0) return byLevel > 0 ? p : worst;
    return (p.score ?? -1) < (worst.score ?? -1) ? p : worst;
  });
  const scored = weakest.score === undefined ? '' : ` (${preparationText(weakest.score)})`;
  let explanation = `Die Gruppe ist nur so bereit wie ihr schwächster Partner: ${weakest.name} erreicht „${weakest.level.name}“${scored}.`;
  if (weakest.capped) {
    explanation += ` Nach Punkten wäre es „${weakest.levelByScore.name}“, aber ein K.-o.-Kriterium begrenzt die Stufe: ${weakest.showstoppers.join('; ')}.`;
  }
  const others = partners.filter((p) => p !== weakest);
  explanation += others.every((p) => p.level.id === weakest.level.id)
    ? ' Alle anderen Partner stehen auf derselben Stufe.'
    : ` Die anderen Partner: ${others.map((p) => `${p.name} „${p.level.name}“`).join(', ')}.`;
  return { level: weakest.level, score: weakest.score, weakestPartnerId: weakest.id, explanation };
}

// ------------------------------------------------------------------------------------------------
// Compatibility checks

interface Reading {
  partner: PartnerInput;
  /** The answer as shown to the advisor. */
  text: string;
  /** False when the question is hidden by the partner's other answers: it does not arise there. */
  asked: boolean;
  /** Chosen option values (empty when unanswered). */
  values: string[];
  /** "Weiß nicht", an answer listed in `openValues`, or no answer although the question is asked. */
  open: boolean;
  /** 0–1 when the answer has a score. */
  score?: number;
}

type QuestionCheck = Exclude<CompatibilityCheck, { kind: 'umsatzsteuer' }>;

function readAnswer(
  questionnaire: Questionnaire,
  question: Question,
  check: QuestionCheck,
  partner: PartnerInput,
): Reading {
  const view = new QuestionnaireView(questionnaire, partner.assessment.responses[questionnaire.id] ?? emptyResponse());
  if (!view.isQuestionVisible(question.id)) {
    return { partner, text: 'Frage entfällt', asked: false, values: [], open: false };
  }
  const value = view.rawAnswer(question.id);
  if (!isAnswered(value)) return { partner, text: 'Nicht beantwortet', asked: true, values: [], open: true };
  const values = Array.isArray(value) ? value : [value!];
  const chosen = optionsOf(question).filter((o) => values.includes(o.value));
  const scored = scoreAnswer(question, value);
  return {
    partner,
    text: answerText(question, value),
    asked: true,
    values,
    open:
      chosen.some((o) => o.kind === 'unknown') ||
      values.some((v) => check.openValues?.includes(v)) ||
      scored.state === 'unanswered',
    ...(scored.state === 'scored' ? { score: scored.score } : {}),
  };
}

interface Verdict {
  status: CompatibilityStatus;
  affected: Reading[];
  detail: string;
}

/** "Gemeinde A", "Gemeinde A und Stadt B", "Gemeinde A, Stadt B und Gemeinde C": the answers themselves are listed once, apart. */
const named = (readings: Reading[]) => {
  const names = readings.map((r) => r.partner.name);
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} und ${names[names.length - 1]}` : (names[0] ?? '');
};

function openVerdict(readings: Reading[], fits: string): Verdict {
  const open = readings.filter((r) => r.asked && r.open);
  if (open.length) return { status: 'offen', affected: open, detail: `Noch offen bei ${named(open)}.` };
  return { status: 'passt', affected: [], detail: fits };
}

function judgeNone(
  check: Extract<CompatibilityCheck, { kind: 'keiner' }>,
  question: Question,
  readings: Reading[],
): Verdict {
  const hits = readings.filter((r) => r.asked && r.values.some((v) => check.values.includes(v)));
  if (hits.length) return { status: 'konflikt', affected: hits, detail: `Betroffen: ${named(hits)}.` };
  const labels = check.values.map((v) => `„${optionsOf(question).find((o) => o.value === v)?.label ?? v}“`);
  return openVerdict(readings, `Kein Partner antwortet ${labels.join(' oder ')}.`);
}

function judgeSame(question: Question, readings: Reading[]): Verdict {
  const comparable = readings.filter((r) => r.asked && !r.open);
  if (question.type === 'multiple') {
    const common = comparable.length
      ? comparable.map((r) => r.values).reduce((shared, values) => shared.filter((v) => values.includes(v)))
      : [];
    if (comparable.length >= 2 && common.length === 0) {
      return {
        status: 'konflikt',
        affected: comparable,
        detail: `Keine Antwort ist allen gemeinsam (${named(comparable)}).`,
      };
    }
    const labels = common.map((v) => `„${optionsOf(question).find((o) => o.value === v)?.label ?? v}“`);
    return openVerdict(
      readings,
      comparable.length ? `Alle Partner nennen ${labels.join(', ')}.` : 'Die Frage stellt sich bei keinem Partner.',
    );
  }
  const byAnswer = new Map<string, Reading[]>();
  for (const r of comparable) byAnswer.set(r.values.join(','), [...(byAnswer.get(r.values.join(',')) ?? []), r]);
  if (byAnswer.size > 1) {
    // Where most partners agree, those who answer otherwise are the ones to talk to.
    const [largest, second] = [...byAnswer.values()].sort((a, b) => b.length - a.length);
    if (largest!.length > second!.length) {
      const others = comparable.filter((r) => !largest!.includes(r));
      return { status: 'konflikt', affected: others, detail: `${named(others)} ${others.length === 1 ? 'antwortet' : 'antworten'} anders als die übrigen Partner.` };
    }
    return { status: 'konflikt', affected: comparable, detail: `Die Antworten unterscheiden sich (${named(comparable)}).` };
  }
  return openVerdict(
    readings,
    comparable.length
      ? `Alle Partner antworten „${comparable[0]!.text}“.`
      : 'Die Frage stellt sich bei keinem Partner.',
  );
}

function judgeSpread(check: Extract<CompatibilityCheck, { kind: 'spanne' }>, readings: Reading[]): Verdict {
  const scored = readings.filter((r) => r.asked && !r.open && r.score !== undefined);
  if (scored.length >= 2) {
    const scores = scored.map((r) => r.score!);
    const low = Math.min(...scores);
    const high = Math.max(...scores);
    if (high - low >= check.minSpread - EPSILON) {
      const lowest = scored.filter((r) => r.score === low);
      const highest = scored.filter((r) => r.score === high);
      return {
        status: 'konflikt',
        affected: lowest,
        detail: `Am weitesten auseinander: ${named(highest)} gegenüber ${named(lowest)}.`,
      };
    }
  }
  return openVerdict(
    readings,
    scored.length ? 'Die Antworten der Partner liegen nah beieinander.' : 'Die Frage stellt sich bei keinem Partner.',
  );
}

function judgeVat(
  check: Extract<CompatibilityCheck, { kind: 'umsatzsteuer' }>,
  partners: PartnerInput[],
): { verdict: Verdict; readings: Reading[] } {
  const readings = partners.map((partner): Reading => {
    const { vat } = partner.report;
    const none = vat.services.length === 0;
    return {
      partner,
      text: none ? 'Keine Leistung erfasst' : `Umsatzsteuer-Risiko ${VAT_RISK_LABELS[vat.overall]}`,
      asked: true,
      values: none ? [] : [vat.overall],
      open: none,
    };
  });
  const hits = readings.filter((r) => r.values.some((v) => (check.risks as string[]).includes(v)));
  if (hits.length)
    return { readings, verdict: { status: 'konflikt', affected: hits, detail: `Betroffen: ${named(hits)}.` } };
  const risks = check.risks.map((r) => VAT_RISK_LABELS[r]).join(' oder ');
  return { readings, verdict: openVerdict(readings, `Bei keinem Partner ist das Umsatzsteuer-Risiko ${risks}.`) };
}

function evaluateCheck(
  content: Content,
  check: CompatibilityCheck,
  partners: PartnerInput[],
): CompatibilityFinding | undefined {
  const questionnaire = content.questionnaires.find((q) => q.id === check.questionnaire);
  if (!questionnaire) return undefined;
  let verdict: Verdict;
  let readings: Reading[];
  let questionText: string | undefined;
  if (check.kind === 'umsatzsteuer') {
    ({ verdict, readings } = judgeVat(check, partners));
  } else {
    const question = new QuestionnaireView(questionnaire, emptyResponse()).question(check.question);
    if (!question) return undefined;
    questionText = question.text;
    readings = partners.map((p) => readAnswer(questionnaire, question, check, p));
    verdict =
      check.kind === 'keiner'
        ? judgeNone(check, question, readings)
        : check.kind === 'gleich'
          ? judgeSame(question, readings)
          : judgeSpread(check, readings);
  }
  const affected = verdict.affected.map((r) => r.partner.id);
  return {
    checkId: check.id,
    checkIds: [check.id],
    kind: check.kind,
    questionnaireId: questionnaire.id,
    topic: questionnaire.title,
    ...(questionText ? { question: questionText } : {}),
    title: check.title,
    // The explanation describes the conflict; for an open point the detail says what is missing.
    explanation: verdict.status === 'konflikt' ? check.explanation : '',
    status: verdict.status,
    detail: verdict.detail,
    affectedPartnerIds: affected,
    answers: readings.map((r) => ({ partnerId: r.partner.id, partnerName: r.partner.name, answer: r.text, affected: affected.includes(r.partner.id) })),
    ...(verdict.status === 'konflikt' ? { action: { ...check.action } } : {}),
    actions: verdict.status === 'konflikt' ? [{ ...check.action }] : [],
    references: check.references ?? [],
  };
}

/**
 * Checks that look at the same answer make one finding: it lists the answers once, takes the worst
 * status and the title of the first check, and says what each check found that does not fit.
 */
function mergeSameAnswer(findings: CompatibilityFinding[]): CompatibilityFinding[] {
  const byAnswer = new Map<string, CompatibilityFinding[]>();
  for (const finding of findings) {
    const key = finding.question === undefined ? `check:${finding.checkId}` : `${finding.questionnaireId}\u0000${finding.question}`;
    byAnswer.set(key, [...(byAnswer.get(key) ?? []), finding]);
  }
  return [...byAnswer.values()].map((group) => {
    if (group.length === 1) return group[0]!;
    const status = group.map((f) => f.status).reduce((worst, s) => (STATUS_ORDER[s] < STATUS_ORDER[worst] ? s : worst));
    const telling = status === 'passt' ? group : group.filter((f) => f.status !== 'passt');
    const unique = (texts: string[]) => [...new Set(texts.filter(Boolean))];
    const affected = new Set(telling.flatMap((f) => f.affectedPartnerIds));
    const actions = group.flatMap((f) => f.actions).filter((a, i, all) => all.findIndex((b) => b.text === a.text) === i);
    return {
      ...group[0]!,
      checkIds: group.map((f) => f.checkId),
      status,
      detail: unique(telling.map((f) => f.detail)).join(' '),
      explanation: unique(telling.map((f) => f.explanation)).join(' '),
      affectedPartnerIds: group[0]!.answers.map((a) => a.partnerId).filter((id) => affected.has(id)),
      answers: group[0]!.answers.map((a) => ({ ...a, affected: affected.has(a.partnerId) })),
      ...(actions.length ? { action: actions[0] } : {}),
      actions,
      references: unique(group.flatMap((f) => f.references)),
    };
  });
}

// ------------------------------------------------------------------------------------------------
// Joint actions

function jointActions(partners: PartnerInput[], findings: CompatibilityFinding[]): JointAction[] {
  const byText = new Map<string, JointAction>();
  const add = (action: JointAction) => {
    const known = byText.get(action.text);
    if (!known) {
      byText.set(action.text, { ...action, partners: [...new Set(action.partners)] });
      return;
    }
    for (const name of action.partners) if (!known.partners.includes(name)) known.partners.push(name);
    if (!known.because.split('; ').includes(action.because)) known.because += `; ${action.because}`;
    if (PRIORITY_ORDER[action.priority] < PRIORITY_ORDER[known.priority]) known.priority = action.priority;
  };
  for (const partner of partners) {
    for (const flag of partner.report.flags.filter((f) => f.severity === 'showstopper')) {
      add({
        text: flag.action.text,
        owner: flag.action.owner,
        priority: flag.action.priority ?? 'hoch',
        partners: [partner.name],
        because: `K.-o.-Kriterium: ${flag.title}`,
        source: 'showstopper',
      });
    }
  }
  const nameOf = new Map(partners.map((p) => [p.id, p.name]));
  for (const finding of findings.filter((f) => f.status === 'konflikt')) {
    for (const action of finding.actions) {
      add({
        text: action.text,
        owner: action.owner,
        priority: action.priority ?? 'hoch',
        partners: finding.affectedPartnerIds.map((id) => nameOf.get(id)!),
        because: `Konflikt zwischen den Partnern: ${finding.title}`,
        source: 'konflikt',
      });
    }
  }
  // Array.prototype.sort is stable: within a priority, showstoppers stay before conflicts.
  return [...byText.values()].sort((a, b) => PRIORITY_ORDER[a.priority] - PRIORITY_ORDER[b.priority]);
}

// ------------------------------------------------------------------------------------------------

/** `costPlannerId`: the partner whose plan of the cooperation the joint cost table uses (default: see jointCosts). */
export function comparePartners(content: Content, partners: PartnerInput[], options: { costPlannerId?: string } = {}): Comparison {
  if (partners.length < MIN_PARTNERS || partners.length > MAX_PARTNERS) {
    throw new Error(
      `Ein Partnervergleich braucht ${MIN_PARTNERS} bis ${MAX_PARTNERS} Partner; übergeben wurden ${partners.length}.`,
    );
  }
  const seen = new Set<string>();
  for (const p of partners) {
    if (seen.has(p.id))
      throw new Error(`Jeder Partner darf im Vergleich nur einmal vorkommen; doppelt ist „${p.id}“ (${p.name}).`);
    seen.add(p.id);
  }
  const summaries = partners.map((p) => summarise(content, p));
  const costs = jointCosts(content, partners, options.costPlannerId);
  const perCheck = content.compatibility.flatMap((check) => evaluateCheck(content, check, partners) ?? []);
  const findings = mergeSameAnswer(perCheck)
    .map((finding, index) => ({ finding, index }))
    .sort((a, b) => STATUS_ORDER[a.finding.status] - STATUS_ORDER[b.finding.status] || a.index - b.index)
    .map(({ finding }) => finding);
  return {
    partners: summaries,
    topics: topicsOf(content.questionnaires).map((q) => ({
      questionnaireId: q.id,
      title: q.title,
      shortTitle: q.shortTitle ?? q.title,
    })),
    joint: jointLevel(content, summaries),
    findings,
    // Each check's step goes to the partners that check found, even where two checks share a finding.
    jointActions: jointActions(partners, perCheck),
    ...(costs && { costs }),
  };
}
