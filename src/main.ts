import '@kern-ux/native/dist/kern.min.css';
import 'virtual:ikz-fonts.css';
import './styles/app.css';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { registerServiceWorker } from './composables/serviceWorker.ts';
import { createAppRouter } from './router.ts';
import { loadStore } from './stores/loadStore.ts';
import { mayHoldSavedData } from './stores/storageKeys.ts';
import { nextTask, whenIdle } from './tasks.ts';

// Reading the code, making the router, starting the app (the router begins to open the page) and
// drawing the page are separate tasks, so that an old PC or a phone never freezes long.
async function start(): Promise<void> {
  await nextTask();
  const router = createAppRouter();
  // The browser opens the page's storage on its first use (a wait for the browser process): here,
  // not in the next task, which starts the first navigation and its downloads.
  const saved = mayHoldSavedData();
  await nextTask();
  const app = createApp(App).use(createPinia()).use(router);
  // With saved data the store comes before the drawing, so that the start page offers to continue from
  // the outset (and a notice about that data is there at once) instead of changing after it was drawn.
  await (saved ? loadStore().catch(() => undefined) : nextTask());
  app.mount('#app');
  // Loaded anyway right after the start page is drawn, so that the next page opens at once.
  void nextTask()
    .then(loadStore)
    .catch(() => undefined);
  // The offline copy (about 800 KB, which the browser also prepares to run) is fetched only once the
  // first page is there and the browser is idle: on a slow PC or phone it would compete with that page.
  await router.isReady().catch(() => undefined);
  await whenIdle();
  registerServiceWorker();
}

void start();
