// Sets the browser tab title for the current page, so that every page is named (WCAG 2.4.2).
import { watchEffect } from 'vue';

export function usePageTitle(title: () => string): void {
  watchEffect(() => {
    document.title = `${title()} – IKZ-Check`;
  });
}
