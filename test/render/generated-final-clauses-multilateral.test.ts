/**
 * Generated duration, renewal, termination and provisional-application sentences say for a
 * multilateral instrument what holds for one: a Party's notice takes that Party out, the others stay
 * bound (ninety-fourth run, defect 1: "unless any Party gives notice of non-renewal" read as one
 * Party ending the European Interim Agreement 1953 for all, whose Art. 16 keeps it in force "for such
 * Contracting Parties as have not denounced it"). Bilateral wording unchanged (the near miss).
 *
 * And no generated sentence doubles an article ("arbitration before the an arbitral body", defect 2)
 * or a space: a property check over the generators' inputs (forum, authority, scheme and treaty
 * names with and without their own article, bilateral and multilateral, treaty and MoU).
 */
import assert from 'node:assert/strict';
import { renderText } from './render-fixtures';

const parties = (n: number, treaty: boolean) =>
  ['A', 'B', 'C', 'D'].slice(0, n).map((id) => `party ${id} "${treaty ? 'State' : 'Agency'} ${id}"${treaty ? ' { kind state }' : ''}`).join('\n');

function draft(header: string, n: number, treaty = true): string {
  return `${treaty ? 'treaty' : 'memorandum'} "Agreement on Things" {
${header}
}
${parties(n, treaty)}

clause Coop "Cooperation" """
  The ${treaty ? 'Parties' : 'Participants'} cooperate.
"""
`;
}

const durations = [
  '  duration 2 years renewable automatically for 1 year unless notice of at least 6 months',
  '  duration 2 years renewable tacitly unless notice of 3 months',
  '  duration 5 years renewable unless notice',
  '  duration 5 years renewable automatically unless decided otherwise',
];
const exits = ['  termination with notice of 6 months', '  termination with notice of at least 6 months', '  denunciation with notice of 12 months', '  withdrawal with notice of 1 year'];
const forums = ['an arbitral body of three members', 'a tribunal of three arbitrators', 'the Permanent Court of Arbitration', 'The Permanent Court of Arbitration', 'Permanent Court of Arbitration', 'any arbitral tribunal the Parties agree'];

/** Doubled articles and spaces in the text of an export (outside its code and headings' markup). */
function doubled(md: string): string[] {
  const found: string[] = [];
  for (const m of md.matchAll(/\b(?:the|a|an)\s+(?:the|a|an)\b/giu)) found.push(m[0]);
  for (const line of md.split('\n')) if (/\S {2,}\S/u.test(line.replace(/ {2}$/u, ''))) found.push(line);
  return found;
}

describe('generated final clauses of a multilateral instrument (ninety-fourth run, defects 1 and 2)', () => {
  it('renewal among three or more: the notice takes out the Party that gives it; the others renew', () => {
    const md = renderText(draft(`${durations[0]}\n  consent by ratification`, 3));
    assert.match(md, /It shall be renewed automatically for further periods of one year for the Parties that have not given notice of non-renewal at least six months before the end of the current period; such a notice shall take effect only for the Party that gives it, at the end of that period\./);
    assert.doesNotMatch(md, /unless any Party gives notice/);
  });

  it('near miss: bilateral renewal unchanged — "unless either Party gives notice of non-renewal"', () => {
    const md = renderText(draft(durations[0], 2));
    assert.match(md, /It shall be renewed automatically for further periods of one year, unless either Party gives notice of non-renewal at least six months before the end of the current period\./);
  });

  it('termination among three or more is for the Party that gives notice; bilateral unchanged', () => {
    const multi = renderText(draft(exits[0], 3));
    // No depositary: the notice goes to each of the others, and whose receipt counts is a blank, as for an MoU (lr24, D7; VCLT Arts. 67(2), 78).
    assert.match(multi, /Any Party may terminate this Agreement as far as it is concerned by notification to the other Parties\. Termination shall take effect for that Party six months after the date of receipt of the notification \*\*\\\[by which of the other Parties: the first or the last to receive it\\\]\*\*\./);
    const minimum = renderText(draft(exits[1], 3));
    // lr22, D10: no "it" that could be the notification. lr23, D6: a day of effect where the notification names none, a later one where it does.
    assert.match(minimum, /Any Party may terminate this Agreement as far as it is concerned by notification to the other Parties\. Termination shall take effect for that Party six months after receipt of the notification \*\*\\\[by which of the other Parties: the first or the last to receive it\\\]\*\*, or on such later date as the notification may specify\./);
    assert.doesNotMatch(minimum, /in advance|; it shall take effect|date stated in/);
    const withDepositary = renderText(draft(`${exits[1]}\n  depositary "the Government of A"`, 3));
    assert.match(withDepositary, /by notification addressed to the Depositary\. Termination shall take effect for that Party six months after receipt of the notification by the Depositary, or on such later date as the notification may specify\./);
    const mou = renderText(draft(exits[1], 3, false));
    // Notice to several with no depositary: which receipt counts is a blank for the drafter (lr24, D7).
    assert.match(mou, /Any Party may discontinue its participation in this Memorandum by notice to the other Parties\. Discontinuation will take effect for that Party six months after receipt of the notice \*\*\\\[by which of the other Parties: the first or the last to receive it\\\]\*\*, or on such later date as the notice may specify\./);
    // Bilateral, a minimum notice: the same day of effect, with no "for that Party" (the treaty ends).
    assert.match(renderText(draft(exits[1], 2)), /Either Party may terminate this Agreement by notification to the other Party\. Termination shall take effect six months after receipt of the notification, or on such later date as the notification may specify\./);
    const denounce = renderText(draft(exits[2], 4));
    assert.match(denounce, /Any Party may denounce this Agreement by notification to the other Parties\. Denunciation shall take effect for that Party twelve months after the date of receipt of the notification \*\*\\\[by which of the other Parties: the first or the last to receive it\\\]\*\*\./);
    const bilateral = renderText(draft(exits[0], 2));
    assert.match(bilateral, /Either Party may terminate this Agreement by notification to the other Party\. Termination shall take effect six months after the date of receipt of the notification\./);
  });

  it('a treaty among three or more with no depositary names no receiver it does not have (lr24 D7 for treaties)', () => {
    // The single original kept by a Government that is not designated depositary: whether it receives the
    // notice or the Parties notify each other is the drafter's choice, so neither is named.
    const custodian = renderText(draft(`${exits[3]}\n  done at "Bonn" on 2027-01-01 in single copy deposited with "archives of the Government of A"`, 3));
    assert.match(custodian, /Any Party may withdraw from this Agreement by notification addressed to \*\*\\\[the custodian of the original, if it is to receive notifications as depositary, or the other Parties\\\]\*\*\. Withdrawal shall take effect for that Party one year after the date of receipt of the notification \*\*\\\[by the custodian of the original, or by which of the other Parties: the first or the last to receive it\\\]\*\*\./);
    assert.doesNotMatch(custodian, /to the other Parties\. |by the Depositary/);
    // Near miss: a designated depositary receives, and no blank is left.
    const withDepositary = renderText(draft(`${exits[3]}\n  depositary "the Government of A"`, 3));
    assert.match(withDepositary, /Any Party may withdraw from this Agreement by notification addressed to the Depositary\. Withdrawal shall take effect for that Party one year after the date of receipt of the notification\./);
    assert.doesNotMatch(withDepositary, /first or the last|other Parties/);
  });

  it('provisional application among three or more ends with respect to the Party that gives notice', () => {
    const multi = renderText(draft('  provisional application on signature until entry-into-force with notice of 3 months', 3));
    assert.match(multi, /Any Party may end the provisional application of this Agreement with respect to itself by notice/);
    const bilateral = renderText(draft('  provisional application on signature until entry-into-force with notice of 3 months', 2));
    assert.match(bilateral, /Either Party may end the provisional application of this Agreement by notice to the other Party/);
  });

  it('property: no doubled article or space in any generated final clause, for every input', () => {
    for (const n of [2, 3]) {
      for (const treaty of [true, false]) {
        for (const forum of forums) {
          for (const [i, duration] of durations.entries()) {
            const header = [duration, exits[i % exits.length], `  disputes by negotiation, arbitration "${forum}"`, '  consent by ratification', '  effect on first day of month following last ratification by 2 States', '  provisional application on signature with notice of 3 months'].join('\n');
            const md = renderText(draft(header, n, treaty));
            assert.ok(md.length > 0, 'renders');
            assert.deepEqual(doubled(md), [], `${n} parties, ${treaty ? 'treaty' : 'MoU'}, forum "${forum}"`);
            if (n > 2) assert.doesNotMatch(md, /unless any (?:Party|Participant) gives notice/);
          }
        }
      }
    }
  });

  it('the forum as written: "before an arbitral body", "before the Permanent Court", never "the an"', () => {
    const an = renderText(draft(`  disputes by negotiation, arbitration "${forums[0]}"`, 3));
    assert.match(an, /submitted to arbitration before an arbitral body of three members\./);
    const bare = renderText(draft(`  disputes by negotiation, arbitration "${forums[4]}"`, 3));
    assert.match(bare, /submitted to arbitration before the Permanent Court of Arbitration\./);
  });
});

describe('library renewal clauses are not offered to a multilateral instrument in bilateral wording (ninety-fourth run, defect 1)', () => {
  it('every built-in clause whose renewal one signatory’s notice stops is scoped bilateral', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { repoRoot } = await import('./render-fixtures');
    const dir = join(repoRoot, 'server/src/language/library/builtin');
    const stops = /\b(?:renewed|extended)\b[^.]*\bunless (?:a|an|either|any)\s+\{\{(?:participant|party)\}\}/iu;
    const offending: string[] = [];
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.clauses.json'))) {
      const parsed = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { clauses: { id: string; scope?: string; text: string[] }[] } | { id: string; scope?: string; text: string[] }[];
      const clauses = Array.isArray(parsed) ? parsed : parsed.clauses;
      for (const c of clauses) if (stops.test(c.text.join(' ')) && c.scope !== 'bilateral') offending.push(c.id);
    }
    assert.deepEqual(offending, []);
  });
});
