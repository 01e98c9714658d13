// Translates between the domain's wizard pages and the app's routes.
import type { RouteLocationRaw } from 'vue-router';
import { questionAnchor, type WizardPage } from '../domain/assessment/wizard.ts';

/** The query of a page opened from "Ändern" on the check page: it leads back there. */
export const RETURN_TO_CHECK = { zurueck: 'pruefen' } as const;

export function routeOfPage(questionnaireId: string, page: WizardPage): RouteLocationRaw {
  switch (page.kind) {
    case 'section':
      return { name: 'section', params: { questionnaireId, sectionId: page.sectionId } };
    case 'items':
      return { name: 'items', params: { questionnaireId, sectionId: page.sectionId } };
    case 'item':
      return { name: 'item', params: { questionnaireId, sectionId: page.sectionId, itemId: page.itemId } };
    case 'check':
      return { name: 'check', params: { questionnaireId } };
  }
}

/** "Ändern" on the check page: the question's page, scrolled to the question, with the way back. */
export function changeRoute(questionnaireId: string, page: WizardPage, questionId: string): RouteLocationRaw {
  return { ...(routeOfPage(questionnaireId, page) as object), query: { ...RETURN_TO_CHECK }, hash: `#${questionAnchor(questionId)}` };
}
