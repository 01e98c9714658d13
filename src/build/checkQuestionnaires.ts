// `npm run questionnaires:check`: validates all content and prints one line per questionnaire.
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { describeIssue } from '../domain/issues/messages.ts';
import { questionnaireStats } from '../domain/content/stats.ts';
import { loadContent } from './loadContent.ts';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const directory = process.argv[2] ? resolve(process.argv[2]) : resolve(root, 'questionnaires');
const { content, issues } = loadContent(directory, root);

if (!content) {
  for (const issue of issues) console.error(describeIssue(issue));
  console.error(`\n${issues.length} Fehler in den Fragebögen – bitte korrigieren.`);
  process.exit(1);
}
for (const questionnaire of content.questionnaires) {
  const s = questionnaireStats(questionnaire);
  console.log(
    `questionnaire ${questionnaire.id} v${questionnaire.version}: ${s.questions} questions, ${s.withHelp} with help, ${s.references} references, ${s.conditional} conditional`,
  );
}
