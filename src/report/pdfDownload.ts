// Browser side of the PDF: draws the radar chart from the results page's configuration onto an
// off-screen canvas, renders the PDF and returns it as a file. Loaded only when the user asks.
import type { ReportModel } from '../domain/report.ts';
import { Chart, radarConfig } from './charts.ts';
import { renderPdf } from './pdf.ts';
import { pdfFileName } from './pdfText.ts';

// JPEG on white: jsPDF embeds it as it is, while a PNG would be decoded and compressed again
// (several hundred milliseconds for a print-sharp chart). 1000 px on 120 mm is about 210 dpi.
function radarImage(report: ReportModel): string {
  const canvas = document.createElement('canvas');
  canvas.width = 1000;
  canvas.height = 1000;
  const config = radarConfig(report.topics, { animation: false, fontSize: 25 });
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
  return image;
}

export function createReportPdf(report: ReportModel, versions: { title: string; version: number }[]): { blob: Blob; fileName: string } {
  performance.mark('ikz-pdf-start');
  const doc = renderPdf({ report, versions, radarImage: radarImage(report), generatedAt: new Date() });
  const blob = doc.output('blob');
  performance.measure('ikz-pdf', 'ikz-pdf-start');
  return { blob, fileName: pdfFileName(report.meta.municipality, report.date) };
}
