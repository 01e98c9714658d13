// @vitest-environment happy-dom
// The import panel with the real store: files are checked first, nothing is saved before the user
// confirms, and a full storage saves nothing and keeps the files for another try.
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ImportPanel from '../../src/components/assessments/ImportPanel.vue';
import { loadContent } from '../../src/content.ts';
import { exportAnswerFile } from '../../src/domain/exchange/answerFile.ts';
import { useAssessmentStore } from '../../src/stores/assessment.ts';
import { scenario } from '../fixtures/scenarios.ts';

const entry = (id: string) => localStorage.getItem(`ikz-check.bewertung.${id}`);

async function mountPanel() {
  const content = await loadContent();
  setActivePinia(createPinia());
  const store = useAssessmentStore();
  const wrapper = mount(ImportPanel, { global: { plugins: [] }, attachTo: document.body });
  return { wrapper, store, content };
}

async function choose(wrapper: VueWrapper, ...files: File[]): Promise<void> {
  const input = wrapper.get('input[type="file"]');
  Object.defineProperty(input.element, 'files', { value: files, configurable: true });
  await input.trigger('change');
  await flushPromises();
}

const button = (wrapper: VueWrapper, name: string) => wrapper.findAll('button').find((b) => b.text() === name)!;

describe('ImportPanel', () => {
  beforeEach(() => localStorage.clear());
  afterEach(() => {
    vi.restoreAllMocks();
    document.body.innerHTML = '';
  });

  it('shows what it will import and saves only after the user confirmed', async () => {
    const { wrapper, store, content } = await mountPanel();
    const text = exportAnswerFile([scenario('bauhof')], content.questionnaires, new Date());
    await choose(wrapper, new File([text], 'bauhof.json', { type: 'application/json' }));

    expect(wrapper.text()).toContain('Diese Bewertung importieren?');
    expect(entry('bauhof')).toBeNull();
    expect(store.assessments.map((a) => a.id)).not.toContain('bauhof');

    await button(wrapper, 'Importieren').trigger('click');
    expect(entry('bauhof')).toContain('"id":"bauhof"');
    expect(wrapper.text()).toContain(`Importiert: ${scenario('bauhof').meta.municipality}`);
    expect(wrapper.text()).not.toContain('Diese Bewertung importieren?');
  });

  it('refuses a file in Windows-1252 with a German message and changes nothing', async () => {
    const { wrapper } = await mountPanel();
    await choose(wrapper, new File([Uint8Array.from([0x7b, 0x22, 0x47, 0x72, 0x6f, 0xdf, 0x22, 0x7d])], 'alt.json'));
    const alert = wrapper.get('[role="alert"]');
    expect(alert.text()).toContain('„alt.json“ wurde nicht importiert');
    expect(alert.text()).toContain('Die Datei ist nicht in UTF-8 gespeichert (das erste unlesbare Zeichen steht in Zeile 1, Spalte 6)');
    expect(Object.keys(localStorage).filter((k) => k.startsWith('ikz-check.bewertung.'))).toEqual([]);
  });

  it('sums up 70,000 unknown questions in one line with a short list of details', async () => {
    const { wrapper, content } = await mountPanel();
    const a = scenario('standesamt');
    for (let i = 0; i < 70_000; i++) a.responses.prozesse!.answers[`frage-${i}`] = 'ja';
    await choose(wrapper, new File([exportAnswerFile([a], content.questionnaires, new Date())], 'gross.json'));
    expect(wrapper.text()).toContain('70.000 Angaben entfallen');
    expect(wrapper.findAll('.migration-summaries details li')).toHaveLength(50);
    expect(wrapper.text()).toContain('… und 69.950 weitere Hinweise dieser Art.');
    await button(wrapper, 'Importieren').trigger('click');
    expect(entry('standesamt')).not.toContain('frage-1');
  });

  it('says that nothing was saved when the storage is full, and imports on the next try', async () => {
    const { wrapper, store, content } = await mountPanel();
    const text = exportAnswerFile([scenario('bauhof'), scenario('standesamt')], content.questionnaires, new Date());
    await choose(wrapper, new File([text], 'zwei.json'));
    const setItem = localStorage.setItem.bind(localStorage);
    const full = vi.spyOn(localStorage, 'setItem').mockImplementation((key: string, value: string) => {
      if (key.endsWith('.standesamt')) throw new DOMException('voll', 'QuotaExceededError');
      setItem(key, value);
    });

    await button(wrapper, 'Importieren').trigger('click');
    expect(wrapper.get('.import-review [role="alert"]').text()).toContain('Der Speicher dieses Browsers ist voll: Es wurde nichts importiert');
    expect(entry('bauhof')).toBeNull();
    expect(store.assessments.map((a) => a.id)).not.toContain('bauhof');
    expect(wrapper.text()).not.toContain('Importiert:');

    full.mockRestore();
    await button(wrapper, 'Erneut versuchen').trigger('click');
    expect(entry('bauhof')).not.toBeNull();
    expect(entry('standesamt')).not.toBeNull();
    expect(wrapper.text()).toContain('Importiert:');
  });
});
