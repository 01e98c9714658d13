// The cost chapter of the full report and the cost part of the council version, drawn from
// `report.costs` (wording and figures come from the model). The chart is drawn as vectors on white,
// next to the table with the same numbers.
import type { JointCosts } from '../domain/exchange/jointCosts.ts';
import type { CostChart, CostSection, CostTable } from '../domain/report/costSection.ts';
import { wholeEuro } from '../domain/format.ts';
import { citations, type ReferenceIndex } from './pdfChapters.ts';
import { CONTENT_WIDTH, INK, PAGE, type Writer } from './pdfWriter.ts';

const TODAY_FILL: [number, number, number] = [200, 200, 200];

/** Horizontal bars per partner, one per series (today, share), with the amounts at the bars. */
function costChart(w: Writer, chart: CostChart): void {
  const bar = 4.2;
  const groupGap = 3.5;
  const labelWidth = 48;
  const plotWidth = CONTENT_WIDTH - labelWidth - 26;
  const height = 12 + chart.labels.length * (chart.series.length * bar + groupGap);
  w.ensure(height + 8);
  w.paragraph(chart.title, { bold: true, after: 1 });
  const max = Math.max(1, ...chart.series.flatMap((s) => s.values.map((v) => v ?? 0)));
  const x0 = PAGE.left + labelWidth;
  const fills = [TODAY_FILL, INK];
  // Legend
  w.font('normal', 8.5);
  let lx = x0;
  chart.series.forEach((series, i) => {
    w.doc.setFillColor(...fills[i % fills.length]!).setDrawColor(60).setLineWidth(0.2).rect(lx, w.y, 4, 3, 'FD');
    const label = w.clean(series.label);
    w.doc.text(label, lx + 5.5, w.y + 2.6);
    lx += 5.5 + w.width(label) + 8;
  });
  w.y += 7;
  const top = w.y;
  chart.labels.forEach((name, p) => {
    const groupTop = top + p * (chart.series.length * bar + groupGap);
    w.font('normal', 8.5);
    const lines = w.lines(w.clean(name), labelWidth - 3);
    w.doc.text(lines.slice(0, 2), PAGE.left, groupTop + 3.2, { lineHeightFactor: 1.2 });
    chart.series.forEach((series, i) => {
      const value = series.values[p];
      const y = groupTop + i * bar;
      if (value === null || value === undefined) {
        w.doc.setTextColor(90).text('nicht angegeben', x0 + 1, y + 3.2);
        w.doc.setTextColor(0);
        return;
      }
      const length = (plotWidth * value) / max;
      w.doc.setFillColor(...fills[i % fills.length]!).setDrawColor(60).setLineWidth(0.2).rect(x0, y, Math.max(length, 0.3), bar - 0.8, 'FD');
      w.doc.text(w.clean(wholeEuro(value)), x0 + length + 1.5, y + 3.2);
    });
  });
  const bottom = top + chart.labels.length * (chart.series.length * bar + groupGap);
  w.doc.setDrawColor(60).setLineWidth(0.3).line(x0, top - 1, x0, bottom - groupGap + 1);
  w.y = bottom + 2;
}

function lineTable(w: Writer, title: string, lines: { label: string; amount: string }[], total?: { label: string; amount: string }): void {
  w.table(
    [{ header: title }, { header: total ? 'Betrag pro Jahr' : 'Betrag', width: 38, align: 'right' }],
    [...lines, ...(total ? [total] : [])].map((l) => [l.label, l.amount]),
    { ...(total && { boldRows: [lines.length] }) },
  );
}

function partnerTable(w: Writer, table: NonNullable<CostSection['partners']>): void {
  w.paragraph(table.caption, { size: 9, muted: true, after: 0.5 });
  w.table(
    table.headers.map((header, i) => ({ header, ...(i === 0 ? { width: 30 } : { align: 'right' as const }) })),
    table.rows,
    { size: 7.5, padding: 1.1 },
  );
}

function sensitivity(w: Writer, part: NonNullable<CostSection['sensitivity']>): void {
  w.heading(part.title, 2);
  w.paragraph(part.intro, { size: 9.5 });
  w.table(
    part.table.headers.map((header, i) => ({ header, ...(i === 0 ? { width: 50 } : { align: 'right' as const }) })),
    part.table.rows,
    { size: 8, padding: 1.2 },
  );
}

/** A table whose first column names the rows and whose other columns are partners or amounts. */
function namedRowsTable(w: Writer, table: CostTable): void {
  w.paragraph(table.caption, { size: 9, muted: true, after: 0.5 });
  w.table(
    table.headers.map((header, i) => ({ header, ...(i === 0 ? { width: 48 } : { align: 'right' as const }) })),
    table.rows,
    { size: 8, padding: 1.2 },
  );
}

/** The joint cost table of the partners' report: the same parts as the comparison page shows. */
export function jointCostChapter(w: Writer, costs: JointCosts): void {
  w.newPage();
  w.heading(costs.heading, 1);
  w.paragraph(costs.intro, { size: 9.5 });
  w.paragraph(costs.planner.text);
  if (costs.statusText) w.paragraph(costs.statusText, { muted: true });
  if (costs.problems.length) {
    w.paragraph(costs.problemsTitle, { bold: true, after: 0.5 });
    w.bullets(costs.problems);
  }
  if (costs.summary.length) w.bullets(costs.summary);
  namedRowsTable(w, costs.figures);
  if (costs.running) lineTable(w, costs.running.title, costs.running.lines, costs.running.total);
  if (costs.oneOff) lineTable(w, costs.oneOff.title, costs.oneOff.lines);
  if (costs.partners) partnerTable(w, costs.partners);
  if (costs.chart) {
    costChart(w, costs.chart);
    w.paragraph('Die Tabelle oben enthält dieselben Beträge.', { size: 8.5, muted: true });
  }
  if (costs.sensitivity) sensitivity(w, costs.sensitivity);
  w.heading(costs.differences.title, 2);
  if (costs.differences.table) {
    w.paragraph(costs.differences.intro, { size: 9.5 });
    namedRowsTable(w, costs.differences.table);
  } else if (costs.differences.none) w.paragraph(costs.differences.none);
  if (costs.assumptions.items.length) {
    w.heading(costs.assumptions.title, 2);
    w.bullets(costs.assumptions.items, { size: 9.5 });
  }
}

/** The cost figures in short: what it means for the municipality, the running costs and the partner table. */
export function costsInShort(w: Writer, costs: CostSection): void {
  w.heading(costs.heading, 1);
  if (costs.statusText) w.paragraph(costs.statusText, { muted: true });
  if (costs.summary.length) w.bullets(costs.summary);
  if (costs.running) lineTable(w, costs.running.title, costs.running.lines, costs.running.total);
  if (costs.partners) partnerTable(w, costs.partners);
}

export function costChapter(w: Writer, costs: CostSection, references: ReferenceIndex): void {
  w.newPage();
  w.heading(costs.heading, 1);
  if (costs.statusText) w.paragraph(costs.statusText, { muted: true });
  if (costs.missing.length) {
    w.paragraph('Noch zu beantworten:', { bold: true, after: 0.5 });
    w.bullets(costs.missing.map((m) => m.text));
  }
  if (costs.summary.length) w.bullets(costs.summary);
  if (costs.running) lineTable(w, costs.running.title, costs.running.lines, costs.running.total);
  if (costs.oneOff) {
    lineTable(w, costs.oneOff.title, costs.oneOff.lines);
  }
  if (costs.partners) partnerTable(w, costs.partners);
  if (costs.chart) {
    costChart(w, costs.chart);
    w.paragraph('Die Tabelle oben enthält dieselben Beträge.', { size: 8.5, muted: true });
  }
  if (costs.sensitivity) sensitivity(w, costs.sensitivity);
  if (costs.problems.length) {
    w.heading('Was die Rechnung einschränkt', 2);
    w.bullets(costs.problems);
  }
  w.heading(costs.assumptions.title, 2);
  w.bullets(costs.assumptions.items, { size: 9.5 });
  if (costs.notices.length) {
    w.heading('Hinweise', 2);
    w.bullets(
      costs.notices.map((n) => {
        const cited = citations(n.references, references);
        return `${n.text}${cited ? ` [${cited}]` : ''}`;
      }),
      { size: 9.5 },
    );
  }
}

