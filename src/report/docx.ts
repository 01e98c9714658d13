// Draws a draft document as DOCX with the `docx` library (loaded only when a document button is
// pressed): Word's heading styles 1–3, lists with real numbering, tables whose header row repeats
// on every page, a running header with the draft mark, page numbers and document properties
// (title, subject, creator "IKZ-Check", language de-DE), so that the file – or a PDF saved from it –
// can be published as an accessible document. Nothing is decided here: text and order come from the
// document model.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { Block, DraftDocument, Inline } from '../domain/documents/model.ts';

const FONT = 'Arial';
const LANGUAGE = 'de-DE';
/** Half-points: 11 pt body text, 9.5 pt in tables and notes, 8 pt in wide tables. */
const BODY = 22;
const SMALL = 19;
const TINY = 16;
const GREY = '404040';
const BULLETS = 'aufzaehlung';
const NUMBERS = 'nummerierung';
/** A4 in twentieths of a point, margins 2.5 cm left and top, 2 cm right and bottom. */
const PAGE = { width: 11906, height: 16838, top: 1418, right: 1134, bottom: 1134, left: 1418 };

/** Keeps "§ 71", "Abs. 2", "Nr. 21" and "Art. 26" on one line. */
function typeset(text: string): string {
  return text.replace(/(§§?|Abs\.|Nr\.|Art\.|S\.) (?=\d)/g, '$1\u00a0');
}

/**
 * Web addresses and legal abbreviations ("SächsKomZG", "UStG", "DSGVO"): not hyphenated – a reader
 * must be able to copy an address as it stands – and not flagged by the spelling check.
 */
const NOT_A_WORD = /https?:\/\/[^\s)]+|(?<![\p{L}\p{N}])(?=[\p{L}\p{N}]*(?:\p{Ll}\p{Lu}|\p{Lu}{3}))[\p{L}\p{N}]+(?![\p{L}\p{N}])/gu;

/** A run split where such words stand, each of them a run without proofing. */
function textRuns(text: string, options: IRunOptions): TextRun[] {
  const result: TextRun[] = [];
  let at = 0;
  for (const match of text.matchAll(NOT_A_WORD)) {
    if (match.index > at) result.push(new TextRun({ ...options, text: text.slice(at, match.index) }));
    result.push(new TextRun({ ...options, text: match[0], noProof: true }));
    at = match.index + match[0].length;
  }
  if (at < text.length || result.length === 0) result.push(new TextRun({ ...options, text: text.slice(at) }));
  return result;
}

function runs(content: Inline[], base: IRunOptions = {}): TextRun[] {
  return content.flatMap((run) => {
    const text = typeset(run.text);
    switch (run.kind) {
      case 'strong':
        return textRuns(text, { ...base, bold: true });
      // Marked by its words "[bitte ergänzen: …]" and, for those who see it, by the highlight.
      case 'placeholder':
        return textRuns(text, { ...base, highlight: 'yellow' });
      case 'citation':
        return textRuns(text, { ...base, color: GREY });
      case 'text':
        return textRuns(text, base);
    }
  });
}

function cell(content: Inline[], header: boolean, size: number): TableCell {
  return new TableCell({
    children: [new Paragraph({ children: runs(content, { size, bold: header }), spacing: { before: 40, after: 40 } })],
    ...(header && { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' } }),
    margins: { left: 80, right: 80 },
  });
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' };

function table(block: Extract<Block, { kind: 'table' }>): (Paragraph | Table)[] {
  // Tables with many columns (the shares of the partners) need smaller text to keep amounts on one line.
  const size = block.header.length > 5 ? TINY : SMALL;
  return [
    new Paragraph({ style: 'Caption', keepNext: true, children: [new TextRun({ text: typeset(block.caption) })] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
      rows: [
        new TableRow({ tableHeader: true, cantSplit: true, children: block.header.map((h) => cell([{ kind: 'strong', text: h }], true, size)) }),
        ...block.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c) => cell(c, false, size)) })),
      ],
    }),
    new Paragraph({ children: [], spacing: { after: 60 } }),
  ];
}

function blocksToDocx(blocks: Block[]): (Paragraph | Table)[] {
  let lists = 0;
  const heading = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
  return blocks.flatMap((block): (Paragraph | Table)[] => {
    switch (block.kind) {
      case 'heading':
        return [new Paragraph({ heading: heading[block.level], children: [new TextRun({ text: typeset(block.text) })] })];
      case 'paragraph':
        if (block.style === 'note') return [new Paragraph({ children: runs(block.content, { italics: true, size: SMALL }) })];
        if (block.style === 'clause') return [new Paragraph({ indent: { left: 567 }, children: runs(block.content, { italics: true }) })];
        return [new Paragraph({ children: runs(block.content) })];
      case 'list': {
        // Each numbered list starts again at 1.
        const instance = ++lists;
        return block.items.map(
          (item) =>
            new Paragraph({
              numbering: { reference: block.ordered ? NUMBERS : BULLETS, level: 0, ...(block.ordered && { instance }) },
              spacing: { after: 80 },
              children: runs(item),
            }),
        );
      }
      case 'fields':
        return block.fields.map(
          (field, i) =>
            new Paragraph({
              spacing: { after: i === block.fields.length - 1 ? 200 : 0 },
              children: [new TextRun({ text: `${field.label}: `, bold: true }), ...runs(field.value)],
            }),
        );
      case 'table':
        return table(block);
    }
  });
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** docProps/core.xml with the language, which the library does not write itself. */
function coreProperties(doc: DraftDocument, createdAt: Date): string {
  const element = (name: string, value: string) => `<${name}>${escapeXml(value)}</${name}>`;
  const when = createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
    element('dc:title', doc.title),
    element('dc:subject', doc.subject),
    element('dc:creator', 'IKZ-Check'),
    element('cp:keywords', doc.keywords),
    element('dc:language', LANGUAGE),
    element('cp:lastModifiedBy', 'IKZ-Check'),
    element('cp:revision', '1'),
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>`,
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified>`,
    '</cp:coreProperties>',
  ].join('');
}

/** Word's built-in heading styles with an explicit outline level, so that navigation, tables of contents and tagged PDFs see them. */
const headingStyle = (outlineLevel: number, size: number, before: number) => ({
  run: { font: FONT, size, bold: true, color: '000000' },
  paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel },
});

export function docxDocument(doc: DraftDocument): Document {
  return new Document({
    title: doc.title,
    subject: doc.subject,
    creator: 'IKZ-Check',
    keywords: doc.keywords,
    lastModifiedBy: 'IKZ-Check',
    hyphenation: { autoHyphenation: true },
    styles: {
      default: {
        document: { run: { font: FONT, size: BODY, language: { value: LANGUAGE } }, paragraph: { spacing: { after: 120, line: 276 } } },
        heading1: headingStyle(0, 32, 0),
        heading2: headingStyle(1, 26, 280),
        heading3: headingStyle(2, 23, 200),
        caption: { run: { font: FONT, size: SMALL, bold: true, italics: false, color: '000000' }, paragraph: { spacing: { before: 120, after: 60 } } },
      },
    },
    numbering: {
      config: [
        {
          reference: BULLETS,
          levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 426, hanging: 284 } } } }],
        },
        {
          reference: NUMBERS,
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 426, hanging: 426 } } } }],
        },
      ],
    },
    sections: [
      {
        properties: { page: { size: { width: PAGE.width, height: PAGE.height }, margin: { top: PAGE.top, right: PAGE.right, bottom: PAGE.bottom, left: PAGE.left, header: 567, footer: 567 } } },
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: typeset(doc.title), size: 16, color: GREY })] })] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ size: 16, color: GREY, children: ['Seite ', PageNumber.CURRENT, ' von ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: blocksToDocx(doc.blocks),
      },
    ],
  });
}

/** The document as a .docx file. */
export async function renderDocx(doc: DraftDocument, createdAt: Date): Promise<Blob> {
  return Packer.toBlob(docxDocument(doc), false, [{ path: 'docProps/core.xml', data: coreProperties(doc, createdAt) }]);
}
