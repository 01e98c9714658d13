// Renders the report model as an A4 PDF with jsPDF (loaded lazily with the PDF button). Nothing is
// computed here: every number and text comes from the ReportModel the results page shows.
import { jsPDF } from 'jspdf';
import { autoTable, type RowInput, type UserOptions } from 'jspdf-autotable';
import type { Comparison } from '../domain/exchange/comparison.ts';
import type { ReportModel } from '../domain/report/report.ts';
import type { Reference } from '../domain/content/schema.ts';
import { EU_CAVEAT, EXAMPLES_HEADING, LEGAL_STATUS_LABEL, SOURCE_NOT_CHECKED } from '../domain/report/wording.ts';
import type { DraftDocument } from '../domain/documents/model.ts';
import { drawDocuments } from './pdfDocuments.ts';
import { pdfText } from './pdfText.ts';

export const REPORT_TITLE = 'IKZ-Check – Bericht zur Kooperationsbereitschaft';
export const JOINT_REPORT_TITLE = 'IKZ-Check – Gemeinsamer Bericht der Partner';

export interface PdfInput {
  report: ReportModel;
  /** Questionnaire titles and versions used, for the cover. */
  versions: { title: string; version: number }[];
  /** JPEG data URL of the radar chart, rendered from the same configuration as the results page. */
  radarImage?: string;
  generatedAt: Date;
  /** The draft Beschlussvorlage and outline of the agreement, drawn as chapters of their own. */
  documents?: DraftDocument[];
}

const PAGE = { width: 210, height: 297, left: 20, right: 20, top: 24, bottom: 20 };
const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const LINE = 0.3528 * 1.4; // mm per pt of font size, with line spacing
const GREY: [number, number, number] = [225, 225, 225];

const PRIORITY_LABEL = { hoch: 'hoch', mittel: 'mittel', niedrig: 'niedrig' } as const;
const RISK_LABEL = { gering: 'gering', mittel: 'mittel', hoch: 'hoch', unklar: 'unklar' } as const;

const formatDate = (iso: string) => new Date(`${iso}T12:00:00`).toLocaleDateString('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric' });
const score = (value: number | undefined) => (value === undefined ? '–' : `${Math.round(value)}`);

export class Writer {
  y = PAGE.top;
  constructor(readonly doc: jsPDF) {}

  get bottom(): number {
    return PAGE.height - PAGE.bottom;
  }

  newPage(): void {
    this.doc.addPage();
    this.y = PAGE.top;
  }

  ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  /** A heading keeps at least `keepWith` mm of following content on its page. */
  heading(text: string, level: 1 | 2 | 3, keepWith = 25): void {
    const size = level === 1 ? 17 : level === 2 ? 13.5 : 11.5;
    const lines = this.doc.setFont('helvetica', 'bold').setFontSize(size).splitTextToSize(pdfText(text), CONTENT_WIDTH) as string[];
    const space = level === 1 ? 4 : 3;
    this.ensure(space + lines.length * size * LINE + keepWith);
    this.y += this.y === PAGE.top ? 0 : space;
    for (const line of lines) {
      this.y += size * LINE;
      this.doc.text(line, PAGE.left, this.y);
    }
    this.y += level === 1 ? 3 : 1.5;
  }

  paragraph(text: string, options: { size?: number; bold?: boolean; italic?: boolean; indent?: number; after?: number } = {}): void {
    const size = options.size ?? 10;
    const indent = options.indent ?? 0;
    const style = options.bold ? 'bold' : options.italic ? 'italic' : 'normal';
    this.doc.setFont('helvetica', style).setFontSize(size);
    for (const part of pdfText(text).split('\n')) {
      // Indented text inside a box keeps the same distance on the right.
      const lines = this.doc.splitTextToSize(part || ' ', CONTENT_WIDTH - 2 * indent) as string[];
      for (const line of lines) {
        this.ensure(size * LINE);
        this.y += size * LINE;
        this.doc.text(line, PAGE.left + indent, this.y);
      }
    }
    this.y += options.after ?? 1.5;
  }

  bullets(items: string[], options: { size?: number; marker?: (index: number) => string } = {}): void {
    const size = options.size ?? 10;
    items.forEach((item, index) => {
      const marker = options.marker?.(index) ?? '•';
      const lines = this.doc.setFont('helvetica', 'normal').setFontSize(size).splitTextToSize(pdfText(item), CONTENT_WIDTH - 6) as string[];
      lines.forEach((line, i) => {
        this.ensure(size * LINE);
        this.y += size * LINE;
        if (i === 0) this.doc.text(marker, PAGE.left + 1, this.y);
        this.doc.text(line, PAGE.left + 6, this.y);
      });
      this.y += 0.8;
    });
    this.y += 1;
  }

  /** A table; every header and cell goes through pdfText, like every other text of the PDF. */
  table(options: Omit<UserOptions, 'head' | 'body'> & { head?: string[][]; body: string[][] }): void {
    const clean = (rows: string[][]): RowInput[] => rows.map((row) => row.map((cell) => pdfText(cell)));
    autoTable(this.doc, {
      startY: this.y + 1,
      margin: { left: PAGE.left, right: PAGE.right, top: PAGE.top, bottom: PAGE.bottom },
      theme: 'grid',
      rowPageBreak: 'avoid',
      styles: { font: 'helvetica', fontSize: 9, cellPadding: 1.6, textColor: 20, lineColor: 120, lineWidth: 0.2, overflow: 'linebreak' },
      headStyles: { fillColor: GREY, textColor: 0, fontStyle: 'bold' },
      showHead: 'everyPage',
      ...options,
      head: options.head && clean(options.head),
      body: clean(options.body),
    });
    this.y = (this.doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable.finalY + 4;
  }
}

function citations(ids: string[], references: Map<string, Reference>): string {
  return ids
    .flatMap((id) => references.get(id) ?? [])
    .map((r) => `${r.citation}${r.unverified ? ` (${SOURCE_NOT_CHECKED})` : ''}`)
    .join('; ');
}


function cover(w: Writer, { report, versions, generatedAt }: PdfInput): void {
  const { meta } = report;
  w.y = 60;
  w.doc.setFont('helvetica', 'bold').setFontSize(24);
  for (const line of w.doc.splitTextToSize('IKZ-Check', CONTENT_WIDTH) as string[]) {
    w.doc.text(line, PAGE.left, w.y);
    w.y += 10;
  }
  w.paragraph('Bericht zur Kooperationsbereitschaft', { size: 17, bold: true, after: 10 });
  w.paragraph(meta.municipality || 'Gemeinde ohne Namen', { size: 15, bold: true, after: 2 });
  if (meta.landkreis) w.paragraph(meta.landkreis, { size: 12, after: 8 });
  const tasks = [...meta.tasks, ...(meta.otherTasks.trim() ? [meta.otherTasks.trim()] : [])];
  const partners = meta.partners.split('\n').map((p) => p.trim()).filter(Boolean);
  const facts: [string, string][] = [
    ['Geplante Aufgaben', tasks.join(', ') || '–'],
    ['Partnergemeinden', partners.join(', ') || '–'],
    ['Ansprechperson', meta.contactPerson || '–'],
    ['Datum der Bewertung', formatDate(report.date)],
    ['Erstellt am', generatedAt.toLocaleString('de-DE', { dateStyle: 'medium', timeStyle: 'short' })],
    ['Fragebögen', versions.map((v) => `${v.title} (Version ${v.version})`).join(', ')],
    [LEGAL_STATUS_LABEL, report.legalStatus.text],
  ];
  w.table({
    body: facts,
    theme: 'plain',
    styles: { font: 'helvetica', fontSize: 10.5, cellPadding: 1.8, textColor: 20, overflow: 'linebreak' },
    columnStyles: { 0: { fontStyle: 'bold', cellWidth: 48 } },
  });
  w.y = Math.max(w.y + 10, 230);
  w.paragraph(
    'Dieser Bericht ist eine Orientierung für Verwaltung und Gemeinderat. Er ersetzt keine Rechts- oder Steuerberatung. Alle Angaben wurden in IKZ-Check im Browser erfasst und ausgewertet; es wurden keine Daten übertragen.',
    { size: 9, italic: true },
  );
}

function summary(w: Writer, report: ReportModel): void {
  w.newPage();
  w.heading('Zusammenfassung', 1);
  const { overall } = report;
  w.paragraph(`Gesamtstufe: ${overall.level.name}`, { size: 15, bold: true, after: 1 });
  w.paragraph(`Gesamtwert ${score(overall.score)} von 100 · Vollständigkeit ${Math.round(overall.completeness)} %`, { size: 11, after: 2 });
  w.paragraph(overall.level.description, { after: 3 });
  if (overall.cappedBy.length) {
    w.paragraph(
      `Nach Punkten wäre die Stufe „${overall.levelByScore.name}“ erreicht. Folgende K.-o.-Kriterien begrenzen die Stufe: ${overall.cappedBy.map((f) => f.title).join('; ')}.`,
      { bold: true, after: 3 },
    );
  }
  w.heading('Die vier Themen', 2);
  w.table({
    head: [['Thema', 'Punkte (0–100)', 'Vollständigkeit']],
    body: report.topics.map((t) => [t.title, score(t.score), `${Math.round(t.completeness)} %`]),
    columnStyles: { 1: { halign: 'right', cellWidth: 32 }, 2: { halign: 'right', cellWidth: 32 } },
  });
  w.heading('Die wichtigsten Erkenntnisse', 2);
  w.bullets(report.keyFindings);
  const showstoppers = report.flags.filter((f) => f.severity === 'showstopper');
  if (showstoppers.length) {
    w.heading('K.-o.-Kriterien', 2);
    w.bullets(showstoppers.map((f) => `${f.title} (${f.topic}): ${f.explanation}`));
  }
}

function overview(w: Writer, { report, radarImage }: PdfInput): void {
  w.newPage();
  w.heading('Die vier Themen im Überblick', 1);
  w.paragraph('Netzdiagramm der vier Themen: 0 = nicht bereit, 100 = bereit. Die Tabelle enthält dieselben Werte.', { size: 9, italic: true });
  if (radarImage) {
    const size = 120;
    w.ensure(size);
    w.doc.addImage(radarImage, 'JPEG', PAGE.left + (CONTENT_WIDTH - size) / 2, w.y, size, size);
    w.y += size + 4;
  }
  w.table({
    head: [['Thema', 'Punkte (0–100)', 'Vollständigkeit']],
    body: report.topics.map((t) => [t.title, score(t.score), `${Math.round(t.completeness)} %`]),
    columnStyles: { 1: { halign: 'right', cellWidth: 32 }, 2: { halign: 'right', cellWidth: 32 } },
  });
}

function topicChapters(w: Writer, report: ReportModel, references: Map<string, Reference>): void {
  for (const topic of report.topics) {
    w.newPage();
    w.heading(`Thema: ${topic.title}`, 1);
    w.paragraph(`Punkte ${score(topic.score)} von 100 · Vollständigkeit ${Math.round(topic.completeness)} %`, { size: 11, bold: true, after: 2 });
    w.table({
      head: [['Abschnitt', 'Punkte', 'Vollständigkeit']],
      body: topic.sections.map((s) => [s.title, score(s.score), `${Math.round(s.completeness)} %`]),
      columnStyles: { 1: { halign: 'right', cellWidth: 24 }, 2: { halign: 'right', cellWidth: 32 } },
    });
    const flags = report.flags.filter((f) => f.questionnaireId === topic.questionnaireId);
    if (flags.length) {
      w.heading('K.-o.-Kriterien und Warnungen', 2);
      for (const flag of flags) {
        w.paragraph(`${flag.severity === 'showstopper' ? 'K.-o.-Kriterium' : 'Warnung'}: ${flag.title}`, { bold: true, after: 0.5 });
        w.paragraph(flag.explanation, { after: 0.5 });
        w.paragraph(`Was ist zu tun? ${flag.action.text} (zuständig: ${flag.action.owner})`, { after: 0.5 });
        const cited = citations(flag.references, references);
        if (cited) w.paragraph(`Rechtsgrundlagen: ${cited}`, { size: 8.5, after: 2 });
      }
    }
    const open = report.openPoints.filter((p) => p.questionnaireId === topic.questionnaireId);
    if (open.length) {
      w.heading(`Offene Punkte (${open.length})`, 2);
      w.bullets(open.map((p) => `${p.item ? `${p.item}: ` : ''}${p.question} (${p.reason})`));
    }
    const actions = report.actions.filter((a) => a.questionnaireId === topic.questionnaireId);
    if (actions.length) {
      w.heading('Empfohlene Schritte', 2);
      w.bullets(actions.map((a) => `${a.text} – Priorität ${PRIORITY_LABEL[a.priority]}, zuständig: ${a.owner}`));
    }
  }
}

function legalForms(w: Writer, report: ReportModel, references: Map<string, Reference>): void {
  const ranking = report.legalForms;
  w.newPage();
  w.heading('Empfohlene Rechtsform (SächsKomZG)', 1);
  w.paragraph(ranking.disclaimer, { italic: true });
  const authority = ranking.approvingAuthority;
  w.paragraph(
    `${authority.onlyIfApprovalNeeded ? 'Falls Ihre Form genehmigungspflichtig ist, genehmigt nach Ihren Angaben' : 'Genehmigungsbehörde nach Ihren Angaben'}: ${authority.authority}.${authority.openQuestion ? ` ${authority.openQuestion}` : ''}`,
    { bold: true, after: 2 },
  );
  w.paragraph(`Wer entscheidet: ${ranking.councilDecision.text}`, { after: 2 });
  if (ranking.basis < 60) w.paragraph(`Nur ${Math.round(ranking.basis)} % der Fragen zur Rechtsform sind beantwortet; die Reihenfolge ist unsicher.`);
  ranking.ranked.forEach((form, index) => {
    w.heading(`${index + 1}. ${form.name} – Eignung ${form.fit} von 100`, 2, 30);
    w.paragraph(form.summary);
    if (form.reasonsFor.length) {
      w.paragraph('Dafür spricht:', { bold: true, after: 0.5 });
      w.bullets(form.reasonsFor);
    }
    if (form.reasonsAgainst.length) {
      w.paragraph('Dagegen spricht:', { bold: true, after: 0.5 });
      w.bullets(form.reasonsAgainst);
    }
    w.table({
      body: [
        ['Genehmigung', form.approval],
        ['Umsatzsteuer', form.vat],
        ['Vergaberecht', form.procurement],
        ['Datenschutz', form.dataProtection],
        ['Rechtsgrundlagen', citations(form.references, references)],
      ],
      styles: { font: 'helvetica', fontSize: 8.5, cellPadding: 1.4, textColor: 20, lineColor: 150, lineWidth: 0.2, overflow: 'linebreak' },
      columnStyles: { 0: { fontStyle: 'bold', cellWidth: 32 } },
    });
  });
  if (ranking.unsuitable.length) {
    w.heading('Nach Ihren Angaben nicht geeignet', 2);
    w.bullets(ranking.unsuitable.map((f) => `${f.name}: ${f.exclusions.join(' ')}`));
  }
  w.heading('Formen, die für neue Kooperationen nicht offenstehen', 2);
  w.bullets(ranking.closed.map((f) => `${f.name}${f.pointedTo ? ' (Ihre Angaben deuten darauf hin)' : ''}: ${f.why} Stattdessen: ${f.instead}`));
}

function taskProfiles(w: Writer, report: ReportModel, references: Map<string, Reference>): void {
  for (const profile of report.taskProfiles) {
    w.heading(`Besondere Regeln für die Aufgabe „${profile.task}“`, 2, 30);
    w.bullets(profile.law.map((s) => `${s.text} [${citations(s.references, references)}]`));
    w.paragraph(`Rechtsform: ${profile.legalForm.text}`);
    w.paragraph(`Umsatzsteuer: ${profile.vat.text}`);
    w.paragraph(EXAMPLES_HEADING, { bold: true, after: 0.5 });
    if (profile.noExamples) w.paragraph(profile.noExamples);
    w.bullets(
      profile.examples.map((e) => {
        const source = references.get(e.reference);
        return `${e.name} (${e.partners}): ${e.form}.${source ? ` Quelle: ${source.citation}, ${source.title}${source.url ? `, ${source.url}` : ''}` : ''}`;
      }),
    );
  }
}

function vat(w: Writer, report: ReportModel, references: Map<string, Reference>): void {
  const { vat } = report;
  w.newPage();
  w.heading('Umsatzsteuer (§ 2b UStG)', 1);
  w.doc.setDrawColor(0).setLineWidth(0.6);
  const boxTop = w.y + 1;
  w.y += 2;
  w.paragraph(vat.transition.text, { size: 12, bold: true, indent: 3, after: 1 });
  if (vat.transition.status) w.paragraph(vat.transition.status, { indent: 3, after: 1 });
  w.paragraph(`Quelle: ${vat.transition.source}`, { size: 8.5, indent: 3, after: 2 });
  w.doc.rect(PAGE.left, boxTop, CONTENT_WIDTH, w.y - boxTop);
  w.y += 4;
  if (vat.services.length === 0) {
    w.paragraph('Es wurde keine Leistung zwischen den Partnern angelegt; die Umsatzsteuer wurde deshalb nicht je Leistung geprüft.');
    return;
  }
  w.paragraph(`Gesamtrisiko: ${RISK_LABEL[vat.overall]}`, { bold: true, size: 11 });
  for (const service of vat.services) {
    w.heading(`${service.serviceName} – Risiko ${RISK_LABEL[service.risk]}`, 2, 30);
    w.paragraph(service.conclusion);
    if (service.euros) w.paragraph(service.euros.text, { bold: service.euros.expected });
    if (service.euCaveat) {
      w.paragraph(`Unsicher: ${EU_CAVEAT}`, { italic: true });
    }
    w.paragraph('Prüfschritte:', { bold: true, after: 0.5 });
    w.bullets(
      service.steps.map((s) => {
        const cited = citations(s.references, references);
        return `${s.title} ${s.finding}${cited ? ` [${cited}]` : ''}`;
      }),
      { marker: (i) => `${i + 1}.` },
    );
    if (service.toClarify.length) {
      w.paragraph('Zu klären:', { bold: true, after: 0.5 });
      w.bullets(service.toClarify);
    }
    if (service.mitigations.length) {
      w.paragraph('Möglichkeiten, das Risiko zu senken:', { bold: true, after: 0.5 });
      w.bullets(service.mitigations.map((m) => `${m.text}${m.caveat ? ` Aber: ${m.caveat}` : ''}`));
    }
  }
}

function actionPlan(w: Writer, report: ReportModel): void {
  w.newPage();
  w.heading('Maßnahmenplan', 1);
  w.paragraph('Nach Priorität sortiert. Die Spalten „verantwortlich“ und „bis wann“ sind zum Ausfüllen nach dem Ausdruck gedacht.', { size: 9, italic: true });
  if (report.actions.length === 0) {
    w.paragraph('Es gibt keine offenen Maßnahmen.');
    return;
  }
  w.table({
    head: [['Priorität', 'Schritt', 'Thema', 'Zuständig (Vorschlag)', 'verantwortlich', 'bis wann']],
    body: report.actions.map((a) => [PRIORITY_LABEL[a.priority], a.text, a.topic, a.owner, '', '']),
    styles: { font: 'helvetica', fontSize: 8.5, cellPadding: 1.5, textColor: 20, lineColor: 120, lineWidth: 0.2, overflow: 'linebreak', minCellHeight: 9 },
    columnStyles: { 0: { cellWidth: 16 }, 1: { cellWidth: 66 }, 2: { cellWidth: 24 }, 3: { cellWidth: 22 }, 4: { cellWidth: 22 }, 5: { cellWidth: 20 } },
  });
}

function appendix(w: Writer, report: ReportModel): void {
  w.newPage();
  w.heading('Anhang: Ihre Antworten', 1);
  w.paragraph('Alle angezeigten Fragen mit der gegebenen Antwort und Notizen, nach Fragebogen und Abschnitt. Ausgeblendete Fragen fehlen.', { size: 9, italic: true });
  for (const topic of report.topics) {
    w.heading(topic.title, 2, 30);
    for (const section of topic.sections) {
      w.heading(section.title, 3, 20);
      w.table({
        head: [['Frage', 'Antwort']],
        body: section.questions.map((q) => [
          `${q.item ? `${q.item.name}: ` : ''}${q.text}`,
          `${q.answer}${q.note ? `\nNotiz: ${q.note}` : ''}`,
        ]),
        styles: { font: 'helvetica', fontSize: 8.5, cellPadding: 1.4, textColor: 20, lineColor: 150, lineWidth: 0.2, overflow: 'linebreak' },
        columnStyles: { 0: { cellWidth: 95 } },
      });
    }
  }
}

function referenceList(w: Writer, report: ReportModel): void {
  w.newPage();
  w.heading('Rechtsgrundlagen und Quellen', 1);
  w.bullets(
    report.references.map((r) => `${r.citation} – ${r.title}. ${r.source}${r.unverified ? ` (${SOURCE_NOT_CHECKED})` : ''}${r.url ? ` ${r.url}` : ''}`),
    { size: 9 },
  );
  w.heading('Hinweis', 2);
  w.paragraph(
    'Dieser Bericht gibt eine Orientierung auf Grundlage Ihrer Angaben. Er ist keine Rechts- oder Steuerberatung und ersetzt nicht die Abstimmung mit der Rechtsaufsichtsbehörde, der Steuerberatung oder dem Finanzamt. Rechtsstand der hinterlegten Fakten: November 2026.',
  );
}

/** "<subject> · <title>" on one line: a long subject (many partners' names) is cut with "…", the title stays. */
function runningHeader(doc: jsPDF, subject: string, title: string): string {
  const suffix = pdfText(` · ${title}`);
  const name = pdfText(subject);
  const fits = (text: string) => doc.getTextWidth(text) <= CONTENT_WIDTH;
  if (fits(name + suffix)) return name + suffix;
  let low = 0;
  let high = name.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(`${name.slice(0, middle).trimEnd()}…${suffix}`)) low = middle;
    else high = middle - 1;
  }
  return `${name.slice(0, low).trimEnd()}…${suffix}`;
}

function headersAndFooters(doc: jsPDF, subject: string, title: string, isoDate: string): void {
  const pages = doc.getNumberOfPages();
  const date = formatDate(isoDate);
  doc.setFont('helvetica', 'normal').setFontSize(8);
  const header = runningHeader(doc, subject, title);
  for (let page = 1; page <= pages; page++) {
    doc.setPage(page);
    doc.setFont('helvetica', 'normal').setFontSize(8).setTextColor(60);
    doc.text(header, PAGE.left, 13);
    doc.setDrawColor(150).setLineWidth(0.2).line(PAGE.left, 15, PAGE.width - PAGE.right, 15);
    doc.line(PAGE.left, PAGE.height - 13, PAGE.width - PAGE.right, PAGE.height - 13);
    doc.text(`Stand: ${date}`, PAGE.left, PAGE.height - 8);
    doc.text(`Seite ${page} von ${pages}`, PAGE.width - PAGE.right, PAGE.height - 8, { align: 'right' });
    doc.setTextColor(0);
  }
}

export function renderPdf(input: PdfInput): jsPDF {
  const { report } = input;
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  doc.setProperties({
    title: pdfText(`${REPORT_TITLE}: ${report.meta.municipality}`),
    subject: 'Bereitschaft für interkommunale Zusammenarbeit: Prozesse, IT, Rechtsform, Umsatzsteuer',
    author: 'IKZ-Check',
    creator: 'IKZ-Check',
    keywords: 'IKZ, interkommunale Zusammenarbeit, Sachsen, SächsKomZG, § 2b UStG',
  });
  doc.setCreationDate(input.generatedAt);
  doc.setLanguage('de-DE');
  const references = new Map(report.references.map((r) => [r.id, r]));
  const w = new Writer(doc);
  cover(w, input);
  summary(w, report);
  overview(w, input);
  topicChapters(w, report, references);
  legalForms(w, report, references);
  taskProfiles(w, report, references);
  vat(w, report, references);
  actionPlan(w, report);
  drawDocuments(w, input.documents ?? []);
  appendix(w, report);
  referenceList(w, report);
  headersAndFooters(doc, report.meta.municipality || 'Gemeinde', REPORT_TITLE, report.date);
  return doc;
}

export interface JointPdfInput {
  comparison: Comparison;
  reports: ReportModel[];
  radarImage?: string;
  generatedAt: Date;
}

/** The partnership's report: the same building blocks as the single report, fed by the comparison. */
export function renderJointPdf({ comparison, reports, radarImage, generatedAt }: JointPdfInput): jsPDF {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  const names = comparison.partners.map((p) => p.name);
  doc.setProperties({ title: pdfText(`${JOINT_REPORT_TITLE}: ${names.join(', ')}`), subject: 'Gemeinsame Bereitschaft für interkommunale Zusammenarbeit', author: 'IKZ-Check', creator: 'IKZ-Check' });
  doc.setCreationDate(generatedAt);
  doc.setLanguage('de-DE');
  const w = new Writer(doc);
  const date = generatedAt.toISOString().slice(0, 10);

  w.y = 60;
  w.paragraph('IKZ-Check', { size: 24, bold: true, after: 4 });
  w.paragraph('Gemeinsamer Bericht der Partner', { size: 17, bold: true, after: 8 });
  w.table({
    head: [['Partner', 'Landkreis', 'Datum der Bewertung', 'Stufe']],
    body: reports.map((r, i) => [names[i] ?? '', r.meta.landkreis || '–', formatDate(r.date), `${comparison.partners[i]!.level.name}${comparison.partners[i]!.capped ? ' (K.-o.)' : ''}`]),
  });
  w.paragraph(`Erstellt am ${generatedAt.toLocaleString('de-DE', { dateStyle: 'medium', timeStyle: 'short' })}. Orientierung, keine Rechts- oder Steuerberatung.`, { size: 9, italic: true });

  w.newPage();
  w.heading('Gemeinsame Bereitschaft', 1);
  w.paragraph(`Stufe der Partnerschaft: ${comparison.joint.level.name}`, { size: 15, bold: true });
  w.paragraph(comparison.joint.explanation, { after: 3 });
  w.heading('Punkte nebeneinander', 2);
  const num = (v?: number) => (v === undefined ? '–' : String(Math.round(v)));
  w.table({
    head: [['Thema', ...names]],
    body: [
      ...comparison.topics.map((t, i) => [t.title, ...comparison.partners.map((p) => num(p.topicScores[i]))]),
      ['Gesamt', ...comparison.partners.map((p) => num(p.score))],
    ],
    styles: { font: 'helvetica', fontSize: 8.5, cellPadding: 1.4, textColor: 20, lineColor: 120, lineWidth: 0.2, overflow: 'linebreak', halign: 'right' },
    columnStyles: { 0: { halign: 'left', cellWidth: 40 } },
  });
  if (radarImage) {
    const size = 115;
    w.ensure(size);
    w.doc.addImage(radarImage, 'JPEG', PAGE.left + (CONTENT_WIDTH - size) / 2, w.y, size, size);
    w.y += size + 3;
  }

  w.newPage();
  w.heading('Wo die Partner zusammenpassen und wo nicht', 1);
  const STATUS = { konflikt: 'Konflikt', offen: 'Offen', passt: 'Passt' } as const;
  for (const finding of comparison.findings) {
    w.heading(`${STATUS[finding.status]}: ${finding.title}`, 3, 15);
    w.paragraph(finding.detail, { after: 0.5 });
    if (finding.status !== 'passt') w.paragraph(finding.explanation, { after: 0.5 });
    if (finding.action) w.paragraph(`Was ist zu tun? ${finding.action.text} (zuständig: ${finding.action.owner})`, { after: 0.5 });
    w.paragraph(finding.answers.map((a) => `${a.partnerName}: ${a.answer}`).join(' · '), { size: 8.5, after: 2 });
  }

  w.newPage();
  w.heading('Was alle Partner vor dem Start tun müssen', 1);
  w.paragraph('Die Spalten „verantwortlich“ und „bis wann“ sind zum Ausfüllen nach dem Ausdruck gedacht.', { size: 9, italic: true });
  if (comparison.jointActions.length === 0) w.paragraph('Es gibt keine gemeinsamen Pflichtschritte.');
  else
    w.table({
      head: [['Priorität', 'Schritt', 'Betrifft', 'Zuständig (Vorschlag)', 'verantwortlich', 'bis wann']],
      body: comparison.jointActions.map((a) => [PRIORITY_LABEL[a.priority], a.text, a.partners.join(', '), a.owner, '', '']),
      styles: { font: 'helvetica', fontSize: 8.5, cellPadding: 1.5, textColor: 20, lineColor: 120, lineWidth: 0.2, overflow: 'linebreak', minCellHeight: 9 },
      columnStyles: { 0: { cellWidth: 16 }, 1: { cellWidth: 64 }, 2: { cellWidth: 28 }, 3: { cellWidth: 22 }, 4: { cellWidth: 22 }, 5: { cellWidth: 18 } },
    });

  for (const [i, report] of reports.entries()) {
    w.newPage();
    w.heading(`Partner: ${names[i]}`, 1);
    w.paragraph(`Stufe ${report.overall.level.name} · Gesamtwert ${num(report.overall.score)} von 100 · Vollständigkeit ${Math.round(report.overall.completeness)} %`, { bold: true });
    w.heading('Die wichtigsten Erkenntnisse', 2);
    w.bullets(report.keyFindings);
    const notes = report.topics.flatMap((t) => t.sections.flatMap((s) => s.questions.filter((q) => q.note).map((q) => `${q.text}: ${q.note}`)));
    if (notes.length) {
      w.heading('Notizen aus dem Workshop', 2);
      w.bullets(notes);
    }
  }
  headersAndFooters(doc, names.join(', '), JOINT_REPORT_TITLE, date);
  return doc;
}
