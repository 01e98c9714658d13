// Fits the shared chart configurations (src/report/charts.ts, also used for the PDF) to the
// screen they are drawn on: on a phone the labels get smaller type and break into lines, so that
// "Die gemeinsame Aufgabe (100)" is not cut at the edge and the radar's scale stays readable.
// Plain objects only: the Chart.js library itself stays in its lazy chunk.
import type { ChartConfiguration, FontSpec } from 'chart.js';

const NARROW = 600;

/** Breaks a label into lines of at most `width` characters at spaces (and after hyphens). */
export function wrapLabel(label: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/(?<=-)|\s+/)) {
    const joined = line ? (line.endsWith('-') ? `${line}${word}` : `${line} ${word}`) : word;
    if (line && joined.length > width) {
      lines.push(line);
      line = word;
    } else line = joined;
  }
  if (line) lines.push(line);
  return lines;
}

/** The font of a label with another size; fonts given as functions are not used by the shared configurations. */
const smaller = (font: unknown, size: number): Partial<FontSpec> => ({ ...(font as Partial<FontSpec>), size });

/** A radar for the screen: on a phone, topic and score on two lines and a scale that does not cover the lines. */
export function radarForScreen(config: ChartConfiguration<'radar'>, viewportWidth: number): ChartConfiguration<'radar'> {
  if (viewportWidth >= NARROW) return config;
  const r = config.options?.scales?.r;
  const labels = (config.data.labels ?? []).map((label) => String(label).split(/:\s*/));
  return {
    ...config,
    data: { ...config.data, labels },
    options: {
      ...config.options,
      layout: { padding: 4 },
      scales: {
        r: {
          ...r,
          ticks: { ...r?.ticks, font: smaller(r?.ticks?.font, 11), backdropColor: 'rgba(255, 255, 255, 0.85)', backdropPadding: 1, z: 1 },
          pointLabels: { ...r?.pointLabels, font: smaller(r?.pointLabels?.font, 12), padding: 4 },
        },
      },
      plugins: {
        ...config.options?.plugins,
        legend: config.options?.plugins?.legend?.display
          ? { ...config.options.plugins.legend, labels: { ...config.options.plugins.legend.labels, font: smaller(config.options.plugins.legend.labels?.font, 12), boxWidth: 30 } }
          : config.options?.plugins?.legend,
      },
    },
  };
}

/** A bar chart of sections for the screen: on a phone, labels break into short lines in smaller type. */
export function barsForScreen(config: ChartConfiguration<'bar'>, viewportWidth: number): ChartConfiguration<'bar'> {
  if (viewportWidth >= NARROW) return config;
  const y = config.options?.scales?.y;
  const x = config.options?.scales?.x;
  return {
    ...config,
    data: { ...config.data, labels: (config.data.labels ?? []).map((label) => wrapLabel(String(label), 16)) },
    options: {
      ...config.options,
      scales: {
        x: { ...x, ticks: { ...x?.ticks, font: smaller(x?.ticks?.font, 12) } },
        y: { ...y, ticks: { ...y?.ticks, font: smaller(y?.ticks?.font, 12) } },
      },
    },
  };
}

/** The height a section bar chart needs on this screen: more per bar where labels take two or three lines. */
export function barChartHeight(sections: number, viewportWidth: number): number {
  return 40 + sections * (viewportWidth < NARROW ? 46 : 36);
}
