// The cost chapter of the report (src/domain/report/costSection.ts with verdicts/costInputs.ts) on
// the real questionnaire "kosten" and questionnaires/costs.yaml: the worked example of the scenario
// standesamt spelled out to the cent, then one row per situation a municipality meets.
import { describe, expect, it } from 'vitest';
import type { AnswerValue, Assessment } from '../../src/domain/assessment/assessment';
import { buildReport, type ReportModel } from '../../src/domain/report/report';
import { scenario, SCENARIO_DATE } from '../fixtures/scenarios';
import { checkGuideLabels } from '../../src/domain/verdicts/costContract';
import { loadRealContent } from './answers';

const content = loadRealContent();
// Intl puts a no-break space between amount and "€"; the expectations are written with plain spaces.
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value).replace(/\u00a0/g, ' ')) as T;
const costsOf = (assessment: Assessment): NonNullable<ReportModel['costs']> => plain(buildReport(content, assessment, SCENARIO_DATE).costs!);

/** The standesamt scenario with some cost answers changed (undefined removes one). */
function withCosts(answers: Record<string, AnswerValue | undefined>, edit?: (a: Assessment) => void): Assessment {
  const a = scenario('standesamt');
  const response = a.responses.kosten!;
  for (const [id, value] of Object.entries(answers)) {
    if (value === undefined) delete response.answers[id];
    else response.answers[id] = value;
  }
  edit?.(a);
  return a;
}

describe('worked example: Lindenbach performs the Standesamt for Hohenau, costs by inhabitants', () => {
  const costs = costsOf(scenario('standesamt'));

  it('is calculated without missing figures', () => {
    expect(costs.status).toBe('berechnet');
    expect(costs.missing).toEqual([]);
    expect(costs.problems).toEqual([]);
  });

  it('adds up the running costs: 0.9 FTE at 68,000 €, 9,700 € per workplace, 20 % overhead, IT and other', () => {
    expect(costs.running!.lines.map((l) => l.amount)).toEqual(['61.200,00 €', '8.730,00 €', '12.240,00 €', '3.000,00 €', '1.200,00 €']);
    expect(costs.running!.total.amount).toBe('86.370,00 €');
    expect(costs.oneOff!.lines.map((l) => [l.label, l.amount])).toEqual([
      ['Einmalige Kosten zusammen', '12.500,00 €'],
      ['Von den Partnern zu tragen', '12.500,00 €'],
    ]);
  });

  it('splits by 3,800 : 2,900 inhabitants to the cent and compares with today', () => {
    expect(costs.partners!.caption).toBe('Anteile der Partner nach dem Schlüssel „nach Einwohnern“');
    expect(costs.partners!.rows).toEqual([
      ['Gemeinde Lindenbach (erledigt die Aufgabe)', '56,7 %', '48.985,97 €', '57.960,00 €', '+8.974,03 €', '7.089,55 €', 'im 1. Jahr', '–'],
      ['Gemeinde Hohenau', '43,3 %', '37.384,03 €', '48.000,00 €', '+10.615,97 €', '5.410,45 €', 'im 1. Jahr', '–'],
    ]);
  });

  it('says what it means for Lindenbach in sentences', () => {
    expect(costs.summary).toEqual([
      'Ihr Anteil an den laufenden Kosten der Kooperation: 48.985,97 € im Jahr. Heute kostet die Aufgabe Ihre Kommune 57.960,00 €; das sind 8.974,03 € weniger im Jahr.',
      'Ihr Anteil an den einmaligen Kosten (7.089,55 €) hat sich im 1. Jahr bezahlt gemacht.',
    ]);
  });

  it('names every guide it used, with its source, and the unchecked source as such', () => {
    expect(costs.assumptions.items).toEqual([
      'Gemeinkostenzuschlag Ihrer Kommune heute: 20 Prozent der Personalkosten – Richtwert (KGSt, Gemeinkostenpauschale, erhoben 1985); bitte durch eigene Zahlen ersetzen.',
      'Sach- und Raumkosten je Vollzeitstelle in der Kooperation: 9.700 Euro pro Jahr und Vollzeitstelle – Richtwert (KGSt-Bericht 11/2022, Wortlaut der Quelle nicht geprüft); bitte durch eigene Zahlen ersetzen.',
      'Gemeinkostenzuschlag der Kooperation: 20 Prozent der Personalkosten – Richtwert (KGSt, Gemeinkostenpauschale, erhoben 1985); bitte durch eigene Zahlen ersetzen.',
      'Zeitraum für den Vergleich der einmaligen Kosten: 5 Jahre – Annahme, weil das Feld leer ist.',
    ]);
    expect(costs.references).toEqual(expect.arrayContaining(['kgst-gemeinkosten', 'kgst-arbeitsplatz-2022', 'saechsgemo-72-2']));
  });

  it('draws today and the share per partner in euros for the chart', () => {
    expect(costs.chart!.series).toEqual([
      { label: 'Heute', values: [57960, 48000] },
      { label: 'Anteil in der Kooperation', values: [48985.97, 37384.03] },
    ]);
  });

  it('shows ±20 % staff; cases do not move an inhabitants key', () => {
    expect(costs.sensitivity!.table.rows.map((r) => r[0])).toEqual(['20 Prozent weniger Personal in der Kooperation', '20 Prozent mehr Personal in der Kooperation']);
    expect(costs.sensitivity!.table.rows[1]).toEqual(['20 Prozent mehr Personal in der Kooperation', '58.306,75 € (−346,75 €)', '44.497,25 € (+3.502,75 €)']);
  });

  it('only the budget-law notice applies: cut-off date and yearly settlement are agreed', () => {
    expect(costs.notices.map((n) => n.references)).toEqual([['saechsgemo-72-2', 'saechskomhvo-12-2', 'saechskomhvo-6-9']]);
  });
});

interface Row {
  name: string;
  answers: Record<string, AnswerValue | undefined>;
  edit?: (a: Assessment) => void;
  status: 'keine-angaben' | 'unvollstaendig' | 'berechnet';
  missing?: string[];
  /** Expected shares (third column) per partner. */
  shares?: string[];
  summaryContains?: string[];
  problems?: string[];
  notices?: string[];
}

const partnerItem = (a: Assessment) => a.responses.kosten!.items.partner![0]!.answers;

const ROWS: Row[] = [
  { name: 'nothing entered (scenario it-verbund)', answers: {}, edit: (a) => (a.responses = scenario('it-verbund').responses), status: 'keine-angaben', missing: [] },
  {
    name: 'costs by cases 260 : 190',
    answers: { kostenschluessel: 'faelle' },
    status: 'berechnet',
    shares: ['49.902,67 €', '36.467,33 €'],
  },
  {
    name: 'a base amount of 10,000 € each, the rest by cases',
    answers: { kostenschluessel: 'grund-plus-fall', grundbetrag: '10.000' },
    status: 'berechnet',
    shares: ['48.347,11 €', '38.022,89 €'],
  },
  {
    name: 'base amounts above the running costs',
    answers: { kostenschluessel: 'grund-plus-fall', grundbetrag: '50.000' },
    status: 'unvollstaendig',
    problems: ['Die Grundbeträge aller Partner (100.000,00 €) sind höher als die laufenden Kosten (86.370,00 €); senken Sie den Grundbetrag.'],
  },
  {
    name: 'a base amount key without the base amount names the question',
    answers: { kostenschluessel: 'grund-plus-fall' },
    status: 'unvollstaendig',
    missing: ['grundbetrag'],
  },
  {
    name: 'half inhabitants, half cases',
    answers: { kostenschluessel: 'mischung', 'gewicht-einwohner': '50', 'gewicht-faelle': '50' },
    status: 'berechnet',
    shares: ['49.444,32 €', '36.925,68 €'],
  },
  {
    name: 'time shares without our own share names the question',
    answers: { kostenschluessel: 'zeitanteile' },
    edit: (a) => (partnerItem(a)['partner-zeitanteil'] = '40'),
    status: 'unvollstaendig',
    missing: ['zeitanteil'],
  },
  {
    name: 'time shares 60 : 40',
    answers: { kostenschluessel: 'zeitanteile', zeitanteil: '60' },
    edit: (a) => (partnerItem(a)['partner-zeitanteil'] = '40'),
    status: 'berechnet',
    shares: ['51.822,00 €', '34.548,00 €'],
  },
  {
    name: 'a partner without cases under the cases key',
    answers: { kostenschluessel: 'faelle' },
    edit: (a) => delete partnerItem(a)['partner-faelle'],
    status: 'unvollstaendig',
    problems: ['Für den Schlüssel fehlt eine Angabe bei Gemeinde Hohenau: Fallzahl.'],
  },
  {
    name: 'key still open',
    answers: { kostenschluessel: 'weiss-nicht' },
    status: 'unvollstaendig',
    missing: ['kostenschluessel'],
    notices: ['Der Schlüssel ist noch offen.'],
  },
  {
    name: 'a yearly total of the personnel costs wins over the rows of staff',
    answers: { 'personalkosten-jahr': '30.000' },
    status: 'berechnet',
    summaryContains: ['Heute kostet die Aufgabe Ihre Kommune 45.000,00 €; das sind 3.985,97 € mehr im Jahr.'],
  },
  {
    name: 'figures from 2024 bring the TVöD notice',
    answers: { 'zahlen-jahr': '2024' },
    status: 'berechnet',
    notices: ['Ihre Personalkosten stammen aus dem Jahr 2024.'],
  },
  {
    name: 'no cut-off date and no yearly settlement agreed',
    answers: { 'stichtag-vereinbart': 'nein', 'abrechnung-vereinbart': undefined },
    status: 'berechnet',
    notices: ['Legen Sie fest, zu welchem Stichtag', 'Vereinbaren Sie eine jährliche Abrechnung'],
  },
  {
    name: 'without today\'s material costs there is no saving, only the share',
    answers: { 'sachkosten-jahr': undefined },
    status: 'unvollstaendig',
    missing: ['sachkosten-jahr'],
    summaryContains: ['Was die Aufgabe heute kostet, ist nicht angegeben'],
  },
  {
    name: 'a partner performs and the VAT risk is high: 19 % on our share',
    answers: { 'wer-leistet': 'partner' },
    edit: (a) => {
      const service = a.responses.umsatzsteuer!.items.leistungen![0]!.answers;
      service['rechtsgrundlage'] = 'privatrechtlich';
    },
    status: 'berechnet',
    summaryContains: ['kommen 9.307,33 € im Jahr hinzu'],
  },
  {
    name: 'funding lowers the one-off costs the partners bear',
    answers: { 'foerderung-betrag': '7.500' },
    status: 'berechnet',
  },
];

describe('one row per situation', () => {
  it.each(ROWS.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const costs = costsOf(withCosts(row.answers, row.edit));
    expect(costs.status).toBe(row.status);
    if (row.missing) expect(costs.missing.map((m) => m.questionId)).toEqual(row.missing);
    if (row.shares) expect(costs.partners!.rows.map((r) => r[2])).toEqual(row.shares);
    for (const text of row.summaryContains ?? []) expect(costs.summary.join(' ')).toContain(text);
    expect(costs.problems).toEqual(row.problems ?? []);
    for (const text of row.notices ?? []) expect(costs.notices.map((n) => n.text).join(' ')).toContain(text);
  });

  it('funding of 7,500 € leaves 5,000 € to share', () => {
    const costs = costsOf(withCosts({ 'foerderung-betrag': '7.500' }));
    expect(costs.oneOff!.lines.map((l) => l.amount)).toEqual(['12.500,00 €', '−7.500,00 €', '5.000,00 €']);
  });

  it('a Zweckverband as the best legal form brings the notice on its Umlage', () => {
    const costs = costsOf(scenario('it-verbund'));
    expect(costs.notices).toEqual([]);
    const a = scenario('it-verbund');
    a.responses.kosten = { answers: { kostenschluessel: 'einwohner' }, items: {}, notes: {} };
    expect(costsOf(a).notices.map((n) => n.references)).toContainEqual(['saechskomzg-60']);
  });

  it('without any figure there is nothing to calculate: no assumptions, a link to the first page', () => {
    const costs = costsOf(withCosts({}, (a) => delete a.responses.kosten));
    expect(costs).toMatchObject({ status: 'keine-angaben', statusTitle: 'Noch keine Zahlen', enter: { text: 'Zahlen eintragen', sectionId: 'heute' }, assumptions: { items: [] }, references: [] });
  });

  it('links every missing question to the page that asks it', () => {
    const costs = costsOf(scenario('bauhof'));
    expect(costs.missing.map((m) => `${m.sectionId}#${m.questionId}`)).toEqual([
      'heute#personalkosten-jahr',
      'heute#sachkosten-jahr',
      'kooperation#plan-vzae',
      'kooperation#plan-kosten-je-vzae',
      'schluessel#kostenschluessel',
    ]);
    expect(costs.statusTitle).toBe('Angaben fehlen noch');
  });

  it('without a plan nothing is calculated, so no guide is named as used', () => {
    const costs = costsOf(withCosts({ 'plan-vzae': undefined }));
    expect(costs.status).toBe('unvollstaendig');
    expect(costs.running).toBeUndefined();
    expect(costs.assumptions.items).toEqual([]);
  });

  it('the partially answered bauhof names what is missing, in the order of the questionnaire', () => {
    const costs = costsOf(scenario('bauhof'));
    expect(costs.status).toBe('unvollstaendig');
    expect(costs.missing.map((m) => m.questionId)).toEqual(['personalkosten-jahr', 'sachkosten-jahr', 'plan-vzae', 'plan-kosten-je-vzae', 'kostenschluessel']);
    expect(costs.statusText).toContain('Wie hoch sind die Personalkosten der Aufgabe im Jahr?');
  });
});

describe('the content contract of the cost calculation', () => {
  it('every question with a guide has a label for the list of assumptions', () => {
    expect(checkGuideLabels(content)).toEqual([]);
    const copy = structuredClone(content.questionnaires);
    const q = copy.find((x) => x.id === 'kosten')!.sections.flatMap((s) => s.questions).find((x) => x.id === 'plan-it-kosten')!;
    if (q.type !== 'number') throw new Error('plan-it-kosten is a number question');
    q.guide = [{ value: 1000 }];
    expect(checkGuideLabels({ questionnaires: copy }).map((i) => i.params['key'])).toEqual(['texts.assumptions.labels.plan-it-kosten']);
  });
});
