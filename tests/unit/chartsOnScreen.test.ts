// The chart configurations as the screen draws them: labels that fit a phone, a radar scale that
// does not cover its lines, and a partner radar that names its lines in a legend.
import { Chart } from 'chart.js';
import { describe, expect, it } from 'vitest';
import { barChartHeight, barsForScreen, radarForScreen, wrapLabel } from '../../src/components/results/chartsOnScreen';
import { radarOverlayConfig, sectionBarConfig } from '../../src/report/charts';
import type { TopicResult } from '../../src/domain/verdicts/scoring';

describe('wrapLabel', () => {
  it.each([
    ['Die gemeinsame Aufgabe (50)', 16, ['Die gemeinsame', 'Aufgabe (50)']],
    ['Kurz (100)', 16, ['Kurz (100)']],
    ['Rechts- und Vertragsgrundlagen (0)', 16, ['Rechts- und', 'Vertragsgrundlagen', '(0)']],
    ['Abstimmungs-Verfahren', 12, ['Abstimmungs-', 'Verfahren']],
  ])('breaks „%s“ at width %i into %j', (label, width, lines) => {
    expect(wrapLabel(label, width)).toEqual(lines);
  });
});

const topic = {
  questionnaireId: 'prozesse',
  title: 'Prozesse & Organisation',
  shortTitle: 'Prozesse',
  score: 50,
  completeness: 1,
  sections: [
    { id: 'aufgabe', title: 'Die gemeinsame Aufgabe', score: 50 },
    { id: 'rueckhalt', title: 'Politischer Rückhalt', score: 100 },
  ],
} as unknown as TopicResult;

describe('charts on a phone and on a desk', () => {
  it('keeps the desk configuration unchanged from 600 px on', () => {
    const bars = sectionBarConfig(topic);
    expect(barsForScreen(bars, 1366)).toBe(bars);
  });

  it('breaks bar labels into lines on a phone, so that none is cut at the left edge', () => {
    const labels = barsForScreen(sectionBarConfig(topic), 360).data.labels as string[][];
    for (const lines of labels) for (const line of lines) expect(line.length).toBeLessThanOrEqual(18);
    expect(barChartHeight(2, 360)).toBeGreaterThan(barChartHeight(2, 1366));
  });

  it('puts an opaque backdrop behind the radar scale on a phone', () => {
    const base = radarOverlayConfig(['Prozesse', 'IT'], [{ name: 'A', scores: [10, 20] }, { name: 'B', scores: [30, 40] }]);
    const phone = radarForScreen(base, 360);
    expect(phone.options?.scales?.r?.ticks?.backdropColor).not.toBe('transparent');
    expect(phone.options?.plugins?.legend?.display).toBe(true);
  });

  it('names the partner lines in a legend (the legend plugin is registered)', () => {
    const config = radarOverlayConfig(['Prozesse', 'IT'], [{ name: 'Ahorn', scores: [10, 20] }, { name: 'Birke', scores: [30, 40] }]);
    expect(config.options?.plugins?.legend?.display).toBe(true);
    expect(config.data.datasets.map((d) => d.label)).toEqual(['Ahorn', 'Birke']);
    expect(Chart.registry.plugins.get('legend')).toBeDefined();
  });
});
