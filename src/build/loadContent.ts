// Build time only (Node): reads questionnaires/*.yaml, validates them with the domain checks and
// points every issue at its line and column. The app itself never ships a YAML parser.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import type { Issue } from '../domain/issues/issues.ts';
import { withGlossaryTerms } from '../domain/content/lookups.ts';
import { validateContent, type SourceFile } from '../domain/content/validate.ts';
import type { Content } from '../domain/content/schema.ts';
import { ENGINE_CONTRACTS } from '../domain/verdicts/contracts.ts';

export const CONTENT_FILES = {
  references: 'references.yaml',
  glossary: 'glossary.yaml',
  settings: 'settings.yaml',
  legalForms: 'legal-forms.yaml',
  compatibility: 'compatibility.yaml',
  vatTest: 'vat-test.yaml',
  taskProfiles: 'task-profiles.yaml',
  costs: 'costs.yaml',
  documents: 'documents.yaml',
} as const;

interface ParsedFile extends SourceFile {
  document?: Document;
  lineCounter: LineCounter;
  syntaxIssues: Issue[];
}

function parseFile(path: string, root: string): ParsedFile {
  const file = relative(root, path).split('\\').join('/');
  const lineCounter = new LineCounter();
  const source = readFileSync(path, 'utf8');
  const document = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const syntaxIssues: Issue[] = document.errors.map((error) => {
    const position = lineCounter.linePos(error.pos[0]);
    return {
      code: 'yaml-syntax',
      file,
      path: [],
      params: { detail: `${error.code}: ${error.message.split('\n')[0]}` },
      line: position.line,
      column: position.col,
    };
  });
  return { file, data: syntaxIssues.length ? undefined : document.toJS(), document, lineCounter, syntaxIssues };
}

function locate(issue: Issue, parsed: ParsedFile | undefined): Issue {
  if (!parsed?.document || issue.line) return issue;
  // Walk up the path until a node exists (a missing key is reported at its parent).
  for (let depth = issue.path.length; depth >= 0; depth--) {
    const node = parsed.document.getIn(issue.path.slice(0, depth), true) as { range?: [number, number, number] } | undefined;
    if (node && typeof node === 'object' && node.range) {
      const position = parsed.lineCounter.linePos(node.range[0]);
      return { ...issue, line: position.line, column: position.col };
    }
  }
  return issue;
}

export interface LoadedContent {
  content?: Content;
  issues: Issue[];
  files: string[];
}

export function loadContent(directory: string, root: string): LoadedContent {
  const yamlFiles = readdirSync(directory)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort();
  const parsed = yamlFiles.map((name) => parseFile(join(directory, name), root));
  const files = parsed.map((p) => p.file);
  const syntaxIssues = parsed.flatMap((p) => p.syntaxIssues);
  if (syntaxIssues.length) return { issues: syntaxIssues, files };

  const isSpecial = (p: ParsedFile) => Object.values(CONTENT_FILES).some((name) => p.file.endsWith(`/${name}`));
  const special = {} as Record<keyof typeof CONTENT_FILES, SourceFile>;
  const missing: Issue[] = [];
  for (const [key, name] of Object.entries(CONTENT_FILES) as [keyof typeof CONTENT_FILES, string][]) {
    const found = parsed.find((p) => p.file.endsWith(`/${name}`));
    const file = relative(root, join(directory, name)).split('\\').join('/');
    if (!found) missing.push({ code: 'missing-file', file, path: [], params: { file } });
    special[key] = found ?? { file, data: undefined };
  }
  if (missing.length) return { issues: missing, files };

  const result = validateContent({ questionnaires: parsed.filter((p) => !isSpecial(p)), ...special }, ENGINE_CONTRACTS);
  const issues = result.issues.map((issue) => locate(issue, parsed.find((p) => p.file === issue.file)));
  return { content: result.content && withGlossaryTerms(result.content), issues, files };
}
