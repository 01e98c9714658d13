import '@kern-ux/native/dist/kern.min.css';
import 'virtual:ikz-fonts.css';
import './styles/app.css';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { registerServiceWorker } from './composables/serviceWorker.ts';
import { router } from './router.ts';

import { nextTask } from './content.ts';

const app = createApp(App).use(createPinia()).use(router);
// Loading the code and drawing the page are two tasks, so that an old PC or a phone never freezes long.
void nextTask().then(() => {
  app.mount('#app');
  registerServiceWorker();
});
