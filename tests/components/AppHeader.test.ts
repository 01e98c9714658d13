// @vitest-environment happy-dom
// The header's links (AppHeader.vue with shellLinks.ts): plain links that the router follows, the
// page's own link marked for screen readers and by its weight, and a click with a modifier key left to
// the browser (new tab or window), as RouterLink does.
import { flushPromises, mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createRouter, createWebHashHistory } from 'vue-router';
import AppHeader from '../../src/components/AppHeader.vue';

const page = { template: '<div />' };
const PATHS = ['/', '/bewertungen', '/angaben', '/fragebogen', '/ergebnis', '/begriffe'];

async function mountHeader(at: string) {
  const router = createRouter({
    history: createWebHashHistory(),
    routes: [...PATHS.map((path) => ({ path, component: page })), { path: '/fragebogen/:id', component: page }],
  });
  await router.push(at);
  const wrapper = mount(AppHeader, { global: { plugins: [router] } });
  return { wrapper, router };
}

const link = (wrapper: Awaited<ReturnType<typeof mountHeader>>['wrapper'], text: string) =>
  wrapper.findAll('a').find((a) => a.text().includes(text))!;

describe('the header links', () => {
  it('point to the pages as hash addresses, as the router writes them', async () => {
    const { wrapper } = await mountHeader('/');
    expect(wrapper.findAll('a').map((a) => a.attributes('href'))).toEqual([
      '#/',
      '#/bewertungen',
      '#/angaben',
      '#/fragebogen',
      '#/ergebnis',
      '#/begriffe',
    ]);
  });

  it.each([
    ['/ergebnis', 'Ergebnis'],
    ['/fragebogen', 'Fragebögen'],
    ['/', 'IKZ-Check'],
  ])('on %s only the link "%s" is the current page', async (at, text) => {
    const { wrapper } = await mountHeader(at);
    const current = wrapper.findAll('a').filter((a) => a.attributes('aria-current') === 'page');
    expect(current.map((a) => a.text())).toEqual([expect.stringContaining(text)]);
  });

  it('marks no link on a page below a link (a question page is not the overview)', async () => {
    const { wrapper } = await mountHeader('/fragebogen/prozesse');
    expect(wrapper.findAll('[aria-current]')).toHaveLength(0);
    expect(wrapper.findAll('.app-header__current')).toHaveLength(0);
  });

  it("gives the current page's link its weight, and moves it with the page", async () => {
    const { wrapper, router } = await mountHeader('/angaben');
    expect(link(wrapper, 'Angaben').classes()).toContain('app-header__current');
    await link(wrapper, 'Bewertungen').trigger('click', { button: 0 });
    await flushPromises();
    expect(router.currentRoute.value.path).toBe('/bewertungen');
    expect(link(wrapper, 'Bewertungen').classes()).toContain('app-header__current');
    expect(link(wrapper, 'Angaben').classes()).not.toContain('app-header__current');
  });

  it.each([{ ctrlKey: true }, { metaKey: true }, { shiftKey: true }, { altKey: true }, { button: 1 }])(
    'leaves a click with %o to the browser',
    async (modifier) => {
      const { wrapper, router } = await mountHeader('/angaben');
      await link(wrapper, 'Ergebnis').trigger('click', { button: 0, ...modifier });
      await flushPromises();
      expect(router.currentRoute.value.path).toBe('/angaben');
    },
  );
});
