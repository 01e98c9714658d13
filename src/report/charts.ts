// Chart.js configurations built from the report model; the results page and the PDF use the same
// ones. Only the controllers used are registered, so the chart chunk stays small.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineElement,
  PointElement,
  RadarController,
  RadialLinearScale,
  Tooltip,
  type ChartConfiguration,
} from 'chart.js';
import type { TopicResult } from '../domain/verdicts/scoring.ts';

// Legend: the partner radar names its lines (the single radar and the bars switch it off).
Chart.register(RadarController, RadialLinearScale, PointElement, LineElement, Filler, BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
// Numbers on the axes as in the rest of the app ("0,5", "20.000"); without a locale Chart.js asks
// for the browser's default one, and loading a second locale's data costs a slow phone 100 ms.
Chart.defaults.locale = 'de-DE';

const INK = '#1a4b8c';
const FONT = { family: "'Fira Sans', Arial, sans-serif", size: 14 };

const label = (topic: TopicResult) => `${topic.shortTitle}: ${topic.score === undefined ? '–' : Math.round(topic.score)}`;

export function radarConfig(topics: TopicResult[], options: { animation?: boolean; fontSize?: number } = {}): ChartConfiguration<'radar'> {
  const font = { ...FONT, size: options.fontSize ?? FONT.size };
  return {
    type: 'radar',
    data: {
      labels: topics.map(label),
      datasets: [
        {
          label: 'Stand der Vorbereitung (0–100)',
          data: topics.map((t) => t.score ?? 0),
          borderColor: INK,
          backgroundColor: 'rgba(26, 75, 140, 0.2)',
          pointBackgroundColor: INK,
          pointRadius: 4,
          borderWidth: 2,
          fill: true,
        },
      ],
    },
    options: {
      animation: options.animation === false ? false : undefined,
      responsive: options.animation !== false,
      maintainAspectRatio: true,
      plugins: { legend: { display: false }, tooltip: { enabled: options.animation !== false } },
      scales: {
        r: {
          min: 0,
          max: 100,
          // The outermost ring is labelled by the topic names; its "100" would collide with them.
          ticks: { stepSize: 20, font, backdropColor: 'transparent', color: '#333', callback: (value) => (value === 100 ? '' : value) },
          pointLabels: { font: { ...font, weight: 600 }, color: '#111' },
          grid: { color: '#999' },
          angleLines: { color: '#999' },
        },
      },
    },
  };
}

// Partners differ by line pattern and point shape as well as colour, so the overlay also reads in
// black and white and for people who cannot tell the colours apart.
const PARTNER_STYLES = [
  { color: '#1a4b8c', dash: [], point: 'circle' },
  { color: '#b35900', dash: [10, 5], point: 'rect' },
  { color: '#2e7d32', dash: [3, 4], point: 'triangle' },
  { color: '#6a1b9a', dash: [14, 4, 3, 4], point: 'rectRot' },
  { color: '#333333', dash: [6, 3], point: 'crossRot' },
  { color: '#00838f', dash: [1, 3], point: 'star' },
  { color: '#ad1457', dash: [18, 6], point: 'cross' },
  { color: '#5d4037', dash: [8, 3, 1, 3], point: 'rectRounded' },
] as const;

export function radarOverlayConfig(
  topicTitles: string[],
  partners: { name: string; scores: (number | undefined)[] }[],
  options: { animation?: boolean; fontSize?: number } = {},
): ChartConfiguration<'radar'> {
  const base = radarConfig([], options);
  const font = { ...FONT, size: options.fontSize ?? FONT.size };
  return {
    ...base,
    data: {
      labels: topicTitles,
      datasets: partners.map((partner, i) => {
        const style = PARTNER_STYLES[i % PARTNER_STYLES.length]!;
        return {
          label: partner.name,
          data: partner.scores.map((s) => s ?? 0),
          borderColor: style.color,
          backgroundColor: 'transparent',
          pointBackgroundColor: style.color,
          pointStyle: style.point,
          pointRadius: 6,
          borderWidth: 3,
          borderDash: [...style.dash],
          fill: false,
        };
      }),
    },
    options: {
      ...base.options,
      plugins: { legend: { display: true, position: 'bottom', labels: { usePointStyle: true, font, color: '#111' } }, tooltip: base.options?.plugins?.tooltip },
    },
  };
}

export function sectionBarConfig(topic: TopicResult, options: { animation?: boolean } = {}): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: topic.sections.map((s) => `${s.title} (${s.score === undefined ? '–' : Math.round(s.score)})`),
      datasets: [
        {
          label: 'Stand der Vorbereitung (0–100)',
          data: topic.sections.map((s) => s.score ?? 0),
          backgroundColor: INK,
          borderColor: '#000',
          borderWidth: 1,
        },
      ],
    },
    options: {
      indexAxis: 'y',
      animation: options.animation === false ? false : undefined,
      responsive: options.animation !== false,
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: {
        x: { min: 0, max: 100, ticks: { font: FONT, color: '#333' }, grid: { color: '#ccc' } },
        y: { ticks: { font: FONT, color: '#111' }, grid: { display: false } },
      },
    },
  };
}

export { Chart };
