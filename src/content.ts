// The questionnaire content is large (about 45 KB gzip), so it is loaded after the start page,
// in its own chunk. Routes other than the start page wait for it (see router.ts).
import { ref, shallowRef } from 'vue';
import type { Content } from './domain/content/schema.ts';

export const loadedContent = shallowRef<Content>();
export const contentLoadFailed = ref(false);
let loading: Promise<Content> | undefined;

export function loadContent(): Promise<Content> {
  loading ??= import('virtual:ikz-content').then(
    (module) => {
      contentLoadFailed.value = false;
      return (loadedContent.value = module.default);
    },
    (error: unknown) => {
      loading = undefined;
      contentLoadFailed.value = true;
      throw error;
    },
  );
  return loading;
}
