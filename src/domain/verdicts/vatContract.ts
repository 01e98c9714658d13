// What the § 2b UStG test reads from the content, declared once: the questions and option values of
// questionnaires/40-umsatzsteuer.yaml its decisions depend on, and every text of
// questionnaires/vat-test.yaml it says. The content check compares both declarations with the files
// (src/domain/content/contract.ts), so a renamed option or a missing text stops the build.
import { textKeys, type QuestionNeed } from '../content/contract.ts';
import type { QuestionType } from '../content/schema.ts';

export const VAT_QUESTIONNAIRE = 'umsatzsteuer';
/** The repeatable section with one item per planned service. */
export const VAT_SECTION = 'leistungen';
const BY = 'Die Umsatzsteuer-Prüfung (§ 2b UStG)';

function need<const O extends string>(
  question: string,
  options: readonly O[],
  section = VAT_SECTION,
  types: readonly QuestionType[] = ['single'],
): QuestionNeed<O> {
  return { questionnaire: VAT_QUESTIONNAIRE, question, section, types, options, by: BY };
}

/** The questions the test reads; the option values are the ones its decisions name. */
export const VAT_QUESTIONS = {
  leistungsaustausch: need('leistungsaustausch', ['gegen-entgelt', 'umlage-zweckverband', 'zuschuss-umlage']),
  rechtsgrundlage: need('rechtsgrundlage', ['oeffentlich-rechtlich', 'privatrechtlich']),
  sonderfall: need('sonderfall-abs4', ['vermessung', 'versorgung-verkehr', 'nein']),
  personal: need('personalgestellung', ['ja', 'nein']),
  hilfstaetigkeit: need('hilfstaetigkeit', ['ja', 'nein']),
  uebertragungsart: need('uebertragungsart', ['delegation', 'mandat', 'einzelleistung']),
  befreiendeWirkung: need('befreiende-wirkung', ['ja', 'nein']),
  zustaendigkeit: need('zustaendigkeit-geht-ueber', ['ja', 'nein']),
  ausschlaggebend: need('befreiung-ausschlaggebend', ['ja', 'nein']),
  vorbehalt: need('vorbehalt', ['ja', 'nein']),
  jahresbetrag: need('jahresbetrag', [], VAT_SECTION, ['number']),
  erstattung: need('erstattung', [], VAT_SECTION, ['number']),
  steuerfreiBeiPrivaten: need('steuerfrei-bei-privaten', ['ja', 'mit-verzicht', 'nein']),
  laufzeit: need('laufzeit', ['mind-5-jahre', 'unbefristet', 'unter-5-jahre']),
  gemeinsameAufgabe: need('gemeinsame-aufgabe', ['ja', 'nein']),
  kostenerstattung: need('kostenerstattung', ['nur-kosten', 'mit-gemeinkosten', 'mit-aufschlag']),
  abnehmer: need('abnehmer', ['nur-oeffentliche', 'auch-private']),
  privateAnbieter: need('private-anbieter', ['ja', 'nein-ausgeschlossen', 'nein-bisher']),
  kostenteilung: need('kostenteilung', ['ja', 'nein']),
  optionserklaerung: need('optionserklaerung', ['ja', 'nein'], 'uebergang'),
  widerruf: need('widerruf', ['ja', 'nein'], 'uebergang'),
} as const;

/** Every question the test reads, for the content check. */
export const VAT_QUESTION_NEEDS: readonly QuestionNeed[] = Object.values(VAT_QUESTIONS);

/**
 * Every text of questionnaires/vat-test.yaml, by its place in the file. A leaf lists the
 * placeholders the text may use. Step ids are stable: tests and the report refer to them.
 */
export const VAT_TEXT_TREE = {
  steps: {
    leistungsaustausch: { title: [], say: { 'kein-entgelt': [], entgelt: [], umlage: [], offen: [] }, because: { 'kein-entgelt': [] } },
    privatrecht: { title: [], say: { privatrechtlich: [], 'oeffentlich-rechtlich': [], 'delegation-offen': [], offen: [] }, because: { privatrechtlich: [] } },
    abs4: { title: [], say: { vermessung: [], 'eu-liste': [], nein: [], offen: [] }, because: { vermessung: [] } },
    vorbehalt: { title: [], say: { ja: [], nein: [], offen: [] }, because: { ja: [] } },
    delegation: {
      title: [],
      say: { erfuellt: [], 'nicht-uebertragen': [], hilfstaetigkeit: [], 'nicht-erfuellt': ['gruende'], offen: ['punkte'], 'art-offen': [] },
      because: { erfuellt: [] },
      conditions: { 'befreiende-wirkung': [], zustaendigkeit: [], ausschlaggebend: [] },
    },
    'grenze-17500': {
      title: [],
      say: { unter: ['betrag'], 'knapp-unter': ['betrag'], ueber: ['betrag'], offen: [], ungueltig: ['eingabe'] },
      because: { unter: [], 'knapp-unter': [] },
    },
    'abs2-nr2': { title: [], say: { ja: [], 'mit-verzicht': [], nein: [], offen: [] }, because: { ja: [] } },
    personal: {
      title: [],
      say: { steuerbar: [], ausgeschlossen: [], offen: [], 'art-offen': [] },
      because: { steuerbar: [], ausgeschlossen: [], offen: [] },
    },
    'abs3-nr2': {
      title: [],
      say: {
        'nicht-erfuellt': ['gruende'],
        erfuellt: [],
        'teilweise-offen': ['punkte'],
        hilfstaetigkeit: ['bedingungen'],
        marktgaengig: ['bedingungen'],
        greift: ['bedingungen'],
        offen: ['bedingungen'],
      },
      because: { hilfstaetigkeit: [], marktgaengig: [], greift: [] },
      conditions: {
        laufzeit: { label: [], failed: [] },
        'gemeinsame-aufgabe': { label: [], failed: [] },
        kostenerstattung: { label: [], failed: [] },
        abnehmer: { label: [], failed: [] },
      },
    },
    wettbewerb: {
      title: [],
      say: { 'private-anbieter': [], hilfstaetigkeit: [], ausgeschlossen: [], 'bisher-keiner': [], offen: [] },
      because: { 'private-anbieter': [], ausgeschlossen: [], 'bisher-keiner': [], offen: [] },
    },
    befreiung: {
      title: [],
      say: {
        kostenteilung: [],
        'kostenteilung-wettbewerb': [],
        'kostenteilung-offen': [],
        'steuerfrei-bei-privaten': [],
        'mit-verzicht': [],
        'kostenteilung-aufschlag': [],
        'kostenteilung-moeglich': [],
        'kostenteilung-unbekannt': [],
        keine: [],
        steuer: [],
      },
      because: { kostenteilung: [], 'kostenteilung-wettbewerb': [], 'kostenteilung-offen': [], 'steuerfrei-bei-privaten': [] },
    },
  },
  /** What to clarify, per question the test could not read. */
  clarify: {
    leistungsaustausch: [],
    rechtsgrundlage: [],
    'sonderfall-abs4': [],
    personalgestellung: [],
    hilfstaetigkeit: [],
    uebertragungsart: [],
    'befreiende-wirkung': [],
    'zustaendigkeit-geht-ueber': [],
    'befreiung-ausschlaggebend': [],
    vorbehalt: [],
    jahresbetrag: [],
    'steuerfrei-bei-privaten': [],
    laufzeit: [],
    'gemeinsame-aufgabe': [],
    kostenerstattung: [],
    abnehmer: [],
    'private-anbieter': [],
    kostenteilung: [],
  },
  /** Open legal questions that no answer of the municipality can settle. */
  open: { gemeinkosten: [], umlage: [], 'anhang-i': [], wettbewerb: [], 'delegation-hilfstaetigkeit': [] },
  notes: { 'nicht-entscheidend': [] },
  conclusions: {
    unklar: ['weil'],
    'offene-punkte': ['anzahl', 'ergebnis'],
    'ein-offener-punkt': ['ergebnis'],
    gering: ['weil'],
    'gering-verwaltung': ['weil'],
    'mittel-eu': ['weil'],
    'mittel-jaehrlich': ['weil'],
    hoch: ['weil'],
    steuerfrei: ['weil', 'befreiung'],
    'befreiung-unklar': ['weil', 'befreiung'],
  },
  outcomes: { 'nicht-steuerbar': [], steuerbar: [], unklar: [] },
  /** The VAT effect in euros for the receiving municipality. */
  euros: { erwartet: ['betrag', 'erstattung'], moeglich: ['betrag', 'erstattung'], fehlt: [] },
  mitigations: {
    'oeffentlich-rechtlich': { text: [], 'text-kleiner-betrag': ['betrag'], caveat: [], 'caveat-hilfstaetigkeit': [] },
    delegation: { text: [], 'text-personal': [], caveat: [] },
    kostenerstattung: { text: [], caveat: [] },
    laufzeit: { text: [], caveat: [] },
    grenze: { text: [], caveat: [] },
    kostenteilung: { text: [], caveat: [] },
    klausel: { text: [], caveat: [] },
  },
  transition: {
    vorher: ['stichtag', 'tage', 'datum'],
    'vorher-ein-tag': ['stichtag', 'datum'],
    heute: ['stichtag'],
    nachher: ['stichtag', 'tage', 'datum'],
    'nachher-ein-tag': ['stichtag', 'datum'],
    'option-offen': ['stichtag'],
    'option-nein': [],
    widerrufen: [],
    'altes-recht': ['letzterTag', 'stichtag'],
    abgelaufen: ['letzterTag'],
    'widerruf-offen': ['stichtag'],
  },
} as const;

export const VAT_TEXT = textKeys(VAT_TEXT_TREE);
/** Keys in questionnaires/vat-test.yaml that hold data rather than texts. */
export const VAT_TEXT_DATA_KEYS = ['references', '$schema'] as const;
