// The pages with a link to the results prepare, while the browser is idle, what the first results
// page would otherwise wait for: the number formats (the first Intl formatter of a page loads the
// browser's locale data, about 40 ms on a 2-core office machine, more on a phone).
import { onMounted } from 'vue';
import { prepareNumberFormats } from '../domain/format.ts';
import { whenIdle } from '../tasks.ts';

export function usePreparedResults(): void {
  onMounted(() => void whenIdle().then(prepareNumberFormats));
}
