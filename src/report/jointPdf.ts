// The partnership's report: the same writer and rules as the single reports (KERN typeface,
// hyphenation, table of contents), fed by the comparison. A workshop note, saved with every
// partner, appears once.
import { jsPDF } from 'jspdf';
import type { Comparison } from '../domain/exchange/comparison.ts';
import { jointNotes } from '../domain/report/notes.ts';
import type { ReportModel } from '../domain/report/report.ts';
import {
  becauseText,
  completenessText,
  HEADINGS,
  OWNER_COLUMN,
  ownerText,
  PREPARATION,
  preparationText,
  PRIORITY_COLUMN,
  PRIORITY_LABELS,
  questionLabel,
  scoreNumber,
  STEP_COLUMN,
  TODO_LABEL,
  TOPIC_LABEL,
} from '../domain/report/wording.ts';
import { formatDate } from './pdfChapters.ts';
import { jointCostChapter } from './pdfCosts.ts';
import { CONTENT_WIDTH, PAGE, Writer, type PdfAssets } from './pdfWriter.ts';

export const JOINT_REPORT_TITLE = 'Gemeinsamer Bericht der Partner';

export interface JointPdfInput {
  comparison: Comparison;
  reports: ReportModel[];
  radarImage?: string;
  generatedAt: Date;
}

const STATUS = { konflikt: 'Konflikt', offen: 'Offen', passt: 'Passt' } as const;

export function renderJointPdf({ comparison, reports, radarImage, generatedAt }: JointPdfInput, assets: PdfAssets): jsPDF {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  const names = comparison.partners.map((p) => p.name);
  doc.setProperties({ title: `IKZ-Check – ${JOINT_REPORT_TITLE}: ${names.join(', ')}`, subject: 'Gemeinsame Bereitschaft für interkommunale Zusammenarbeit', author: 'IKZ-Check', creator: 'IKZ-Check' });
  doc.setCreationDate(generatedAt);
  doc.setLanguage('de-DE');
  const w = new Writer(doc, assets);
  const date = generatedAt.toISOString().slice(0, 10);

  w.y = 55;
  w.paragraph('IKZ-Check', { size: 26, bold: true, after: 3 });
  w.paragraph(JOINT_REPORT_TITLE, { size: 17, bold: true, after: 8 });
  w.table(
    [{ header: 'Partner' }, { header: 'Landkreis', width: 38 }, { header: 'Datum der Bewertung', width: 30 }, { header: 'Stufe', width: 42 }],
    reports.map((r, i) => [names[i] ?? '', r.meta.landkreis || '–', formatDate(r.date), `${comparison.partners[i]!.level.name}${comparison.partners[i]!.capped ? ' (K.-o.)' : ''}`]),
  );
  w.paragraph(`Erstellt am ${generatedAt.toLocaleString('de-DE', { dateStyle: 'medium', timeStyle: 'short' })}. Orientierung, keine Rechts- oder Steuerberatung.`, { size: 9, muted: true });

  w.newPage();
  w.heading('Gemeinsame Bereitschaft', 1);
  w.paragraph(`Stufe der Partnerschaft: ${comparison.joint.level.name}`, { size: 14, bold: true });
  w.paragraph(comparison.joint.explanation, { after: 3 });
  w.heading(`${PREPARATION} nebeneinander`, 2);
  w.table(
    [{ header: TOPIC_LABEL, width: 40 }, ...names.map((name) => ({ header: name, align: 'right' as const }))],
    [
      ...comparison.topics.map((t, i) => [t.title, ...comparison.partners.map((p) => scoreNumber(p.topicScores[i]))]),
      ['Gesamt', ...comparison.partners.map((p) => scoreNumber(p.score))],
    ],
    { size: 8.5, boldRows: [comparison.topics.length] },
  );
  if (radarImage) {
    const size = 115;
    w.ensure(size);
    w.doc.addImage(radarImage, 'JPEG', PAGE.left + (CONTENT_WIDTH - size) / 2, w.y, size, size, 'radar');
    w.y += size + 2;
    w.paragraph('Netzdiagramm aller Partner mit Legende; die Tabelle oben enthält dieselben Werte.', { size: 8.5, muted: true });
  }

  if (comparison.costs && comparison.costs.status !== 'keine-angaben') jointCostChapter(w, comparison.costs);

  w.newPage();
  w.heading('Wo die Partner zusammenpassen und wo nicht', 1);
  for (const finding of comparison.findings) {
    w.heading(`${STATUS[finding.status]}: ${finding.title}`, 3, { keepWith: 15 });
    w.paragraph(finding.detail, { after: 0.5 });
    if (finding.explanation) w.paragraph(finding.explanation, { after: 0.5 });
    // A finding of several checks of the same answer carries each of their steps.
    for (const action of finding.actions) w.paragraph(`${TODO_LABEL} ${action.text} ${ownerText(action.owner)}`, { after: 0.5 });
    w.paragraph(finding.answers.map((a) => `${a.partnerName}: ${a.answer}`).join(' · '), { size: 8.5, muted: true, after: 2 });
  }

  w.newPage();
  w.heading('Was alle Partner vor dem Start tun müssen', 1);
  if (comparison.jointActions.length === 0) w.paragraph('Es gibt keine gemeinsamen Pflichtschritte.');
  else {
    w.paragraph('Leere Felder in „Bis wann“ und „Stand“ sind zum Ausfüllen nach dem Ausdruck gedacht.', { size: 9, muted: true });
    w.table(
      [
        { header: PRIORITY_COLUMN, width: 16 },
        { header: STEP_COLUMN },
        { header: 'Betrifft', width: 26 },
        { header: OWNER_COLUMN, width: 22 },
        { header: 'Bis wann', width: 18 },
        { header: 'Stand', width: 18 },
      ],
      comparison.jointActions.map((a) => [PRIORITY_LABELS[a.priority], `${a.text}\n${becauseText(a.because)}`, a.partners.join(', '), a.owner, '', '']),
      { size: 8.5, minRowHeight: 9 },
    );
  }

  for (const [i, report] of reports.entries()) {
    w.newPage();
    w.heading(`Partner: ${names[i]}`, 1);
    w.paragraph(`Stufe ${report.overall.level.name} · ${preparationText(report.overall.score)} · ${completenessText(report.overall.completeness)}`, { bold: true });
    w.heading(HEADINGS.keyFindings, 2);
    w.bullets(report.keyFindings);
  }

  const notes = jointNotes(reports.map((report, i) => ({ name: names[i] ?? '', notes: report.notes })));
  if (notes.length) {
    w.newPage();
    w.heading('Notizen aus dem Workshop und der Partner', 1);
    for (const note of notes) {
      w.paragraph(`${note.topic}: ${questionLabel(note.question, note.item)}`, { bold: true, size: 9.5, after: 0.3 });
      w.paragraph(note.text, { size: 9.5, after: 0.3 });
      const by = note.partners.length === names.length ? 'alle Partner' : note.partners.join(', ');
      w.paragraph(`Notiert bei: ${by}`, { size: 8.5, muted: true, after: 2 });
    }
  }
  w.finish({ title: `IKZ-Check – ${JOINT_REPORT_TITLE}`, subject: names.join(', '), date: formatDate(date), tocBefore: 2 });
  return doc;
}
