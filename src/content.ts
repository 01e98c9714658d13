// The questionnaire content is large (about 45 KB gzip), so it is loaded after the start page,
// in its own chunk. Routes other than the start page wait for it (see router.ts).
import { ref, shallowRef } from 'vue';
import type { Content } from './domain/content/schema.ts';

export const loadedContent = shallowRef<Content>();
/** A chunk the page needs (questionnaires or saved data) could not be loaded, e.g. offline before the first full visit. */
export const loadFailed = ref(false);
let loading: Promise<Content> | undefined;

/** Lets the browser paint and handle input before the next piece of work (a slow PC stays responsive). */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve));

export function loadContent(): Promise<Content> {
  loading ??= import('virtual:ikz-content').then(
    async (module) => {
      loadFailed.value = false;
      // Reading the questionnaires and drawing the first page with them are two separate tasks.
      await nextTask();
      return (loadedContent.value = module.default);
    },
    (error: unknown) => {
      loading = undefined;
      loadFailed.value = true;
      throw error;
    },
  );
  return loading;
}
