// The links of the header and the footer, which are drawn with the app before any page: plain links
// with the router's click handling instead of RouterLink. Each RouterLink resolves its address
// through the router and keeps four computed values; with seven of them the longest task of the deep
// link was about 14 ms longer (bench, CPU 4×, mean of four alternating series). These routes have no
// parameters, so the current path alone says which link is the page's own.
import { useRoute, useRouter } from 'vue-router';

export function useShellLinks() {
  const route = useRoute();
  const router = useRouter();
  return {
    href: (to: string) => router.options.history.createHref(to),
    isCurrent: (to: string) => route.path === to,
    follow(event: MouseEvent, to: string): void {
      // As RouterLink: with a modifier key or another button the browser opens a new tab or window.
      if (
        event.defaultPrevented ||
        event.button !== 0 ||
        event.metaKey ||
        event.altKey ||
        event.ctrlKey ||
        event.shiftKey
      )
        return;
      event.preventDefault();
      void router.push(to);
    },
  };
}
