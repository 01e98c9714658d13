// Notes per question (typed in the wizard or in the workshop) as the reports show them: with the
// question they belong to, in questionnaire order. A note is kept even when its question is hidden
// by later answers: it is the user's own text and never dropped silently. In the joint report a
// workshop note, saved with every partner, appears once.
import type { Assessment } from '../assessment/assessment.ts';
import type { Content } from '../content/schema.ts';

export interface QuestionNote {
  questionnaireId: string;
  /** Title of the questionnaire. */
  topic: string;
  questionId: string;
  question: string;
  /** Name of the item (e.g. the service) for questions of repeatable sections. */
  item?: string;
  text: string;
}

/** Notes are keyed by question id, or "itemId/questionId" inside a repeatable section. */
export function notesOf(content: Content, assessment: Assessment): QuestionNote[] {
  return content.questionnaires.flatMap((questionnaire) => {
    const response = assessment.responses[questionnaire.id];
    const notes = response?.notes ?? {};
    if (Object.keys(notes).length === 0) return [];
    return questionnaire.sections.flatMap((section) =>
      section.questions.flatMap((question) => {
        const base = { questionnaireId: questionnaire.id, topic: questionnaire.title, questionId: question.id, question: question.text };
        if (!section.repeat) {
          const text = notes[question.id]?.trim();
          return text ? [{ ...base, text }] : [];
        }
        return (response!.items[section.id] ?? []).flatMap((item) => {
          const text = notes[`${item.id}/${question.id}`]?.trim();
          return text ? [{ ...base, item: item.name, text }] : [];
        });
      }),
    );
  });
}

export interface JointNote extends QuestionNote {
  /** The partners whose assessments hold this note; all of them for a workshop note. */
  partners: string[];
}

/** The notes of several partners, each note once with the partners that hold it, in the order first seen. */
export function jointNotes(partners: { name: string; notes: QuestionNote[] }[]): JointNote[] {
  const byKey = new Map<string, JointNote>();
  for (const partner of partners) {
    for (const note of partner.notes) {
      const key = JSON.stringify([note.questionnaireId, note.questionId, note.item ?? '', note.text]);
      const known = byKey.get(key);
      if (known) known.partners.push(partner.name);
      else byKey.set(key, { ...note, partners: [partner.name] });
    }
  }
  return [...byKey.values()];
}
