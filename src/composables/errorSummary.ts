// When a page is left with errors: show the error summary (again), so that it takes focus and the
// screen reader announces it even when it was already there.
import { nextTick, ref } from 'vue';
import type { FieldError } from '../domain/assessment/wizard.ts';

export function useErrorSummary(errors: () => FieldError[]) {
  const showErrors = ref(false);
  const errorOf = (fieldId: string) => (showErrors.value ? errors().find((e) => e.fieldId === fieldId)?.text : undefined);

  /** True when the page may be left; otherwise shows the summary. */
  async function passes(list: FieldError[] = errors()): Promise<boolean> {
    if (list.length === 0) return true;
    showErrors.value = false;
    await nextTick();
    showErrors.value = true;
    return false;
  }

  return { showErrors, errorOf, passes };
}
