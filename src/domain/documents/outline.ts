// The outline of the Zweckvereinbarung or of the Verbandssatzung: for each point of
// questionnaires/documents.yaml what must or should be regulated (with its legal basis), what the
// answers already say and what is still open.
import type { OutlinePoint } from '../content/schema.ts';
import { Composer, T } from './composer.ts';
import { OUTLINE_FACTS, type FactKind } from './documentsContract.ts';
import { readAnswers, type AnswerReading, type DraftFacts, type DraftInput } from './draftInput.ts';
import type { Inline } from './model.ts';
import { phrases, type Phrases } from './phrases.ts';
import { shareTable } from './shares.ts';

const O = T.outline;
type Line = string | Inline[];

/** What the report says for a point, as lines; the cost point also draws the table of shares after them. */
function factLines(c: Composer, kind: FactKind, facts: DraftFacts, p: Phrases): Line[] {
  const F = O.facts;
  switch (kind) {
    case 'beteiligte':
      return facts.participants.length ? [c.say(F.beteiligte, { namen: c.names(facts.participants) })] : [];
    case 'aufgabe':
      return facts.tasks.length ? [c.say(F.aufgabe, { aufgabe: p.task })] : [];
    case 'form':
      return [
        ...(facts.best ? [c.say(F.form, { form: facts.best.name, eignung: facts.best.fit })] : []),
        ...(facts.differingForms
          ? [c.say(F['form-gemeinsam'], { liste: facts.differingForms.map((d) => c.say(T.common['partner-line'], { partner: d.partner, text: d.form })).join('; ') })]
          : []),
      ];
    case 'kosten':
      return facts.joint ? [] : (facts.lead.costs?.status === 'berechnet' ? facts.lead.costs.summary : []);
    case 'genehmigung': {
      const key = facts.best?.approvalRequired ? F['genehmigung-noetig'] : F['genehmigung-frei'];
      return [
        c.cite({ text: c.say(key, { behoerde: facts.approval.authority }), references: facts.approval.references }),
        ...(facts.approval.openQuestion ? [facts.approval.openQuestion] : []),
      ];
    }
  }
}

interface Reading {
  label: string;
  readings: AnswerReading[];
}

function readingsOf(input: DraftInput, point: OutlinePoint): Reading[] {
  return (point.answers ?? []).map((a) => {
    const question = input.content.questionnaires.find((q) => q.id === a.questionnaire)?.sections.flatMap((s) => s.questions).find((q) => q.id === a.question);
    return { label: a.label ?? question?.text ?? a.question, readings: readAnswers(input, a.questionnaire, a.question) };
  });
}

function point(c: Composer, input: DraftInput, facts: DraftFacts, p: Phrases, item: OutlinePoint, index: number): void {
  c.heading(2, c.say(O.heading, { nummer: index + 1, titel: item.title }));
  c.paragraph(c.cite(item.regulate), { lead: `${c.say(O.regulate)} (${c.say(O.status[item.status])})` });
  for (const profile of facts.profiles) {
    const note = item.tasks?.[profile.id];
    if (note) c.statement(note, c.say(O.task, { aufgabe: profile.task }));
  }
  if (item.clause) c.paragraph([{ kind: 'text', text: `„${item.clause.text}“` }, ...c.citation(item.clause.references)], { lead: c.say(O.clause), style: 'clause' });

  const kind = OUTLINE_FACTS[facts.outline][item.id];
  const readings = readingsOf(input, item);
  const says: Line[] = [
    ...(kind ? factLines(c, kind, facts, p) : []),
    ...readings.flatMap((r) => {
      const known = r.readings.filter((x) => x.informative);
      return known.length ? [c.answerLine(r.label, known, facts.joint)] : [];
    }),
  ];
  c.paragraph([{ kind: 'strong', text: `${c.say(O.says)}:` }]);
  if (says.length) c.list(says);
  const table = kind === 'kosten' && shareTable(c, input, facts);
  if (!says.length && !table) c.paragraph(kind === 'kosten' ? c.say(O.facts['kosten-keine']) : c.say(O['says-nothing']));

  const open: Line[] = readings.flatMap((r) => {
    const missing = r.readings.filter((x) => !x.informative);
    return missing.length ? [c.answerLine(r.label, missing, facts.joint)] : [];
  });
  c.paragraph([{ kind: 'strong', text: `${c.say(O.open)}:` }]);
  c.list([...open, item.open]);
}

export function composeOutline(c: Composer, input: DraftInput, facts: DraftFacts): void {
  const outline = input.content.documents.outlines[facts.outline];
  const p = phrases(c, input, facts);
  c.heading(1, outline.title);
  c.paragraph(p.draftNote, { style: 'note' });
  c.fields([
    [c.say(O.fields.beteiligte), facts.participants.length ? c.names(facts.participants) : p.partners],
    [c.say(O.fields.aufgabe), p.task],
    [c.say(O.fields.form), facts.best?.name ?? c.say(O.fields['form-offen'])],
    [c.say(O.fields.stand), p.date],
  ]);
  c.statement(outline.intro);
  if (facts.agreement === 'andere' && facts.best) c.paragraph(c.say(O['other-form'], { form: facts.best.name }));
  c.paragraph(c.say(O.legend), { style: 'note' });
  outline.points.forEach((item, index) => point(c, input, facts, p, item, index));
  c.paragraph(p.closing, { style: 'note' });
  c.sources();
}
