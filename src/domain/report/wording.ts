// Labels that the results page, the PDF and the help texts must say in the same words. The report
// model decides what is said; renderers take their fixed wording from here.

/** Shown next to a source whose wording was not checked by us (known only from reports of others). */
export const SOURCE_NOT_CHECKED = 'Wortlaut der Quelle nicht geprüft';

/** Said under a VAT result that rests on a rule whose conformity with EU law is disputed. */
export const EU_CAVEAT =
  'Dieses Ergebnis stützt sich auf eine Regel, deren Vereinbarkeit mit dem EU-Recht umstritten ist (Art. 13 MwStSystRL). Das ist rechtlich nicht abschließend geklärt – fragen Sie Ihre Steuerberatung.';

/** The heading of the examples of a task profile. */
export const EXAMPLES_HEADING = 'Wer macht das schon?';

/** The label of the date up to which the law in the content was checked. */
export const LEGAL_STATUS_LABEL = 'Rechtsstand';
