// The results page draws everything below its topic table after the top and says `aria-busy` until
// then (ResultsView.vue): component tests of the page wait until nothing on it is busy, as the
// browser tests do (untilDrawn in src/build/wholePage.ts).
import { flushPromises, type VueWrapper } from '@vue/test-utils';
import { vi } from 'vitest';

// vi.waitFor gives up after 1 s by default; a busy 2-core CI machine took 1.6 s for one page.
const PATIENCE = { timeout: 10_000, interval: 20 };

export async function untilResultsDrawn(wrapper: VueWrapper): Promise<void> {
  await vi.waitFor(async () => {
    await flushPromises();
    if (wrapper.find('[aria-busy="true"]').exists()) throw new Error('Die Ergebnisseite wird noch gezeichnet.');
  }, PATIENCE);
}
