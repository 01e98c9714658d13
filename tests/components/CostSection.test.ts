// @vitest-environment happy-dom
// The cost chapter on the results page (CostSection.vue) and the joint cost table of the
// comparison (JointCostTable.vue) draw the model and nothing else: every line, share and ±20 % row
// of the model stands on the page, the chart has its table, a missing figure links to the page that
// asks it, and choosing another plan is handed back to the page.
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import JointCostTable from '../../src/components/comparison/JointCostTable.vue';
import CostSection from '../../src/components/results/CostSection.vue';
import { loadContent } from '../../src/content';
import type { Assessment } from '../../src/domain/assessment/assessment';
import type { PartnerInput } from '../../src/domain/exchange/comparison';
import { jointCosts } from '../../src/domain/exchange/jointCosts';
import type { CostTable } from '../../src/domain/report/costSection';
import { buildReport } from '../../src/domain/report/report';
import { scenario, SCENARIO_DATE } from '../fixtures/scenarios';

vi.mock('../../src/components/results/ChartCanvas.vue', () => ({ default: { template: '<div class="chart-stub" />' } }));

const router = () =>
  createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/fragebogen/:questionnaireId/abschnitt/:sectionId', name: 'section', component: { template: '<div />' } },
      { path: '/:any(.*)*', name: 'overview', component: { template: '<div />' } },
    ],
  });

async function costsOf(assessment: Assessment) {
  const content = await loadContent();
  return buildReport(content, assessment, SCENARIO_DATE).costs!;
}

/** The cells of the table with this caption, as the page shows them (partners as columns turned back). */
function cells(wrapper: ReturnType<typeof mount>, caption: string): string[][] {
  const table = wrapper.findAll('table').find((t) => t.find('caption').exists() && t.get('caption').text() === caption)!;
  return table.findAll('tbody tr').map((row) => row.findAll('th, td').map((c) => c.text()));
}

const turned = (table: CostTable) => table.headers.slice(1).map((h, i) => [h, ...table.rows.map((r) => r[i + 1]!)]);

describe('the cost chapter on the results page', () => {
  it('shows every line, share and ±20 % row of the model, and the chart with its table', async () => {
    const costs = await costsOf(scenario('standesamt'));
    const wrapper = mount(CostSection, { props: { costs }, global: { plugins: [router()] } });
    await flushPromises();
    expect(costs.status).toBe('berechnet');
    for (const line of costs.summary) expect(wrapper.get('.costs__summary').text()).toContain(line);
    expect(cells(wrapper, costs.running!.title)).toEqual([...costs.running!.lines, costs.running!.total].map((l) => [l.label, l.amount]));
    expect(cells(wrapper, costs.partners!.caption)).toEqual(turned(costs.partners!));
    expect(cells(wrapper, costs.sensitivity!.table.caption)).toEqual(costs.sensitivity!.table.rows);
    expect(wrapper.get('figure.cost-chart figcaption').text()).toBe(`${costs.chart!.title}. ${costs.chart!.alternative}`);
    expect(wrapper.find('.chart-stub').exists()).toBe(true);
    const assumptions = wrapper.findAll('.costs__assumptions li').map((li) => li.text());
    expect(assumptions).toEqual(costs.assumptions.items);
    expect(assumptions.some((a) => /Richtwert \(.+\); bitte durch eigene Zahlen ersetzen\./.test(a))).toBe(true);
  });

  it('links each missing figure to the page and field that asks it, and draws no shares', async () => {
    const costs = await costsOf(scenario('bauhof'));
    const wrapper = mount(CostSection, { props: { costs }, global: { plugins: [router()] } });
    await flushPromises();
    expect(wrapper.get('.costs__status .kern-title').text()).toBe('Angaben fehlen noch');
    const links = wrapper.findAll('.costs__missing a').map((a) => [a.text(), a.attributes('href')]);
    expect(links[0]).toEqual([costs.missing[0]!.text, '/fragebogen/kosten/abschnitt/heute#frage-personalkosten-jahr']);
    expect(links).toHaveLength(costs.missing.length);
    expect(wrapper.find('figure.cost-chart').exists()).toBe(false);
  });
});

describe('the joint cost table of the comparison', () => {
  async function group(): Promise<PartnerInput[]> {
    const content = await loadContent();
    return ['lindenbach', 'hohenau'].map((id, i) => {
      const a = scenario('standesamt');
      a.id = id;
      a.meta.municipality = `Gemeinde ${id}`;
      if (i === 1) a.responses.kosten!.answers['wer-leistet'] = 'partner';
      return { id, name: a.meta.municipality, assessment: a, report: buildReport(content, a, SCENARIO_DATE) };
    });
  }

  it('shows every partner\'s figures and shares, and hands the chosen plan back to the page', async () => {
    const content = await loadContent();
    const costs = jointCosts(content, await group())!;
    const wrapper = mount(JointCostTable, { props: { costs, planner: undefined } });
    await flushPromises();
    expect(cells(wrapper, costs.figures.caption)).toEqual(turned(costs.figures));
    expect(cells(wrapper, costs.partners!.caption)).toEqual(turned(costs.partners!));
    expect(wrapper.get('.joint-costs__summary').text()).toContain(costs.summary[0]!);
    const select = wrapper.get('select#kosten-planung');
    expect(select.findAll('option').map((o) => o.text())).toEqual(costs.plannerChoices.map((c) => c.label));
    await select.setValue('hohenau');
    expect(wrapper.emitted('update:planner')).toEqual([['hohenau']]);
  });
});
