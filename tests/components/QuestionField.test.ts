// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import QuestionField from '../../src/components/QuestionField.vue';
import { loadContent } from '../../src/content.ts';
import type { Question } from '../../src/domain/content/schema.ts';

const base = { help: 'Darum.', references: [] as string[] };
const questions: Record<string, Question> = {
  single: {
    ...base,
    id: 'einzel',
    type: 'single',
    text: 'Welche Software nutzen Sie?',
    options: [
      { value: 'a', label: 'Produkt A', score: 1 },
      { value: 'b', label: 'Produkt B', score: 0 },
    ],
  },
  multiple: {
    ...base,
    id: 'mehrfach',
    type: 'multiple',
    text: 'Was gibt es schon?',
    options: [
      { value: 'loi', label: 'Absichtserklärung', score: 0.5 },
      { value: 'ziel', label: 'Ziel', score: 0.5 },
      { value: 'keine', label: 'Keine davon', score: 0, exclusive: true },
    ],
  },
  scale: { ...base, id: 'skala', type: 'scale', text: 'Gibt es einen Beschluss?', notApplicable: true },
  number: { ...base, id: 'zahl', type: 'number', text: 'Welcher Betrag?', unit: 'Euro', unknownAllowed: true },
  text: { ...base, id: 'freitext', type: 'text', text: 'Anmerkungen', multiline: true },
};

function render(question: Question, modelValue?: string | string[], error?: string) {
  return mount(QuestionField, { props: { question, modelValue, error }, attachTo: document.body });
}

describe('QuestionField', () => {
  beforeAll(loadContent);

  it.each([
    ['single', ['Produkt A', 'Produkt B']],
    ['multiple', ['Absichtserklärung', 'Ziel', 'Keine davon']],
    ['scale', ['Ja', 'Teilweise', 'Nein', 'Weiß nicht', 'Nicht zutreffend']],
  ])('renders a %s question as a fieldset with a legend and one labelled input per option', (type, labels) => {
    const question = questions[type]!;
    const wrapper = render(question);
    expect(wrapper.get('legend').text()).toContain(question.text);
    const inputs = wrapper.findAll('input');
    expect(inputs.map((input) => wrapper.get(`label[for="${input.attributes('id')}"]`).text())).toEqual(labels);
    wrapper.unmount();
  });

  it.each([
    ['number', 'input[type="text"]'],
    ['text', 'textarea'],
  ])('renders a %s question with a label tied to its field', (type, selector) => {
    const question = questions[type]!;
    const wrapper = render(question);
    const field = wrapper.get(selector);
    expect(wrapper.get(`label[for="${field.attributes('id')}"]`).text()).toContain(question.text);
    wrapper.unmount();
  });

  it('emits the chosen option of a single choice', async () => {
    const wrapper = render(questions.single!);
    await wrapper.findAll('input')[1]!.setValue(true);
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['b']);
  });

  it('emits the ticked options of a multiple choice, and an exclusive option alone', async () => {
    const wrapper = render(questions.multiple!, ['loi']);
    await wrapper.findAll('input')[1]!.setValue(true);
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([['loi', 'ziel']]);
    await wrapper.setProps({ modelValue: ['loi', 'ziel'] });
    await wrapper.findAll('input')[2]!.setValue(true);
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([['keine']]);
  });

  it('emits typed numbers as text and "weiß nicht" from its checkbox', async () => {
    const wrapper = render(questions.number!);
    await wrapper.get('input[type="text"]').setValue('17.500');
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['17.500']);
    await wrapper.get('input[type="checkbox"]').setValue(true);
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['weiss-nicht']);
  });

  it('shows its error and ties it to the field for screen readers', () => {
    const wrapper = render(questions.number!, undefined, 'Geben Sie eine Zahl ein.');
    const input = wrapper.get('input[type="text"]');
    const describedBy = input.attributes('aria-describedby')!;
    expect(wrapper.get(`#${describedBy}`).text()).toBe('Geben Sie eine Zahl ein.');
  });

  it('offers the help text behind "Warum wird das gefragt?"', () => {
    const wrapper = render(questions.scale!);
    expect(wrapper.get('details summary').text()).toBe('Warum wird das gefragt?');
    expect(wrapper.get('details').text()).toContain('Darum.');
  });

  it('renders user text as text, never as HTML', () => {
    const wrapper = render(questions.text!, '<img src=x onerror=alert(1)>');
    expect(wrapper.find('img').exists()).toBe(false);
    expect((wrapper.get('textarea').element as HTMLTextAreaElement).value).toBe('<img src=x onerror=alert(1)>');
  });
});
