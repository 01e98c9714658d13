// Build settings that IKZ-Check's build (vite.config.ts) shares with the bench's own builds – the
// reference app and the bundle that times buildReport – so that what the bench compares is built alike.
import type { BuildEnvironmentOptions } from 'vite';

/** Every browser the app supports runs ES2020 and knows modulepreload. */
export const APP_BUILD = {
  target: 'es2020',
  // https://vite.dev/config/build-options#build-modulepreload – the chunks the entry imports are
  // announced in index.html, so that the browser fetches them at once instead of one after another;
  // lazy chunks stay lazy. No polyfill: every supported browser knows modulepreload.
  modulePreload: { polyfill: false },
} satisfies BuildEnvironmentOptions;

/**
 * Vue's compile-time features (@vitejs/plugin-vue). Every component is written with <script setup>:
 * Vue's Options API code (4.5 KB, 1.6 KB gzip) would only add to what the browser reads and runs for
 * every component it creates.
 */
export const VUE_FEATURES = { optionsAPI: false } as const;
