// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { fullyAnsweredAssessment } from '../../src/build/syntheticAssessment';
import { loadContent } from '../../src/content';
import { buildReport } from '../../src/domain/report/report';
import type { Assessment } from '../../src/domain/assessment/assessment';
import { percentText, scoreNumber } from '../../src/domain/report/wording';
import { useAssessmentStore } from '../../src/stores/assessment';
import ResultsView from '../../src/views/ResultsView.vue';
import { untilResultsDrawn } from './resultsDrawn.ts';

// happy-dom has no canvas: the chart itself is tested in the browser; here the text alternatives.
vi.mock('../../src/components/results/ChartCanvas.vue', () => ({ default: { template: '<div class="chart-stub" />' } }));

async function mountResults(change?: (a: Assessment) => void) {
  const content = await loadContent();
  setActivePinia(createPinia());
  const store = useAssessmentStore();
  const assessment = fullyAnsweredAssessment(content);
  change?.(assessment);
  store.assessments.push(assessment);
  store.open(assessment.id);
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/fragebogen/:questionnaireId/abschnitt/:sectionId', name: 'section', component: { template: '<div />' } },
    { path: '/:any(.*)*', name: 'overview', component: { template: '<div />' } },
  ] });
  const wrapper = mount(ResultsView, { global: { plugins: [router] } });
  await untilResultsDrawn(wrapper);
  return { wrapper, report: buildReport(content, store.assessment) };
}

describe('ResultsView', () => {
  beforeEach(() => localStorage.clear());

  it('names the overall level in words first', async () => {
    const { wrapper, report } = await mountResults();
    expect(wrapper.get('#stufe-titel').text()).toBe(report.overall.level.name);
  });

  it('gives every chart a table with the same numbers', async () => {
    const { wrapper, report } = await mountResults();
    const rows = wrapper.findAll('#themen-titel ~ .kern-table-responsive table tbody tr').map((row) => row.findAll('th, td').map((c) => c.text()));
    expect(rows).toEqual(report.topics.map((t) => [t.title, scoreNumber(t.score), percentText(t.completeness)]));
  });

  it('shows a showstopper as a flag and says it caps the level', async () => {
    const { wrapper, report } = await mountResults((a) => {
      a.responses.it!.answers['gleiches-fachverfahren'] = 'verschieden';
      a.responses.it!.answers['migrationsplan'] = 'nein';
    });
    const showstoppers = report.flags.filter((f) => f.severity === 'showstopper');
    expect(showstoppers.length).toBeGreaterThan(0);
    expect(wrapper.text()).toContain(`K.-o.-Kriterium: ${showstoppers[0]!.title}`);
    if (report.overall.cappedBy.length) expect(wrapper.text()).toContain('Stufe durch K.-o.-Kriterium begrenzt');
  });

  it('lists every step of the plan with its owner in a labelled field', async () => {
    const { wrapper, report } = await mountResults((a) => {
      a.responses.prozesse!.answers['kostentransparenz'] = 'nein';
    });
    const steps = wrapper.findAll('.plan-step');
    expect(steps).toHaveLength(report.actions.length);
    expect(steps.map((s) => s.get('.plan-step__text').text())).toEqual(report.actions.map((a) => a.text));
    expect(steps.map((s) => (s.get('input[type=text]').element as HTMLInputElement).value)).toEqual(report.actions.map((a) => a.owner));
    // The owner comes from the content as a suggestion until someone types one; the label says so.
    const owner = steps[0]!.get('input[type=text]');
    expect(wrapper.get(`label[for="${owner.attributes('id')}"]`).text()).toBe('Zuständig – Vorschlag');
    await owner.setValue('Herr Krause');
    expect(wrapper.get(`label[for="${owner.attributes('id')}"]`).text()).toBe('Zuständig');
  });

  it('shows the VAT deadline and one verdict per planned service', async () => {
    const { wrapper, report } = await mountResults();
    expect(wrapper.get('.vat-deadline').text()).toContain(report.vat.transition.text);
    expect(wrapper.findAll('.vat-service')).toHaveLength(report.vat.services.length);
  });

  it('says in euros what VAT would cost the receiving municipality', async () => {
    const { wrapper, report } = await mountResults((a) => {
      const item = a.responses.umsatzsteuer!.items.leistungen![0]!;
      item.answers['rechtsgrundlage'] = 'privatrechtlich';
      item.answers['erstattung'] = '10000';
    });
    const euros = report.vat.services[0]!.euros!;
    expect(euros.text).toContain('1.900');
    expect(wrapper.get('.vat-euros').text()).toBe(euros.text);
  });

  it('ranks only open legal forms and lists the closed ones apart', async () => {
    const { wrapper, report } = await mountResults();
    const ranked = wrapper.findAll('.legal-form h3').map((h) => h.text());
    expect(ranked).toEqual(report.legalForms.ranked.map((f) => `${f.name} – Eignung ${f.fit} von 100`));
    for (const closed of report.legalForms.closed) expect(ranked.join()).not.toContain(closed.name);
  });
});
