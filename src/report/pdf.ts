// The report PDFs of one assessment, both drawn from the same report model: the council version
// ("Kurzfassung für den Gemeinderat", at most about six pages) and the full report with a table of
// contents. jsPDF is loaded lazily with the PDF button; nothing is computed here.
import { jsPDF } from 'jspdf';
import {
  actionPlanChapter,
  answersAppendix,
  cover,
  flagsInShort,
  formatDate,
  legalFormsChapter,
  referenceIndex,
  sourcesChapter,
  summary,
  taskProfilesChapter,
  topicChapters,
  topicsOverview,
  vatChapter,
  type PdfChapter,
  type ReportPdfInput,
} from './pdfChapters.ts';
import { costChapter, costsInShort } from './pdfCosts.ts';
import { Writer, type PdfAssets } from './pdfWriter.ts';
import { DISCLAIMER, HEADINGS, LEGAL_STATUS_LABEL } from '../domain/report/wording.ts';

export type { PdfAssets } from './pdfWriter.ts';
export type { PdfChapter, ReportPdfInput } from './pdfChapters.ts';

export const REPORT_TITLE = 'Bericht zur Kooperationsbereitschaft';
export const COUNCIL_TITLE = 'Kurzfassung für den Gemeinderat';

function newDocument(title: string, input: Pick<ReportPdfInput, 'generatedAt'>): jsPDF {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  doc.setProperties({
    title,
    subject: 'Bereitschaft für interkommunale Zusammenarbeit: Prozesse, IT, Rechtsform, Umsatzsteuer',
    author: 'IKZ-Check',
    creator: 'IKZ-Check',
    keywords: 'IKZ, interkommunale Zusammenarbeit, Sachsen, SächsKomZG, § 2b UStG',
  });
  doc.setCreationDate(input.generatedAt);
  doc.setLanguage('de-DE');
  return doc;
}

const subjectOf = (input: ReportPdfInput) => input.report.meta.municipality || 'Gemeinde';

/**
 * The chapters of the full report after the cover and the table of contents, in order. Further
 * chapters (e.g. the draft decision and the outline of the agreement) are added to this list,
 * before the appendix.
 */
export const FULL_REPORT_CHAPTERS: PdfChapter[] = [
  {
    id: 'zusammenfassung',
    draw: (w, { report }) => {
      w.newPage();
      w.heading(HEADINGS.summary, 1);
      summary(w, report, { findings: true });
    },
  },
  { id: 'themen', draw: (w, input) => (w.newPage(), topicsOverview(w, input, { method: true })) },
  { id: 'themenkapitel', draw: (w, { report }) => topicChapters(w, report, referenceIndex(report)) },
  { id: 'rechtsform', draw: (w, { report }) => (w.newPage(), legalFormsChapter(w, report, referenceIndex(report), { brief: false })) },
  { id: 'aufgabe', draw: (w, { report }) => taskProfilesChapter(w, report, referenceIndex(report)) },
  { id: 'umsatzsteuer', draw: (w, { report }) => (w.newPage(), vatChapter(w, report, referenceIndex(report), { brief: false })) },
  { id: 'kosten', draw: (w, { report }) => report.costs && costChapter(w, report.costs, referenceIndex(report)) },
  { id: 'massnahmen', draw: (w, { report }) => (w.newPage(), actionPlanChapter(w, report)) },
  { id: 'antworten', draw: (w, { report }) => (w.newPage(), answersAppendix(w, report)) },
  { id: 'quellen', draw: (w, { report }) => (w.newPage(), sourcesChapter(w, report)) },
];

/** The full report: cover, table of contents, summary, topics, legal form, VAT, costs, plan, answers, sources. */
export function renderPdf(input: ReportPdfInput, assets: PdfAssets, chapters: PdfChapter[] = FULL_REPORT_CHAPTERS): jsPDF {
  const doc = newDocument(`IKZ-Check – ${REPORT_TITLE}: ${subjectOf(input)}`, input);
  const w = new Writer(doc, assets);
  cover(w, input, REPORT_TITLE);
  for (const chapter of chapters) chapter.draw(w, input);
  w.finish({ title: `IKZ-Check – ${REPORT_TITLE}`, subject: subjectOf(input), date: formatDate(input.report.date), tocBefore: 2 });
  return doc;
}

/** The council version: a one-page summary with the decision requested, then the essentials in short. */
export function renderCouncilPdf(input: ReportPdfInput, assets: PdfAssets): jsPDF {
  const { report } = input;
  const doc = newDocument(`IKZ-Check – ${COUNCIL_TITLE}: ${subjectOf(input)}`, input);
  const w = new Writer(doc, assets);
  const references = referenceIndex(report);
  w.paragraph(`IKZ-Check · ${COUNCIL_TITLE}`, { size: 9, muted: true, after: 0.5 });
  w.heading(`${subjectOf(input)}: Bereitschaft für die interkommunale Zusammenarbeit`, 1, { keepWith: 40, toc: false });
  const tasks = [...report.meta.tasks, ...(report.meta.otherTasks.trim() ? [report.meta.otherTasks.trim()] : [])].join(', ');
  const partners = report.meta.partners.split('\n').map((p) => p.trim()).filter(Boolean).join(', ');
  w.paragraph(
    [tasks && `Aufgabe: ${tasks}`, partners && `Partner: ${partners}`, `Stand: ${formatDate(report.date)}`, `${LEGAL_STATUS_LABEL}: ${report.legalStatus.text}`]
      .filter(Boolean)
      .join(' · '),
    { size: 9, after: 3 },
  );
  const summarised = summary(w, report, { findings: false, onePage: true });
  w.newPage();
  topicsOverview(w, input, { imageSize: 72, method: false });
  w.heading(HEADINGS.keyFindings, 2);
  w.bullets(report.keyFindings, { size: 9.5 });
  flagsInShort(w, report);
  legalFormsChapter(w, report, references, { brief: true });
  vatChapter(w, report, references, { brief: true });
  if (report.costs && report.costs.status !== 'keine-angaben') costsInShort(w, report.costs);
  const urgent = report.actions.filter((a) => a.priority === 'hoch' && !summarised.includes(a));
  if (urgent.length) actionPlanChapter(w, report, { actions: urgent, title: 'Weitere Schritte mit hoher Priorität' });
  w.ensure(20);
  w.y += 2;
  w.paragraph(
    `${DISCLAIMER} Der vollständige Bericht enthält alle Schritte, die Begründung jedes Ergebnisses, die Antworten und die Rechtsgrundlagen.`,
    { size: 8.5, muted: true },
  );
  w.finish({ title: `IKZ-Check – ${COUNCIL_TITLE}`, subject: subjectOf(input), date: formatDate(report.date), coverPages: 0 });
  return doc;
}

