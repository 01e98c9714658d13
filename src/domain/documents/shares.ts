// Who pays what, as both documents show it: the partner table of the cost chapter on the results
// page; on the comparison page one row per partner from that partner's own figures, because the
// partners have not yet agreed on common ones.
import { Composer, T } from './composer.ts';
import type { DraftFacts, DraftInput } from './draftInput.ts';

/** Adds the table of shares; false when no figures are calculated yet. */
export function shareTable(c: Composer, input: DraftInput, facts: DraftFacts): boolean {
  if (!input.comparison) {
    const table = facts.lead.costs?.status === 'berechnet' ? facts.lead.costs.partners : undefined;
    if (table) c.table(table.caption, table.headers, table.rows);
    return table !== undefined;
  }
  const F = T.beschlussvorlage.finanzen;
  const computed = input.partners.flatMap((p) => {
    const table = p.report.costs?.status === 'berechnet' ? p.report.costs.partners : undefined;
    return table ? [{ name: p.name, table }] : [];
  });
  if (computed.length === 0) return false;
  c.paragraph(c.say(F.gemeinsam));
  // The first row of a partner's own table is that partner itself (costSection.ts lists it first).
  c.table(c.say(F['gemeinsam-caption']), computed[0]!.table.headers, computed.map((p) => [p.name, ...p.table.rows[0]!.slice(1)]));
  const names = computed.map((p) => p.name);
  c.list(input.partners.filter((p) => !names.includes(p.name)).map((p) => c.say(F['gemeinsam-ohne'], { partner: p.name })));
  return true;
}
