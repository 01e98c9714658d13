// @vitest-environment happy-dom
// One report model, one wording: the results page and the full PDF report say the same things in
// the same words. Each scenario runs through both renderers; every finding, flag, legal form with
// its fit, VAT verdict per service (with euros), step of the plan, open point, note and caveat the
// model decides must appear in both. Compared as letters and digits only, so that line breaks,
// hyphenation and no-break spaces do not count.
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { loadContent } from '../../src/content';
import type { Assessment } from '../../src/domain/assessment/assessment';
import { buildReport, type ReportModel } from '../../src/domain/report/report';
import {
  becauseText,
  DISCLAIMER,
  flagTitle,
  legalFormTitle,
  overallRiskText,
  preparationText,
  questionLabel,
  riskText,
} from '../../src/domain/report/wording';
import { renderPdf } from '../../src/report/pdf';
import { pdfText } from '../../src/report/pdfText';
import { useAssessmentStore } from '../../src/stores/assessment';
import ResultsView from '../../src/views/ResultsView.vue';
import { untilResultsDrawn } from './resultsDrawn.ts';
import { SCENARIOS, scenario, SCENARIO_DATE } from '../fixtures/scenarios';
import { pdfAssets } from '../unit/pdfAssets';
import { readDocument } from '../unit/readPdf';

vi.mock('../../src/components/results/ChartCanvas.vue', () => ({ default: { template: '<div class="chart-stub" />' } }));

const letters = (s: string) => pdfText(s).replace(/[^\p{L}\p{N}]/gu, '');

async function pageText(assessment: Assessment): Promise<string> {
  setActivePinia(createPinia());
  const store = useAssessmentStore();
  store.assessments.push(assessment);
  store.open(assessment.id);
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/fragebogen/:questionnaireId/abschnitt/:sectionId', name: 'section', component: { template: '<div />' } },
      { path: '/:any(.*)*', name: 'overview', component: { template: '<div />' } },
    ],
  });
  const wrapper = mount(ResultsView, { global: { plugins: [router] } });
  await untilResultsDrawn(wrapper);
  // The plan's owners stand in fields the user can change: what the fields show counts as said.
  const fields = wrapper.findAll('input[type=text], textarea').map((f) => (f.element as HTMLInputElement).value);
  const text = [wrapper.text(), ...fields].join('\n');
  wrapper.unmount();
  return text;
}

/** The full PDF's text; running headers and footers are left out, as they interrupt text over a page break. */
function pdfTextOf(report: ReportModel): string {
  return readDocument(renderPdf({ report, versions: [], generatedAt: SCENARIO_DATE }, pdfAssets)).pages.join('\n');
}

/** What the model says, by kind, in the words of the wording module. */
function statements(report: ReportModel): Record<string, string[]> {
  const { overall, legalForms, vat } = report;
  return {
    findings: report.keyFindings,
    level: [overall.level.name, overall.level.description, preparationText(overall.score), ...[overall.capNote, overall.completenessNote, overall.councilRequest].filter((s) => s !== undefined)],
    flags: report.flags.flatMap((f) => [flagTitle(f), f.explanation]),
    legalForms: [...legalForms.ranked.map(legalFormTitle), legalForms.authorityText, legalForms.councilDecision.text, legalForms.disclaimer, ...(legalForms.uncertainty ? [legalForms.uncertainty] : [])],
    vat: [
      vat.transition.text,
      ...(vat.noServices ? [vat.noServices] : [overallRiskText(vat.overall)]),
      ...vat.services.flatMap((s) => [`${s.serviceName} ${riskText(s.risk)}`, s.conclusion, ...(s.euros ? [s.euros.text] : []), ...(s.caveat ? [s.caveat] : [])]),
    ],
    actions: report.actions.flatMap((a) => [a.text, becauseText(a.because), a.owner]),
    openPoints: report.openPoints.map((p) => questionLabel(p.question, p.item)),
    notes: report.notes.flatMap((n) => [questionLabel(n.question, n.item), n.text]),
    caveats: [DISCLAIMER, report.legalStatus.text],
  };
}

/** A scenario with an open point and notes on a question and on a service, as typed in the wizard. */
function withNotes(assessment: Assessment): Assessment {
  assessment.responses.prozesse!.answers['kostentransparenz'] = 'weiss-nicht';
  assessment.responses.prozesse!.notes['kostentransparenz'] = 'Die Kämmerei liefert die Zahlen bis Ende Januar.';
  const service = assessment.responses.umsatzsteuer!.items.leistungen![0]!;
  assessment.responses.umsatzsteuer!.notes[`${service.id}/rechtsgrundlage`] = 'Vertragsentwurf liegt beim Rechtsamt.';
  return assessment;
}

describe.each(SCENARIOS.map((s) => [s.id] as const))('results page and PDF say the same for the scenario %s', (id) => {
  it('every statement of the model appears on the page and in the PDF', async () => {
    const content = await loadContent();
    const assessment = withNotes(scenario(id));
    const report = buildReport(content, assessment, SCENARIO_DATE);
    const page = letters(await pageText(structuredClone(assessment)));
    const pdf = letters(pdfTextOf(report));
    const missing: string[] = [];
    for (const [kind, list] of Object.entries(statements(report))) {
      expect(list.length, kind).toBeGreaterThan(0);
      for (const statement of list) {
        if (!page.includes(letters(statement))) missing.push(`Seite fehlt (${kind}): ${statement}`);
        if (!pdf.includes(letters(statement))) missing.push(`PDF fehlt (${kind}): ${statement}`);
      }
    }
    expect(missing).toEqual([]);
  }, 120_000);
});
