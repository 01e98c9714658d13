// Browser side of the PDF: draws the radar chart from the results page's configuration onto an
// off-screen canvas, renders the PDF and returns it as a file. Loaded only when the user asks.
import type { ChartConfiguration } from 'chart.js';
import type { DraftInput } from '../domain/documents/draftInput.ts';
import { buildDrafts } from '../domain/documents/drafts.ts';
import type { Comparison } from '../domain/exchange/comparison.ts';
import type { ReportModel } from '../domain/report/report.ts';
import { Chart, radarConfig, radarOverlayConfig } from './charts.ts';
import { renderJointPdf, renderPdf } from './pdf.ts';
import { pdfFileName } from './pdfText.ts';

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

/** `drafts`: what the Beschlussvorlage and the outline are built from; without it the PDF has no such chapters. */
export function createReportPdf(report: ReportModel, versions: { title: string; version: number }[], drafts?: DraftInput): { blob: Blob; fileName: string } {
  performance.mark('ikz-pdf-start');
  const radarImage = chartImage(radarConfig(report.topics, { animation: false, fontSize: 25 }));
  const documents = drafts ? Object.values(buildDrafts(drafts)) : undefined;
  const doc = renderPdf({ report, versions, radarImage, generatedAt: new Date(), ...(documents && { documents }) });
  const blob = doc.output('blob');
  performance.measure('ikz-pdf', 'ikz-pdf-start');
  return { blob, fileName: pdfFileName(report.meta.municipality, report.date) };
}

export function createJointPdf(comparison: Comparison, reports: ReportModel[]): { blob: Blob; fileName: string } {
  const radarImage = chartImage(
    radarOverlayConfig(
      comparison.topics.map((t) => t.shortTitle),
      comparison.partners.map((p) => ({ name: p.name, scores: p.topicScores })),
      { animation: false, fontSize: 22 },
    ),
  );
  const generatedAt = new Date();
  const doc = renderJointPdf({ comparison, reports, radarImage, generatedAt });
  return { blob: doc.output('blob'), fileName: pdfFileName(`Gemeinsamer-Bericht-${comparison.partners.length}-Partner`, generatedAt.toISOString().slice(0, 10)) };
}
