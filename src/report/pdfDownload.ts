// Browser side of the PDFs: loads the KERN typeface (TrueType subsets, part of this chunk) and the
// German hyphenation patterns (their own chunk, fetched with the first PDF), draws the radar chart
// from the results page's configuration onto an off-screen canvas, renders a PDF and returns it as
// a file. Loaded only when the user asks.
import type { ChartConfiguration } from 'chart.js';
import fonts from 'virtual:ikz-pdf-fonts';
import type { Content } from '../domain/content/schema.ts';
import type { DraftInput } from '../domain/documents/draftInput.ts';
import { buildDrafts } from '../domain/documents/drafts.ts';
import type { Comparison } from '../domain/exchange/comparison.ts';
import type { ReportModel } from '../domain/report/report.ts';
import { renderBlankQuestionnaire } from './blankQuestionnaire.ts';
import { Chart, radarConfig, radarOverlayConfig } from './charts.ts';
import { renderJointPdf } from './jointPdf.ts';
import { FULL_REPORT_CHAPTERS, renderCouncilPdf, renderPdf } from './pdf.ts';
import { withDocuments } from './pdfDocuments.ts';
import { pdfFileName } from './pdfText.ts';
import type { PdfAssets } from './pdfWriter.ts';
import { cachedHyphenator } from './typography.ts';

type PdfFile = { blob: Blob; fileName: string };

let assets: Promise<PdfAssets> | undefined;

/** The fonts and the hyphenation, loaded once. */
function loadAssets(): Promise<PdfAssets> {
  assets ??= import('hyphen/de').then((module) => {
    // A CommonJS module: its exports arrive as the default export.
    const { hyphenateSync } = (module as unknown as { default?: typeof module }).default ?? module;
    return { fonts, hyphenate: cachedHyphenator(hyphenateSync) };
  });
  return assets;
}

// JPEG on white: jsPDF embeds it as it is, while a PNG would be decoded and compressed again
// (several hundred milliseconds for a print-sharp chart). 1000 px on 120 mm is about 210 dpi.
// Drawing and encoding it is about half of a PDF's time, so the image of the last chart is kept:
// a second PDF of the same figures reuses it.
let lastChart: { key: string; image: string } | undefined;

function chartImage(config: ChartConfiguration<'radar'>): string {
  const key = JSON.stringify(config);
  if (lastChart?.key === key) return lastChart.image;
  const canvas = document.createElement('canvas');
  canvas.width = 1000;
  canvas.height = 1000;
  config.options = { ...config.options, devicePixelRatio: 1 };
  config.plugins = [
    {
      id: 'white-background',
      beforeDraw: (chart) => {
        chart.ctx.save();
        chart.ctx.fillStyle = '#fff';
        chart.ctx.fillRect(0, 0, chart.width, chart.height);
        chart.ctx.restore();
      },
    },
  ];
  const chart = new Chart(canvas, config);
  const image = canvas.toDataURL('image/jpeg', 0.92);
  chart.destroy();
  lastChart = { key, image };
  return image;
}

type Versions = { title: string; version: number }[];

async function reportFile(kind: 'full' | 'council', report: ReportModel, versions: Versions, drafts?: DraftInput): Promise<PdfFile> {
  const loaded = await loadAssets();
  performance.mark('ikz-pdf-start');
  const radarImage = chartImage(radarConfig(report.topics, { animation: false, fontSize: 25 }));
  const input = { report, versions, radarImage, generatedAt: new Date() };
  const chapters = drafts ? withDocuments(FULL_REPORT_CHAPTERS, Object.values(buildDrafts(drafts))) : FULL_REPORT_CHAPTERS;
  const doc = kind === 'full' ? renderPdf(input, loaded, chapters) : renderCouncilPdf(input, loaded);
  const blob = doc.output('blob');
  performance.measure('ikz-pdf', 'ikz-pdf-start');
  const name = kind === 'full' ? report.meta.municipality : `${report.meta.municipality || 'Gemeinde'}-Kurzfassung`;
  return { blob, fileName: pdfFileName(name, report.date) };
}

/** `drafts`: what the Beschlussvorlage and the outline are built from; without it the PDF has no such chapters. */
export function createReportPdf(report: ReportModel, versions: Versions, drafts?: DraftInput): Promise<PdfFile> {
  return reportFile('full', report, versions, drafts);
}

export function createCouncilPdf(report: ReportModel, versions: Versions): Promise<PdfFile> {
  return reportFile('council', report, versions);
}

export async function createJointPdf(comparison: Comparison, reports: ReportModel[]): Promise<PdfFile> {
  const loaded = await loadAssets();
  const radarImage = chartImage(
    radarOverlayConfig(
      comparison.topics.map((t) => t.shortTitle),
      comparison.partners.map((p) => ({ name: p.name, scores: p.topicScores })),
      { animation: false, fontSize: 22 },
    ),
  );
  const generatedAt = new Date();
  const doc = renderJointPdf({ comparison, reports, radarImage, generatedAt }, loaded);
  return { blob: doc.output('blob'), fileName: pdfFileName(`Gemeinsamer-Bericht-${comparison.partners.length}-Partner`, generatedAt.toISOString().slice(0, 10)) };
}

export async function createBlankQuestionnairePdf(content: Content): Promise<PdfFile> {
  const loaded = await loadAssets();
  const generatedAt = new Date();
  const doc = renderBlankQuestionnaire(content, loaded, generatedAt);
  return { blob: doc.output('blob'), fileName: pdfFileName('Frageboegen-zum-Ausfuellen', generatedAt.toISOString().slice(0, 10)) };
}
