// The action plan as CSV (src/domain/exchange/planCsv.ts): read back with a strict parser of
// quoted, semicolon-separated records, so that what Excel and LibreOffice Calc see is checked
// field by field – umlauts, semicolons, quotes and line breaks in notes, and formula injection.
import { describe, expect, it } from 'vitest';
import { addCustomStep, recordCustomStep, recordStep } from '../../src/domain/assessment/plan.ts';
import { csvCell, PLAN_CSV_HEADERS, planCsv, planCsvFileName } from '../../src/domain/exchange/planCsv.ts';
import { buildReport } from '../../src/domain/report/report.ts';
import { scenario, SCENARIO_DATE } from '../fixtures/scenarios.ts';
import { loadRealContent } from './answers.ts';

const content = loadRealContent();

/** Records of a CSV whose every field is quoted; throws on anything else, so a stray quote cannot pass. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let i = 0;
  while (i < text.length) {
    const record: string[] = [];
    for (;;) {
      if (text[i] !== '"') throw new Error(`Feld ohne Anführungszeichen bei ${i}`);
      let field = '';
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('Feld nicht geschlossen');
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
      record.push(field);
      if (text[i] === ';') i++;
      else if (text.startsWith('\r\n', i)) {
        i += 2;
        break;
      } else throw new Error(`Unerwartetes Zeichen ${JSON.stringify(text[i])} bei ${i}`);
    }
    records.push(record);
  }
  return records;
}

function plannedReport() {
  const a = scenario('standesamt');
  const steps = buildReport(content, a, SCENARIO_DATE).actions;
  const first = steps[0]!;
  let plan = recordStep(undefined, first.stepKey, { text: first.text, topic: first.topic, priority: first.priority, suggestedOwner: first.suggestedOwner }, {
    owner: 'Frau Müller; Hauptamt',
    due: '2027-01-15',
    status: 'in-arbeit',
    note: 'Rücksprache mit „Landesdirektion“\nZweite Zeile',
  });
  plan = addCustomStep(plan, 'k1', '=HYPERLINK("http://example.org";"Klick")', 'hoch');
  plan = recordCustomStep(plan, 'k1', { owner: '+49 351 123', note: '-5 Tage Puffer', status: 'erledigt' });
  plan = addCustomStep(plan, 'k2', '@Kämmerei: Haushaltsstelle prüfen', 'niedrig');
  a.plan = plan!;
  return buildReport(content, a, SCENARIO_DATE);
}

describe('planCsv', () => {
  const report = plannedReport();
  const text = planCsv(report.actions);

  it('starts with a byte order mark and ends every record with CRLF', () => {
    expect(text.startsWith('\uFEFF"Priorität";"Schritt"')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\r')).toBe(false);
  });

  it('reads back as one record per step with the columns in order', () => {
    const records = parseCsv(text.slice(1));
    expect(records[0]).toEqual([...PLAN_CSV_HEADERS]);
    expect(records.slice(1)).toHaveLength(report.actions.length);
    expect(records.every((r) => r.length === 7)).toBe(true);
  });

  it('keeps umlauts, semicolons, quotes and line breaks inside their cell', () => {
    const [, first] = parseCsv(text.slice(1));
    const step = report.actions[0]!;
    expect(first).toEqual([
      step.priority,
      step.text,
      'Frau Müller; Hauptamt',
      '15.01.2027',
      'in Arbeit',
      'Rücksprache mit „Landesdirektion“\nZweite Zeile',
      `${step.topic}: ${step.because}`,
    ]);
  });

  it('puts an apostrophe before cells that a spreadsheet would run as a formula', () => {
    const records = parseCsv(text.slice(1));
    const own = records.find((r) => r[1]!.includes('HYPERLINK'))!;
    expect(own).toEqual(['hoch', `'=HYPERLINK("http://example.org";"Klick")`, `'+49 351 123`, '', 'erledigt', `'-5 Tage Puffer`, 'Eigener Schritt']);
    expect(records.find((r) => r[1]!.startsWith("'@"))![1]).toBe(`'@Kämmerei: Haushaltsstelle prüfen`);
  });

  it.each([
    ['=1+1', `"'=1+1"`],
    ['+1', `"'+1"`],
    ['-1', `"'-1"`],
    ['@SUM(A1)', `"'@SUM(A1)"`],
    ['\tx', `"'\tx"`],
    ['a "b"', '"a ""b"""'],
    ['Bürgermeister', '"Bürgermeister"'],
  ])('csvCell(%j) = %s', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('names the file after the municipality in ASCII and the local day', () => {
    expect(planCsvFileName('Gemeinde Großröhrsdorf', new Date(2027, 0, 5, 23, 30))).toBe('IKZ-Check_Massnahmenplan_Gemeinde-Grossroehrsdorf_2027-01-05.csv');
    expect(planCsvFileName(' ', new Date(2027, 0, 5))).toBe('IKZ-Check_Massnahmenplan_ohne-Namen_2027-01-05.csv');
  });
});
