/**
 * An entry-into-force threshold nobody can meet (Budapest Art. 36(3); VCLT Art. 24(1)): as the
 * header states it (`effect … by 5 States including 3 CoE`), and as a library clause states it
 * ("the deposit of the fifth instrument of ratification, acceptance, approval or accession",
 * entry-into-force/treaty-multilateral), read from a copy of the approved text only: the value
 * the drafter put in the approved words is read reliably, the words of an edited or drafter's own
 * clause are not read at all.
 */
import type { Clause, Declaration } from '../../ast/nodes';
import type { Range } from '../../ast/positions';
import { includingKindWords } from '../../constructs/final-clauses';
import { filledValues, matchesApproved } from '../../library/clause-diff';
import { declarationParts, sameWords } from '../../model/document-change';
import type { SemanticModel } from '../../model/semantic-model';
import { defineRule } from '../rule';
import { readAccession, treatyOrganNames } from '../support/accession-reading';
import { selfWord } from '../support/part-of-another-treaty';

/**
 * The library clauses whose approved text opens accession only once the treaty is in force
 * ("After the entry into force of this Convention, any State … may … accede to it", Budapest
 * Art. 37(1)): an acceding State then adds no consent towards entry into force.
 */
const accessionOnlyAfterEntryIntoForce: ReadonlySet<string> = new Set(['consent/treaty-accession']);

/** The placeholder in which a library entry-into-force clause states its threshold, as an ordinal ("fifth"). */
const thresholdPlaceholder = 'count';

const ordinals = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];

/** "fifth" → 5, "12th" → 12; undefined for anything else (a blank, "[ordinal …]"). */
function ordinalValue(text: string): number | undefined {
  const word = text.trim().toLowerCase();
  const index = ordinals.indexOf(word);
  if (index >= 0) return index + 1;
  const numeric = /^(\d+)(?:st|nd|rd|th)$/.exec(word);
  return numeric ? Number(numeric[1]) : undefined;
}

/** A clause that says what the library approved: by reference, or a copy of the approved text. */
function approvedCopy(model: SemanticModel, clause: Clause): boolean {
  const entry = model.libraryClause(clause);
  return entry !== undefined && (clause.body === undefined || matchesApproved(entry, model, clause.body.value));
}

/**
 * Whether a State not declared here may consent before the treaty enters into force: by
 * accession the header allows, unless a clause opens it only after entry into force (an approved
 * library clause, or the drafter's own words: by invitation or decision of an organ the treaty
 * establishes, or "after the entry into force", support/accession-reading.ts), or by anything else
 * a clause says of accession ("open for accession by any State"), read as opening it before unless
 * a gate governs those very words ("After its entry into force, this Convention shall be open for
 * accession by any State"; treaty lawyer lr12, defect 6).
 */
function accessionBeforeEntryIntoForce(model: SemanticModel): boolean {
  const header = model.ast.instrument?.consent?.means.some((m) => /^accession$/i.test(m.text)) ?? false;
  const organs = treatyOrganNames(
    model.ast.bodies.map((b) => ({ name: b.name?.value, id: b.id?.text, members: b.members.map((m) => m.text) })),
    (id) => model.party(id) !== undefined,
  );
  // "the entry into force of the Convention" gates accession only in the Convention itself.
  const self = selfWord(model);
  const facts = [...organs, self ?? ''].join('\u0000');
  // Whether a library clause is an approved copy depends on the model, so those few are read on
  // every analysis; the drafter's own clauses are read per declaration, only when edited.
  let onlyAfter = false;
  let unread = false;
  for (const c of model.ast.clauses) {
    if (c.libraryRef === undefined) continue;
    const approved = approvedCopy(model, c);
    if (approved && accessionOnlyAfterEntryIntoForce.has(c.libraryRef.value)) onlyAfter = true;
    else if (!approved) {
      const reading = readAccession(model.clauseText(c) ?? '', organs, self);
      if (reading === 'open') unread = true;
      else if (reading === 'after-entry-into-force') onlyAfter = true;
    }
  }
  const own = (d: Declaration) => (d.type === 'Clause' && d.libraryRef === undefined && d.body !== undefined ? readAccession(d.body.value, organs, self) : 'none');
  // One reading per declaration, asked of both answers (each used to read every clause again).
  const readings = declarationParts('accession-reading', model, facts, own, sameWords);
  unread ||= readings.includes('open');
  onlyAfter ||= readings.includes('after-entry-into-force');
  return unread || (header && !onlyAfter);
}

/** The most consents the declared parties can give, when every one of them is known; undefined when some cannot be counted. */
function mostConsents(model: SemanticModel): number | undefined {
  if (accessionBeforeEntryIntoForce(model) || model.ast.instrument?.openedForSignature || model.signatories.length === 0) return undefined;
  let most = 0;
  for (const p of model.signatories) {
    if (!p.classOf) most += 1;
    else if (p.classOf.openness?.value === 'closed' && p.classOf.size !== undefined) most += p.classOf.size;
    else return undefined;
  }
  return most;
}

/** The threshold a copy of a library entry-into-force clause states, and where. */
function clauseThresholds(model: SemanticModel): { count: number; range: Range }[] {
  const found: { count: number; range: Range }[] = [];
  for (const clause of model.ast.clauses) {
    const entry = model.libraryClause(clause);
    const body = clause.body;
    // By reference the threshold is a blank of the export, not a number.
    if (!entry || !body || !entry.topics.includes('entry-into-force') || !entry.placeholders.some((p) => p.name === thresholdPlaceholder)) continue;
    const value = filledValues(entry, model, body.value)?.get(thresholdPlaceholder);
    const count = value === undefined ? undefined : ordinalValue(value);
    if (count === undefined) continue;
    const at = model.exactSource(body).indexOf(value!);
    const start = model.lines.offsetAt(body.range.start) + at;
    found.push({ count, range: at >= 0 ? model.lines.range(start, start + value!.length) : body.range });
  }
  return found;
}

export const consentThresholdUnreachable = defineRule({
  code: 'consent-threshold-unreachable',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'The entry-into-force threshold asks for more consents than the parties it names can give: lower the threshold or correct the class.',
  rationale:
    'A treaty that enters into force once "five States, including at least three member States of the Council of Europe, have expressed their consent to be bound" (Budapest Convention Art. 36(3)) can do so only if the classes it names can supply those consents. A part larger than the whole ("including 6" of 5), more consents from a closed class than it has members, several consents from one single party, or a threshold larger than every State that may consent before entry into force (no open class, no accession before it) would keep the treaty from ever entering into force (VCLT Art. 24(1): it enters into force "in such manner and upon such date as it may provide"). The threshold is read from the header, and from a copy of the library\'s entry-into-force clause ("the deposit of the fifth instrument"); accession counts only where it may come before entry into force, not where the accession clause opens it "after the entry into force" of the instrument itself (Budapest Art. 37(1); "After the entry into force of the Convention" in a Convention, European Convention on the Social Protection of Farmers 1974, Art. 16(1); but "After the entry into force of the Convention, this Protocol shall be open for accession" waits for another treaty, not for the Protocol, whose threshold accessions may then meet: treaty lawyer lr13, defect 3), nor where a State accedes on the invitation or by decision of an organ the treaty itself establishes, which exists only once the treaty is in force ("The Council may decide to invite any Government prepared to assume the obligations of membership to accede to this Convention", OECD Convention 1960, Art. 16, the Council taking over "When this Convention comes into force", Art. 15; an organ of another organisation, such as the Committee of Ministers of the Council of Europe, is no such organ); a depositary\'s duty to give notice of instruments of accession (OECD Art. 21) opens accession to no one (fifty-sixth real-instrument run, probe 5). Other words on accession ("open for accession by any State") are read as opening it before entry into force, and the check then stays silent, unless a gate governs those very words: "After its entry into force, this Convention shall be open for accession by any State", "Once this Convention has entered into force, any State may accede to it", "Any State may accede to this Convention upon the invitation of the Commission" (treaty lawyer lr12, defect 6); a gate on another branch of the sentence (", and by any organisation upon the invitation of …") or on when accession takes effect ("For a State acceding after its entry into force, …") opens nothing later. The States that may sign are the parties the instrument declares, a class standing for a circle of States.',
  source: 'Budapest Convention Arts. 36(3), 37(1) (read: Dutch treaty series BWBV0001839); European Convention on the Social Protection of Farmers (1974) Art. 16(1) (read: BWBV0003957); OECD Convention (1960) Arts. 7, 15, 16, 21 (read: BWBV0005057); VCLT Art. 24(1) (read: BWBV0003441)',
  sourceStatus: 'verified',
  example: {
    trigger: 'treaty "Convention" {\n  status binding\n  effect 30 days after last ratification by 4 States\n  depositary "Government of Estonia"\n}\nparty EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\nparty LV "Latvia" { kind state }\n',
    fix: 'treaty "Convention" {\n  status binding\n  effect 30 days after last ratification by 3 States\n  depositary "Government of Estonia"\n}\nparty EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\nparty LV "Latvia" { kind state }\n',
  },
  check({ model, report }) {
    const header = model.ast.instrument;
    if (!header) return;
    const effect = header.effect;
    const including = effect?.including;
    if (effect?.count && including) {
      if (including.count > effect.count) {
        report({ range: including.range, message: `The threshold is ${effect.count} consents, including ${including.count} of ${including.of.text}: the part cannot be larger than the whole.` });
        return;
      }
      const party = includingKindWords.has(including.of.text) ? undefined : model.party(including.of.text);
      if (party && !party.classOf && including.count > 1) {
        report({ range: including.range, message: `${party.id} is a single party, not a class: it can give one consent, not ${including.count}. Declare it a class (\`class open\` or \`class closed of …\`) if it stands for several States.` });
        return;
      }
      const size = party?.classOf?.openness?.value === 'closed' ? party.classOf.size : undefined;
      if (size !== undefined && including.count > size) {
        report({ range: including.range, message: `${party!.id} is a closed class of ${size}: it cannot supply ${including.count} consents.` });
        return;
      }
    }
    // The whole threshold: only when every party that could consent before entry into force is known.
    const thresholds = [...(effect?.count && effect.countRange ? [{ count: effect.count, range: effect.countRange, clause: false }] : []), ...clauseThresholds(model).map((t) => ({ ...t, clause: true }))];
    if (thresholds.length === 0) return;
    const most = mostConsents(model);
    if (most === undefined) return;
    const who = `${model.signatories.map((p) => p.id).join(', ')}, and no other State may consent before it is in force`;
    for (const { count, range, clause } of thresholds) {
      if (count <= most) continue;
      report({
        range,
        message: clause
          ? `Entry into force needs the deposit of the ${ordinals[count - 1] ?? `${count}th`} instrument, but at most ${most} ${most === 1 ? 'party' : 'parties'} can consent (${who}): it could never enter into force. Lower the number, or open accession before entry into force.`
          : `Entry into force needs ${count} consents, but at most ${most} ${most === 1 ? 'party' : 'parties'} can consent (${who}): it could never enter into force.`,
      });
    }
  },
});
