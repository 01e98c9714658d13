// Wording shared by everything that reads user files (saved data, answer files) and names files:
// schema problems in plain German with their path, shortened values, ASCII file-name parts.
import type * as v from 'valibot';
import { formatPath } from './issues.ts';

export interface DataProblem {
  /** Where in the data, e.g. "assessments[0].meta.landkreis"; empty for the whole text. */
  path: string;
  message: string;
}

export function shorten(text: string, max = 80): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** A valibot issue as a German problem, its path prefixed (e.g. with the place of the assessment in a file). */
export function describeSchemaIssue(prefix: (string | number)[], issue: v.BaseIssue<unknown>): DataProblem {
  const path = formatPath([...prefix, ...(issue.path ?? []).map((p) => p.key as string | number)]);
  const received = shorten(issue.received, 60);
  let message: string;
  if (issue.kind === 'schema' && issue.expected === 'never') message = 'unbekanntes Feld';
  else if (issue.kind === 'schema' && issue.received === 'undefined') message = 'Angabe fehlt';
  else if (issue.type === 'max_length')
    message = `ungültiger Wert (zu lang: ${received} Zeichen, erlaubt sind höchstens ${issue.requirement as number})`;
  else if (issue.type === 'min_length') message = 'ungültiger Wert (darf nicht leer sein)';
  else if (issue.type === 'iso_date')
    message = `ungültiger Wert (${received}; erwartet wird ein Datum im Format JJJJ-MM-TT)`;
  else if (issue.type === 'iso_timestamp')
    message = `ungültiger Wert (${received}; erwartet wird ein Zeitstempel nach ISO 8601)`;
  else if (issue.type === 'regex')
    message = `ungültiger Wert (${received}; erlaubt sind Kleinbuchstaben, Ziffern und Bindestriche)`;
  else message = `ungültiger Wert (${received})`;
  return { path, message };
}

const UMLAUTS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss', ẞ: 'SS' };

/** ASCII for file names: umlauts spelt out, accents dropped, everything else a hyphen. */
export function asciiName(text: string): string {
  return text
    .replace(/[äöüÄÖÜßẞ]/g, (c) => UMLAUTS[c] ?? c)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}
