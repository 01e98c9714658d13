// The German wording of every validation issue, in one table.
import { formatPath, type Issue, type IssueCode } from './issues.ts';

type Params = Issue['params'];
const messages: Record<IssueCode, (p: Params) => string> = {
  'schema': (p) => `Ungültiger Inhalt: ${p.detail}`,
  'yaml-syntax': (p) => `Die YAML-Datei ist nicht lesbar: ${p.detail}`,
  'duplicate-id': (p) => `Die ${p.kind} „${p.id}“ ist doppelt vergeben (zuerst bei ${p.first}).`,
  'duplicate-questionnaire': (p) => `Der Fragebogen „${p.id}“ ist doppelt vorhanden (auch in ${p.other}).`,
  'unknown-question': (p) => `Die Bedingung verweist auf die unbekannte Frage „${p.question}“.`,
  'unknown-option': (p) =>
    `Die Frage „${p.question}“ hat keine Antwortoption „${p.value}“ (möglich: ${p.allowed}).`,
  'unknown-section': (p) => `Die Bedingung verweist auf den unbekannten Abschnitt „${p.section}“.`,
  'section-not-repeatable': (p) =>
    `„minItems“ geht nur bei wiederholbaren Abschnitten; „${p.section}“ ist keiner.`,
  'condition-cycle': (p) => `Die Bedingungen bilden einen Kreis: ${p.cycle}.`,
  'condition-into-repeat': (p) =>
    `Die Bedingung verweist auf „${p.question}“ im wiederholbaren Abschnitt „${p.section}“; das geht nur aus demselben Abschnitt heraus.`,
  'option-without-score': (p) =>
    `Die Antwortoption „${p.value}“ hat keinen Punktwert (score zwischen 0 und 1), die Frage wird aber bewertet.`,
  'score-on-unscored': (p) =>
    `Die Antwortoption „${p.value}“ hat einen Punktwert, die Frage ist aber als nicht bewertet markiert (scored: false).`,
  'special-option-with-score': (p) =>
    `Die Antwortoption „${p.value}“ ist „weiß nicht“ oder „nicht zutreffend“ und darf keinen Punktwert haben.`,
  'unknown-reference': (p) =>
    `Die Rechtsgrundlage „${p.reference}“ fehlt im Verzeichnis questionnaires/references.yaml.`,
  'missing-help': (p) => `Die Frage „${p.question}“ hat keinen Hilfetext („Warum wird das gefragt?“).`,
  'invalid-range': (p) => `Der Mindestwert ${p.min} ist größer als der Höchstwert ${p.max}.`,
  'guide-unreachable': (p) => `Dieser Richtwert zu „${p.question}“ gilt nie: Ein Richtwert davor hat keine Bedingung und gilt immer.`,
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
  'rule-placeholder': (p) => `Der Platzhalter {${p.name}} ist in dieser Regel nicht möglich (möglich: ${p.allowed}).`,
  'engine-unused-text': (p) => `Der Text „${p.key}“ wird nicht gebraucht – ${p.by} liest ihn nicht. Bitte entfernen oder die Prüfung anpassen.`,
};

export function messageOf(issue: Issue): string {
  return messages[issue.code](issue.params);
}

/** One line per issue: `file:line:column path: message` – the form editors and the build print. */
export function describeIssue(issue: Issue): string {
  const position = issue.line ? `:${issue.line}:${issue.column ?? 1}` : '';
  const where = issue.file ? `${issue.file}${position} ` : '';
  const path = issue.path.length ? `${formatPath(issue.path)}: ` : '';
  return `${where}${path}${messageOf(issue)}`;
}
