// The Chart.js configuration of the cost chart (today vs. share in the cooperation, per partner),
// built from the report model's CostChart; the results page and the comparison use it, the PDFs
// may. Bars differ by fill and outline as well as colour, so that the chart reads in black and white.
import type { ChartConfiguration } from 'chart.js';
import type { CostChart } from '../domain/report/costSection.ts';
import { wholeEuro } from '../domain/format.ts';

const FONT = { family: "'Fira Sans', Arial, sans-serif", size: 14 };
const SERIES_STYLES = [
  { backgroundColor: '#ffffff', borderColor: '#333333', borderWidth: 2 },
  { backgroundColor: '#1a4b8c', borderColor: '#000000', borderWidth: 1 },
] as const;

export function costChartConfig(chart: CostChart, options: { animation?: boolean; fontSize?: number } = {}): ChartConfiguration<'bar'> {
  const font = { ...FONT, size: options.fontSize ?? FONT.size };
  return {
    type: 'bar',
    data: {
      labels: chart.labels,
      datasets: chart.series.map((series, i) => ({ label: series.label, data: series.values, ...SERIES_STYLES[i % SERIES_STYLES.length]! })),
    },
    options: {
      animation: options.animation === false ? false : undefined,
      responsive: options.animation !== false,
      maintainAspectRatio: false,
      plugins: {
        legend: { display: true, position: 'bottom', labels: { font, color: '#111' } },
        tooltip: { enabled: options.animation !== false, callbacks: { label: (item) => `${item.dataset.label}: ${wholeEuro(Number(item.raw))}` } },
      },
      scales: {
        x: { ticks: { font, color: '#111' }, grid: { display: false } },
        y: { beginAtZero: true, ticks: { font, color: '#333', callback: (value) => wholeEuro(Number(value)) }, grid: { color: '#ccc' } },
      },
    },
  };
}
