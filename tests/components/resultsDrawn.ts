// The results page draws everything below its topic table a frame after the top (ResultsView.vue):
// component tests of the page wait for both.
import { flushPromises } from '@vue/test-utils';
import { afterPaint } from '../../src/tasks.ts';

export async function untilResultsDrawn(): Promise<void> {
  await flushPromises();
  await afterPaint();
  await flushPromises();
}
