// Answers for tests, checked against the questionnaire like the wizard checks them: a test that
// names an option the questionnaire does not have fails at once instead of silently testing
// "unanswered" – so a renamed option cannot make a table row pass for the wrong reason.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadContent } from '../../src/build/loadContent.ts';
import type { AnswerValue } from '../../src/domain/assessment/assessment.ts';
import { questionIndex } from '../../src/domain/content/questionIndex.ts';
import { optionsOf } from '../../src/domain/content/questions.ts';
import type { Content, Questionnaire } from '../../src/domain/content/schema.ts';
import { describeIssue } from '../../src/domain/issues/messages.ts';

/**
 * The real content of questionnaires/. The mutation run compiles it once and passes the file in
 * IKZ_CONTENT_JSON, so that each of its hundreds of test runs does not parse the YAML again.
 */
export function loadRealContent(): Content {
  const cached = process.env.IKZ_CONTENT_JSON;
  if (cached) return JSON.parse(readFileSync(cached, 'utf8')) as Content;
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const { content, issues } = loadContent(join(root, 'questionnaires'), root);
  if (!content) throw new Error(`Fragebögen ungültig:\n${issues.map(describeIssue).join('\n')}`);
  return content;
}

/** Throws unless every answer names a question of the questionnaire and, for choices, one of its options. */
export function checkedAnswers<T extends Record<string, AnswerValue>>(questionnaire: Questionnaire, answers: T): T {
  const index = questionIndex(questionnaire);
  for (const [id, value] of Object.entries(answers)) {
    const question = index.question(id);
    if (!question) throw new Error(`Testfehler: Fragebogen „${questionnaire.id}“ hat keine Frage „${id}“.`);
    const allowed = optionsOf(question).map((o) => o.value);
    const values = Array.isArray(value) ? value : [value];
    if (question.type === 'multiple' && !Array.isArray(value)) throw new Error(`Testfehler: „${id}“ erwartet eine Liste.`);
    for (const v of values) {
      // Free text, and numbers: tests feed deliberately unreadable or out-of-range numbers too.
      if (question.type === 'text' || question.type === 'number') continue;
      if (!allowed.includes(v)) {
        throw new Error(`Testfehler: Die Frage „${id}“ hat keine Option „${v}“ (möglich: ${allowed.join(', ')}).`);
      }
    }
  }
  return answers;
}
