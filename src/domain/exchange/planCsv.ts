// The action plan as a CSV file for a spreadsheet: many administrations track tasks in Excel or
// LibreOffice Calc. German spreadsheets expect semicolons; a UTF-8 byte order mark makes Excel read
// umlauts right; CRLF ends each record; every field is quoted, so that semicolons, quotes and line
// breaks in notes stay inside their cell. A cell starting with = + - @ (or a tab or carriage
// return) could run as a formula when the file is opened: it gets a leading apostrophe
// (OWASP "CSV Injection").
import { asciiName, localDate } from '../assessment/names.ts';
import type { PlanStep } from '../report/actionPlan.ts';

export const PLAN_CSV_HEADERS = ['Priorität', 'Schritt', 'Zuständig', 'Bis', 'Status', 'Notiz', 'Quelle'] as const;
const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Where a step comes from, in one cell: the topic and the reason, or that it is the municipality's own. */
function sourceOf(step: PlanStep): string {
  if (step.source === 'eigener-schritt') return step.topic;
  return `${step.topic}: ${step.because}`;
}

export function planCsv(steps: PlanStep[]): string {
  const rows = [
    [...PLAN_CSV_HEADERS],
    ...steps.map((s) => [s.priority, s.text, s.owner, s.progress.dueText ?? '', s.progress.statusText, s.progress.note ?? '', sourceOf(s)]),
  ];
  return `${BOM}${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

/** IKZ-Check_Massnahmenplan_<Gemeinde>_<JJJJ-MM-TT>.csv, ASCII only; the date is the local day of `date`. */
export function planCsvFileName(municipality: string, date: Date): string {
  return `IKZ-Check_Massnahmenplan_${asciiName(municipality.trim()) || 'ohne-Namen'}_${localDate(date)}.csv`;
}
