// The page writer every PDF of IKZ-Check draws with: headings (collected for the table of contents
// and the PDF's bookmarks), paragraphs, bullet lists, tables and boxes, in the KERN typeface when
// it is given, with German hyphenation and no-break spaces. Chapters written elsewhere (cost plan,
// draft documents) draw with the same calls. A paragraph is one text call per page, not one per
// line: jsPDF's text calls are what a PDF's time goes into.
import type { jsPDF } from 'jspdf';
import { remembered } from '../domain/memo.ts';
import { tuneEmbeddedFont, type EmbeddedFont } from './jsPdfTuning.ts';
import { isPrintable1252, pdfText } from './pdfText.ts';
import { breakLines, typeset, type Hyphenate } from './typography.ts';

export type PdfFaces = Record<'FiraSans-Regular' | 'FiraSans-Bold', string>;

export interface PdfAssets {
  /** Fira Sans regular and bold as TrueType (base64); without them jsPDF's Helvetica is used. */
  fonts?: PdfFaces;
  /** The syllables of a German word. */
  hyphenate: Hyphenate;
}

export const PAGE = { width: 210, height: 297, left: 20, right: 20, top: 24, bottom: 20 };
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
const PT = 0.3528; // mm per point
const LINE_FACTOR = 1.4;
/** Table header fill: a light tint of KERN's blue, visible in black and white as a light grey. */
const HEAD_FILL: [number, number, number] = [228, 235, 245];
export const INK: [number, number, number] = [26, 75, 140];

export type FontStyle = 'normal' | 'bold';

export interface Column {
  header?: string;
  /** mm; columns without a width share what is left. */
  width?: number;
  align?: 'left' | 'right';
  bold?: boolean;
}

export interface TableOptions {
  size?: number;
  padding?: number;
  /** grid: every cell framed; rows: a line under each row; none: no lines (facts on a cover). */
  borders?: 'grid' | 'rows' | 'none';
  /** Rows (0-based) set in bold, e.g. a total. */
  boldRows?: number[];
  /** Room to write in, for forms on paper. */
  minRowHeight?: number;
}

export interface TocEntry {
  title: string;
  level: 1 | 2;
  page: number;
  y: number;
}

export interface ParagraphOptions {
  size?: number;
  bold?: boolean;
  indent?: number;
  after?: number;
  /** Grey for notes about the text rather than the text itself. */
  muted?: boolean;
  /** Only regular and bold faces are embedded: italic text is set in grey instead. */
  italic?: boolean;
}

/**
 * How texts are set: cleaned, measured and broken into lines. That depends only on the fonts and
 * the hyphenation, so it is kept per set of assets: a table or box is measured before it is drawn,
 * and a second PDF (the user changed an answer) finds most of its texts already set – breaking
 * lines was about a quarter of a report's time. Bounded, so that a long session does not grow it.
 */
interface TextSetting {
  widths: Map<string, number>;
  cleaned: Map<string, string>;
  broken: Map<string, readonly string[]>;
}
const settings = new WeakMap<PdfAssets, TextSetting>();
const KEPT_TEXTS = 20_000;

function textSetting(assets: PdfAssets): TextSetting {
  let setting = settings.get(assets);
  if (!setting) settings.set(assets, (setting = { widths: new Map(), cleaned: new Map(), broken: new Map() }));
  return setting;
}

export class Writer {
  y = PAGE.top;
  readonly toc: TocEntry[] = [];
  private readonly family: string;
  private readonly printable: (char: string) => boolean;
  private readonly set: TextSetting;

  constructor(
    readonly doc: jsPDF,
    private readonly assets: PdfAssets,
  ) {
    this.set = textSetting(assets);
    if (assets.fonts) {
      doc.addFileToVFS('FiraSans-Regular.ttf', assets.fonts['FiraSans-Regular']);
      doc.addFont('FiraSans-Regular.ttf', 'FiraSans', 'normal');
      doc.addFileToVFS('FiraSans-Bold.ttf', assets.fonts['FiraSans-Bold']);
      doc.addFont('FiraSans-Bold.ttf', 'FiraSans', 'bold');
      this.family = 'FiraSans';
      tuneEmbeddedFont(doc.setFont('FiraSans', 'bold').getFont() as unknown as EmbeddedFont);
      tuneEmbeddedFont(doc.setFont('FiraSans', 'normal').getFont() as unknown as EmbeddedFont);
      // A glyph the font lacks is silently not drawn by jsPDF: such characters become "?".
      const font = doc.getFont() as unknown as { metadata: { characterToGlyph: (code: number) => number } };
      this.printable = (char) => [...char].every((c) => c === '\n' || font.metadata.characterToGlyph(c.codePointAt(0)!) !== 0);
    } else {
      this.family = 'helvetica';
      this.printable = isPrintable1252;
    }
  }

  get bottom(): number {
    return PAGE.height - PAGE.bottom;
  }

  get fontFamily(): string {
    return this.family;
  }

  /** Text as the PDF prints it: characters the font has, no-break spaces set. */
  clean(text: string): string {
    return remembered(this.set.cleaned, text, () => typeset(pdfText(text, this.printable)), KEPT_TEXTS);
  }

  font(style: FontStyle, size: number): this {
    this.doc.setFont(this.family, style).setFontSize(size);
    return this;
  }

  /** Width in mm of a text in the current font and size (the unit widths are cached per word). */
  width(text: string): number {
    const unit = remembered(this.set.widths, `${this.doc.getFont().fontStyle}|${text}`, () => this.doc.getStringUnitWidth(text), KEPT_TEXTS);
    return (unit * this.doc.getFontSize()) / this.doc.internal.scaleFactor;
  }

  /** Lines of an already cleaned text for the current font, hyphenated; `\n` starts a new line. */
  lines(text: string, width: number, minGap = 0.2): readonly string[] {
    const key = `${this.doc.getFont().fontStyle}|${this.doc.getFontSize()}|${width}|${minGap}|${text}`;
    return remembered(
      this.set.broken,
      key,
      () => text.split('\n').flatMap((part) => breakLines(part, width, (s) => this.width(s), this.assets.hyphenate, { minGap })),
      KEPT_TEXTS,
    );
  }

  newPage(): void {
    this.doc.addPage();
    this.y = PAGE.top;
  }

  ensure(height: number): void {
    if (this.y + height > this.bottom) this.newPage();
  }

  /** Draws lines from the current position, one text call per page. */
  private drawLines(lines: readonly string[], x: number, size: number): void {
    const step = size * PT * LINE_FACTOR;
    let i = 0;
    while (i < lines.length) {
      this.ensure(step);
      const fit = Math.max(1, Math.floor((this.bottom - this.y) / step));
      const chunk = lines.slice(i, i + fit);
      this.doc.text(chunk, x, this.y + step * 0.8, { lineHeightFactor: LINE_FACTOR });
      this.y += chunk.length * step;
      i += chunk.length;
    }
  }

  /**
   * A heading keeps at least `keepWith` mm of following content on its page. Level 1 starts a
   * chapter of the table of contents (unless `toc` is false); a level-2 heading is listed there when
   * `toc` is set.
   */
  heading(text: string, level: 1 | 2 | 3, options: { keepWith?: number; toc?: boolean } = {}): void {
    const size = level === 1 ? 16 : level === 2 ? 13 : 11;
    const cleaned = this.clean(text);
    this.font('bold', size);
    const lines = this.lines(cleaned, CONTENT_WIDTH, 0.3);
    const space = level === 1 ? 4 : 3;
    this.ensure(space + lines.length * size * PT * LINE_FACTOR + (options.keepWith ?? 25));
    this.y += this.y === PAGE.top ? 0 : space;
    if (options.toc ?? level === 1) this.toc.push({ title: cleaned, level: level === 1 ? 1 : 2, page: this.doc.getNumberOfPages(), y: this.y });
    if (level === 1) this.doc.setTextColor(...INK);
    this.drawLines(lines, PAGE.left, size);
    this.doc.setTextColor(0);
    this.y += level === 1 ? 3 : 1.5;
  }

  paragraph(text: string, options: ParagraphOptions = {}): void {
    const size = options.size ?? 10;
    const indent = options.indent ?? 0;
    const muted = options.muted || options.italic;
    this.font(options.bold ? 'bold' : 'normal', size);
    if (muted) this.doc.setTextColor(70);
    // Indented text inside a box keeps the same distance on the right.
    this.drawLines(this.lines(this.clean(text), CONTENT_WIDTH - 2 * indent), PAGE.left + indent, size);
    if (muted) this.doc.setTextColor(0);
    this.y += options.after ?? 1.5;
  }

  /** A bold label and its text on one line: "Genehmigung: …". */
  labelled(label: string, text: string, options: ParagraphOptions = {}): void {
    this.paragraph(`${label}: ${text}`, options);
  }

  bullets(items: string[], options: { size?: number; marker?: (index: number) => string; indent?: number } = {}): void {
    const size = options.size ?? 10;
    const indent = options.indent ?? 0;
    const step = size * PT * LINE_FACTOR;
    this.font('normal', size);
    items.forEach((item, index) => {
      const marker = options.marker?.(index) ?? '•';
      const lines = this.lines(this.clean(item), CONTENT_WIDTH - 6 - indent);
      this.ensure(Math.min(2, lines.length) * step);
      this.doc.text(marker, PAGE.left + indent + 1, this.y + step * 0.8);
      this.drawLines(lines, PAGE.left + indent + 6, size);
      this.y += 0.8;
    });
    this.y += 1;
  }

  /** A frame around what `draw` writes; it must fit on the current page. */
  box(height: number, draw: () => void, options: { fill?: [number, number, number] } = {}): void {
    this.ensure(height);
    const top = this.y;
    if (options.fill) {
      this.doc.setFillColor(...options.fill);
      this.doc.rect(PAGE.left, top, CONTENT_WIDTH, height, 'F');
    }
    this.y += 2;
    draw();
    this.doc.setDrawColor(...INK).setLineWidth(0.5);
    this.doc.rect(PAGE.left, top, CONTENT_WIDTH, Math.max(height, this.y - top + 1));
    this.y = top + Math.max(height, this.y - top + 1) + 4;
  }

  /** The height lines of a text take, for keeping a box on one page. */
  heightOf(text: string, options: { size?: number; bold?: boolean; indent?: number } = {}): number {
    const size = options.size ?? 10;
    this.font(options.bold ? 'bold' : 'normal', size);
    return this.lines(this.clean(text), CONTENT_WIDTH - 2 * (options.indent ?? 0)).length * size * PT * LINE_FACTOR;
  }

  /**
   * A table: fixed column widths (columns without a width share the rest), a header row repeated on
   * every page, rows kept on one page unless a row is taller than a page. Cells are cleaned and
   * hyphenated like every other text; each cell is one text call per page.
   */
  table(columns: Column[], rows: string[][], options: TableOptions = {}): void {
    const size = options.size ?? 9;
    const pad = options.padding ?? 1.5;
    const step = Writer.lineHeight(size) * 0.86;
    const borders = options.borders ?? 'grid';
    const fixed = columns.reduce((sum, c) => sum + (c.width ?? 0), 0);
    const flexible = columns.filter((c) => c.width === undefined).length;
    const widths = columns.map((c) => c.width ?? (CONTENT_WIDTH - fixed) / Math.max(1, flexible));
    const layout = (cells: string[], bold: (column: number) => boolean) =>
      cells.map((cell, i) => {
        this.font(bold(i) ? 'bold' : 'normal', size);
        return this.lines(this.clean(cell), widths[i]! - 2 * pad, 0);
      });
    const head = columns.some((c) => c.header) ? layout(columns.map((c) => c.header ?? ''), () => true) : undefined;
    const drawRow = (cells: (readonly string[])[], from: number, count: number, bold: (column: number) => boolean, fill?: [number, number, number]) => {
      const height = Math.max(count * step, (options.minRowHeight ?? 0) - 2 * pad) + 2 * pad;
      let x = PAGE.left;
      if (fill) this.doc.setFillColor(...fill).rect(PAGE.left, this.y, CONTENT_WIDTH, height, 'F');
      cells.forEach((lines, i) => {
        const chunk = lines.slice(from, from + count);
        if (chunk.length && chunk.some((line) => line !== '')) {
          this.font(bold(i) ? 'bold' : 'normal', size);
          const align = columns[i]!.align ?? 'left';
          const tx = align === 'right' ? x + widths[i]! - pad : x + pad;
          this.doc.text(chunk, tx, this.y + pad + step * 0.78, { lineHeightFactor: LINE_FACTOR * 0.86, align });
        }
        x += widths[i]!;
      });
      this.doc.setDrawColor(140).setLineWidth(0.2);
      if (borders === 'grid') {
        let lx = PAGE.left;
        for (const width of widths) {
          this.doc.rect(lx, this.y, width, height);
          lx += width;
        }
      } else if (borders === 'rows') this.doc.line(PAGE.left, this.y + height, PAGE.width - PAGE.right, this.y + height);
      this.y += height;
    };
    const headLines = head ? Math.max(...head.map((l) => l.length)) : 0;
    const drawHead = () => head && drawRow(head, 0, headLines, () => true, HEAD_FILL);
    const headHeight = head ? headLines * step + 2 * pad : 0;
    this.ensure(headHeight + step + 2 * pad + 1);
    this.y += 1;
    drawHead();
    rows.forEach((row, r) => {
      const bold = (i: number) => Boolean(columns[i]!.bold || options.boldRows?.includes(r));
      const cells = layout(row, bold);
      const total = Math.max(1, ...cells.map((l) => l.length));
      let from = 0;
      while (from < total) {
        const room = Math.floor((this.bottom - this.y - 2 * pad) / step);
        const rest = total - from;
        // A row that fits on a fresh page is not split; a longer one is continued on the next page.
        if (rest > room && (rest * step + 2 * pad + headHeight <= this.bottom - PAGE.top || room < 2)) {
          this.newPage();
          drawHead();
          continue;
        }
        const count = Math.min(rest, room);
        drawRow(cells, from, count, bold);
        from += count;
      }
    });
    this.y += 4;
  }

  /** A box to tick, for the printable questionnaire. */
  checkbox(x: number, y: number, size = 3.6): void {
    this.doc.setDrawColor(60).setLineWidth(0.3).rect(x, y, size, size);
  }

  /** Ruled lines to write on. */
  writingLines(count: number, options: { indent?: number; label?: string } = {}): void {
    const step = 7.5;
    const indent = options.indent ?? 0;
    this.ensure(count * step + 2);
    if (options.label) {
      this.font('normal', 8.5);
      this.doc.setTextColor(70).text(this.clean(options.label), PAGE.left + indent, this.y + 3);
      this.doc.setTextColor(0);
    }
    this.doc.setDrawColor(150).setLineWidth(0.2);
    for (let i = 1; i <= count; i++) this.doc.line(PAGE.left + indent, this.y + i * step, PAGE.width - PAGE.right, this.y + i * step);
    this.y += count * step + 3;
  }

  /** The line height of text in the given size. */
  static lineHeight(size: number): number {
    return size * PT * LINE_FACTOR;
  }

  /** Lays out the table of contents; returns the pages it needs and, per entry, its lines and page offset. */
  private tocLayout(): { pages: number; rows: { entry: TocEntry; lines: readonly string[]; page: number; y: number }[] } {
    const rows: { entry: TocEntry; lines: readonly string[]; page: number; y: number }[] = [];
    let page = 0;
    let y = PAGE.top + 14;
    for (const entry of this.toc) {
      const size = entry.level === 1 ? 10.5 : 9.5;
      this.font(entry.level === 1 ? 'bold' : 'normal', size);
      const lines = this.lines(entry.title, CONTENT_WIDTH - (entry.level === 1 ? 0 : 6) - 14);
      const height = lines.length * Writer.lineHeight(size) + (entry.level === 1 ? 2.2 : 0.6);
      if (y + height > this.bottom) {
        page++;
        y = PAGE.top;
      }
      rows.push({ entry, lines, page, y: y + (entry.level === 1 ? 1.6 : 0) });
      y += height;
    }
    return { pages: page + 1, rows };
  }

  /** Inserts the table of contents before `before` (with page numbers and links); returns the pages inserted. */
  private insertToc(before: number): number {
    const { pages, rows } = this.tocLayout();
    for (let i = 0; i < pages; i++) this.doc.insertPage(before + i);
    for (const entry of this.toc) if (entry.page >= before) entry.page += pages;
    this.doc.setPage(before);
    this.font('bold', 16).doc.setTextColor(...INK);
    this.doc.text('Inhalt', PAGE.left, PAGE.top + Writer.lineHeight(16) * 0.8);
    this.doc.setTextColor(0);
    for (const row of rows) {
      this.doc.setPage(before + row.page);
      const size = row.entry.level === 1 ? 10.5 : 9.5;
      const x = PAGE.left + (row.entry.level === 1 ? 0 : 6);
      const step = Writer.lineHeight(size);
      this.font(row.entry.level === 1 ? 'bold' : 'normal', size);
      this.doc.text([...row.lines], x, row.y + step * 0.8, { lineHeightFactor: LINE_FACTOR });
      const lastLine = row.y + step * (row.lines.length - 0.2);
      this.doc.text(String(row.entry.page), PAGE.width - PAGE.right, lastLine, { align: 'right' });
      this.doc.link(x, row.y, CONTENT_WIDTH - (x - PAGE.left), step * row.lines.length, { pageNumber: row.entry.page });
    }
    return pages;
  }

  /** Cuts a text with "…" to fit the width in the current font. */
  private fit(text: string, width: number): string {
    if (this.width(text) <= width) return text;
    let low = 0;
    let high = text.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (this.width(`${text.slice(0, middle).trimEnd()}…`) <= width) low = middle;
      else high = middle - 1;
    }
    return `${text.slice(0, low).trimEnd()}…`;
  }

  /**
   * Completes the document: the table of contents before page `tocBefore` (if given), bookmarks for
   * the chapters, and on every page but the cover a running header (document, subject, chapter) and
   * a footer with the date and "Seite x von y".
   */
  finish(options: { title: string; subject: string; date: string; tocBefore?: number; coverPages?: number }): void {
    const tocPages = options.tocBefore ? this.insertToc(options.tocBefore) : 0;
    let chapter: ReturnType<jsPDF["outline"]["add"]> | null = null;
    for (const entry of this.toc) {
      const node = this.doc.outline.add(entry.level === 1 ? null : chapter, entry.title, { pageNumber: entry.page });
      if (entry.level === 1) chapter = node;
    }
    const pages = this.doc.getNumberOfPages();
    const chapters = this.toc.filter((e) => e.level === 1);
    this.font('normal', 8);
    const left = this.fit(this.clean(`${options.title} · ${options.subject}`), CONTENT_WIDTH * 0.62);
    const footer = `Stand: ${options.date}`;
    for (let page = (options.coverPages ?? 1) + 1; page <= pages; page++) {
      this.doc.setPage(page);
      const isToc = options.tocBefore !== undefined && page >= options.tocBefore && page < options.tocBefore + tocPages;
      // The chapter in effect at the top of the page.
      const atTop = [...chapters].reverse().find((c) => c.page < page || (c.page === page && c.y <= PAGE.top + 1)) ?? chapters.find((c) => c.page === page);
      const current = isToc ? 'Inhalt' : (atTop?.title ?? '');
      this.doc.setTextColor(60);
      this.doc.text(left, PAGE.left, 13);
      if (current) this.doc.text(this.fit(current, CONTENT_WIDTH * 0.36), PAGE.width - PAGE.right, 13, { align: 'right' });
      this.doc.setDrawColor(150).setLineWidth(0.2).line(PAGE.left, 15, PAGE.width - PAGE.right, 15);
      this.doc.line(PAGE.left, PAGE.height - 13, PAGE.width - PAGE.right, PAGE.height - 13);
      this.doc.text(footer, PAGE.left, PAGE.height - 8);
      this.doc.text(`Seite ${page} von ${pages}`, PAGE.width - PAGE.right, PAGE.height - 8, { align: 'right' });
      this.doc.setTextColor(0);
    }
  }
}
