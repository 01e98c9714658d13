// Whether the window is wider than a phone (48em, about 768 px): details that are open on a desk
// start closed on a phone, where every open section costs a lot of scrolling.
import { onBeforeUnmount, ref, type Ref } from 'vue';

export const WIDE_SCREEN = '(min-width: 48em)';

export function useWideScreen(): Ref<boolean> {
  const query = typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(WIDE_SCREEN) : undefined;
  const wide = ref(query ? query.matches : true);
  const update = (event: MediaQueryListEvent) => (wide.value = event.matches);
  query?.addEventListener('change', update);
  onBeforeUnmount(() => query?.removeEventListener('change', update));
  return wide;
}
