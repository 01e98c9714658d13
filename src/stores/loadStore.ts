// The assessment store brings the saved-data checks, the migration of old answers and the message
// table (about 25 KB gzip). A first visitor's start page needs none of it, so the store is its own
// chunk: every other page waits for it (router.ts), the start page waits only when this browser
// holds saved data (main.ts) and otherwise loads it once the page is drawn.
import { shallowRef } from 'vue';
import { loadFailed } from '../content.ts';
import type { useAssessmentStore } from './assessment.ts';

export type AssessmentStore = ReturnType<typeof useAssessmentStore>;

/** The store once its code is loaded; the app shell reads it from here. */
export const loadedStore = shallowRef<AssessmentStore>();
let loading: Promise<AssessmentStore> | undefined;

export function loadStore(): Promise<AssessmentStore> {
  loading ??= import('./assessment.ts').then(
    (module) => (loadedStore.value = module.useAssessmentStore()),
    (error: unknown) => {
      loading = undefined;
      loadFailed.value = true;
      throw error;
    },
  );
  return loading;
}
