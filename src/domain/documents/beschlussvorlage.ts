// The Beschlussvorlage for a Grundsatzbeschluss of the Gemeinderat, in the order of Saxon council
// papers: head, Betreff, Beratungsfolge, Beschlussvorschlag, Sachverhalt und Begründung,
// Rechtsgrundlagen, finanzielle Auswirkungen, Umsatzsteuer, Personal, Anlagen. Every sentence comes
// from questionnaires/documents.yaml or from the report model.
import { longGermanDate } from '../dates.ts';
import { VAT_RISK_LABELS } from '../report/report.ts';
import { EU_CAVEAT } from '../report/wording.ts';
import { Composer, T } from './composer.ts';
import { DOCUMENT_QUESTIONS } from './documentsContract.ts';
import { readAnswers, type DraftFacts, type DraftInput } from './draftInput.ts';
import { outlineTitle, phrases, type Phrases } from './phrases.ts';
import { shareTable } from './shares.ts';

const B = T.beschlussvorlage;
/** How many of the most urgent steps the Sachverhalt names. */
const TOP_STEPS = 6;

function proposal(c: Composer, input: DraftInput, facts: DraftFacts, p: Phrases): void {
  const V = B.vorschlag;
  c.heading(2, c.say(V.heading));
  c.paragraph(c.say(V.intro));
  const items = [
    c.say(V.grundsatz, { aufgabe: p.task, partner: p.partners }),
    facts.best ? c.say(V.form, { form: facts.best.name }) : c.say(V['form-offen']),
    [
      c.say(V.auftrag, { vertrag: c.say(V.vertrag[facts.agreement]) }),
      ...(facts.best?.approvalRequired ? [c.say(V.rechtsaufsicht)] : []),
    ].join(' '),
    c.say(V.vorlage),
    ...facts.profiles.flatMap((profile) => {
      const extra = input.content.documents.proposalByTask[profile.id];
      return extra ? [c.cite(extra)] : [];
    }),
    ...(readAnswers(input, DOCUMENT_QUESTIONS.funding.questionnaire, DOCUMENT_QUESTIONS.funding.question).some((a) =>
      (DOCUMENT_QUESTIONS.funding.options as readonly unknown[]).includes(a.value),
    )
      ? [c.say(V.foerderung)]
      : []),
    c.say(V.bericht),
  ];
  c.list(items, true);
}

function readiness(c: Composer, input: DraftInput, facts: DraftFacts): void {
  const G = B.begruendung;
  c.heading(3, c.say(G['stand-heading']));
  if (input.comparison) {
    const { joint } = input.comparison;
    c.paragraph(c.say(G['stand-gemeinsam'], { stufe: joint.level.name, erklaerung: joint.explanation }));
    const S = G['stand-tabelle'];
    c.table(
      c.say(S.caption),
      [c.say(S.partner), c.say(S.stufe), c.say(S.punkte), c.say(S.ko)],
      input.comparison.partners.map((p) => [p.name, p.level.name, p.score === undefined ? '–' : String(Math.round(p.score)), p.showstoppers.join('; ') || c.say(S.keine)]),
    );
  } else {
    const { overall } = facts.lead;
    c.paragraph(
      c.say(G.stand, {
        datum: longGermanDate(facts.lead.date),
        stufe: overall.level.name,
        punkte: overall.score === undefined ? '–' : Math.round(overall.score),
        vollstaendigkeit: Math.round(overall.completeness),
        beschreibung: overall.level.description,
      }),
    );
    if (overall.cappedBy.length) c.paragraph(c.say(G['stand-begrenzt'], { stufe: overall.levelByScore.name }));
    const showstoppers = facts.lead.flags.filter((f) => f.severity === 'showstopper');
    if (showstoppers.length) {
      c.paragraph(c.say(G['ko-intro']));
      c.list(showstoppers.map((f) => c.cite({ text: c.say(G['ko-zeile'], { titel: f.title, erklaerung: f.explanation }), references: f.references })));
    }
    if (facts.lead.openPoints.length) c.paragraph(c.say(G['offene-punkte'], { anzahl: facts.lead.openPoints.length }));
  }
  const steps = input.comparison
    ? input.comparison.jointActions.map((a) => ({ text: a.text, owner: a.owner }))
    : facts.lead.actions.filter((a) => a.priority === 'hoch').map((a) => ({ text: a.text, owner: a.owner }));
  if (steps.length) {
    c.paragraph(c.say(G['schritte-intro']));
    c.list(steps.slice(0, TOP_STEPS).map((s) => c.say(G.schritt, { schritt: s.text, wer: s.owner })));
  }
}

function reasons(c: Composer, facts: DraftFacts): void {
  const G = B.begruendung;
  c.heading(3, c.say(G['form-heading']));
  if (!facts.best) {
    c.paragraph(c.say(G['form-keine']));
    return;
  }
  if (facts.differingForms) {
    c.paragraph(c.say(G['form-gemeinsam-verschieden'], { liste: facts.differingForms.map((d) => c.say(T.common['partner-line'], { partner: d.partner, text: d.form })).join('; ') }));
  }
  // The summary describes the form under Saxon municipal law; the form's tax and procurement
  // sources belong to the chapters on VAT and are cited there.
  const saxonLaw = facts.best.references.filter((id) => id.startsWith('saechs'));
  c.paragraph(c.cite({ text: c.say(G.form, { form: facts.best.name, eignung: facts.best.fit, zusammenfassung: facts.best.summary }), references: saxonLaw }));
  if (facts.best.reasonsFor.length) {
    c.paragraph(c.say(G['form-gruende']));
    c.list(facts.best.reasonsFor);
  }
  if (facts.alternatives.length) {
    c.paragraph(c.say(G['form-alternativen']));
    c.list(facts.alternatives.map((f) => c.say(G['form-alternative'], { form: f.name, eignung: f.fit })));
  }
}

function grounds(c: Composer, input: DraftInput, facts: DraftFacts, p: Phrases): void {
  const G = B.begruendung;
  c.heading(2, c.say(G.heading));
  c.heading(3, c.say(G['anlass-heading']));
  c.paragraph(c.say(G.anlass));
  c.paragraph(c.say(G.vorhaben, { aufgabe: p.task, partner: p.partners }));
  readiness(c, input, facts);
  reasons(c, facts);
  for (const profile of facts.profiles) {
    c.heading(3, c.say(G['aufgabe-heading'], { aufgabe: profile.task }));
    for (const law of profile.law) c.statement(law);
  }
}

function legalBasis(c: Composer, input: DraftInput, facts: DraftFacts): void {
  const R = B.rechtsgrundlagen;
  c.heading(2, c.say(R.heading));
  c.statement(c.law('grundsatzbeschluss'));
  if (facts.agreement !== 'andere') c.statement(c.law(`abschluss-${facts.agreement}`));
  if (facts.best) c.paragraph(c.say(R.genehmigung, { text: facts.best.approval }));
  c.paragraph(c.cite({ text: c.say(R.behoerde, { behoerde: facts.approval.authority }), references: facts.approval.references }));
  if (facts.approval.openQuestion) c.paragraph(facts.approval.openQuestion);
  c.statement(c.law('unterlagen'));
}

function costs(c: Composer, input: DraftInput, facts: DraftFacts): void {
  const F = B.finanzen;
  const costs = input.comparison ? undefined : facts.lead.costs;
  if (costs?.status === 'berechnet' && costs.running) {
    c.paragraph(c.say(F.berechnet));
    const header = [c.say(F.posten), c.say(F.betrag)];
    c.table(c.say(F['laufend-caption']), header, [...costs.running.lines, costs.running.total].map((l) => [l.label, l.amount]));
    if (costs.oneOff) c.table(c.say(F['einmalig-caption']), header, costs.oneOff.lines.map((l) => [l.label, l.amount]));
  }
  if (!shareTable(c, input, facts)) c.paragraph(c.say(F.offen));
}

function finances(c: Composer, input: DraftInput, facts: DraftFacts): void {
  const F = B.finanzen;
  c.heading(2, c.say(F.heading));
  costs(c, input, facts);
  c.paragraph(c.say(F.haushalt));
  c.paragraph(
    facts.alternatives.length
      ? c.say(F.alternativen, { formen: c.names(facts.alternatives.map((f) => f.name)) })
      : c.say(F['alternativen-keine']),
  );
  c.statement(c.law('haushalt'));
}

function vat(c: Composer, input: DraftInput, facts: DraftFacts): void {
  const U = B.umsatzsteuer;
  c.heading(2, c.say(U.heading));
  c.statement(c.law('umsatzsteuer'));
  c.paragraph(facts.lead.vat.transition.text);
  const services = input.partners.flatMap((p) => p.report.vat.services.map((service) => ({ partner: p.name, service })));
  if (services.length === 0) c.paragraph(c.say(U.keine));
  for (const { partner, service } of services) {
    const title = c.say(U.leistung, { leistung: service.serviceName, risiko: VAT_RISK_LABELS[service.risk] });
    c.heading(3, input.comparison ? c.say(T.common['partner-line'], { partner, text: title }) : title);
    c.paragraph(service.conclusion);
    if (service.euros) c.paragraph(service.euros.text);
    if (service.euCaveat) c.paragraph(EU_CAVEAT);
    if (service.mitigations.length) {
      c.paragraph(c.say(U.massnahmen));
      c.list(service.mitigations.map((m) => c.cite(m)));
    }
  }
}

function staff(c: Composer, input: DraftInput): void {
  const P = B.personal;
  const joint = input.comparison !== undefined;
  c.heading(2, c.say(P.heading));
  c.list([
    c.answerLine(c.say(P.konzept), readAnswers(input, DOCUMENT_QUESTIONS.staffPlan.questionnaire, DOCUMENT_QUESTIONS.staffPlan.question), joint),
    c.answerLine(c.say(P.personalrat), readAnswers(input, DOCUMENT_QUESTIONS.staffCouncil.questionnaire, DOCUMENT_QUESTIONS.staffCouncil.question), joint),
  ]);
  c.statement(c.law('personal-einsatz'));
  c.statement(c.law('personalrat'));
  c.statement(c.law('betriebsuebergang'));
  c.statement(c.law('personal-umsatzsteuer'));
  c.paragraph(c.say(P.stellenplan));
  c.paragraph(c.say(P.stellungnahme));
}

function attachments(c: Composer, input: DraftInput, facts: DraftFacts): void {
  const A = B.anlagen;
  c.heading(2, c.say(A.heading));
  c.list(
    [
      c.say(A.bericht, { datum: longGermanDate(facts.lead.date) }),
      c.say(A.gliederung, { titel: outlineTitle(input, facts) }),
      c.say(A.weitere),
    ],
    true,
  );
}

export function composeBeschlussvorlage(c: Composer, input: DraftInput, facts: DraftFacts): void {
  const p = phrases(c, input, facts);
  c.heading(1, c.say(B.title));
  c.paragraph(p.draftNote, { style: 'note' });
  const F = B.fields;
  c.fields([
    [c.say(F.gemeinde), p.municipality],
    [c.say(F.nummer), c.say(F['nummer-wert'])],
    [c.say(F.einreicher), c.say(F['einreicher-wert'])],
    [c.say(F.federfuehrung), c.say(F['federfuehrung-wert'])],
    [c.say(F.datum), p.date],
    [c.say(F.oeffentlichkeit), c.say(F['oeffentlichkeit-wert'])],
  ]);
  c.heading(2, c.say(B['betreff-heading']));
  c.paragraph([{ kind: 'strong', text: c.say(B.betreff, { aufgabe: p.task }) }]);
  const R = B.beratung;
  c.heading(2, c.say(R.heading));
  c.table(c.say(R.caption), [c.say(R.gremium), c.say(R.termin), c.say(R.zustaendigkeit)], [
    [c.say(R.ausschuss), c.say(R.datum), c.say(R.vorberatung)],
    [c.say(R.rat), c.say(R.datum), c.say(R.entscheidung)],
  ]);
  proposal(c, input, facts, p);
  grounds(c, input, facts, p);
  legalBasis(c, input, facts);
  finances(c, input, facts);
  vat(c, input, facts);
  staff(c, input);
  attachments(c, input, facts);
  c.paragraph(p.closing, { style: 'note' });
  c.sources();
}
