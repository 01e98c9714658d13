// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { beforeAll, describe, expect, it } from 'vitest';
import content from 'virtual:ikz-content';
import HelpDetails from '../../src/components/HelpDetails.vue';
import { loadContent } from '../../src/content.ts';
import type { Question } from '../../src/domain/content/schema.ts';

const [entry] = content.glossary;
const question: Question = { id: 'frage', type: 'scale', text: `Gibt es eine ${entry!.term}?`, help: 'Darum.', references: [] };

describe('HelpDetails', () => {
  beforeAll(loadContent);

  it('explains the glossary terms compiled into the question', () => {
    const wrapper = mount(HelpDetails, { props: { question: { ...question, glossaryTerms: [entry!.term] } } });
    expect(wrapper.get('dl').text()).toContain(entry!.definition);
  });

  it('does not search the texts itself', () => {
    const wrapper = mount(HelpDetails, { props: { question } });
    expect(wrapper.find('dl').exists()).toBe(false);
  });
});
