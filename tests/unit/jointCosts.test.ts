// The joint cost table of the comparison (src/domain/exchange/jointCosts.ts) with three partners of
// a joint Standesamt: Lindenbach performs the task and planned it; Hohenau and Buchholz sent their
// own figures, Hohenau with a plan of its own. Every number is spelled out to the cent.
import { describe, expect, it } from 'vitest';
import type { AnswerValue, Assessment } from '../../src/domain/assessment/assessment';
import { comparePartners, type PartnerInput } from '../../src/domain/exchange/comparison';
import { jointCosts } from '../../src/domain/exchange/jointCosts';
import { buildReport } from '../../src/domain/report/report';
import { scenario, SCENARIO_DATE } from '../fixtures/scenarios';
import { loadRealContent } from './answers';

const content = loadRealContent();
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value).replace(/\u00a0/g, ' ')) as T;

function partner(id: string, municipality: string, kosten: Record<string, AnswerValue> | undefined, edit?: (a: Assessment) => void): PartnerInput {
  const a = scenario('standesamt');
  a.id = id;
  a.meta.municipality = municipality;
  if (kosten) a.responses.kosten = { answers: kosten, items: {}, notes: {} };
  else delete a.responses.kosten;
  edit?.(a);
  return { id, name: municipality, assessment: a, report: buildReport(content, a, SCENARIO_DATE) };
}

const lindenbach = partner('lindenbach', 'Gemeinde Lindenbach', undefined, (a) => (a.responses.kosten = scenario('standesamt').responses.kosten!));
const hohenau = partner('hohenau', 'Gemeinde Hohenau', {
  'arbeitsplatz-art': 'buero',
  'personalkosten-jahr': '32.000',
  'sachkosten-jahr': '8.000',
  einwohner: '2.900',
  'faelle-jahr': '190',
  'wer-leistet': 'partner',
  'plan-vzae': '1',
  'plan-kosten-je-vzae': '65.000',
  kostenschluessel: 'faelle',
});
const buchholz = partner(
  'buchholz',
  'Gemeinde Buchholz',
  { 'personalkosten-jahr': '20.000', 'gemeinkosten-satz': '15', 'sachkosten-jahr': '5.000', einwohner: '1.700', 'faelle-jahr': '110', 'wer-leistet': 'partner' },
  (a) => (a.responses.umsatzsteuer!.items.leistungen![0]!.answers['rechtsgrundlage'] = 'privatrechtlich'),
);
const group = [lindenbach, hohenau, buchholz];

describe('three partners, the plan of Lindenbach (it performs the task)', () => {
  const costs = plain(jointCosts(content, group)!);

  it('takes the plan of the partner who performs the task by default, and offers the others', () => {
    expect(costs.planner).toEqual({ id: 'lindenbach', name: 'Gemeinde Lindenbach', text: 'Gerechnet wird mit der Planung von Gemeinde Lindenbach.' });
    expect(costs.plannerChoices).toEqual([
      { id: 'lindenbach', label: 'Gemeinde Lindenbach (erledigt die Aufgabe)', complete: true },
      { id: 'hohenau', label: 'Gemeinde Hohenau', complete: true },
      { id: 'buchholz', label: 'Gemeinde Buchholz (Planung unvollständig)', complete: false },
    ]);
    expect(costs.status).toBe('berechnet');
  });

  it('shows each partner\'s own figures from its own answers', () => {
    expect(costs.figures.headers).toEqual(['Partner', 'Kosten heute im Jahr', 'Einwohner', 'Fälle im Jahr', 'Zeitanteil', 'Wer die Aufgabe erledigt (eigene Angabe)', 'Umsatzsteuer-Risiko']);
    expect(costs.figures.rows).toEqual([
      // 0.6 FTE × 68,000 € × 1.2 + 9,000 €
      ['Gemeinde Lindenbach', '57.960,00 €', '3.800', '260', 'nicht angegeben', 'Gemeinde Lindenbach selbst', 'gering'],
      // 32,000 € × 1.2 (guide 20 %, office) + 8,000 €
      ['Gemeinde Hohenau', '46.400,00 €', '2.900', '190', 'nicht angegeben', 'ein Partner', 'gering'],
      // 20,000 € × 1.15 + 5,000 €
      ['Gemeinde Buchholz', '28.000,00 €', '1.700', '110', 'nicht angegeben', 'ein Partner', 'hoch'],
    ]);
  });

  it('splits 86,370 € by 3,800 : 2,900 : 1,700 inhabitants to the cent, with 19 % VAT on what Buchholz pays', () => {
    expect(costs.running!.total.amount).toBe('86.370,00 €');
    expect(costs.partners!.rows).toEqual([
      // 8,637,000 cents × 3,800 / 8,400 = 3,907,214.29 …; the one cent left goes to the largest remainder (Hohenau, .43)
      ['Gemeinde Lindenbach (erledigt die Aufgabe)', '45,2 %', '39.072,14 €', '57.960,00 €', '+18.887,86 €', '5.654,76 €', 'im 1. Jahr', '–'],
      ['Gemeinde Hohenau', '34,5 %', '29.818,22 €', '46.400,00 €', '+16.581,78 €', '4.315,48 €', 'im 1. Jahr', '–'],
      // Buchholz pays Lindenbach, VAT risk high: 19 % of 17,479.64 € = 3,321.13 €
      ['Gemeinde Buchholz', '20,2 %', '17.479,64 €', '28.000,00 €', '+10.520,36 €', '2.529,76 €', 'im 1. Jahr', '3.321,13 €'],
    ]);
    expect(costs.chart!.series[1]!.values).toEqual([39072.14, 29818.22, 17479.64]);
  });

  it('sums up for the group: today, the cooperation, one-off costs and the VAT', () => {
    expect(costs.summary).toEqual([
      'Heute kostet die Aufgabe alle Partner zusammen 132.360,00 € im Jahr, die Kooperation 86.370,00 € – 45.990,00 € weniger im Jahr.',
      'Dazu kommen einmalige Kosten von 12.500,00 €, die die Partner nach demselben Schlüssel tragen.',
      'Fällt auf die Zahlungen an Gemeinde Lindenbach Umsatzsteuer an, kommen für die zahlenden Partner zusammen 3.321,13 € im Jahr hinzu.',
    ]);
  });

  it('names every plan assumption two partners gave differently, with each partner\'s value', () => {
    expect(costs.differences.table!.headers).toEqual(['Annahme', 'Gemeinde Lindenbach', 'Gemeinde Hohenau', 'Gemeinde Buchholz']);
    // IT, other and one-off costs only Lindenbach planned: a gap, not a difference. The guides agree.
    expect(costs.differences.table!.rows).toEqual([
      ['Vollzeitstellen der Kooperation', '0,9', '1', 'nicht angegeben'],
      ['Kosten je Vollzeitstelle im Jahr', '68.000,00 €', '65.000,00 €', 'nicht angegeben'],
      ['Kostenschlüssel', 'nach Einwohnern', 'nach Fällen', 'nicht angegeben'],
    ]);
  });

  it('counts weights of a mixed key in proportion and shows a guide as such', () => {
    const mixed = (id: string, weights: [string, string]) =>
      partner(id, id, { ...hohenau.assessment.responses.kosten!.answers, kostenschluessel: 'mischung', 'gewicht-einwohner': weights[0], 'gewicht-faelle': weights[1], 'plan-sachkosten-je-stelle': id === 'b' ? '8.000' : '' });
    const rows = plain(jointCosts(content, [mixed('a', ['50', '50']), mixed('b', ['1', '1'])])!).differences.table!.rows;
    expect(rows).toEqual([['Sach- und Raumkosten je Vollzeitstelle im Jahr', '9.700,00 € (Richtwert)', '8.000,00 €']]);
  });

  it('lists the guides the plan used and each partner\'s own guide for today', () => {
    expect(costs.assumptions.items.map((i) => i.split(':')[0])).toEqual(['Gemeinde Lindenbach', 'Gemeinde Lindenbach', 'Gemeinde Lindenbach', 'Gemeinde Lindenbach', 'Gemeinde Hohenau']);
    expect(costs.assumptions.items.at(-1)).toContain('Gemeinkostenzuschlag Ihrer Kommune heute: 20 Prozent');
  });
});

describe('choosing and missing', () => {
  it('calculates with the plan the advisor chooses', () => {
    const costs = plain(jointCosts(content, group, 'hohenau')!);
    expect(costs.planner.name).toBe('Gemeinde Hohenau');
    expect(costs.partners!.caption).toBe('Anteile der Partner nach dem Schlüssel „nach Fällen“');
    // 1 FTE × 65,000 € + 9,700 € workplace + 20 % overhead (13,000 €), no IT or other costs
    expect(costs.running!.total.amount).toBe('87.700,00 €');
    expect(costs.partners!.rows[0]![0]).toBe('Gemeinde Lindenbach (erledigt die Aufgabe)');
  });

  it('says whose plan is incomplete and what is missing', () => {
    const costs = plain(jointCosts(content, group, 'buchholz')!);
    expect(costs.status).toBe('unvollstaendig');
    expect(costs.statusText).toBe(
      'Die Planung von Gemeinde Buchholz ist noch nicht vollständig. Es fehlt noch: Wie viele Vollzeitstellen braucht die Kooperation für die Aufgabe insgesamt?; Was kostet eine Vollzeitstelle in der Kooperation im Schnitt im Jahr?; Nach welchem Schlüssel sollen die Kosten geteilt werden?',
    );
    expect(costs.partners).toBeUndefined();
  });

  it('names a partner whose figure the key needs', () => {
    const withoutInhabitants = partner('ohne', 'Gemeinde Ohne', { 'sachkosten-jahr': '1.000', 'wer-leistet': 'partner' });
    const costs = plain(jointCosts(content, [lindenbach, withoutInhabitants])!);
    expect(costs.status).toBe('unvollstaendig');
    expect(costs.problems).toEqual(['Für den Schlüssel fehlt eine Angabe bei Gemeinde Ohne: Einwohnerzahl.']);
    expect(costs.figures.rows[1]!.slice(1, 3)).toEqual(['nicht angegeben', 'nicht angegeben']);
  });

  it('says so when no partner entered any figure', () => {
    const costs = plain(jointCosts(content, [partner('a', 'A', undefined), partner('b', 'B', undefined)])!);
    expect(costs).toMatchObject({ status: 'keine-angaben', statusTitle: 'Noch keine Zahlen' });
    expect(costs.differences.none).toBeDefined();
  });

  it('does not count a guide as a plan of a partner who did not plan the cooperation', () => {
    const planned = partner('geplant', 'Gemeinde Geplant', { ...hohenau.assessment.responses.kosten!.answers, 'wer-leistet': 'wir', 'plan-sachkosten-je-stelle': '9.000' });
    const payer = partner('zahlt', 'Gemeinde Zahlt', { 'personalkosten-jahr': '40.000', einwohner: '2.000', 'faelle-jahr': '150', 'wer-leistet': 'partner' });
    const costs = plain(jointCosts(content, [planned, payer])!);
    expect(costs.differences.table).toBeUndefined();
    expect(costs.differences.none).toBe('Alle Partner, die die Kooperation geplant haben, gehen von denselben Stellen, Kosten und demselben Schlüssel aus.');
  });

  it('flags two partners who both say they perform the task', () => {
    const second = partner('zweiter', 'Gemeinde Zweiter', { ...lindenbach.assessment.responses.kosten!.answers });
    const costs = plain(jointCosts(content, [lindenbach, second])!);
    expect(costs.differences.table!.rows[0]).toEqual(['Wer die Aufgabe erledigt', 'Gemeinde Lindenbach selbst', 'Gemeinde Zweiter selbst']);
  });

  it('is part of the comparison, for the page and the joint PDF', () => {
    const comparison = comparePartners(content, group, { costPlannerId: 'hohenau' });
    expect(comparison.costs?.planner.id).toBe('hohenau');
  });
});
