// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { beforeEach, describe, expect, it } from 'vitest';
import UpdateNotice from '../../src/components/UpdateNotice.vue';
import { registerServiceWorker, useServiceWorker } from '../../src/composables/serviceWorker.ts';

const state = useServiceWorker();

describe('UpdateNotice', () => {
  beforeEach(() => {
    state.updateAvailable.value = false;
    state.offlineReady.value = false;
    state.reloadNeeded.value = false;
  });

  it('is an empty live region while nothing is to be said', () => {
    registerServiceWorker(); // no service worker outside the production build: nothing happens
    const wrapper = mount(UpdateNotice);
    expect(wrapper.get('[role="status"]').text()).toBe('');
  });

  it('offers a waiting version with "Jetzt aktualisieren" and "Später"', async () => {
    state.updateAvailable.value = true;
    const wrapper = mount(UpdateNotice);
    expect(wrapper.text()).toContain('Eine neue Version von IKZ-Check ist verfügbar. Ihre Antworten bleiben erhalten.');
    const buttons = wrapper.findAll('button').map((button) => button.text());
    expect(buttons).toEqual(['Jetzt aktualisieren', 'Später']);
    await wrapper.findAll('button')[1]!.trigger('click');
    expect(state.updateAvailable.value).toBe(false);
    expect(wrapper.text()).toBe('');
  });

  it('does not offer to reload while the answers cannot be saved', () => {
    state.updateAvailable.value = true;
    const wrapper = mount(UpdateNotice, { props: { answersSaved: false } });
    expect(wrapper.text()).not.toContain('Ihre Antworten bleiben erhalten');
    expect(wrapper.text()).toContain('nicht gespeichert');
    expect(wrapper.findAll('button').map((button) => button.text())).toEqual(['Später']);
  });

  it('asks for a reload when another window switched to the new version', () => {
    state.reloadNeeded.value = true;
    const wrapper = mount(UpdateNotice);
    expect(wrapper.text()).toContain('in einem anderen Fenster aktualisiert');
    expect(wrapper.findAll('button').map((button) => button.text())).toEqual(['Seite neu laden', 'Später']);
  });

  it('says once that the app works offline, and can be closed', async () => {
    state.offlineReady.value = true;
    const wrapper = mount(UpdateNotice);
    expect(wrapper.get('[role="status"]').text()).toContain('IKZ-Check funktioniert jetzt auch ohne Internetverbindung.');
    await wrapper.get('button').trigger('click');
    expect(wrapper.text()).toBe('');
  });

  it('closes with Escape: "Später" for a waiting version', async () => {
    state.updateAvailable.value = true;
    const wrapper = mount(UpdateNotice);
    await wrapper.get('button').trigger('keydown', { key: 'Escape' });
    expect(state.updateAvailable.value).toBe(false);
    expect(wrapper.text()).toBe('');
  });
});
