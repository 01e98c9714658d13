// The questionnaire content is large (about 95 KB gzip), so it is loaded after the start page,
// in its own chunk. Routes other than the start page wait for it (see router.ts).
import { ref, shallowRef } from 'vue';
import { readContentPieces } from './domain/content/pieces.ts';
import type { Content } from './domain/content/schema.ts';
import { nextTask } from './tasks.ts';

export const loadedContent = shallowRef<Content>();
/** A chunk the page needs (questionnaires or saved data) could not be loaded, e.g. offline before the first full visit. */
export const loadFailed = ref(false);
let loading: Promise<Content> | undefined;

export function loadContent(): Promise<Content> {
  loading ??= import('virtual:ikz-content-pieces').then(
    async (module) => {
      loadFailed.value = false;
      // One piece per task, and drawing the first page with them is a task of its own.
      return (loadedContent.value = await readContentPieces(module.default, nextTask));
    },
    (error: unknown) => {
      loading = undefined;
      loadFailed.value = true;
      throw error;
    },
  );
  return loading;
}
