import '@kern-ux/native/dist/kern.min.css';
import 'virtual:ikz-fonts.css';
import './styles/app.css';
import { createPinia } from 'pinia';
import { createApp } from 'vue';
import App from './App.vue';
import { registerServiceWorker } from './composables/serviceWorker.ts';
import { router } from './router.ts';

createApp(App).use(createPinia()).use(router).mount('#app');
registerServiceWorker();
