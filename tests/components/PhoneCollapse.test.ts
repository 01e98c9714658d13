// @vitest-environment happy-dom
// Sections a phone shows folded: closed below 48em, open (summary hidden by CSS) on a desk, and
// opened when the window grows to desk width.
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { nextTick } from 'vue';
import PhoneCollapse from '../../src/components/PhoneCollapse.vue';

function screen(wide: boolean) {
  const listeners: ((event: { matches: boolean }) => void)[] = [];
  const query = { matches: wide, addEventListener: (_: string, l: (event: { matches: boolean }) => void) => listeners.push(l), removeEventListener: vi.fn() };
  vi.stubGlobal('matchMedia', () => query);
  return (matches: boolean) => listeners.forEach((l) => l({ matches }));
}
afterEach(() => vi.unstubAllGlobals());

describe('PhoneCollapse', () => {
  it.each([
    { width: 'phone', wide: false, open: false },
    { width: 'desk', wide: true, open: true },
  ])('starts $open on a $width', ({ wide, open }) => {
    screen(wide);
    const wrapper = mount(PhoneCollapse, { props: { summary: 'Maßnahmenplan: 3 Schritte' }, slots: { default: '<p>Inhalt</p>' } });
    expect(wrapper.get('details').element.open).toBe(open);
    expect(wrapper.get('summary').text()).toBe('Maßnahmenplan: 3 Schritte');
    expect(wrapper.get('p').text()).toBe('Inhalt');
  });

  it('opens when the window grows to desk width', async () => {
    const resize = screen(false);
    const wrapper = mount(PhoneCollapse, { props: { summary: 'Offene Punkte (2)' } });
    resize(true);
    await nextTick();
    expect(wrapper.get('details').element.open).toBe(true);
  });
});
