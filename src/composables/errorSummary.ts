// When a page is left with errors: show the error summary (again), so that it takes focus and the
// screen reader announces it even when it was already there.
import { nextTick, ref } from 'vue';
import type { Issue } from '../domain/issues/issues.ts';
import { messageOf } from '../domain/issues/messages.ts';

export function useErrorSummary(errors: () => Issue[]) {
  const showErrors = ref(false);
  /** The message for a field, found by the last part of the issue's path (question id, "municipality", …). */
  const errorOf = (field: string) => {
    const found = showErrors.value ? errors().find((e) => e.path[e.path.length - 1] === field) : undefined;
    return found && messageOf(found);
  };

  /** True when the page may be left; otherwise shows the summary. */
  async function passes(list: Issue[] = errors()): Promise<boolean> {
    if (list.length === 0) return true;
    showErrors.value = false;
    await nextTick();
    showErrors.value = true;
    return false;
  }

  return { showErrors, errorOf, passes };
}
