// The draft documents (Beschlussvorlage and outline of the agreement) as chapters of the full PDF
// report, drawn from the same document model as the DOCX. The page writer cannot mix bold and
// regular text in one paragraph, so a bold lead-in ("Was zu regeln ist (Pflicht):") stands on its
// own line.
import { plainText, type Block, type DraftDocument, type Inline } from '../domain/documents/model.ts';
import type { PdfChapter } from './pdfChapters.ts';
import type { Writer } from './pdfWriter.ts';

/** A cell with an amount, a share or a score: such columns are aligned right. */
const NUMBER = /^[-–+]?[\d.,\s\u00a0\u202f]*(?:%|€)?$/;

function paragraph(w: Writer, content: Inline[], style: 'note' | 'clause' | undefined): void {
  const options = style === 'note' ? { italic: true, size: 9 } : style === 'clause' ? { italic: true, indent: 6 } : {};
  const lead = content[0]?.kind === 'strong' ? content[0].text.trim() : undefined;
  const rest = lead === undefined ? content : content.slice(1);
  if (lead) w.paragraph(lead, { ...options, bold: true, italic: false, after: rest.length ? 0.5 : 1.5 });
  if (rest.length) w.paragraph(plainText(rest).trim(), options);
}

function block(w: Writer, b: Block): void {
  switch (b.kind) {
    case 'heading':
      w.heading(b.text, b.level);
      return;
    case 'paragraph':
      paragraph(w, b.content, b.style);
      return;
    case 'list':
      w.bullets(b.items.map(plainText), b.ordered ? { marker: (i) => `${i + 1}.` } : {});
      return;
    case 'fields':
      w.table(
        [{ width: 38, bold: true }, {}],
        b.fields.map((f) => [f.label, plainText(f.value)]),
        { borders: 'none', size: 10, padding: 1.2 },
      );
      return;
    case 'table': {
      const rows = b.rows.map((row) => row.map(plainText));
      w.paragraph(b.caption, { bold: true, size: 9, after: 0 });
      w.table(
        b.header.map((header, i) => ({ header, ...(i > 0 && rows.every((row) => NUMBER.test(row[i] ?? '')) && { align: 'right' as const }) })),
        rows,
        { size: b.header.length > 5 ? 7.5 : 9 },
      );
      return;
    }
  }
}

/** Each document starts on a new page with its title as a chapter heading of the table of contents. */
export function drawDocuments(w: Writer, documents: DraftDocument[]): void {
  for (const document of documents) {
    w.newPage();
    for (const b of document.blocks) block(w, b);
  }
}

/** The chapters of the full report with the draft documents before the answers appendix. */
export function withDocuments(chapters: PdfChapter[], documents: DraftDocument[]): PdfChapter[] {
  if (documents.length === 0) return chapters;
  const chapter: PdfChapter = { id: 'entwuerfe', draw: (w) => drawDocuments(w, documents) };
  const at = chapters.findIndex((c) => c.id === 'antworten');
  return at < 0 ? [...chapters, chapter] : [...chapters.slice(0, at), chapter, ...chapters.slice(at)];
}
