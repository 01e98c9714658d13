// Long pages are drawn in steps when they are built, so that an old PC or a phone is never blocked
// for the whole page at once: a question page shows its first question at once and the rest one
// task later (`useStagedList`), the results page its summary first and the rest a frame later. The
// footer waits until the first page is complete: drawn beneath a page still loading or only partly drawn, it would be pushed down as
// the page grows – a jump a user sees (the whole footer on a phone), with no click that caused it.
import { computed, onBeforeUnmount, onMounted, ref, type ComputedRef, type Ref } from 'vue';
import { nextTask } from '../tasks.ts';

let open = 0;
let waiting: (() => void)[] = [];

/** Resolves once no list is being drawn in steps. */
export function whenDrawn(): Promise<void> {
  return open === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
}

function closeStage(): void {
  open--;
  if (open > 0) return;
  const resolved = waiting;
  waiting = [];
  for (const resolve of resolved) resolve();
}

/**
 * Whether a part of the page drawn in steps is complete: false until `step` has passed after the
 * component is mounted (`whole`: true at once). The footer waits for every such part (`whenDrawn`).
 */
export function useDrawingSteps(step: () => Promise<void> = nextTask, whole = false): Ref<boolean> {
  const complete = ref(whole);
  if (whole) return complete;
  open++;
  const finish = () => {
    if (complete.value) return;
    complete.value = true;
    closeStage();
  };
  onMounted(() => void step().then(finish));
  onBeforeUnmount(finish);
  return complete;
}

/**
 * `list` with only its first entry until the task after the component is mounted, then whole.
 * `whole`: no steps (e.g. when a later entry is to be focused at once). `complete` tells when the
 * whole list is there: what stands below it waits for that, so that it does not move.
 */
export function useStagedList<T>(
  list: () => readonly T[],
  whole = false,
): { shown: ComputedRef<readonly T[]>; complete: Ref<boolean> } {
  const complete = useDrawingSteps(nextTask, whole);
  return { shown: computed(() => (complete.value ? list() : list().slice(0, 1))), complete };
}
