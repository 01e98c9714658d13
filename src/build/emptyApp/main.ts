// The reference app of `npm run bench`: Vue, vue-router and Pinia set up as IKZ-Check sets them up,
// with one page that shows a heading and reads a store, and nothing else. Its longest task on the
// same deep link shows how much of IKZ-Check's figure the framework and the browser take anyway.
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
