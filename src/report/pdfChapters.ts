// The chapters of the report PDFs, drawn from the report model with the Writer. The council version
// and the full report share them; every label and every decided sentence comes from the model and
// its wording module, so that the PDFs say what the results page says.
import type { Reference } from '../domain/content/schema.ts';
import { topActions, type ReportModel } from '../domain/report/report.ts';
import {
  answerPoints,
  approvalText,
  costsIncomplete,
  becauseText,
  citationText,
  COMPLETENESS,
  completenessText,
  DISCLAIMER,
  EXAMPLES_HEADING,
  flagTitle,
  HEADINGS,
  LEGAL_STATUS_LABEL,
  legalFormTitle,
  levelThresholdText,
  METHOD_TEXT,
  NO_ACTIONS,
  NO_FLAGS,
  NO_SHOWSTOPPERS,
  overallRiskText,
  OWNER_COLUMN,
  ownerText,
  percentText,
  preparationText,
  PREPARATION_COLUMN,
  PRIORITY_COLUMN,
  PRIORITY_LABELS,
  questionLabel,
  riskText,
  scoreNumber,
  sourceText,
  STEP_COLUMN,
  TODO_LABEL,
  TOPIC_LABEL,
} from '../domain/report/wording.ts';
import { CONTENT_WIDTH, INK, PAGE, Writer } from './pdfWriter.ts';
import { shortGermanDate } from '../domain/dates.ts';

export interface ReportPdfInput {
  report: ReportModel;
  /** Questionnaire titles and versions used, for the cover. */
  versions: { title: string; version: number }[];
  /** JPEG data URL of the radar chart, rendered from the same configuration as the results page. */
  radarImage?: string;
  generatedAt: Date;
}

/** A chapter of the full report. Chapters written elsewhere (draft documents) plug in here. */
export interface PdfChapter {
  id: string;
  draw: (w: Writer, input: ReportPdfInput) => void;
}

export type ReferenceIndex = Map<string, Reference>;

export function referenceIndex(report: ReportModel): ReferenceIndex {
  return new Map(report.references.map((r) => [r.id, r]));
}

export function citations(ids: string[], references: ReferenceIndex): string {
  return ids
    .flatMap((id) => references.get(id) ?? [])
    .map(citationText)
    .join('; ');
}

export const formatDate = shortGermanDate;

/** The fields of a plan step the PDF draws when the model has them (who, by when, status, note). */
type PlanFields = { progress?: { dueText?: string; statusText?: string; note?: string } };

function planCells(action: ReportModel['actions'][number]): { due: string; status: string; note?: string } {
  const progress = (action as PlanFields).progress;
  return { due: progress?.dueText ?? '', status: progress?.statusText ?? '', ...(progress?.note && { note: progress.note }) };
}

// ------------------------------------------------------------------------------------------------
// Cover and summary

export function cover(w: Writer, { report, versions, generatedAt }: ReportPdfInput, subtitle: string): void {
  const { meta } = report;
  w.y = 55;
  w.paragraph('IKZ-Check', { size: 26, bold: true, after: 3 });
  w.paragraph(subtitle, { size: 17, bold: true, after: 10 });
  w.paragraph(meta.municipality || 'Gemeinde ohne Namen', { size: 15, bold: true, after: 2 });
  if (meta.landkreis) w.paragraph(meta.landkreis, { size: 12, after: 8 });
  const tasks = [...meta.tasks, ...(meta.otherTasks.trim() ? [meta.otherTasks.trim()] : [])];
  const partners = meta.partners.split('\n').map((p) => p.trim()).filter(Boolean);
  w.table(
    [{ width: 48, bold: true }, {}],
    [
      [tasks.length > 1 ? 'Geplante Aufgaben' : 'Gemeinsame Aufgabe', tasks.join(', ') || '–'],
      ['Partnergemeinden', partners.join(', ') || '–'],
      ['Ansprechperson', meta.contactPerson || '–'],
      ['Datum der Bewertung', formatDate(report.date)],
      ['Erstellt am', generatedAt.toLocaleString('de-DE', { dateStyle: 'medium', timeStyle: 'short' })],
      ['Fragebögen', versions.map((v) => `${v.title} (Version ${v.version})`).join(', ')],
      [LEGAL_STATUS_LABEL, report.legalStatus.text],
    ],
    { size: 10, padding: 1, borders: 'none' },
  );
  w.y = Math.max(w.y + 10, 235);
  w.paragraph(
    `${DISCLAIMER} Alle Angaben wurden in IKZ-Check im Browser erfasst und ausgewertet; es wurden keine Daten übertragen.`,
    { size: 9, muted: true },
  );
}

/**
 * The summary: decision requested, level and why, showstoppers, legal form, VAT, costs, top steps.
 * On one page (`onePage`) it names as many of the top steps as fit; returns the steps it named.
 */
export function summary(w: Writer, report: ReportModel, options: { findings: boolean; onePage?: boolean }): ReportModel['actions'] {
  const { overall, legalForms, vat, costs } = report;
  const size = 9;
  if (overall.councilRequest) {
    const height = w.heightOf(overall.councilRequest, { size: 10.5, indent: 3 }) + 12;
    w.box(height, () => {
      w.paragraph(HEADINGS.decision, { size: 11, bold: true, indent: 3, after: 0.5 });
      w.paragraph(overall.councilRequest!, { size: 10.5, indent: 3, after: 0 });
    });
  }
  w.heading(`Gesamtstufe: ${overall.level.name}`, 2, { keepWith: 15 });
  w.paragraph(`${preparationText(overall.score)} · ${completenessText(overall.completeness)}`, { size, bold: true, after: 0.5 });
  w.paragraph(overall.level.description, { size, after: 1 });
  if (overall.capNote) w.paragraph(`${overall.capNote} ${overall.cappedBy.map((f) => f.title).join('; ')}.`, { size, bold: true, after: 1 });
  if (overall.completenessNote) w.paragraph(`Hinweis: ${overall.completenessNote}`, { size, muted: true, after: 1 });

  const showstoppers = report.flags.filter((f) => f.severity === 'showstopper');
  w.heading('K.-o.-Kriterien', 3, { keepWith: 8 });
  if (showstoppers.length) w.bullets(showstoppers.map((f) => `${f.title} (${f.topic})`), { size });
  else w.paragraph(NO_SHOWSTOPPERS, { size });

  const best = legalForms.ranked[0];
  w.heading('Empfohlene Rechtsform', 3, { keepWith: 12 });
  if (best) {
    w.paragraph(legalFormTitle(best), { size, bold: true, after: 0.5 });
    w.paragraph(approvalText(best.approvalRequired, legalForms.authorityText), { size, after: 0.5 });
  }
  if (legalForms.uncertainty) w.paragraph(legalForms.uncertainty, { size, after: 0.5 });
  w.paragraph(`Wer entscheidet: ${legalForms.councilDecision.text}`, { size });

  w.heading('Umsatzsteuer', 3, { keepWith: 10 });
  if (vat.noServices) w.paragraph(vat.noServices, { size });
  else w.bullets(vat.services.map((s) => `${s.serviceName}: ${riskText(s.risk)}.${s.euros ? ` ${s.euros.text}` : ''}`), { size });

  if (costs && costs.status !== 'keine-angaben') {
    w.heading(costs.heading, 3, { keepWith: 10 });
    if (costs.summary.length) w.bullets(costs.summary, { size });
    if (costs.missing.length) w.paragraph(costsIncomplete(costs.missing.length), { size, muted: true });
  }

  const bullet = (a: ReportModel['actions'][number]) => `${a.text} ${ownerText(a.owner)}`;
  const page = w.doc.getNumberOfPages();
  w.heading('Die wichtigsten Schritte', 3, { keepWith: 10 });
  const named: ReportModel['actions'] = [];
  for (const action of topActions(report.actions)) {
    const fits = w.y + w.heightOf(bullet(action), { size, indent: 3 }) + 2 <= w.bottom && w.doc.getNumberOfPages() === page;
    if (options.onePage && named.length > 0 && !fits) break;
    w.bullets([bullet(action)], { size });
    named.push(action);
  }
  if (named.length === 0) w.paragraph(NO_ACTIONS, { size });

  if (options.findings) {
    w.heading(HEADINGS.keyFindings, 2);
    w.bullets(report.keyFindings);
  }
  return named;
}

// ------------------------------------------------------------------------------------------------
// Topics

function topicTable(w: Writer, report: ReportModel): void {
  w.table(
    [{ header: TOPIC_LABEL }, { header: PREPARATION_COLUMN, width: 48, align: 'right' }, { header: COMPLETENESS, width: 30, align: 'right' }],
    report.topics.map((t) => [t.title, scoreNumber(t.score), percentText(t.completeness)]),
  );
}

export function topicsOverview(w: Writer, { report, radarImage }: ReportPdfInput, options: { imageSize?: number; method: boolean }): void {
  w.heading(HEADINGS.topics, 1);
  w.paragraph('Netzdiagramm der vier Themen (Stand der Vorbereitung: 0 = nicht vorbereitet, 100 = vorbereitet). Die Tabelle enthält dieselben Werte.', {
    size: 9,
    muted: true,
  });
  if (radarImage) {
    const size = options.imageSize ?? 110;
    w.ensure(size);
    w.doc.addImage(radarImage, 'JPEG', PAGE.left + (CONTENT_WIDTH - size) / 2, w.y, size, size, 'radar');
    w.y += size + 3;
  }
  topicTable(w, report);
  if (options.method) {
    w.heading(HEADINGS.method, 2);
    w.paragraph(METHOD_TEXT, { size: 9.5 });
    w.bullets(report.levels.map(levelThresholdText), { size: 9.5 });
  }
}

/** A flag with its explanation; what to do about it stands once, in the plan. */
function flagBlock(w: Writer, flag: ReportModel['flags'][number], references: ReferenceIndex): void {
  w.paragraph(flagTitle(flag), { bold: true, after: 0.5 });
  w.paragraph(flag.explanation, { after: 0.5 });
  w.paragraph(`${TODO_LABEL} Der Schritt dazu steht im ${HEADINGS.actions} ${ownerText(flag.action.owner)}.`, { size: 9, muted: true, after: 0.5 });
  const cited = citations(flag.references, references);
  if (cited) w.paragraph(`Rechtsgrundlagen: ${cited}`, { size: 8.5, muted: true, after: 2 });
}

function notesOfTopic(w: Writer, report: ReportModel, questionnaireId: string): void {
  const notes = report.notes.filter((n) => n.questionnaireId === questionnaireId);
  if (!notes.length) return;
  w.heading('Notizen', 2);
  for (const note of notes) {
    w.paragraph(questionLabel(note.question, note.item), { bold: true, size: 9.5, after: 0.3 });
    w.paragraph(note.text, { size: 9.5, after: 1.5 });
  }
}

export function topicChapters(w: Writer, report: ReportModel, references: ReferenceIndex): void {
  for (const topic of report.topics) {
    w.newPage();
    w.heading(`${TOPIC_LABEL}: ${topic.title}`, 1);
    w.paragraph(`${preparationText(topic.score)} · ${completenessText(topic.completeness)}`, { size: 11, bold: true, after: 2 });
    w.table(
      [{ header: 'Abschnitt' }, { header: PREPARATION_COLUMN, width: 48, align: 'right' }, { header: COMPLETENESS, width: 30, align: 'right' }],
      topic.sections.map((s) => [s.title, scoreNumber(s.score), percentText(s.completeness)]),
    );
    const flags = report.flags.filter((f) => f.questionnaireId === topic.questionnaireId);
    if (flags.length) {
      w.heading(HEADINGS.flags, 2);
      for (const flag of flags) flagBlock(w, flag, references);
    }
    const open = report.openPoints.filter((p) => p.questionnaireId === topic.questionnaireId);
    if (open.length) {
      w.heading(`${HEADINGS.openPoints} (${open.length})`, 2);
      w.bullets(open.map((p) => `${questionLabel(p.question, p.item)} (${p.reason})`));
    }
    notesOfTopic(w, report, topic.questionnaireId);
    const steps = report.actions.filter((a) => a.questionnaireId === topic.questionnaireId).length;
    if (steps) w.paragraph(`${steps === 1 ? 'Der Schritt' : `Die ${steps} Schritte`} zu diesem Thema ${steps === 1 ? 'steht' : 'stehen'} im ${HEADINGS.actions}.`, { size: 9, muted: true });
  }
}

/** Flags in short for the council: showstoppers with their explanation, warnings by title; the steps follow in the plan. */
export function flagsInShort(w: Writer, report: ReportModel): void {
  w.heading(HEADINGS.flags, 1);
  if (report.flags.length === 0) w.paragraph(NO_FLAGS);
  for (const flag of report.flags.filter((f) => f.severity === 'showstopper')) {
    w.paragraph(flagTitle(flag), { bold: true, size: 9.5, after: 0.3 });
    w.paragraph(flag.explanation, { size: 9.5, after: 1.5 });
  }
  const warnings = report.flags.filter((f) => f.severity !== 'showstopper');
  if (warnings.length) w.bullets(warnings.map(flagTitle), { size: 9.5 });
}

// ------------------------------------------------------------------------------------------------
// Legal form, task, VAT

export function legalFormsChapter(w: Writer, report: ReportModel, references: ReferenceIndex, options: { brief: boolean }): void {
  const ranking = report.legalForms;
  w.heading(HEADINGS.legalForms, 1);
  w.paragraph(ranking.disclaimer, { muted: true, size: 9 });
  if (ranking.uncertainty) w.paragraph(`Hinweis: ${ranking.uncertainty}`, { bold: true });
  // The council version's summary page already says who approves and who decides.
  if (!options.brief) {
    w.paragraph(ranking.authorityText, { bold: true, after: 2 });
    w.paragraph(`Wer entscheidet: ${ranking.councilDecision.text}`, { after: 2 });
  }
  const forms = options.brief ? ranking.ranked.slice(0, 1) : ranking.ranked;
  forms.forEach((form, index) => {
    w.heading(`${index + 1}. ${legalFormTitle(form)}`, 2, { keepWith: 30, toc: !options.brief });
    w.paragraph(form.summary);
    if (form.reasonsFor.length) {
      w.paragraph(`${HEADINGS.reasonsFor}:`, { bold: true, after: 0.5 });
      w.bullets(form.reasonsFor);
    }
    if (form.reasonsAgainst.length) {
      w.paragraph(`${HEADINGS.reasonsAgainst}:`, { bold: true, after: 0.5 });
      w.bullets(form.reasonsAgainst);
    }
    const facts = [
      ['Genehmigung', form.approval],
      ['Umsatzsteuer', form.vat],
      ['Vergaberecht', form.procurement],
      ['Datenschutz', form.dataProtection],
      ['Rechtsgrundlagen', citations(form.references, references)],
    ];
    w.table([{ width: 32, bold: true }, {}], options.brief ? facts.filter(([label]) => label === 'Genehmigung') : facts, { size: 8.5 });
  });
  if (options.brief) {
    const others = ranking.ranked.slice(1);
    if (others.length) {
      w.paragraph('Weitere Formen nach Ihren Angaben:', { bold: true, after: 0.5 });
      w.bullets(others.map(legalFormTitle));
    }
    return;
  }
  if (ranking.unsuitable.length) {
    w.heading(HEADINGS.unsuitable, 2);
    w.bullets(ranking.unsuitable.map((f) => `${f.name}: ${f.exclusions.join(' ')}`));
  }
  w.heading(HEADINGS.closed, 2);
  w.bullets(ranking.closed.map((f) => `${f.name}${f.pointedTo ? ' (Ihre Angaben deuten darauf hin)' : ''}: ${f.why} Stattdessen: ${f.instead}`));
}

export function taskProfilesChapter(w: Writer, report: ReportModel, references: ReferenceIndex): void {
  if (!report.taskProfiles.length) return;
  w.heading(HEADINGS.taskProfiles, 1);
  for (const profile of report.taskProfiles) {
    w.heading(profile.task, 2, { keepWith: 30 });
    w.bullets(profile.law.map((s) => `${s.text} [${citations(s.references, references)}]`));
    w.paragraph(`Rechtsform: ${profile.legalForm.text}`);
    w.paragraph(`Umsatzsteuer: ${profile.vat.text}`);
    w.paragraph(EXAMPLES_HEADING, { bold: true, after: 0.5 });
    if (profile.noExamples) w.paragraph(profile.noExamples);
    w.bullets(
      profile.examples.map((e) => {
        const source = references.get(e.reference);
        return `${e.name} (${e.partners}): ${e.form}.${source ? ` Quelle: ${citationText(source)} – ${source.title}${source.url ? `, ${source.url}` : ''}` : ''}`;
      }),
    );
  }
}

function transitionHeight(w: Writer, report: ReportModel): number {
  const { transition } = report.vat;
  return (
    w.heightOf(transition.text, { size: 11, bold: true, indent: 3 }) +
    (transition.status ? w.heightOf(transition.status, { indent: 3 }) : 0) +
    w.heightOf(`Quelle: ${transition.source}`, { size: 8.5, indent: 3 }) +
    8
  );
}

function transitionBox(w: Writer, report: ReportModel): void {
  const { transition } = report.vat;
  w.box(transitionHeight(w, report), () => {
    w.paragraph(transition.text, { size: 11, bold: true, indent: 3, after: 1 });
    if (transition.status) w.paragraph(transition.status, { indent: 3, after: 1 });
    w.paragraph(`Quelle: ${transition.source}`, { size: 8.5, indent: 3, after: 0, muted: true });
  });
}

export function vatChapter(w: Writer, report: ReportModel, references: ReferenceIndex, options: { brief: boolean }): void {
  const { vat } = report;
  w.heading(HEADINGS.vat, 1, { keepWith: transitionHeight(w, report) + 5 });
  transitionBox(w, report);
  if (vat.noServices) {
    w.paragraph(vat.noServices);
    return;
  }
  w.paragraph(overallRiskText(vat.overall), { bold: true, size: 11 });
  for (const service of vat.services) {
    w.heading(`${service.serviceName} – ${riskText(service.risk)}`, 2, { keepWith: 25, toc: !options.brief });
    w.paragraph(service.conclusion);
    if (service.euros) w.paragraph(service.euros.text, { bold: service.euros.expected });
    if (service.caveat) w.paragraph(service.caveat);
    if (options.brief) continue;
    w.paragraph(`${HEADINGS.steps}:`, { bold: true, after: 0.5 });
    w.bullets(
      service.steps.map((s) => {
        const cited = citations(s.references, references);
        return `${s.title} ${s.finding}${cited ? ` [${cited}]` : ''}`;
      }),
      { marker: (i) => `${i + 1}.` },
    );
    if (service.toClarify.length) {
      w.paragraph(`${HEADINGS.toClarify}:`, { bold: true, after: 0.5 });
      w.bullets(service.toClarify);
    }
    if (service.mitigations.length) {
      w.paragraph(`${HEADINGS.mitigations}:`, { bold: true, after: 0.5 });
      w.bullets(service.mitigations.map((m) => `${m.text}${m.caveat ? ` Aber: ${m.caveat}` : ''}`));
    }
  }
}

// ------------------------------------------------------------------------------------------------
// Plan, appendix, sources

/**
 * The action plan, once: every step with its priority, topic, who is responsible, by when, its
 * status and why. The council version passes the urgent steps not yet named in its summary.
 */
export function actionPlanChapter(w: Writer, report: ReportModel, options: { actions?: ReportModel['actions']; title?: string } = {}): void {
  const brief = options.actions !== undefined;
  const actions = options.actions ?? report.actions;
  w.heading(options.title ?? HEADINGS.actions, 1);
  if (actions.length === 0) {
    w.paragraph(NO_ACTIONS);
    return;
  }
  w.paragraph(
    brief
      ? `Alle ${report.actions.length} Schritte mit ihrem Anlass stehen im vollständigen Bericht.`
      : 'Nach Priorität sortiert. Leere Felder in „Bis wann“ und „Stand“ sind zum Ausfüllen nach dem Ausdruck gedacht.',
    { size: 9, muted: true },
  );
  w.table(
    [
      { header: PRIORITY_COLUMN, width: 16 },
      { header: STEP_COLUMN },
      { header: TOPIC_LABEL, width: 24 },
      { header: OWNER_COLUMN, width: 24 },
      { header: 'Bis wann', width: 18 },
      { header: 'Stand', width: 18 },
    ],
    actions.map((a) => {
      const plan = planCells(a);
      const step = brief ? a.text : `${a.text}\n${becauseText(a.because)}${plan.note ? `\nNotiz: ${plan.note}` : ''}`;
      return [PRIORITY_LABELS[a.priority], step, a.topic, a.owner, plan.due, plan.status];
    }),
    { size: 8.5, minRowHeight: 9 },
  );
}

export function answersAppendix(w: Writer, report: ReportModel): void {
  w.heading(HEADINGS.answers, 1);
  w.paragraph('Alle angezeigten Fragen mit der gegebenen Antwort und dem, was sie zählt, nach Fragebogen und Abschnitt. Ausgeblendete Fragen fehlen.', {
    size: 9,
    muted: true,
  });
  for (const topic of report.topics) {
    w.heading(topic.title, 2, { keepWith: 30 });
    for (const section of topic.sections) {
      w.heading(section.title, 3, { keepWith: 20 });
      w.table(
        [{ header: 'Frage', width: 88 }, { header: 'Antwort' }, { header: 'Zählt', width: 30 }],
        section.questions.map((q) => [questionLabel(q.text, q.item?.name), q.answer, answerPoints(q)]),
        { size: 8.5, borders: 'rows' },
      );
    }
  }
}

export function sourcesChapter(w: Writer, report: ReportModel): void {
  w.heading(HEADINGS.sources, 1);
  w.bullets(report.references.map(sourceText), { size: 9 });
  w.heading('Hinweis', 2);
  w.paragraph(
    `Dieser Bericht gibt eine Orientierung auf Grundlage Ihrer Angaben. Er ist keine Rechts- oder Steuerberatung und ersetzt nicht die Abstimmung mit der Rechtsaufsichtsbehörde, der Steuerberatung oder dem Finanzamt. ${LEGAL_STATUS_LABEL} der hinterlegten Fakten: ${report.legalStatus.text}.`,
  );
}

/** A thin rule in KERN's blue under a block. */
export function rule(w: Writer): void {
  w.doc.setDrawColor(...INK).setLineWidth(0.4).line(PAGE.left, w.y, PAGE.width - PAGE.right, w.y);
  w.y += 3;
}
