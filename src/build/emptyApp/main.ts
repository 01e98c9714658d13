// The reference app of `npm run bench`: Vue, vue-router and Pinia, started in one go as a Vue app
// usually is, with one page that shows a heading and reads a store, and nothing else. Its longest
// task on the same deep link shows what the framework and the browser take on the machine at hand.
import { createPinia, defineStore } from 'pinia';
import { createApp, defineComponent, h } from 'vue';
import { createRouter, createWebHashHistory, RouterView } from 'vue-router';

const useAnswers = defineStore('answers', { state: () => ({ answers: {} as Record<string, string> }) });

const SectionPage = defineComponent({
  props: { sectionId: { type: String, default: '' } },
  setup(props) {
    const store = useAnswers();
    return () =>
      h('main', [h('h1', `Abschnitt ${props.sectionId}`), h('p', `${Object.keys(store.answers).length} Antworten`)]);
  },
});

const router = createRouter({
  history: createWebHashHistory(),
  routes: [
    { path: '/fragebogen/:questionnaireId/abschnitt/:sectionId', component: SectionPage, props: true },
    { path: '/:rest(.*)*', component: SectionPage },
  ],
});

createApp(RouterView).use(createPinia()).use(router).mount('#app');
