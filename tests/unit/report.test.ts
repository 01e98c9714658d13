// buildReport (src/domain/report/report.ts) on the three characteristic scenarios of tests/fixtures/scenarios.ts
// against the real content in questionnaires/: level, cap, flags, legal form, VAT risk and action plan.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AssessmentSchema } from '../../src/domain/assessment/assessment';
import { buildReport, type ReportModel } from '../../src/domain/report/report';
import type { Content, Priority } from '../../src/domain/content/schema';
import type { VatRisk } from '../../src/domain/verdicts/vat';
import { questionnaireProgress } from '../../src/domain/assessment/wizard';
import { topicsOf } from '../../src/domain/content/lookups';
import { SCENARIO_DATE, SCENARIOS, scenario, withAnswer, type Scenario } from '../fixtures/scenarios';
import { loadRealContent } from './answers';

const content: Content = loadRealContent();

const report = (id: Scenario['id']): ReportModel => buildReport(content, scenario(id), SCENARIO_DATE);
const ids = (list: { ruleId: string }[]) => list.map((f) => f.ruleId).sort();
const PRIORITY_RANK: Record<Priority, number> = { hoch: 0, mittel: 1, niedrig: 2 };

interface Expectation {
  id: Scenario['id'];
  level: string;
  levelByScore: string;
  /** Rule ids in report.overall.cappedBy (empty: not capped). */
  cappedBy: string[];
  showstoppers: string[];
  warnings: string[];
  firstLegalForm: string;
  vat: VatRisk;
  /** The topic with the lowest score, named in the key findings. */
  weakestTopic: string;
}

const EXPECTED: Expectation[] = [
  {
    id: 'standesamt',
    level: 'startklar',
    levelByScore: 'startklar',
    cappedBy: [],
    showstoppers: [],
    // Well prepared for § 2b UStG too: no urgency even 37 days before the end of the transition.
    warnings: ['online-dienst-ohne-amt24'],
    firstLegalForm: 'zweckvereinbarung-delegierend',
    vat: 'gering',
    weakestTopic: 'it',
  },
  {
    id: 'it-verbund',
    level: 'grundlagen-schaffen',
    levelByScore: 'bereit-mit-vorarbeiten',
    cappedBy: ['verschiedene-verfahren-ohne-migrationsplan'],
    showstoppers: ['verschiedene-verfahren-ohne-migrationsplan'],
    warnings: ['uebergang-endet-bald'],
    firstLegalForm: 'zweckverband',
    vat: 'hoch',
    weakestTopic: 'it',
  },
  {
    id: 'bauhof',
    // The score alone already lands on the cap level, so the showstopper does not lower it further.
    level: 'grundlagen-schaffen',
    levelByScore: 'grundlagen-schaffen',
    cappedBy: [],
    showstoppers: ['hohes-risiko-ohne-vorsorge'],
    // A mandate needs no approval: the missing talk with the Rechtsaufsicht is no warning here.
    warnings: ['kosten-unbekannt', 'steuerpflicht-ohne-abrechnung', 'uebergang-endet-bald'],
    firstLegalForm: 'zweckvereinbarung-mandatierend',
    vat: 'hoch',
    weakestTopic: 'umsatzsteuer',
  },
];

describe('the scenarios', () => {
  it('are exactly the three characteristic cases', () => {
    expect(SCENARIOS.map((s) => s.id)).toEqual(['standesamt', 'it-verbund', 'bauhof']);
    expect(EXPECTED.map((e) => e.id)).toEqual(SCENARIOS.map((s) => s.id));
  });

  it.each(SCENARIOS.map((s) => [s.id, s] as const))(
    '%s is a valid assessment with setup data and current versions',
    (_id, s) => {
      expect(v.safeParse(AssessmentSchema, s.assessment).issues).toBeUndefined();
      expect(s.assessment.meta.municipality).not.toBe('');
      expect(s.assessment.meta.landkreis).not.toBe('');
      expect(s.assessment.meta.tasks.length).toBeGreaterThan(0);
      expect(s.assessment.meta.date).toBe('2026-11-25');
      expect(s.assessment.questionnaireVersions).toEqual(
        Object.fromEntries(content.questionnaires.map((q) => [q.id, q.version])),
      );
    },
  );

  it.each(SCENARIOS.map((s) => [s.id, s] as const))(
    '%s answers every shown question, so the wizard marks all four complete',
    (_id, s) => {
      for (const q of topicsOf(content.questionnaires)) {
        const progress = questionnaireProgress(q, s.assessment.responses[q.id]!);
        expect({ questionnaire: q.id, status: progress.status, answered: progress.answered }).toEqual({
          questionnaire: q.id,
          status: 'abgeschlossen',
          answered: progress.total,
        });
      }
      const r = buildReport(content, s.assessment, SCENARIO_DATE);
      expect(r.overall.completeness).toBe(100);
      expect(r.openPoints).toEqual([]);
    },
  );

  it('withAnswer changes one answer in a deep copy and leaves the scenario alone', () => {
    const original = SCENARIOS.find((s) => s.id === 'standesamt')!.assessment;
    const changed = withAnswer(original, 'prozesse', 'gemeinderatsbeschluss', 'nein');
    expect(changed.responses.prozesse!.answers.gemeinderatsbeschluss).toBe('nein');
    expect(original.responses.prozesse!.answers.gemeinderatsbeschluss).toBe('ja');
    changed.responses.it!.answers['gleiches-fachverfahren'] = 'verschieden';
    expect(original.responses.it!.answers['gleiches-fachverfahren']).toBe('gleich');
    expect({ ...changed.responses.prozesse!.answers, gemeinderatsbeschluss: 'ja' }).toEqual(
      original.responses.prozesse!.answers,
    );
  });
});

describe.each(EXPECTED)('report for $id', (expected) => {
  const r = report(expected.id);

  it(`reaches level ${expected.level} (by score: ${expected.levelByScore})`, () => {
    expect(r.overall.level.id).toBe(expected.level);
    expect(r.overall.levelByScore.id).toBe(expected.levelByScore);
    expect(ids(r.overall.cappedBy)).toEqual([...expected.cappedBy].sort());
  });

  it('raises exactly the expected showstoppers and warnings, showstoppers first', () => {
    expect(ids(r.flags.filter((f) => f.severity === 'showstopper'))).toEqual([...expected.showstoppers].sort());
    expect(ids(r.flags.filter((f) => f.severity === 'warnung'))).toEqual([...expected.warnings].sort());
    const severities = r.flags.map((f) => f.severity);
    expect(severities).toEqual([...severities].sort((a, b) => (a === b ? 0 : a === 'showstopper' ? -1 : 1)));
  });

  it(`ranks ${expected.firstLegalForm} first`, () => {
    expect(r.legalForms.ranked[0]?.id).toBe(expected.firstLegalForm);
    expect(r.legalForms.ranked[0]!.fit).toBeGreaterThan(r.legalForms.ranked[1]!.fit);
  });

  it(`rates the VAT risk ${expected.vat}`, () => {
    expect(r.vat.services).toHaveLength(1);
    expect(r.vat.overall).toBe(expected.vat);
  });

  it("puts every flag's action into the action plan", () => {
    for (const flag of r.flags) {
      const item = r.actions.find((a) => a.id === `${flag.questionnaireId}/regel/${flag.ruleId}`);
      expect(item, flag.ruleId).toBeDefined();
      expect(item!.text).toBe(flag.action.text);
      expect(item!.source).toBe('flag');
      expect(item!.owner).toBe(flag.action.owner);
      expect(item!.priority).toBe(flag.action.priority ?? (flag.severity === 'showstopper' ? 'hoch' : 'mittel'));
    }
    expect(r.actions.filter((a) => a.source === 'flag')).toHaveLength(r.flags.length);
  });

  it(`names ${expected.weakestTopic} as the topic with the greatest need`, () => {
    const scores = r.topics.map((t) => t.score!);
    const weakest = r.topics.find((t) => t.questionnaireId === expected.weakestTopic)!;
    expect(weakest.score).toBe(Math.min(...scores));
    expect(r.keyFindings.some((f) => f.startsWith(`Größter Handlungsbedarf bei der Vorbereitung im Thema „${weakest.title}“ (Stand der Vorbereitung`))).toBe(true);
  });

  it('names every showstopper in the key findings, capping or not', () => {
    const named = r.keyFindings.filter((f) => f.startsWith('K.-o.-Kriterium:'));
    const showstoppers = r.flags.filter((f) => f.severity === 'showstopper');
    expect(named).toEqual(showstoppers.slice(0, 2).map((f) => `K.-o.-Kriterium: ${f.title}.`));
    expect(named.length).toBeGreaterThanOrEqual(expected.cappedBy.length);
  });
});

describe.each(['it-verbund', 'bauhof'] as const)('action plan for %s', (id) => {
  const r = report(id);

  it('mixes priorities and sorts them: hoch before mittel before niedrig', () => {
    const ranks = r.actions.map((a) => PRIORITY_RANK[a.priority]);
    expect(new Set(ranks).size).toBeGreaterThan(1);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe('scenario details', () => {
  it('standesamt: the plan starts with the Standesamt steps and the warning about Amt24; partial answers follow', () => {
    const actions = report('standesamt').actions;
    const rest = actions.filter((a) => a.source === 'antwort');
    expect(actions.filter((a) => a.source !== 'antwort').map((a) => a.id)).toEqual([
      'aufgabe/standesamt/0',
      'aufgabe/standesamt/1',
      'it/regel/online-dienst-ohne-amt24',
    ]);
    // Every further step comes from a partial answer ("teilweise" or similar), one priority lower than a "nein" would be.
    for (const action of rest) expect(action.priority, action.id).not.toBe('hoch');
    expect(rest.filter((a) => /: Teilweise$/.test(a.because)).length).toBeGreaterThan(5);
  });

  it('standesamt: the delegated Standesamt is not taxable, and the report suggests no VAT step', () => {
    const r = report('standesamt');
    expect(r.vat.services[0]).toMatchObject({ serviceName: 'Standesamt für Nachbarort', risk: 'gering' });
    expect(r.vat.services[0]!.steps.at(-1)!.id).toBe('delegation');
    expect(r.actions.filter((a) => a.source === 'umsatzsteuer')).toEqual([]);
    expect(r.legalForms.unsuitable.map((f) => f.id)).toContain('privatrechtliche-gesellschaft');
  });

  it('it-verbund: IT support is taxable because it is a support service; § 4 Nr. 29 UStG fails on the overhead surcharge and on competition', () => {
    const r = report('it-verbund');
    const service = r.vat.services[0]!;
    expect(service.risk).toBe('hoch');
    expect(service.steps.map((s) => s.id)).toContain('abs3-nr2');
    expect(service.steps.at(-1)!.id).toBe('befreiung');
    // With exact cost shares the pool exemption (§ 4 Nr. 29 UStG) comes into play, but only without a
    // distortion of competition: private IT firms offer the same, so it stays open.
    const exact = scenario('it-verbund');
    const answers = exact.responses.umsatzsteuer!.items.leistungen![0]!.answers;
    answers.kostenerstattung = 'nur-kosten';
    expect(buildReport(content, exact, SCENARIO_DATE).vat.services[0]!.risk).toBe('unklar');
    // Without a private supplier the exemption fits and the risk drops to "mittel".
    answers['private-anbieter'] = 'nein-bisher';
    expect(buildReport(content, exact, SCENARIO_DATE).vat.services[0]!.risk).toBe('mittel');
  });

  it('it-verbund and bauhof: a high VAT risk yields a high-priority step for the tax adviser', () => {
    for (const id of ['it-verbund', 'bauhof'] as const) {
      const r = report(id);
      const step = r.actions.find((a) => a.source === 'umsatzsteuer');
      expect(step, id).toMatchObject({ priority: 'hoch', owner: 'Steuerberatung' });
    }
  });

  it('bauhof: the private-law contract decides the VAT result, and its plan uses all three priorities', () => {
    const r = report('bauhof');
    expect(r.vat.services[0]!.steps.map((s) => s.id)).toEqual(['leistungsaustausch', 'privatrecht', 'befreiung']);
    expect(new Set(r.actions.map((a) => a.priority))).toEqual(new Set(['hoch', 'mittel', 'niedrig']));
    const ranked = r.legalForms.ranked.map((f) => f.id);
    expect(ranked.indexOf('zweckvereinbarung-mandatierend')).toBeLessThan(
      ranked.indexOf('zweckvereinbarung-delegierend'),
    );
  });
});
