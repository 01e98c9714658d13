// The wording of every issue code, one row each: the table in src/domain/issues/messages.ts is the
// only place where German messages are written, so this is where a change of wording shows.
import { describe, expect, it } from 'vitest';
import type { IssueCode, IssueParams } from '../../src/domain/issues/issues.ts';
import { describeIssue, messageOf, migrationSummaryText, printable } from '../../src/domain/issues/messages.ts';

interface Row {
  params?: IssueParams;
  line?: number;
  column?: number;
  text: string;
}

/** A `Record` over all codes: a new code without a row here does not compile. */
const rows: Record<IssueCode, Row> = {
  'schema': { params: { detail: 'unbekanntes Feld "titel"' }, text: 'Ungültiger Inhalt: unbekanntes Feld "titel"' },
  'yaml-syntax': { params: { detail: 'BLOCK_AS_IMPLICIT_KEY: Nested mappings are not allowed' }, text: 'Die YAML-Datei ist nicht lesbar: BLOCK_AS_IMPLICIT_KEY: Nested mappings are not allowed' },
  'duplicate-id': { params: { kind: 'Frage-ID', id: 'beschluss', first: 'sections[0].questions[0]' }, text: 'Die Frage-ID „beschluss“ ist doppelt vergeben (zuerst bei sections[0].questions[0]).' },
  'duplicate-questionnaire': { params: { id: 'it', other: 'questionnaires/20-it.yaml' }, text: 'Der Fragebogen „it“ ist doppelt vorhanden (auch in questionnaires/20-it.yaml).' },
  'unknown-question': { params: { question: 'beschlus' }, text: 'Die Bedingung verweist auf die unbekannte Frage „beschlus“.' },
  'unknown-option': { params: { question: 'beschluss', value: 'vielleicht', allowed: 'ja, teilweise, nein' }, text: 'Die Frage „beschluss“ hat keine Antwortoption „vielleicht“ (möglich: ja, teilweise, nein).' },
  'unknown-section': { params: { section: 'leistung' }, text: 'Die Bedingung verweist auf den unbekannten Abschnitt „leistung“.' },
  'section-not-repeatable': { params: { section: 'allgemein' }, text: '„minItems“ geht nur bei wiederholbaren Abschnitten; „allgemein“ ist keiner.' },
  'condition-cycle': { params: { cycle: 'a → b → a' }, text: 'Die Bedingungen bilden einen Kreis: a → b → a.' },
  'condition-into-repeat': { params: { question: 'betrag', section: 'leistungen' }, text: 'Die Bedingung verweist auf „betrag“ im wiederholbaren Abschnitt „leistungen“; das geht nur aus demselben Abschnitt heraus.' },
  'option-without-score': { params: { value: 'ja' }, text: 'Die Antwortoption „ja“ hat keinen Punktwert (score zwischen 0 und 1), die Frage wird aber bewertet.' },
  'score-on-unscored': { params: { value: 'privat' }, text: 'Die Antwortoption „privat“ hat einen Punktwert, die Frage ist aber als nicht bewertet markiert (scored: false).' },
  'special-option-with-score': { params: { value: 'weiss-nicht' }, text: 'Die Antwortoption „weiss-nicht“ ist „weiß nicht“ oder „nicht zutreffend“ und darf keinen Punktwert haben.' },
  'unknown-reference': { params: { reference: 'ref-x' }, text: 'Die Rechtsgrundlage „ref-x“ fehlt im Verzeichnis questionnaires/references.yaml.' },
  'missing-help': { params: { question: 'notiz' }, text: 'Die Frage „notiz“ hat keinen Hilfetext („Warum wird das gefragt?“).' },
  'invalid-range': { params: { min: 10, max: 5 }, text: 'Der Mindestwert 10 ist größer als der Höchstwert 5.' },
  'guide-unreachable': {
    params: { question: 'gemeinkosten-satz' },
    text: 'Dieser Richtwert zu „gemeinkosten-satz“ gilt nie: Ein Richtwert davor hat keine Bedingung und gilt immer.',
  },
  'task-independent-in-repeat': {
    params: { question: 'erstattung' },
    text: '„erstattung“ steht in einem Abschnitt mit Einträgen; nur Fragen außerhalb davon können als unabhängig von der Aufgabe in eine weitere Bewertung übernommen werden.',
  },
  'guide-out-of-range': { params: { value: -5, min: 0, max: 100 }, text: 'Der Richtwert -5 liegt außerhalb des erlaubten Bereichs (0 bis 100).' },
  'never-shown': { params: { id: 'geplant' }, text: 'Die Bedingung von „geplant“ kann mit keiner Kombination von Antworten erfüllt werden; die Frage würde nie angezeigt.' },
  'unknown-questionnaire': { params: { id: 'datenschutz' }, text: 'Es gibt keinen Fragebogen mit der ID „datenschutz“.' },
  'missing-topic-weight': { params: { id: 'it' }, text: 'Für den Fragebogen „it“ fehlt ein Gewicht unter topicWeights.' },
  'levels-order': { text: 'Die Stufen müssen nach minScore absteigend sortiert sein, die beste zuerst.' },
  'missing-file': { params: { file: 'questionnaires/settings.yaml' }, text: 'Die Datei questionnaires/settings.yaml fehlt.' },
  'unknown-level': { params: { id: 'gold' }, text: 'Es gibt keine Stufe mit der ID „gold“.' },
  'missing-action': { params: { question: 'beschluss' }, text: 'Die bewertete Frage „beschluss“ hat keinen Handlungsschritt (action).' },
  'engine-needs-questionnaire': { params: { by: 'Die Umsatzsteuer-Prüfung', questionnaire: 'umsatzsteuer' }, text: 'Die Umsatzsteuer-Prüfung liest den Fragebogen „umsatzsteuer“; es gibt ihn nicht.' },
  'engine-needs-question': { params: { by: 'Die Umsatzsteuer-Prüfung', question: 'jahresbetrag', questionnaire: 'umsatzsteuer' }, text: 'Die Umsatzsteuer-Prüfung liest die Frage „jahresbetrag“; im Fragebogen „umsatzsteuer“ gibt es sie nicht. Wer sie umbenennt, muss auch die Prüfung anpassen.' },
  'engine-needs-section': { params: { by: 'Die Umsatzsteuer-Prüfung', question: 'jahresbetrag', section: 'leistungen', actual: 'uebergang' }, text: 'Die Umsatzsteuer-Prüfung erwartet die Frage „jahresbetrag“ im Abschnitt „leistungen“; sie steht aber in „uebergang“.' },
  'engine-needs-type': { params: { by: 'Die Umsatzsteuer-Prüfung', question: 'jahresbetrag', types: 'number', actual: 'text' }, text: 'Die Umsatzsteuer-Prüfung erwartet bei der Frage „jahresbetrag“ den Typ number; sie hat den Typ text.' },
  'engine-needs-option': { params: { by: 'Die Umsatzsteuer-Prüfung', value: 'delegation', question: 'uebertragungsart', allowed: 'mandat' }, text: 'Die Umsatzsteuer-Prüfung entscheidet nach der Antwortoption „delegation“ der Frage „uebertragungsart“; die Frage hat sie nicht (vorhanden: mandat). Wer eine Option umbenennt, muss auch die Prüfung anpassen.' },
  'engine-needs-text': { params: { by: 'Die Umsatzsteuer-Prüfung', key: 'fazit-gering' }, text: 'Die Umsatzsteuer-Prüfung braucht den Text „fazit-gering“; er fehlt.' },
  'engine-text-placeholder': { params: { key: 'fazit-gering', name: 'betrag', by: 'Die Umsatzsteuer-Prüfung', allowed: 'leistung' }, text: 'Der Text „fazit-gering“ verwendet den Platzhalter {betrag}; Die Umsatzsteuer-Prüfung füllt dort nur: leistung.' },
  'engine-unused-text': { params: { key: 'alt', by: 'Die Umsatzsteuer-Prüfung' }, text: 'Der Text „alt“ wird nicht gebraucht – Die Umsatzsteuer-Prüfung liest ihn nicht. Bitte entfernen oder die Prüfung anpassen.' },
  'rule-placeholder': { params: { name: 'datum', allowed: 'stichtag' }, text: 'Der Platzhalter {datum} ist in dieser Regel nicht möglich (möglich: stichtag).' },
  'unknown-task': { params: { task: 'Friedhof', allowed: 'Bauhof, Standesamt' }, text: 'Die Aufgabe „Friedhof“ gibt es bei den Angaben zur Gemeinde nicht (möglich: Bauhof, Standesamt).' },
  'document-question': { params: { question: 'laufzeit', questionnaire: 'rechtsform', why: 'die Frage gibt es dort nicht' }, text: 'Der Punkt zeigt die Antwort auf „laufzeit“ im Fragebogen „rechtsform“; die Frage gibt es dort nicht.' },
  'document-task': { params: { id: 'friedhof', allowed: 'standesamt, bauhof' }, text: 'Ein Aufgabenprofil „friedhof“ gibt es in questionnaires/task-profiles.yaml nicht (vorhanden: standesamt, bauhof).' },
  'document-placeholder': { params: { text: '[bitte ergänzen Datum]' }, text: 'Eckige Klammern sind für „[bitte ergänzen: …]“ reserviert; „[bitte ergänzen Datum]“ ist so nicht geschrieben (mit Doppelpunkt, Leerzeichen und schließender Klammer).' },
  'title-states-result': {
    params: { title: 'Abläufe sehr ungleich beschrieben', word: 'ungleich' },
    text: 'Der Titel „Abläufe sehr ungleich beschrieben“ nennt schon ein Ergebnis („ungleich“). Er steht neben „Passt“ wie neben „Konflikt“: Nennen Sie, was geprüft wird, etwa „Beschreibung der Abläufe“.',
  },
  'choice-required': { params: { question: 'Gibt es einen Beschluss?' }, text: 'Wählen Sie eine Antwort aus.' },
  'choices-required': { params: { question: 'Was trifft zu?' }, text: 'Wählen Sie mindestens eine Antwort aus.' },
  'number-required': { params: { question: 'Welcher Betrag?' }, text: 'Geben Sie eine Zahl ein.' },
  'number-or-unknown-required': { params: { question: 'Welcher Betrag?' }, text: 'Geben Sie eine Zahl ein oder wählen Sie „Weiß nicht“.' },
  'text-required': { params: { question: 'Welche Aufgabe?' }, text: 'Geben Sie eine Antwort ein.' },
  'answer-wrong-shape': { params: { question: 'Was trifft zu?', expected: 'list' }, text: 'Zu dieser Frage gehört eine Liste von Antworten, gespeichert ist aber eine einzelne.' },
  'not-a-number': { params: { question: 'Welcher Betrag?', example: '25.000', unknownAllowed: 'ja' }, text: 'Geben Sie nur eine Zahl ein, zum Beispiel 25.000. Kennen Sie die Zahl nicht, wählen Sie „Weiß nicht“.' },
  'number-is-range': { params: { question: 'Welcher Betrag?', example: '25.000' }, text: 'Geben Sie eine einzelne Zahl ein, keine Spanne – etwa die Mitte, zum Beispiel 25.000.' },
  'number-abbreviated': { params: { question: 'Welcher Betrag?' }, text: 'Schreiben Sie die Zahl aus, zum Beispiel 25.000 statt 25 Tsd. oder 1.500.000 statt 1,5 Mio.' },
  'number-wrong-unit': { params: { question: 'Wie viele Fälle?', symbol: '€', unit: 'Fälle pro Jahr' }, text: 'Geben Sie die Zahl ohne „€“ ein: Gefragt ist „Fälle pro Jahr“.' },
  'number-format': { params: { question: 'Welcher Betrag?' }, text: 'Trennen Sie Tausender mit einem Punkt und Nachkommastellen mit einem Komma, zum Beispiel 25.000,50.' },
  'number-below-min': { params: { question: 'Welcher Betrag?', min: 0 }, text: 'Die Zahl muss mindestens 0 sein.' },
  'number-above-max': { params: { question: 'Welcher Betrag?', max: 17500 }, text: 'Die Zahl darf höchstens 17.500 sein.' },
  'text-too-long': { params: { question: 'Anmerkungen', max: 2000 }, text: 'Der Text ist zu lang: höchstens 2.000 Zeichen.' },
  'answer-not-an-option': { params: { question: 'Gibt es einen Beschluss?' }, text: 'Die gespeicherte Antwort passt nicht mehr zur Frage; bitte wählen Sie neu.' },
  'option-twice': { params: { question: 'Was trifft zu?', option: 'Ruhestand' }, text: '„Ruhestand“ ist mehrfach angekreuzt.' },
  'exclusive-option-with-others': { params: { question: 'Was trifft zu?', option: 'Nichts davon' }, text: '„Nichts davon“ schließt alle anderen Antworten aus.' },
  'items-too-few': { params: { min: 1, itemName: 'Leistung', itemNamePlural: 'Leistungen' }, text: 'Legen Sie mindestens eine Leistung an.' },
  'items-too-many': { params: { max: 20, count: 27, itemName: 'Leistung', itemNamePlural: 'Leistungen' }, text: 'Es sind höchstens 20 Leistungen möglich, angelegt sind 27.' },
  'item-name-empty': { params: { itemName: 'Leistung' }, text: 'Geben Sie einen Namen für die Leistung ein.' },
  'item-name-taken': { params: { name: 'Bauhof' }, text: 'Es gibt schon einen Eintrag „Bauhof“. Wählen Sie einen anderen Namen.' },
  'item-id-twice': { params: { id: 'x1', first: 'Bauhof', second: 'Winterdienst' }, text: 'Die Kennung „x1“ steht bei zwei Einträgen („Bauhof“ und „Winterdienst“).' },
  'municipality-required': { text: 'Geben Sie den Namen Ihrer Gemeinde oder Stadt ein.' },
  'task-required': { text: 'Wählen Sie die Aufgabe, die Sie gemeinsam erledigen wollen, oder beschreiben Sie sie.' },
  'several-tasks': {
    params: { tasks: 'Bauhof, Standesamt' },
    text: 'Diese Bewertung nennt mehrere Aufgaben (Bauhof, Standesamt). Eine Bewertung gilt einer Aufgabe: Wählen Sie die Hauptaufgabe; für die anderen legt IKZ-Check verknüpfte Bewertungen an.',
  },
  'landkreis-required': { text: 'Wählen Sie Ihren Landkreis oder Ihre kreisfreie Stadt aus.' },
  'unknown-field': { text: 'unbekanntes Feld' },
  'missing-value': { text: 'Angabe fehlt' },
  'invalid-value': { params: { value: '"Atlantis"' }, text: 'ungültiger Wert ("Atlantis")' },
  'empty-value': { text: 'ungültiger Wert (darf nicht leer sein)' },
  'too-long': { params: { length: 201, max: 200 }, text: 'ungültiger Wert (zu lang: 201 Zeichen, erlaubt sind höchstens 200)' },
  'invalid-date': { params: { value: '"25.11.2026"' }, text: 'ungültiger Wert ("25.11.2026"; erwartet wird ein Datum im Format JJJJ-MM-TT)' },
  'invalid-timestamp': { params: { value: '"gestern"' }, text: 'ungültiger Wert ("gestern"; erwartet wird ein Zeitstempel nach ISO 8601)' },
  'invalid-id': { params: { value: '"a,b"' }, text: 'ungültige Kennung ("a,b"; erlaubt sind 1 bis 100 Buchstaben, Ziffern und Bindestriche)' },
  'json-too-deep': { params: { max: 32 }, text: 'Die Daten sind zu tief verschachtelt (mehr als 32 Ebenen); sie stammen nicht von IKZ-Check.' },
  'json-truncated': { line: 15, column: 9, text: 'Kein lesbares JSON: In Zeile 15, Spalte 9 endet der Text mitten in den Daten. Die Daten sind möglicherweise abgeschnitten oder wurden von Hand verändert.' },
  'json-unexpected-character': { params: { char: ';' }, line: 2, column: 37, text: 'Kein lesbares JSON: In Zeile 2, Spalte 37 steht ein unerwartetes Zeichen „;“. Die Daten sind möglicherweise abgeschnitten oder wurden von Hand verändert.' },
  'json-invalid-string': { line: 1, column: 12, text: 'Kein lesbares JSON: In Zeile 1, Spalte 12 steht ein Text mit einem unzulässigen Zeichen oder Rückstrich. Die Daten sind möglicherweise abgeschnitten oder wurden von Hand verändert.' },
  'json-invalid-number': { line: 1, column: 9, text: 'Kein lesbares JSON: In Zeile 1, Spalte 9 steht eine ungültige Zahl. Die Daten sind möglicherweise abgeschnitten oder wurden von Hand verändert.' },
  'json-trailing-data': { line: 40, column: 1, text: 'Kein lesbares JSON: In Zeile 40, Spalte 1 folgen nach dem Ende der Daten noch weitere Zeichen. Die Daten sind möglicherweise abgeschnitten oder wurden von Hand verändert.' },
  'saved-foreign': { text: 'Die Daten stammen nicht von IKZ-Check oder haben ein unbekanntes Format.' },
  'saved-format-newer': { params: { version: 7, supported: 1 }, text: 'Die Daten haben die Formatversion 7; diese Fassung von IKZ-Check kennt nur Version 1. Bitte laden Sie die neueste Fassung der App (Seite neu laden).' },
  'file-too-large': { params: { megabytes: '6,0' }, text: 'Die Datei ist zu groß (6,0 MB); erlaubt sind höchstens 5 MB.' },
  'file-empty': { text: 'Die Datei ist leer. Bitte lassen Sie sich die Antwortdatei erneut schicken.' },
  'file-not-utf8': { line: 2, column: 23, text: 'Die Datei ist nicht in UTF-8 gespeichert (das erste unlesbare Zeichen steht in Zeile 2, Spalte 23). Sie wurde wahrscheinlich mit einem älteren Programm bearbeitet. Speichern Sie sie dort mit der Codierung „UTF-8“ oder lassen Sie sich die Antwortdatei erneut schicken.' },
  'file-not-an-object': { text: 'Die Datei ist keine Antwortdatei von IKZ-Check (sie enthält kein JSON-Objekt).' },
  'file-foreign': { params: { format: 'ikz-check/antwortdatei' }, text: 'Die Datei ist keine Antwortdatei von IKZ-Check (erwartet wird das Format „ikz-check/antwortdatei“).' },
  'format-version-missing': { text: 'Angabe fehlt: Die Datei nennt keine Formatversion.' },
  'format-version-invalid': { params: { value: '„1“' }, text: 'ungültiger Wert („1“): Die Formatversion muss eine ganze Zahl ab 1 sein.' },
  'format-version-newer': { params: { version: 3, supported: 1 }, text: 'Die Datei wurde mit einer neueren Fassung von IKZ-Check erstellt (Formatversion 3); diese Fassung kennt nur Formatversion 1. Bitte die App aktualisieren (Seite neu laden) und die Datei erneut einlesen.' },
  'forbidden-key': { params: { key: '__proto__', container: 'assessments[0].meta' }, text: 'unzulässiger Schlüssel „__proto__“ in assessments[0].meta – solche Schlüssel werden aus Sicherheitsgründen nicht eingelesen.' },
  'no-assessments': { text: 'Die Datei enthält keine Bewertung.' },
  'too-many-assessments': { params: { count: 51, max: 50 }, text: 'Die Datei enthält 51 Bewertungen; eingelesen werden höchstens 50 auf einmal.' },
  'assessment-twice': { params: { id: 'standesamt', first: 0 }, text: 'Die Bewertung mit der Kennung „standesamt“ steht mehrfach in der Datei (auch als assessments[0]).' },
  'questionnaire-version-newer': { params: { place: 'Gemeinde Auental', questionnaire: 'IT & Schnittstellen', version: 3, supported: 2 }, text: 'Bewertung „Gemeinde Auental“, Fragebogen „IT & Schnittstellen“: Die Antworten stammen aus einer neueren Fassung dieses Fragebogens (Version 3); diese Fassung von IKZ-Check kennt Version 2. Bitte die App aktualisieren (Seite neu laden) und die Datei erneut einlesen.' },
  'more-problems': { params: { count: 11 }, text: 'Dazu kommen 11 weitere Probleme, die hier nicht einzeln aufgeführt sind.' },
  'file-unreadable': { text: 'Die Datei konnte nicht verarbeitet werden. Bitte lassen Sie sich die Antwortdatei erneut schicken.' },
  'import-storage-full': { text: 'Der Speicher dieses Browsers ist voll: Es wurde nichts importiert, Ihre gespeicherten Bewertungen sind unverändert. Geben Sie Speicherplatz frei (z. B. alte Bewertungen exportieren und löschen) und wählen Sie dann „Erneut versuchen“.' },
  'import-storage-unavailable': { text: 'Dieser Browser erlaubt IKZ-Check gerade nicht, Daten zu speichern (z. B. im privaten Modus): Es wurde nichts importiert.' },
  'migration-questionnaire-unknown': { params: { questionnaire: 'datenschutz' }, text: 'Den Fragebogen „datenschutz“ kennt diese Fassung von IKZ-Check nicht; die Antworten dazu wurden nicht übernommen.' },
  'migration-question-removed': { params: { questionnaire: 'Prozesse & Organisation', question: 'personalkonzept', value: 'ja' }, text: 'Die Frage „personalkonzept“ gibt es im Fragebogen „Prozesse & Organisation“ nicht mehr; die Antwort „ja“ wurde nicht übernommen.' },
  'migration-question-now-per-item': { params: { question: 'Ist eine Steuerberatung beauftragt?', itemName: 'Leistung', value: 'nein' }, text: 'Die Frage „Ist eine Steuerberatung beauftragt?“ wird jetzt je Leistung einzeln gestellt; die bisherige Antwort „nein“ wurde nicht übernommen.' },
  'migration-question-no-longer-per-item': { params: { question: 'Gibt es eine Kostenteilung?', value: 'ja', itemName: 'Leistung', itemLabel: 'IT-Betreuung' }, text: 'Die Frage „Gibt es eine Kostenteilung?“ wird nicht mehr je Leistung gestellt; die bisherige Antwort „ja“ bei Leistung „IT-Betreuung“ wurde nicht übernommen.' },
  'migration-option-removed': { params: { question: 'Nutzen Sie dasselbe Fachverfahren?', value: 'gleich' }, text: 'Die Frage „Nutzen Sie dasselbe Fachverfahren?“ hat diese Antwortmöglichkeit nicht mehr; die bisherige Antwort „gleich“ wurde nicht übernommen.' },
  'migration-now-single': { params: { question: 'Was trifft zu?', value: 'ruhestand\u001fkeine-vertretung' }, text: 'Die Frage „Was trifft zu?“ erlaubt jetzt nur noch eine Antwort; die bisherige Antwort „ruhestand“, „keine-vertretung“ wurde nicht übernommen.' },
  'migration-now-input': { params: { question: 'Welche Rechtsform wünschen Sie?', value: 'zweckverband' }, text: 'Die Frage „Welche Rechtsform wünschen Sie?“ erwartet jetzt eine Eingabe statt einer Auswahl; die bisherige Antwort „zweckverband“ wurde nicht übernommen.' },
  'migration-options-removed': { params: { question: 'Was trifft zu?', dropped: 'keine-vertretung', kept: 'ruhestand' }, text: 'Die Frage „Was trifft zu?“ hat die Antwortmöglichkeit „keine-vertretung“ nicht mehr; übernommen wurde „ruhestand“.' },
  'migration-now-multiple': { params: { question: 'Wie groß ist der Aufgabenumfang?', kept: 'gering' }, text: 'Die Frage „Wie groß ist der Aufgabenumfang?“ erlaubt jetzt mehrere Antworten; übernommen wurde „gering“.' },
  'migration-section-removed': { params: { questionnaire: 'Umsatzsteuer', section: 'leistungen', itemLabel: 'Mäharbeiten' }, text: 'Im Fragebogen „Umsatzsteuer“ gibt es keinen Abschnitt „leistungen“ mit einzelnen Einträgen mehr; der Eintrag „Mäharbeiten“ wurde mit seinen Antworten nicht übernommen.' },
  'migration-rule': { params: { rule: 'number-above-max', question: 'Welcher Betrag?', max: 10000, value: '12.000', itemName: 'Leistung', itemLabel: 'Bauhof' }, text: 'Frage „Welcher Betrag?“: Die Zahl darf höchstens 10.000 sein. Die bisherige Antwort „12.000“ bei Leistung „Bauhof“ passt nicht mehr zu dieser Regel und wurde nicht übernommen.' },
  'migration-items-over-max': { params: { questionnaire: 'Umsatzsteuer', max: 1, itemName: 'Leistung', itemNamePlural: 'Leistungen', count: 2, names: 'Winterdienst\u001fStraßenreinigung' }, text: 'Im Fragebogen „Umsatzsteuer“ sind jetzt höchstens 1 Leistung möglich; die Einträge „Winterdienst“, „Straßenreinigung“ wurden mit ihren Antworten nicht übernommen.' },
  'plan-status-invalid': { params: { value: 'fertig' }, text: 'Maßnahmenplan: Den Status „fertig“ gibt es nicht; möglich sind „offen“, „in Arbeit“, „erledigt“ und „entfällt“.' },
  'plan-priority-invalid': { params: { value: 'dringend' }, text: 'Maßnahmenplan: Die Priorität „dringend“ gibt es nicht; möglich sind „hoch“, „mittel“ und „niedrig“.' },
  'plan-date-invalid': { params: { value: '2027-02-30' }, text: 'Maßnahmenplan: „2027-02-30“ ist kein gültiges Datum für „Bis“. Erwartet wird ein Tag zwischen dem 1.1.2000 und dem 31.12.2099, in der Datei im Format JJJJ-MM-TT.' },
  'plan-text-too-long': { params: { field: 'note', length: 5001, max: 5000 }, text: 'Maßnahmenplan: Der Text bei „Notiz“ ist zu lang (5.001 Zeichen); erlaubt sind höchstens 5.000.' },
  'plan-text-empty': { text: 'Maßnahmenplan: Geben Sie ein, was zu tun ist – ein eigener Schritt braucht einen Text.' },
  'plan-key-invalid': { params: { value: 'Schritt 1' }, text: 'Maßnahmenplan: „Schritt 1“ ist keine Kennung eines Schritts, wie IKZ-Check sie vergibt.' },
  'plan-too-many': { params: { count: 101, max: 100 }, text: 'Maßnahmenplan: 101 Einträge sind zu viele; möglich sind höchstens 100.' },
  'sync-conflict': { params: { assessment: 'Gemeinde Auental', count: 2 }, text: '„Gemeinde Auental“ wurde gleichzeitig in einem anderen Fenster geändert. Ihre übrigen Änderungen sind gespeichert; bei 2 Angaben, die in beiden Fenstern geändert wurden, gilt die aus dem anderen Fenster. Bitte prüfen Sie diese Angaben.' },
  'sync-deleted': { params: { assessment: 'Gemeinde Auental' }, text: '„Gemeinde Auental“ wurde in einem anderen Fenster gelöscht und ist deshalb hier nicht mehr zu sehen.' },
  'sync-unreadable': { params: { assessment: 'Gemeinde Auental' }, text: '„Gemeinde Auental“ wurde in einem anderen Fenster mit einer neueren Fassung von IKZ-Check gespeichert. Laden Sie diese Seite neu, bevor Sie weiterarbeiten; bis dahin speichert dieses Fenster die Bewertung nicht.' },
};

describe('messageOf', () => {
  it.each(Object.entries(rows))('words %s', (code, { params, line, column, text }) => {
    expect(messageOf({ code: code as IssueCode, path: [], params: params ?? {}, line, column })).toBe(text);
  });

  it('puts the place first for a rule broken in a file: assessment, questionnaire, item, question', () => {
    const params = { place: 'Gemeinde Auental', questionnaire: 'Umsatzsteuer', itemName: 'Leistung', itemLabel: 'Bauhof', question: 'Welcher Betrag?', min: 0 };
    expect(messageOf({ code: 'number-below-min', path: [], params })).toBe(
      'Bewertung „Gemeinde Auental“, Fragebogen „Umsatzsteuer“, Leistung „Bauhof“, Frage „Welcher Betrag?“: Die Zahl muss mindestens 0 sein.',
    );
  });

  it('does not repeat the question in a message that stands next to its field', () => {
    const wizardCodes: IssueCode[] = ['choice-required', 'number-or-unknown-required', 'not-a-number', 'number-above-max', 'exclusive-option-with-others'];
    for (const code of wizardCodes) {
      const params = { ...rows[code].params, question: 'Hat der Gemeinderat die Zusammenarbeit grundsätzlich beschlossen?' };
      expect(messageOf({ code, path: [], params })).not.toContain('Gemeinderat');
    }
  });

  it('makes user values printable: control and bidirectional characters, broken surrogates and long text', () => {
    expect(printable('A\u0000B\u202EC\uD800D')).toBe('A�B�C�D');
    expect(printable('x'.repeat(400))).toHaveLength(300);
    expect(messageOf({ code: 'item-name-taken', path: [], params: { name: 'Bau\u0007hof' } })).toBe('Es gibt schon einen Eintrag „Bau�hof“. Wählen Sie einen anderen Namen.');
  });

  it('prints file, line, column and path for editors and the build', () => {
    const issue = { code: 'missing-help' as const, file: 'questionnaires/q.yaml', path: ['sections', 0, 'questions', 2], params: { question: 'notiz' }, line: 12, column: 9 };
    expect(describeIssue(issue)).toBe('questionnaires/q.yaml:12:9 sections[0].questions[2]: Die Frage „notiz“ hat keinen Hilfetext („Warum wird das gefragt?“).');
  });
});

describe('migrationSummaryText', () => {
  it.each([
    { summary: { kept: 12, changed: 1, dropped: 2, open: 3, toVersion: 2 }, text: '12 Antworten wurden übernommen (davon 1 angepasst), 2 Angaben entfallen, 3 Fragen sind noch offen.' },
    { summary: { kept: 1, changed: 0, dropped: 1, open: 1, toVersion: 2 }, text: '1 Antwort wurde übernommen, 1 Angabe entfällt, 1 Frage ist noch offen.' },
    { summary: { kept: 0, changed: 0, dropped: 4, open: 0 }, text: 'Diesen Fragebogen kennt diese Fassung von IKZ-Check nicht: 4 Angaben entfallen.' },
  ])('$text', ({ summary, text }) => expect(migrationSummaryText(summary)).toBe(text));
});
