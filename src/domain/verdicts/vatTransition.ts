// The transition to § 2b UStG (§ 27 Abs. 22, 22a UStG): when the new law applies without transition
// (settings.yaml) and what the answers on the option declaration mean for this municipality. Dates
// are written as dates, so that a printed report stays true.
import { fillText } from '../content/contract.ts';
import type { QuestionnaireView } from '../content/conditions.ts';
import type { Settings, VatTestFile } from '../content/schema.ts';
import { dayBefore, daysBetween, longGermanDate } from '../dates.ts';
import { VAT_QUESTIONS as Q, VAT_TEXT as T } from './vatContract.ts';

export interface VatTransition {
  /** ISO date from settings.yaml. */
  fullApplicationFrom: string;
  /** Days from the assessment date to that date; negative once it has passed. */
  daysFromAssessment: number;
  /** e.g. "§ 2b UStG gilt ohne Übergang ab dem 1. Januar 2027 – 31 Tage nach dem Datum dieser Bewertung (1. Dezember 2026)." */
  text: string;
  source: string;
  /** What the answers on the option declaration (§ 27 Abs. 22 UStG) mean for this municipality; absent when unanswered. */
  status?: string;
}

function optionStatus(view: QuestionnaireView | undefined, texts: VatTestFile, from: string, days: number): string | undefined {
  const answer = (id: string) => {
    const value = view?.answer(id);
    return typeof value === 'string' ? value : undefined;
  };
  const stichtag = longGermanDate(from);
  const letzterTag = longGermanDate(dayBefore(from));
  const option = answer(Q.optionserklaerung.question);
  if (option === undefined) return undefined;
  if (option === 'nein') return fillText(texts, T.transition['option-nein']);
  if (option !== 'ja') return fillText(texts, T.transition['option-offen'], { stichtag });
  const revoked = answer(Q.widerruf.question);
  if (revoked === 'ja') return fillText(texts, T.transition.widerrufen);
  if (revoked === 'nein') {
    return days > 0 ? fillText(texts, T.transition['altes-recht'], { letzterTag, stichtag }) : fillText(texts, T.transition.abgelaufen, { letzterTag });
  }
  return fillText(texts, T.transition['widerruf-offen'], { stichtag });
}

export function assessTransition(settings: Settings, texts: VatTestFile, assessmentDate: string, view?: QuestionnaireView): VatTransition {
  const from = settings.vat.fullApplicationFrom;
  const days = daysBetween(assessmentDate, from);
  const stichtag = longGermanDate(from);
  const datum = longGermanDate(assessmentDate);
  const X = T.transition;
  const text =
    days > 1
      ? fillText(texts, X.vorher, { stichtag, tage: days, datum })
      : days === 1
        ? fillText(texts, X['vorher-ein-tag'], { stichtag, datum })
        : days === 0
          ? fillText(texts, X.heute, { stichtag })
          : days === -1
            ? fillText(texts, X['nachher-ein-tag'], { stichtag, datum })
            : fillText(texts, X.nachher, { stichtag, tage: -days, datum });
  return { fullApplicationFrom: from, daysFromAssessment: days, text, source: settings.vat.source, status: optionStatus(view, texts, from, days) };
}
