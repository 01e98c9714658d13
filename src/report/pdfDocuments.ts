// The draft documents (Beschlussvorlage and outline of the agreement) as chapters of the full PDF
// report, drawn from the same document model as the DOCX. jsPDF cannot mix bold and regular text in
// one paragraph, so a bold lead-in ("Was zu regeln ist (Pflicht):") stands on its own line.
import { plainText, type Block, type DraftDocument, type Inline } from '../domain/documents/model.ts';
import type { Writer } from './pdf.ts';

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
      w.table({
        body: b.fields.map((f) => [f.label, plainText(f.value)]),
        theme: 'plain',
        styles: { font: 'helvetica', fontSize: 10, cellPadding: 1.2, textColor: 20, overflow: 'linebreak' },
        columnStyles: { 0: { fontStyle: 'bold', cellWidth: 38 } },
      });
      return;
    case 'table':
      w.paragraph(b.caption, { bold: true, size: 9, after: 0 });
      w.table({ head: [b.header], body: b.rows.map((row) => row.map(plainText)), ...(b.header.length > 5 && { styles: { font: 'helvetica', fontSize: 7.5, cellPadding: 1.2, textColor: 20, lineColor: 120, lineWidth: 0.2, overflow: 'linebreak' } }) });
      return;
  }
}

/** Each document starts on a new page with its title as a chapter heading. */
export function drawDocuments(w: Writer, documents: DraftDocument[]): void {
  for (const document of documents) {
    w.newPage();
    for (const b of document.blocks) block(w, b);
  }
}
