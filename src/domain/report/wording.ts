// Labels that the results page, the PDFs and the comparison must say in the same words. The report
// model decides what is said (which caveat, which threshold); renderers take every fixed label and
// every number format from here, so that a page and a printed report never word a thing twice.
import type { Reference } from '../content/schema.ts';
import type { AnswerState, QuestionResult } from '../verdicts/scoring.ts';
import type { VatRisk } from '../verdicts/vat.ts';

/** Shown next to a source whose wording was not checked by us (known only from reports of others). */
export const SOURCE_NOT_CHECKED = 'Wortlaut der Quelle nicht geprüft';

/** Said under a VAT result that rests on a rule whose conformity with EU law is disputed. */
export const EU_CAVEAT =
  'Dieses Ergebnis stützt sich auf eine Regel, deren Vereinbarkeit mit dem EU-Recht umstritten ist (Art. 13 MwStSystRL). Das ist rechtlich nicht abschließend geklärt – fragen Sie Ihre Steuerberatung.';

/** The heading of the examples of a task profile. */
export const EXAMPLES_HEADING = 'Wer macht das schon?';

/** The label of the date up to which the law in the content was checked. */
export const LEGAL_STATUS_LABEL = 'Rechtsstand';

/** What every result says about itself. */
export const DISCLAIMER = 'Das Ergebnis ist eine Orientierung und ersetzt keine Rechts- oder Steuerberatung.';

// ------------------------------------------------------------------------------------------------
// Numbers. Topic scores measure how far the preparation has come; the fit of a legal form measures
// how well the form suits the answers. The two are named apart wherever they appear.

/** What a topic or overall score measures. */
export const PREPARATION = 'Stand der Vorbereitung';
/** Column heading of a table of topic or section scores. */
export const PREPARATION_COLUMN = 'Stand der Vorbereitung (0–100)';
export const COMPLETENESS = 'Vollständigkeit';
/** What the fit of a legal form measures. */
export const FIT = 'Eignung';
/** Shown where no answer could be scored. */
export const NOT_SCORED = '–';

/** "45", or "–" when nothing could be scored. */
export function scoreNumber(score: number | undefined): string {
  return score === undefined ? NOT_SCORED : String(Math.round(score));
}

/** "45 von 100", or "noch keine Bewertung". */
export function scoreOutOf100(score: number | undefined): string {
  return score === undefined ? 'noch keine Bewertung' : `${Math.round(score)} von 100`;
}

/** "80 %" with a no-break space, as Intl writes percentages. */
export function percentText(value: number): string {
  return `${Math.round(value)}\u00a0%`;
}

/** "Stand der Vorbereitung 45 von 100" */
export function preparationText(score: number | undefined): string {
  return `${PREPARATION} ${scoreOutOf100(score)}`;
}

/** "Vollständigkeit 80 %" */
export function completenessText(completeness: number): string {
  return `${COMPLETENESS} ${percentText(completeness)}`;
}

/** "Eignung 90 von 100" */
export function fitText(fit: number): string {
  return `${FIT} ${fit} von 100`;
}

/** Whether the form needs an approval, before the sentence on the approving authority. */
export function approvalText(required: boolean, authorityText: string): string {
  return `${required ? 'Genehmigungspflichtig.' : 'Nicht genehmigungspflichtig.'} ${authorityText}`;
}

/** "Delegierende Zweckvereinbarung – Eignung 90 von 100" */
export function legalFormTitle(form: { name: string; fit: number }): string {
  return `${form.name} – ${fitText(form.fit)}`;
}

// ------------------------------------------------------------------------------------------------
// Labels

export const SEVERITY_LABELS = { showstopper: 'K.-o.-Kriterium', warnung: 'Warnung' } as const;
export const PRIORITY_LABELS = { hoch: 'hoch', mittel: 'mittel', niedrig: 'niedrig' } as const;
export const PRIORITY_HEADINGS = { hoch: 'Priorität hoch', mittel: 'Priorität mittel', niedrig: 'Priorität niedrig' } as const;

export const VAT_RISK_LABELS: Record<VatRisk, string> = {
  gering: 'gering',
  mittel: 'mittel',
  hoch: 'hoch',
  unklar: 'unklar',
};

/** "Risiko hoch" */
export function riskText(risk: VatRisk): string {
  return `Risiko ${VAT_RISK_LABELS[risk]}`;
}

/** "Gesamtrisiko: hoch" */
export function overallRiskText(risk: VatRisk): string {
  return `Gesamtrisiko: ${VAT_RISK_LABELS[risk]}`;
}

/** "K.-o.-Kriterium: Kein gemeinsames Fachverfahren" */
export function flagTitle(flag: { severity: keyof typeof SEVERITY_LABELS; title: string }): string {
  return `${SEVERITY_LABELS[flag.severity]}: ${flag.title}`;
}

export const TODO_LABEL = 'Was ist zu tun?';
export const BECAUSE_LABEL = 'Anlass';
export const CAVEAT_LABEL = 'Unsicher';
export const TOPIC_LABEL = 'Thema';
export const OWNER_COLUMN = 'Zuständig';
export const STEP_COLUMN = 'Schritt';
export const PRIORITY_COLUMN = 'Priorität';

/** "(zuständig: Kämmerei)" */
export function ownerText(owner: string): string {
  return `(zuständig: ${owner})`;
}

/** "Anlass: …" */
export function becauseText(because: string): string {
  return `${BECAUSE_LABEL}: ${because}`;
}

const ANSWER_STATE_TEXT: Record<AnswerState, string> = {
  scored: '',
  unknown: 'offen (weiß nicht)',
  notApplicable: 'nicht zutreffend – nicht bewertet',
  unanswered: 'nicht beantwortet',
  unscored: 'informativ – nicht bewertet',
};

/** What one answer counts: "75 von 100 · Gewicht 2", or why it does not count. */
export function answerPoints(result: Pick<QuestionResult, 'score' | 'state' | 'weight'>): string {
  return result.state === 'scored' ? `${Math.round(result.score! * 100)} von 100 · Gewicht ${result.weight}` : ANSWER_STATE_TEXT[result.state];
}

/** "Mähen Bauhof: Gibt es …" for questions of repeatable sections (the item's name first). */
export function questionLabel(text: string, item?: string): string {
  return item ? `${item}: ${text}` : text;
}

/** A citation with the mark for sources whose wording was not checked. */
export function citationText(reference: Pick<Reference, 'citation' | 'unverified'>): string {
  return reference.unverified ? `${reference.citation} (${SOURCE_NOT_CHECKED})` : reference.citation;
}

/** A source in a list of sources: "§ 71 SächsKomZG – Titel. Quelle (Wortlaut der Quelle nicht geprüft) https://…" */
export function sourceText(reference: Reference): string {
  return `${citationText(reference)} – ${reference.title}. ${reference.source}${reference.url ? ` ${reference.url}` : ''}`;
}

// ------------------------------------------------------------------------------------------------
// Headings shared by the results page and the PDFs

export const HEADINGS = {
  summary: 'Zusammenfassung',
  keyFindings: 'Die wichtigsten Erkenntnisse',
  decision: 'Was der Gemeinderat jetzt beschließen soll',
  topics: 'Die vier Themen: Stand der Vorbereitung',
  flags: 'K.-o.-Kriterien und Warnungen',
  actions: 'Maßnahmenplan',
  legalForms: 'Passende Rechtsform (SächsKomZG)',
  taskProfiles: 'Was für Ihre Aufgabe gilt',
  vat: 'Umsatzsteuer (§ 2b UStG)',
  openPoints: 'Offene Punkte',
  notes: 'Notizen zu einzelnen Fragen',
  method: 'So wird bewertet',
  answers: 'Anhang: Ihre Antworten',
  sources: 'Rechtsgrundlagen und Quellen',
  reasonsFor: 'Dafür spricht',
  reasonsAgainst: 'Dagegen spricht',
  unsuitable: 'Nach Ihren Angaben nicht geeignet',
  closed: 'Formen, die für neue Kooperationen nicht offenstehen',
  steps: 'Prüfschritte',
  toClarify: 'Zu klären',
  mitigations: 'Möglichkeiten, das Risiko zu senken',
} as const;

/** The summary's word on a cost calculation that still lacks answers. */
export function costsIncomplete(missing: number): string {
  return `Für die Kostenrechnung ${missing === 1 ? 'fehlt noch eine Angabe' : `fehlen noch ${missing} Angaben`} (Fragebogen „Kosten und Kostenteilung“).`;
}

export const NO_FLAGS = 'Ihre Antworten lösen keine K.-o.-Kriterien oder Warnungen aus.';
export const NO_ACTIONS = 'Es gibt keine offenen Maßnahmen.';
export const NO_SHOWSTOPPERS = 'Keine: Ihre Antworten lösen kein K.-o.-Kriterium aus.';

/** How scores, completeness and levels are computed, for every renderer. */
export const METHOD_TEXT =
  'Jede bewertete Antwort hat einen Punktwert zwischen 0 (nicht vorbereitet) und 100 (vorbereitet). Abschnitte und Themen ergeben sich als gewichteter Durchschnitt; wichtige Fragen zählen mehr. Der Gesamtwert gewichtet die vier Themen. „Nicht zutreffend“ zählt nicht; „weiß nicht“ und offene Pflichtfragen senken nicht die Punkte, sondern die Vollständigkeit und erscheinen als offene Punkte. Der Stand der Vorbereitung sagt, wie weit Ihre Gemeinde ist; die Eignung einer Rechtsform sagt, wie gut die Form zu Ihren Angaben passt – ein niedriger Stand im Thema Rechtsform heißt nicht, dass die Form falsch gewählt ist.';

/** "Startklar: ab 80 Punkten" */
export function levelThresholdText(level: { name: string; minScore: number }): string {
  return `${level.name}: ab ${level.minScore} Punkten`;
}
