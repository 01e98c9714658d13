// What the report model decides, so that the results page and the PDFs need not: thresholds,
// caveats and the wording of the approving authority. One row per case.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/build/loadContent';
import { buildReport, COMPLETENESS_NOTE_BELOW, legalFormSection, overallSection, RANKING_BASIS_BELOW, vatSection } from '../../src/domain/report/report';
import { EU_CAVEAT } from '../../src/domain/report/wording';
import type { LegalFormRanking } from '../../src/domain/verdicts/legalForms';
import type { VatAssessment, VatServiceVerdict } from '../../src/domain/verdicts/vat';
import { scenario, SCENARIO_DATE } from '../fixtures/scenarios';

const root = resolve(__dirname, '../..');
const content = loadContent(resolve(root, 'questionnaires'), root).content!;
const [startklar, , grundlagen] = content.settings.levels;

describe('overall section', () => {
  it.each([
    [COMPLETENESS_NOTE_BELOW - 0.1, 'Nur 80 % der bewerteten Fragen sind mit einer verwertbaren Antwort versehen. Offene Punkte („weiß nicht“, unbeantwortet) machen das Ergebnis unsicherer.'],
    [COMPLETENESS_NOTE_BELOW, undefined],
    [100, undefined],
  ])('completeness %s → note %j', (completeness, note) => {
    expect(overallSection(85, completeness, startklar!, startklar!, [])?.completenessNote?.replace(/\u00a0/g, ' ')).toBe(note);
  });

  it('says why a showstopper caps the level, and only then', () => {
    expect(overallSection(85, 100, grundlagen!, startklar!, []).capNote).toBe(
      'Nach Punkten wäre die Stufe „Startklar“ erreicht. Solange folgende K.-o.-Kriterien offen sind, ist höchstens „Grundlagen schaffen“ möglich:',
    );
    expect(overallSection(85, 100, startklar!, startklar!, []).capNote).toBeUndefined();
  });

  it.each(content.settings.levels.map((l) => [l.id, l] as const))('names the decision requested at the level %s from the content', (_id, level) => {
    expect(overallSection(level.minScore, 100, level, level, []).councilRequest).toBe(level.councilRequest);
    expect(level.councilRequest).toMatch(/\S/);
  });
});

describe('legal-form section', () => {
  const ranking = (basis: number, onlyIfApprovalNeeded: boolean, openQuestion?: string): LegalFormRanking =>
    ({ ranked: [], unsuitable: [], closed: [], basis, disclaimer: '', councilDecision: { text: '', references: [] }, approvingAuthority: { authority: 'das Landratsamt', references: [], onlyIfApprovalNeeded, ...(openQuestion && { openQuestion }) } }) as LegalFormRanking;

  it.each([
    [RANKING_BASIS_BELOW - 1, true],
    [RANKING_BASIS_BELOW, false],
  ])('calls the order uncertain when %s %% are answered: %s', (basis, uncertain) => {
    expect(legalFormSection(ranking(basis, false)).uncertainty !== undefined).toBe(uncertain);
  });

  it.each([
    [false, undefined, 'Genehmigungsbehörde nach Ihren Angaben: das Landratsamt.'],
    [true, undefined, 'Falls Ihre Form genehmigungspflichtig ist, genehmigt nach Ihren Angaben: das Landratsamt.'],
    [false, 'Fragen Sie die Landesdirektion.', 'Genehmigungsbehörde nach Ihren Angaben: das Landratsamt. Fragen Sie die Landesdirektion.'],
  ])('only if approval needed %s, open question %j → %j', (onlyIf, open, text) => {
    expect(legalFormSection(ranking(80, onlyIf, open)).authorityText).toBe(text);
  });
});

describe('VAT section', () => {
  const service = (euCaveat: boolean) => ({ itemId: 'a', serviceName: 'Leistung', euCaveat }) as VatServiceVerdict;
  const vat = (services: VatServiceVerdict[]) => ({ services, overall: 'gering', transition: {} }) as VatAssessment;

  it('adds the EU caveat to exactly the services whose result rests on a disputed rule', () => {
    const section = vatSection(vat([service(true), service(false)]));
    expect(section.services.map((s) => s.caveat)).toEqual([`Unsicher: ${EU_CAVEAT}`, undefined]);
    expect(section.noServices).toBeUndefined();
  });

  it('says so when no service between the partners is entered', () => {
    expect(vatSection(vat([])).noServices).toMatch(/^Es ist noch keine Leistung zwischen den Partnern angelegt/);
  });
});

describe('key findings name the state of preparation apart from the fit of a legal form', () => {
  it.each(['standesamt', 'it-verbund', 'bauhof'] as const)('%s', (id) => {
    const r = buildReport(content, scenario(id), SCENARIO_DATE);
    expect(r.keyFindings.find((f) => f.startsWith('Größter Handlungsbedarf'))).toMatch(/\(Stand der Vorbereitung \d+ von 100\)\.$/);
    expect(r.keyFindings.find((f) => f.startsWith('Am besten passende Rechtsform'))).toMatch(/\(Eignung \d+ von 100; die Eignung sagt, wie gut die Form passt, nicht wie weit die Vorbereitung ist\)\.$/);
  });
});
