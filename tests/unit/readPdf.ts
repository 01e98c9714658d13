// Reads a rendered PDF back as a user's PDF reader would see its text (poppler's pdftotext).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { jsPDF } from 'jspdf';

export interface ReadBack {
  /** Text of each page without running header and footer, lines in reading order. */
  pages: string[];
  /** The running header and footer of each page. */
  margins: string[];
  /** The whole text without headers and footers, whitespace squashed. */
  text: string;
}

const isMargin = (line: string) => line.startsWith('IKZ-Check – ') || /^Stand: \S+ Seite \d+ von \d+$/.test(line);

export function readDocument(doc: jsPDF): ReadBack {
  const file = join(mkdtempSync(join(tmpdir(), 'ikz-pdf-')), 'bericht.pdf');
  writeFileSync(file, Buffer.from(doc.output('arraybuffer')));
  // -raw keeps the reading order; pages are separated by form feeds.
  const raw = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  const lines = raw.split('\f').slice(0, -1).map((page) => page.split('\n'));
  const pages = lines.map((page) => page.filter((line) => !isMargin(line)).join('\n'));
  return { pages, margins: lines.map((page) => page.filter(isMargin).join('\n')), text: pages.join('\n').replace(/\s+/g, ' ') };
}
