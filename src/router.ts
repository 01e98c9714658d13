// All routes in one table. Hash history: the built app works from any folder of any web server.
import { createRouter, createWebHashHistory, START_LOCATION, type Router, type RouteRecordRaw } from 'vue-router';
import { loadContent } from './content.ts';
import { loadStore } from './stores/loadStore.ts';
import StartView from './views/StartView.vue';

const routes: RouteRecordRaw[] = [
  { path: '/', name: 'start', component: StartView, meta: { title: 'Start' } },
  { path: '/angaben', name: 'setup', component: () => import('./views/SetupView.vue'), meta: { title: 'Angaben zur Gemeinde' } },
  { path: '/fragebogen', name: 'overview', component: () => import('./views/OverviewView.vue'), meta: { title: 'Übersicht der Fragebögen' } },
  {
    path: '/fragebogen/:questionnaireId/abschnitt/:sectionId',
    name: 'section',
    component: () => import('./views/SectionView.vue'),
    props: true,
  },
  {
    path: '/fragebogen/:questionnaireId/abschnitt/:sectionId/eintraege',
    name: 'items',
    component: () => import('./views/ItemsView.vue'),
    props: true,
  },
  {
    path: '/fragebogen/:questionnaireId/abschnitt/:sectionId/eintrag/:itemId',
    name: 'item',
    component: () => import('./views/SectionView.vue'),
    props: true,
  },
  {
    path: '/fragebogen/:questionnaireId/pruefen',
    name: 'check',
    component: () => import('./views/CheckAnswersView.vue'),
    props: true,
  },
  { path: '/bewertungen', name: 'assessments', component: () => import('./views/AssessmentsView.vue'), meta: { title: 'Ihre Bewertungen' } },
  { path: '/vergleich', name: 'comparison', component: () => import('./views/ComparisonView.vue'), meta: { title: 'Partnervergleich' } },
  { path: '/workshop', name: 'workshop', component: () => import('./views/WorkshopView.vue'), meta: { title: 'Workshop' } },
  { path: '/runden', name: 'rounds', component: () => import('./views/RoundsView.vue'), meta: { title: 'Runden vergleichen' } },
  { path: '/begriffe', name: 'glossary', component: () => import('./views/GlossaryView.vue'), meta: { title: 'Begriffe von A bis Z' } },
  { path: '/ergebnis', name: 'results', component: () => import('./views/ResultsView.vue'), meta: { title: 'Ergebnis' } },
  { path: '/:pathMatch(.*)*', name: 'not-found', component: () => import('./views/NotFoundView.vue'), meta: { title: 'Seite nicht gefunden' } },
];

/** The router with its table; made when the app starts (main.ts), not when its code is read. */
export function createAppRouter(): Router {
  const router = createRouter({
    history: createWebHashHistory(),
    routes,
    scrollBehavior(to, from) {
      if (to.hash) return { el: to.hash };
      // On the first load the page is already at the top: scrolling would only make the browser lay
      // out the page in the middle of building it (a long freeze on a slow phone).
      if (from === START_LOCATION) return false;
      return { top: 0 };
    },
  });
  // Every page but the start page needs the questionnaires and the saved assessments.
  router.beforeEach(async (to) => {
    if (to.name !== 'start') await Promise.all([loadContent(), loadStore()]);
  });
  return router;
}
