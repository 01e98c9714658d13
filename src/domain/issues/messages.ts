// The German wording of every issue, in one table: content checks, the wizard, saved data, answer
// files, migration notes and two open windows. Parameters are raw values; quoting, shortening and
// making them printable happens here, so no message shows binary garbage or parser English.
import { formatPath, shorten, type Issue, type IssueCode, type IssueParams } from './issues.ts';
import { germanNumber } from '../format.ts';

/**
 * A value from user data as it may appear in a message: control, format (e.g. bidirectional) and
 * unassigned characters and broken surrogates become "�", and long text is cut.
 */
export function printable(text: string | number | undefined, max = 300): string {
  return shorten(String(text ?? '').replace(/[\p{Cc}\p{Cf}\p{Cn}\p{Co}]|\p{Cs}/gu, '�'), max);
}

const q = (value: string | number | undefined) => `„${printable(value ?? '')}“`;
const num = (value: string | number | undefined) => (typeof value === 'number' ? germanNumber(value) : String(value ?? ''));
const plural = (count: string | number | undefined, one: string, many: string) => (Number(count) === 1 ? one : many);

/** A stored answer for a note: "„ja“", "„a“, „b“" or "(keine Auswahl)" (params keep lists joined by "\u001f"). */
function answer(value: string | number | undefined): string {
  const text = String(value ?? '');
  if (text === '') return '(keine Auswahl)';
  return text.split(LIST_SEPARATOR).map((x) => q(x)).join(', ');
}
/** Parameters are flat; a list of answer values is joined with this separator (see answerParam). */
export const LIST_SEPARATOR = '\u001f';
export const answerParam = (value: string | string[]) => (Array.isArray(value) ? value : [value]).map((x) => shorten(x)).join(LIST_SEPARATOR);

const json = (what: string) => (p: IssueParams, at: Position) =>
  `Kein lesbares JSON: ${where(at)}${what.replace('{char}', q(p.char))}. Die Daten sind möglicherweise abgeschnitten oder wurden von Hand verändert.`;
const where = (at: Position) => (at.line ? `In Zeile ${at.line}, Spalte ${at.column ?? 1} ` : '');

/** The fields of a step in the plan as the results page labels them. */
const PLAN_FIELDS: Record<string, string> = { owner: 'Zuständig', note: 'Notiz', text: 'Schritt' };

interface Position {
  line?: number;
  column?: number;
}
type Wording = (p: IssueParams, at: Position) => string;

const messages: Record<IssueCode, Wording> = {
  // ----- questionnaire content (build time)
  'schema': (p) => `Ungültiger Inhalt: ${p.detail}`,
  'yaml-syntax': (p) => `Die YAML-Datei ist nicht lesbar: ${p.detail}`,
  'duplicate-id': (p) => `Die ${p.kind} „${p.id}“ ist doppelt vergeben (zuerst bei ${p.first}).`,
  'duplicate-questionnaire': (p) => `Der Fragebogen „${p.id}“ ist doppelt vorhanden (auch in ${p.other}).`,
  'unknown-question': (p) => `Die Bedingung verweist auf die unbekannte Frage „${p.question}“.`,
  'unknown-option': (p) => `Die Frage „${p.question}“ hat keine Antwortoption „${p.value}“ (möglich: ${p.allowed}).`,
  'unknown-section': (p) => `Die Bedingung verweist auf den unbekannten Abschnitt „${p.section}“.`,
  'section-not-repeatable': (p) => `„minItems“ geht nur bei wiederholbaren Abschnitten; „${p.section}“ ist keiner.`,
  'condition-cycle': (p) => `Die Bedingungen bilden einen Kreis: ${p.cycle}.`,
  'condition-into-repeat': (p) =>
    `Die Bedingung verweist auf „${p.question}“ im wiederholbaren Abschnitt „${p.section}“; das geht nur aus demselben Abschnitt heraus.`,
  'option-without-score': (p) =>
    `Die Antwortoption „${p.value}“ hat keinen Punktwert (score zwischen 0 und 1), die Frage wird aber bewertet.`,
  'score-on-unscored': (p) =>
    `Die Antwortoption „${p.value}“ hat einen Punktwert, die Frage ist aber als nicht bewertet markiert (scored: false).`,
  'special-option-with-score': (p) =>
    `Die Antwortoption „${p.value}“ ist „weiß nicht“ oder „nicht zutreffend“ und darf keinen Punktwert haben.`,
  'unknown-reference': (p) => `Die Rechtsgrundlage „${p.reference}“ fehlt im Verzeichnis questionnaires/references.yaml.`,
  'missing-help': (p) => `Die Frage „${p.question}“ hat keinen Hilfetext („Warum wird das gefragt?“).`,
  'invalid-range': (p) => `Der Mindestwert ${p.min} ist größer als der Höchstwert ${p.max}.`,
  'guide-unreachable': (p) => `Dieser Richtwert zu „${p.question}“ gilt nie: Ein Richtwert davor hat keine Bedingung und gilt immer.`,
  'task-independent-in-repeat': (p) =>
    `„${p.question}“ steht in einem Abschnitt mit Einträgen; nur Fragen außerhalb davon können als unabhängig von der Aufgabe in eine weitere Bewertung übernommen werden.`,
  'guide-out-of-range': (p) => `Der Richtwert ${p.value} liegt außerhalb des erlaubten Bereichs (${p.min} bis ${p.max}).`,
  'never-shown': (p) =>
    `Die Bedingung von „${p.id}“ kann mit keiner Kombination von Antworten erfüllt werden; die Frage würde nie angezeigt.`,
  'unknown-questionnaire': (p) => `Es gibt keinen Fragebogen mit der ID „${p.id}“.`,
  'missing-topic-weight': (p) => `Für den Fragebogen „${p.id}“ fehlt ein Gewicht unter topicWeights.`,
  'levels-order': () => 'Die Stufen müssen nach minScore absteigend sortiert sein, die beste zuerst.',
  'missing-file': (p) => `Die Datei ${p.file} fehlt.`,
  'unknown-level': (p) => `Es gibt keine Stufe mit der ID „${p.id}“.`,
  'missing-action': (p) => `Die bewertete Frage „${p.question}“ hat keinen Handlungsschritt (action).`,
  'engine-needs-questionnaire': (p) => `${p.by} liest den Fragebogen „${p.questionnaire}“; es gibt ihn nicht.`,
  'engine-needs-question': (p) =>
    `${p.by} liest die Frage „${p.question}“; im Fragebogen „${p.questionnaire}“ gibt es sie nicht. Wer sie umbenennt, muss auch die Prüfung anpassen.`,
  'engine-needs-section': (p) =>
    `${p.by} erwartet die Frage „${p.question}“ im Abschnitt „${p.section}“; sie steht aber in „${p.actual}“.`,
  'engine-needs-type': (p) =>
    `${p.by} erwartet bei der Frage „${p.question}“ den Typ ${p.types}; sie hat den Typ ${p.actual}.`,
  'engine-needs-option': (p) =>
    `${p.by} entscheidet nach der Antwortoption „${p.value}“ der Frage „${p.question}“; die Frage hat sie nicht (vorhanden: ${p.allowed}). Wer eine Option umbenennt, muss auch die Prüfung anpassen.`,
  'engine-needs-text': (p) => `${p.by} braucht den Text „${p.key}“; er fehlt.`,
  'engine-text-placeholder': (p) =>
    `Der Text „${p.key}“ verwendet den Platzhalter {${p.name}}; ${p.by} füllt dort nur: ${p.allowed}.`,
  'unknown-task': (p) => `Die Aufgabe „${p.task}“ gibt es bei den Angaben zur Gemeinde nicht (möglich: ${p.allowed}).`,
  'document-question': (p) => `Der Punkt zeigt die Antwort auf „${p.question}“ im Fragebogen „${p.questionnaire}“; ${p.why}.`,
  'document-task': (p) => `Ein Aufgabenprofil „${p.id}“ gibt es in questionnaires/task-profiles.yaml nicht (vorhanden: ${p.allowed}).`,
  'document-placeholder': (p) =>
    `Eckige Klammern sind für „[bitte ergänzen: …]“ reserviert; ${q(p.text)} ist so nicht geschrieben (mit Doppelpunkt, Leerzeichen und schließender Klammer).`,
  'rule-placeholder': (p) => `Der Platzhalter {${p.name}} ist in dieser Regel nicht möglich (möglich: ${p.allowed}).`,
  'title-states-result': (p) =>
    `Der Titel „${p.title}“ nennt schon ein Ergebnis („${p.word}“). Er steht neben „Passt“ wie neben „Konflikt“: Nennen Sie, was geprüft wird, etwa „Beschreibung der Abläufe“.`,
  'engine-unused-text': (p) => `Der Text „${p.key}“ wird nicht gebraucht – ${p.by} liest ihn nicht. Bitte entfernen oder die Prüfung anpassen.`,

  // ----- the wizard's rules (worded as what to do). They stand next to their field, so they do not
  // repeat the question; where there is no field (a file, a note), messageOf names the question.
  'choice-required': () => 'Wählen Sie eine Antwort aus.',
  'choices-required': () => 'Wählen Sie mindestens eine Antwort aus.',
  'number-required': () => 'Geben Sie eine Zahl ein.',
  'number-or-unknown-required': () => 'Geben Sie eine Zahl ein oder wählen Sie „Weiß nicht“.',
  'text-required': () => 'Geben Sie eine Antwort ein.',
  'answer-wrong-shape': (p) =>
    p.expected === 'list'
      ? 'Zu dieser Frage gehört eine Liste von Antworten, gespeichert ist aber eine einzelne.'
      : 'Zu dieser Frage gehört eine einzelne Antwort, gespeichert ist aber eine Liste.',
  'not-a-number': (p) =>
    `Geben Sie nur eine Zahl ein, zum Beispiel ${p.example ?? '25.000'}.${p.unknownAllowed ? ' Kennen Sie die Zahl nicht, wählen Sie „Weiß nicht“.' : ''}`,
  'number-is-range': (p) => `Geben Sie eine einzelne Zahl ein, keine Spanne – etwa die Mitte, zum Beispiel ${p.example ?? '25.000'}.`,
  'number-abbreviated': () => 'Schreiben Sie die Zahl aus, zum Beispiel 25.000 statt 25 Tsd. oder 1.500.000 statt 1,5 Mio.',
  'number-wrong-unit': (p) =>
    p.unit
      ? `Geben Sie die Zahl ohne ${q(p.symbol)} ein: Gefragt ist ${q(p.unit)}.`
      : `Geben Sie nur die Zahl ein, ohne ${q(p.symbol)}.`,
  'number-format': () => 'Trennen Sie Tausender mit einem Punkt und Nachkommastellen mit einem Komma, zum Beispiel 25.000,50.',
  'number-below-min': (p) => `Die Zahl muss mindestens ${num(p.min)} sein.`,
  'number-above-max': (p) => `Die Zahl darf höchstens ${num(p.max)} sein.`,
  'text-too-long': (p) => `Der Text ist zu lang: höchstens ${num(p.max)} Zeichen.`,
  'answer-not-an-option': () => 'Die gespeicherte Antwort passt nicht mehr zur Frage; bitte wählen Sie neu.',
  'option-twice': (p) => `${q(p.option)} ist mehrfach angekreuzt.`,
  'exclusive-option-with-others': (p) => `${q(p.option)} schließt alle anderen Antworten aus.`,
  'items-too-few': (p) =>
    Number(p.min) === 1 ? `Legen Sie mindestens eine ${p.itemName} an.` : `Legen Sie mindestens ${p.min} ${p.itemNamePlural} an.`,
  'items-too-many': (p) => `Es sind höchstens ${p.max} ${p.itemNamePlural} möglich, angelegt sind ${p.count}.`,
  'item-name-empty': (p) => `Geben Sie einen Namen für die ${p.itemName} ein.`,
  'item-name-taken': (p) => `Es gibt schon einen Eintrag ${q(p.name)}. Wählen Sie einen anderen Namen.`,
  'item-id-twice': (p) => `Die Kennung ${q(p.id)} steht bei zwei Einträgen (${q(p.first)} und ${q(p.second)}).`,
  'municipality-required': () => 'Geben Sie den Namen Ihrer Gemeinde oder Stadt ein.',
  'task-required': () => 'Wählen Sie die Aufgabe, die Sie gemeinsam erledigen wollen, oder beschreiben Sie sie.',
  'several-tasks': (p) =>
    `Diese Bewertung nennt mehrere Aufgaben (${p.tasks}). Eine Bewertung gilt einer Aufgabe: Wählen Sie die Hauptaufgabe; für die anderen legt IKZ-Check verknüpfte Bewertungen an.`,
  'landkreis-required': () => 'Wählen Sie Ihren Landkreis oder Ihre kreisfreie Stadt aus.',

  // ----- the shape of saved data and answer files
  'unknown-field': () => 'unbekanntes Feld',
  'missing-value': () => 'Angabe fehlt',
  'invalid-value': (p) => `ungültiger Wert (${printable(p.value)})`,
  'empty-value': () => 'ungültiger Wert (darf nicht leer sein)',
  'too-long': (p) => `ungültiger Wert (zu lang: ${p.length} Zeichen, erlaubt sind höchstens ${p.max})`,
  'invalid-date': (p) => `ungültiger Wert (${printable(p.value)}; erwartet wird ein Datum im Format JJJJ-MM-TT)`,
  'invalid-timestamp': (p) => `ungültiger Wert (${printable(p.value)}; erwartet wird ein Zeitstempel nach ISO 8601)`,
  'invalid-id': (p) => `ungültige Kennung (${printable(p.value)}; erlaubt sind 1 bis 100 Buchstaben, Ziffern und Bindestriche)`,
  'json-too-deep': (p) => `Die Daten sind zu tief verschachtelt (mehr als ${p.max} Ebenen); sie stammen nicht von IKZ-Check.`,
  'json-truncated': json('endet der Text mitten in den Daten'),
  'json-unexpected-character': json('steht ein unerwartetes Zeichen {char}'),
  'json-invalid-string': json('steht ein Text mit einem unzulässigen Zeichen oder Rückstrich'),
  'json-invalid-number': json('steht eine ungültige Zahl'),
  'json-trailing-data': json('folgen nach dem Ende der Daten noch weitere Zeichen'),
  'saved-foreign': () => 'Die Daten stammen nicht von IKZ-Check oder haben ein unbekanntes Format.',
  'saved-format-newer': (p) =>
    `Die Daten haben die Formatversion ${printable(p.version)}; diese Fassung von IKZ-Check kennt nur Version ${p.supported}. Bitte laden Sie die neueste Fassung der App (Seite neu laden).`,

  // ----- answer files
  'file-too-large': (p) => `Die Datei ist zu groß (${p.megabytes} MB); erlaubt sind höchstens 5 MB.`,
  'file-empty': () => 'Die Datei ist leer. Bitte lassen Sie sich die Antwortdatei erneut schicken.',
  'file-not-utf8': (_p, at) =>
    `Die Datei ist nicht in UTF-8 gespeichert (das erste unlesbare Zeichen steht in Zeile ${at.line ?? 1}, Spalte ${at.column ?? 1}). Sie wurde wahrscheinlich mit einem älteren Programm bearbeitet. Speichern Sie sie dort mit der Codierung „UTF-8“ oder lassen Sie sich die Antwortdatei erneut schicken.`,
  'file-not-an-object': () => 'Die Datei ist keine Antwortdatei von IKZ-Check (sie enthält kein JSON-Objekt).',
  'file-foreign': (p) => `Die Datei ist keine Antwortdatei von IKZ-Check (erwartet wird das Format „${p.format}“).`,
  'format-version-missing': () => 'Angabe fehlt: Die Datei nennt keine Formatversion.',
  'format-version-invalid': (p) => `ungültiger Wert (${printable(p.value)}): Die Formatversion muss eine ganze Zahl ab 1 sein.`,
  'format-version-newer': (p) =>
    `Die Datei wurde mit einer neueren Fassung von IKZ-Check erstellt (Formatversion ${p.version}); diese Fassung kennt nur Formatversion ${p.supported}. Bitte die App aktualisieren (Seite neu laden) und die Datei erneut einlesen.`,
  'forbidden-key': (p) =>
    `unzulässiger Schlüssel „${p.key}“ in ${p.container || 'der obersten Ebene'} – solche Schlüssel werden aus Sicherheitsgründen nicht eingelesen.`,
  'no-assessments': () => 'Die Datei enthält keine Bewertung.',
  'too-many-assessments': (p) => `Die Datei enthält ${p.count} Bewertungen; eingelesen werden höchstens ${p.max} auf einmal.`,
  'assessment-twice': (p) => `Die Bewertung mit der Kennung ${q(p.id)} steht mehrfach in der Datei (auch als assessments[${p.first}]).`,
  'questionnaire-version-newer': (p) =>
    `Die Antworten stammen aus einer neueren Fassung dieses Fragebogens (Version ${p.version}); diese Fassung von IKZ-Check kennt Version ${p.supported}. Bitte die App aktualisieren (Seite neu laden) und die Datei erneut einlesen.`,
  'more-problems': (p) => `Dazu kommen ${p.count} weitere Probleme, die hier nicht einzeln aufgeführt sind.`,
  'file-unreadable': () => 'Die Datei konnte nicht verarbeitet werden. Bitte lassen Sie sich die Antwortdatei erneut schicken.',
  'import-storage-full': () =>
    'Der Speicher dieses Browsers ist voll: Es wurde nichts importiert, Ihre gespeicherten Bewertungen sind unverändert. Geben Sie Speicherplatz frei (z. B. alte Bewertungen exportieren und löschen) und wählen Sie dann „Erneut versuchen“.',
  'import-storage-unavailable': () =>
    'Dieser Browser erlaubt IKZ-Check gerade nicht, Daten zu speichern (z. B. im privaten Modus): Es wurde nichts importiert.',

  // ----- migration notes
  'migration-questionnaire-unknown': (p) =>
    `Den Fragebogen ${q(p.questionnaire)} kennt diese Fassung von IKZ-Check nicht; die Antworten dazu wurden nicht übernommen.`,
  'migration-question-removed': (p) =>
    `Die Frage ${q(p.question)} gibt es im Fragebogen ${q(p.questionnaire)} nicht mehr; die Antwort ${answer(p.value)}${at(p)} wurde nicht übernommen.`,
  'migration-question-now-per-item': (p) =>
    `Die Frage ${q(p.question)} wird jetzt je ${p.itemName} einzeln gestellt; die bisherige Antwort ${answer(p.value)}${at(p)} wurde nicht übernommen.`,
  'migration-question-no-longer-per-item': (p) =>
    `Die Frage ${q(p.question)} wird nicht mehr je ${p.itemName} gestellt; die bisherige Antwort ${answer(p.value)}${at(p)} wurde nicht übernommen.`,
  'migration-option-removed': (p) =>
    `Die Frage ${q(p.question)} hat diese Antwortmöglichkeit nicht mehr; die bisherige Antwort ${answer(p.value)}${at(p)} wurde nicht übernommen.`,
  'migration-now-single': (p) =>
    `Die Frage ${q(p.question)} erlaubt jetzt nur noch eine Antwort; die bisherige Antwort ${answer(p.value)}${at(p)} wurde nicht übernommen.`,
  'migration-now-input': (p) =>
    `Die Frage ${q(p.question)} erwartet jetzt eine Eingabe statt einer Auswahl; die bisherige Antwort ${answer(p.value)}${at(p)} wurde nicht übernommen.`,
  'migration-options-removed': (p) =>
    `Die Frage ${q(p.question)} hat ${plural(String(p.dropped).split(LIST_SEPARATOR).length, 'die Antwortmöglichkeit', 'die Antwortmöglichkeiten')} ${answer(p.dropped)} nicht mehr; übernommen wurde ${answer(p.kept)}${at(p)}.`,
  'migration-now-multiple': (p) => `Die Frage ${q(p.question)} erlaubt jetzt mehrere Antworten; übernommen wurde ${answer(p.kept)}${at(p)}.`,
  'migration-section-removed': (p) =>
    `Im Fragebogen ${q(p.questionnaire)} gibt es keinen Abschnitt ${q(p.section)} mit einzelnen Einträgen mehr; der Eintrag ${q(p.itemLabel)} wurde mit seinen Antworten nicht übernommen.`,
  'migration-rule': (p) =>
    `Frage ${q(p.question)}: ${messages[p.rule as IssueCode](p, {})} Die bisherige Antwort ${answer(p.value)}${at(p)} passt nicht mehr zu dieser Regel und wurde nicht übernommen.`,
  'migration-items-over-max': (p) =>
    `Im Fragebogen ${q(p.questionnaire)} sind jetzt höchstens ${p.max} ${plural(p.max, String(p.itemName), String(p.itemNamePlural))} möglich; ${plural(p.count, 'der Eintrag', 'die Einträge')} ${answer(p.names)} ${plural(p.count, 'wurde', 'wurden')} mit ${plural(p.count, 'seinen', 'ihren')} Antworten nicht übernommen.`,

  // ----- the action plan
  'plan-status-invalid': (p) => `Maßnahmenplan: Den Status ${q(p.value)} gibt es nicht; möglich sind „offen“, „in Arbeit“, „erledigt“ und „entfällt“.`,
  'plan-priority-invalid': (p) => `Maßnahmenplan: Die Priorität ${q(p.value)} gibt es nicht; möglich sind „hoch“, „mittel“ und „niedrig“.`,
  'plan-date-invalid': (p) =>
    `Maßnahmenplan: ${q(p.value)} ist kein gültiges Datum für „Bis“. Erwartet wird ein Tag zwischen dem 1.1.2000 und dem 31.12.2099, in der Datei im Format JJJJ-MM-TT.`,
  'plan-text-too-long': (p) =>
    `Maßnahmenplan: Der Text bei „${PLAN_FIELDS[String(p.field)] ?? p.field}“ ist zu lang (${num(p.length)} Zeichen); erlaubt sind höchstens ${num(p.max)}.`,
  'plan-text-empty': () => 'Maßnahmenplan: Geben Sie ein, was zu tun ist – ein eigener Schritt braucht einen Text.',
  'plan-key-invalid': (p) => `Maßnahmenplan: ${q(p.value)} ist keine Kennung eines Schritts, wie IKZ-Check sie vergibt.`,
  'plan-too-many': (p) => `Maßnahmenplan: ${num(p.count)} Einträge sind zu viele; möglich sind höchstens ${num(p.max)}.`,

  // ----- two windows
  'sync-conflict': (p) =>
    `${q(p.assessment)} wurde gleichzeitig in einem anderen Fenster geändert. Ihre übrigen Änderungen sind gespeichert; bei ${p.count} ${plural(p.count, 'Angabe', 'Angaben')}, die in beiden Fenstern geändert wurden, gilt die aus dem anderen Fenster. Bitte prüfen Sie diese Angaben.`,
  'sync-deleted': (p) => `${q(p.assessment)} wurde in einem anderen Fenster gelöscht und ist deshalb hier nicht mehr zu sehen.`,
  'sync-unreadable': (p) =>
    `${q(p.assessment)} wurde in einem anderen Fenster mit einer neueren Fassung von IKZ-Check gespeichert. Laden Sie diese Seite neu, bevor Sie weiterarbeiten; bis dahin speichert dieses Fenster die Bewertung nicht.`,
};

/** " bei Leistung „Bauhof“" for answers that belong to an item. */
function at(p: IssueParams): string {
  return p.itemLabel !== undefined ? ` bei ${p.itemName ?? 'Eintrag'} ${q(p.itemLabel)}` : '';
}

/** Codes worded for a field on the page; elsewhere messageOf says which question they are about. */
const FIELD_CODES = new Set<IssueCode>([
  'choice-required',
  'choices-required',
  'number-required',
  'number-or-unknown-required',
  'text-required',
  'answer-wrong-shape',
  'not-a-number',
  'number-is-range',
  'number-abbreviated',
  'number-wrong-unit',
  'number-format',
  'number-below-min',
  'number-above-max',
  'text-too-long',
  'answer-not-an-option',
  'option-twice',
  'exclusive-option-with-others',
]);

/**
 * The message of an issue. A rule broken in a file names its place first – "Bewertung „…“,
 * Fragebogen „…“, Leistung „…“, Frage „…“: " – from the parameters `place`, `questionnaire`,
 * `itemLabel` and (for the rules of a single answer) `question`.
 */
export function messageOf(issue: Issue): string {
  const text = messages[issue.code](issue.params, issue);
  const { place, questionnaire, itemName, itemLabel, question } = issue.params;
  if (place === undefined) return text;
  const parts = [`Bewertung ${q(place)}`];
  if (questionnaire !== undefined) parts.push(`Fragebogen ${q(questionnaire)}`);
  if (itemLabel !== undefined) parts.push(`${itemName ?? 'Eintrag'} ${q(itemLabel)}`);
  if (question !== undefined && FIELD_CODES.has(issue.code)) parts.push(`Frage ${q(question)}`);
  return `${parts.join(', ')}: ${text}`;
}

/** One line per issue: `file:line:column path: message` – the form editors and the build print. */
export function describeIssue(issue: Issue): string {
  const position = issue.line ? `:${issue.line}:${issue.column ?? 1}` : '';
  const place = issue.file ? `${issue.file}${position} ` : '';
  const path = issue.path.length ? `${formatPath(issue.path)}: ` : '';
  return `${place}${path}${messageOf(issue)}`;
}

/** The counts of a migration summary in one sentence: "12 Antworten wurden übernommen, 1 Angabe entfällt, 3 Fragen sind noch offen." */
export function migrationSummaryText(summary: { kept: number; changed: number; dropped: number; open: number; toVersion?: number }): string {
  if (summary.toVersion === undefined) {
    return `Diesen Fragebogen kennt diese Fassung von IKZ-Check nicht: ${num(summary.dropped)} ${plural(summary.dropped, 'Angabe entfällt', 'Angaben entfallen')}.`;
  }
  const parts = [
    `${num(summary.kept)} ${plural(summary.kept, 'Antwort wurde', 'Antworten wurden')} übernommen${summary.changed ? ` (davon ${num(summary.changed)} angepasst)` : ''}`,
    `${num(summary.dropped)} ${plural(summary.dropped, 'Angabe entfällt', 'Angaben entfallen')}`,
    `${num(summary.open)} ${plural(summary.open, 'Frage ist', 'Fragen sind')} noch offen`,
  ];
  return `${parts.join(', ')}.`;
}
