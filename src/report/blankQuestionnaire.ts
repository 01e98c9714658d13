// The printable blank questionnaire: every questionnaire with its questions, hints, the criteria for
// "Ja", the help text, each option as a box to tick and lines for notes – for rounds in the
// departments that collect answers on paper before someone types them in. Conditional questions say
// when they apply.
import { jsPDF } from 'jspdf';
import type { Condition, Content, Question, Questionnaire } from '../domain/content/schema.ts';
import { isTopic } from '../domain/content/lookups.ts';
import { optionsOf } from '../domain/content/questions.ts';
import { formatDate } from './pdfChapters.ts';
import { PAGE, Writer, type PdfAssets } from './pdfWriter.ts';

export const BLANK_TITLE = 'Fragebögen zum Ausfüllen auf Papier';

type Numbers = Map<string, string>;

function numbersOf(questionnaire: Questionnaire): Numbers {
  return new Map(questionnaire.sections.flatMap((s, i) => s.questions.map((q, j) => [q.id, `${i + 1}.${j + 1}`] as const)));
}

/** A condition of the questionnaire in words: "Frage 1.2 mit „Ja“ oder „Teilweise“ beantwortet". */
export function describeCondition(condition: Condition, questionnaire: Questionnaire, numbers: Numbers): string {
  if ('all' in condition) return condition.all.map((c) => describeCondition(c, questionnaire, numbers)).join(' und ');
  if ('any' in condition) return condition.any.map((c) => describeCondition(c, questionnaire, numbers)).join(' oder ');
  if ('not' in condition) return `nicht (${describeCondition(condition.not, questionnaire, numbers)})`;
  if ('section' in condition) {
    const section = questionnaire.sections.find((s) => s.id === condition.section);
    const plural = section?.repeat?.itemNamePlural ?? 'Einträge';
    return condition.minItems === 1 ? `mindestens ein Eintrag unter „${section?.title ?? condition.section}“` : `mindestens ${condition.minItems} ${plural}`;
  }
  const question = questionnaire.sections.flatMap((s) => s.questions).find((q) => q.id === condition.question);
  const number = `Frage ${numbers.get(condition.question) ?? condition.question}`;
  const label = (value: string) => `„${(question ? optionsOf(question).find((o) => o.value === value)?.label : undefined) ?? value}“`;
  if (condition.in) return `${number} mit ${condition.in.map(label).join(' oder ')} beantwortet`;
  if (condition.notIn) return `${number} nicht mit ${condition.notIn.map(label).join(' oder ')} beantwortet`;
  return condition.answered === false ? `${number} nicht beantwortet` : `${number} beantwortet`;
}

function options(w: Writer, question: Question): void {
  const size = 9.5;
  const step = Writer.lineHeight(size);
  if (question.type === 'multiple') w.paragraph('Mehrere Antworten möglich.', { size: 8.5, muted: true, after: 0.5 });
  const choices = optionsOf(question);
  if (question.type === 'number') {
    w.ensure(10);
    w.doc.setDrawColor(60).setLineWidth(0.3).rect(PAGE.left + 7, w.y, 55, 7);
    w.font('normal', size);
    if (question.unit) w.doc.text(w.clean(question.unit), PAGE.left + 64, w.y + 4.8);
    w.y += 9;
  }
  if (question.type === 'text') w.writingLines(question.multiline ? 3 : 1, { indent: 7 });
  for (const option of choices) {
    w.font('normal', size);
    const label = option.hint ? `${option.label} – ${option.hint}` : option.label;
    const lines = w.lines(w.clean(label), PAGE.width - PAGE.left - PAGE.right - 9);
    w.ensure(lines.length * step + 1);
    w.checkbox(PAGE.left + 1.5, w.y + 0.7);
    w.font('normal', size);
    w.doc.text([...lines], PAGE.left + 7, w.y + step * 0.8, { lineHeightFactor: 1.4 });
    w.y += lines.length * step + 1.2;
  }
}

function questionBlock(w: Writer, question: Question, questionnaire: Questionnaire, numbers: Numbers): void {
  // Keep the question with its first options on one page.
  w.ensure(28);
  w.paragraph(`${numbers.get(question.id)}  ${question.text}`, { bold: true, size: 10.5, after: 0.8 });
  if (question.showIf) w.paragraph(`Nur ausfüllen, wenn ${describeCondition(question.showIf, questionnaire, numbers)}.`, { size: 8.5, muted: true, after: 0.6 });
  if (question.hint) w.paragraph(question.hint, { size: 9, after: 0.6 });
  if (question.criteria?.length) {
    w.paragraph('„Ja“ heißt:', { size: 9, bold: true, after: 0.3 });
    w.bullets(question.criteria, { size: 9 });
  }
  options(w, question);
  if (question.help) w.paragraph(`Warum wird das gefragt? ${question.help}`, { size: 8.5, muted: true, after: 0.8 });
  w.writingLines(2, { label: 'Notiz' });
  w.y += 2;
}

export function renderBlankQuestionnaire(content: Content, assets: PdfAssets, generatedAt: Date): jsPDF {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  doc.setProperties({ title: `IKZ-Check – ${BLANK_TITLE}`, subject: 'Fragebögen des IKZ-Checks zum Ausdrucken', author: 'IKZ-Check', creator: 'IKZ-Check' });
  doc.setCreationDate(generatedAt);
  doc.setLanguage('de-DE');
  const w = new Writer(doc, assets);
  w.y = 55;
  w.paragraph('IKZ-Check', { size: 26, bold: true, after: 3 });
  w.paragraph(BLANK_TITLE, { size: 17, bold: true, after: 8 });
  w.paragraph(
    'Für Runden in den Fachämtern: Kreuzen Sie je Frage eine Antwort an (bei „Mehrere Antworten möglich“ alle, die zutreffen), notieren Sie Zahlen im Kästchen und Bemerkungen auf den Linien. Danach überträgt jemand die Antworten in IKZ-Check. Fragen mit „Nur ausfüllen, wenn …“ gelten nur unter dieser Bedingung.',
    { after: 3 },
  );
  w.table(
    [{ width: 55, bold: true }, {}],
    [
      ['Gemeinde', ''],
      ['Fachamt / ausgefüllt von', ''],
      ['Datum', ''],
    ],
    { size: 10, padding: 3, minRowHeight: 11 },
  );
  w.paragraph(`Fragebögen: ${content.questionnaires.map((q) => `${q.title} (Version ${q.version})`).join(', ')}`, { size: 9, muted: true });

  for (const questionnaire of content.questionnaires) {
    const numbers = numbersOf(questionnaire);
    w.newPage();
    w.heading(`${questionnaire.title}${isTopic(questionnaire) ? '' : ' (freiwillig)'}`, 1);
    w.paragraph(questionnaire.intro, { size: 9.5 });
    questionnaire.sections.forEach((section, index) => {
      w.heading(`${index + 1}. ${section.title}`, 2, { keepWith: 45, toc: true });
      if (section.showIf) w.paragraph(`Nur ausfüllen, wenn ${describeCondition(section.showIf, questionnaire, numbers)}.`, { size: 9, muted: true });
      if (section.intro) w.paragraph(section.intro, { size: 9.5 });
      if (section.repeat) {
        w.paragraph(
          `Für jeden Eintrag („${section.repeat.itemNamePlural}“) einzeln ausfüllen; kopieren Sie diese Seiten für jeden weiteren.${section.repeat.hint ? ` ${section.repeat.hint}` : ''}`,
          { size: 9.5, bold: true },
        );
        w.writingLines(1, { label: `Name (${section.repeat.itemName}${section.repeat.example ? `, z. B. ${section.repeat.example}` : ''})` });
      }
      for (const question of section.questions) questionBlock(w, question, questionnaire, numbers);
    });
  }
  w.finish({ title: `IKZ-Check – ${BLANK_TITLE}`, subject: 'Fragebögen', date: formatDate(generatedAt.toISOString()), tocBefore: 2 });
  return doc;
}
