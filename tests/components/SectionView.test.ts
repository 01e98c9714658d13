// @vitest-environment happy-dom
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import SectionView from '../../src/views/SectionView.vue';
import { loadContent } from '../../src/content.ts';
import { useAssessmentStore } from '../../src/stores/assessment.ts';
import { whenDrawn } from '../../src/composables/stagedDrawing.ts';

/** `staged`: the timer of the second drawing step waits for `vi.runOnlyPendingTimers()` (a busy machine must not let it run early). */
async function mountSection(questionnaireId: string, sectionId: string, { hash = '', staged = false } = {}) {
  await loadContent();
  if (staged) vi.useFakeTimers({ toFake: ['setTimeout'] });
  const pinia = createPinia();
  setActivePinia(pinia);
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/fragebogen/:questionnaireId/abschnitt/:sectionId', name: 'section', component: SectionView, props: true },
      { path: '/:rest(.*)*', name: 'other', component: { template: '<div />' } },
    ],
  });
  await router.push(`/fragebogen/${questionnaireId}/abschnitt/${sectionId}${hash}`);
  const wrapper = mount(SectionView, { props: { questionnaireId, sectionId }, global: { plugins: [pinia, router] }, attachTo: document.body });
  await flushPromises();
  if (!staged) await whenDrawn();
  await flushPromises();
  return { wrapper, store: useAssessmentStore(), router };
}

describe('SectionView', () => {
  beforeEach(() => localStorage.clear());

  it('stores an answer in the assessment and saves it in the browser', async () => {
    const { wrapper, store } = await mountSection('it', 'fachverfahren');
    const option = wrapper.get('input[value="verschieden"]');
    await option.setValue(true);
    expect(store.responseOf('it').answers['gleiches-fachverfahren']).toBe('verschieden');
    await vi.waitFor(() => expect(localStorage.getItem(`ikz-check.bewertung.${store.assessment.id}`)).toContain('"gleiches-fachverfahren":"verschieden"'));
    wrapper.unmount();
  });

  it('shows a conditional question as soon as its condition holds', async () => {
    const { wrapper } = await mountSection('it', 'fachverfahren');
    expect(wrapper.find('#frage-migrationsplan').exists()).toBe(false);
    await wrapper.get('input[value="verschieden"]').setValue(true);
    expect(wrapper.find('#frage-migrationsplan').exists()).toBe(true);
    wrapper.unmount();
  });

  it('keeps the user on the page with an error summary when required answers are missing', async () => {
    const { wrapper, router } = await mountSection('it', 'fachverfahren');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('.error-summary').text()).toContain('Bitte prüfen Sie Ihre Angaben');
    expect(router.currentRoute.value.params.sectionId).toBe('fachverfahren');
    wrapper.unmount();
  });

  it('draws a page opened by a link in two steps: the first question, then the others with the buttons below them', async () => {
    try {
      const { wrapper } = await mountSection('prozesse', 'aufgabe', { staged: true });
      expect(wrapper.findAll('.question')).toHaveLength(1);
      expect(wrapper.find('.wizard-nav').exists()).toBe(false);
      let drawn = false;
      void whenDrawn().then(() => (drawn = true));
      await flushPromises();
      expect(drawn).toBe(false);
      vi.runOnlyPendingTimers();
      await flushPromises();
      expect(drawn).toBe(true);
      expect(wrapper.findAll('.question')).toHaveLength(3);
      expect(wrapper.find('.wizard-nav').exists()).toBe(true);
      wrapper.unmount();
    } finally {
      vi.useRealTimers();
    }
  });

  it('draws the whole page at once when a question is to be focused', async () => {
    try {
      const { wrapper } = await mountSection('prozesse', 'aufgabe', { hash: '#frage-buergerkontakt-text', staged: true });
      expect(wrapper.findAll('.question')).toHaveLength(3);
      expect(wrapper.find('.wizard-nav').exists()).toBe(true);
      wrapper.unmount();
    } finally {
      vi.useRealTimers();
    }
  });
});
