// @vitest-environment happy-dom
// The action plan on the results page (ActionPlan.vue, PlanStepEditor.vue) with the real store:
// what is typed is saved with the assessment and there after a reload; a wrong date is named and
// not saved; own steps are added and removed; a step whose cause is gone stays with its note.
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { loadContent } from '../../src/content';
import { useAssessmentStore } from '../../src/stores/assessment';
import ResultsView from '../../src/views/ResultsView.vue';
import { untilResultsDrawn } from './resultsDrawn.ts';
import { scenario } from '../fixtures/scenarios';

vi.mock('../../src/components/results/ChartCanvas.vue', () => ({ default: { template: '<div class="chart-stub" />' } }));

async function mountResults() {
  await loadContent();
  setActivePinia(createPinia());
  const store = useAssessmentStore();
  if (!store.assessments.some((a) => a.id === 'bauhof')) store.assessments.push(scenario('bauhof'));
  store.open('bauhof');
  const router = createRouter({ history: createMemoryHistory(), routes: [
    { path: '/fragebogen/:questionnaireId/abschnitt/:sectionId', name: 'section', component: { template: '<div />' } },
    { path: '/:any(.*)*', name: 'overview', component: { template: '<div />' } },
  ] });
  const wrapper = mount(ResultsView, { global: { plugins: [router] }, attachTo: document.body });
  await untilResultsDrawn(wrapper);
  return { wrapper, store };
}

const stepCard = (wrapper: VueWrapper, text: RegExp) => wrapper.findAll('.plan-step').find((s) => text.test(s.get('.plan-step__text').text()))!;
const LETTER = /Absichtserklärung/;

describe('the action plan on the results page', () => {
  beforeEach(() => localStorage.clear());

  it('saves owner, date, status and note as typed, and shows them again after a reload', async () => {
    const { wrapper, store } = await mountResults();
    const card = stepCard(wrapper, LETTER);
    await card.get('input[type=text]').setValue('Frau Weber, Hauptamt');
    await card.get('input[type=date]').setValue('2027-03-31');
    await card.get('select').setValue('in-arbeit');
    await card.get('textarea').setValue('Entwurf an die Partner geschickt');
    store.flush();
    wrapper.unmount();

    const reloaded = await mountResults();
    const again = stepCard(reloaded.wrapper, LETTER);
    expect((again.get('input[type=text]').element as HTMLInputElement).value).toBe('Frau Weber, Hauptamt');
    expect((again.get('input[type=date]').element as HTMLInputElement).value).toBe('2027-03-31');
    expect((again.get('select').element as HTMLSelectElement).value).toBe('in-arbeit');
    expect((again.get('textarea').element as HTMLTextAreaElement).value).toBe('Entwurf an die Partner geschickt');
    reloaded.wrapper.unmount();
  });

  it('names a date outside the years a plan may use and does not save it', async () => {
    const { wrapper, store } = await mountResults();
    const card = stepCard(wrapper, LETTER);
    await card.get('input[type=date]').setValue('1999-12-31');
    expect(card.get('.kern-error').text()).toContain('kein gültiges Datum');
    expect(store.assessment.plan).toBeUndefined();
    wrapper.unmount();
  });

  it('adds an own step in its priority and removes it again', async () => {
    const { wrapper, store } = await mountResults();
    await wrapper.get('form.plan-add').trigger('submit');
    expect(wrapper.get('#plan-neu-fehler').text()).toContain('braucht einen Text');
    await wrapper.get('#plan-neu-text').setValue('Personalrat zur Sitzung einladen');
    await wrapper.get('#plan-neu-prioritaet').setValue('hoch');
    await wrapper.get('form.plan-add').trigger('submit');
    expect(store.assessment.plan!.custom).toMatchObject([{ text: 'Personalrat zur Sitzung einladen', priority: 'hoch', status: 'offen' }]);
    const own = stepCard(wrapper, /Personalrat zur Sitzung/);
    expect(own.text()).toContain('Eigener Schritt');
    await own.get('button').trigger('click');
    expect(store.assessment.plan).toBeUndefined();
    wrapper.unmount();
  });

  it('keeps a step whose cause is gone as resolved, with its note, until it is removed', async () => {
    const { wrapper, store } = await mountResults();
    const card = stepCard(wrapper, /Personal-, Sach- und Gemeinkosten der Aufgabe/);
    await card.get('textarea').setValue('KLR-Auszug liegt vor');
    store.setAnswer('prozesse', 'kostentransparenz', 'ja');
    await flushPromises();
    const resolved = stepCard(wrapper, /Personal-, Sach- und Gemeinkosten der Aufgabe/);
    expect(resolved.get('.kern-badge').text()).toBe('erledigt – Ursache behoben');
    expect((resolved.get('textarea').element as HTMLTextAreaElement).value).toBe('KLR-Auszug liegt vor');
    await resolved.get('button').trigger('click');
    expect(wrapper.findAll('.plan-step').some((s) => /Personal-, Sach- und Gemeinkosten der Aufgabe/.test(s.text()))).toBe(false);
    wrapper.unmount();
  });
});
