// What every wizard page of a questionnaire needs: the questionnaire, its answers, the page list,
// the step shown in the progress bar and navigation to the page before and after the current one.
// A page opened from "Ändern" on the check page (query zurueck=pruefen) leads back there instead.
import { computed, nextTick, onMounted, type Ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { checkRowAnchor, samePage, wizardPages, wizardStep, type WizardPage } from '../domain/assessment/wizard.ts';
import { useAssessmentStore } from '../stores/assessment.ts';
import { RETURN_TO_CHECK, routeOfPage } from './wizardRoutes.ts';

export function useQuestionnairePage(questionnaireId: Ref<string>, page: Ref<WizardPage>) {
  const store = useAssessmentStore();
  const router = useRouter();
  const route = useRoute();
  const questionnaire = computed(() => store.questionnaires.find((q) => q.id === questionnaireId.value));
  const response = computed(() => store.responseOf(questionnaireId.value));
  const pages = computed(() => (questionnaire.value ? wizardPages(questionnaire.value, response.value) : []));
  const index = computed(() => pages.value.findIndex((p) => samePage(p, page.value)));
  const step = computed(() => (questionnaire.value ? wizardStep(questionnaire.value, page.value) : { position: 0, total: 0 }));
  const returnsToCheck = computed(() => route.query.zurueck === RETURN_TO_CHECK.zurueck);

  function goTo(target: WizardPage | undefined): Promise<unknown> {
    if (!target) return router.push({ name: 'overview' });
    return router.push(routeOfPage(questionnaireId.value, target));
  }

  /** The check page, scrolled to the row of the question the user came to change. */
  const checkPage = computed(() => {
    const questionId = /^#frage-(.+)-text$/.exec(route.hash)?.[1];
    const itemId = page.value.kind === 'item' ? page.value.itemId : undefined;
    return { ...(routeOfPage(questionnaireId.value, { kind: 'check' }) as object), hash: questionId ? `#${checkRowAnchor(questionId, itemId)}` : '' };
  });

  return {
    store,
    questionnaire,
    response,
    pages,
    index,
    step,
    returnsToCheck,
    checkPage,
    goBack: () => goTo(index.value > 0 ? pages.value[index.value - 1] : undefined),
    goNext: () => (returnsToCheck.value ? router.push(checkPage.value) : goTo(pages.value[index.value + 1])),
  };
}

/**
 * After a page change to an address with an anchor ("#frage-…-text" from "Ändern", "#antwort-…"
 * on the way back), the element of the anchor takes focus, so that keyboard and screen-reader
 * users land where sighted users look.
 */
export function useFocusOnAnchor(block: ScrollLogicalPosition = 'start'): void {
  const route = useRoute();
  onMounted(async () => {
    await nextTick();
    const target = route.hash ? document.getElementById(decodeURIComponent(route.hash.slice(1))) : null;
    if (!target) return;
    target.scrollIntoView({ block });
    target.focus({ preventScroll: true });
  });
}
