/**
 * Cross-references between the provisions of a drafted text (export review 3, item 6): a `§Name`
 * that names no provision of the instrument, and, in a drafted exchange whose proposal carries the
 * terms (`note … with terms`), a bare "paragraph 9" — the renderer numbers those terms, so adding
 * one clause before the one meant silently moves the number onto another provision.
 */
import type { Text } from '../../ast/nodes';
import { citingTexts, provisionKey, provisionReferences } from '../../model/provision-names';
import type { SemanticModel } from '../../model/semantic-model';
import { defineRule } from '../rule';

/** The texts whose `§Name` the renderer resolves: the header's prose and every declaration's (model/provision-names.ts). */
function textsOf(model: SemanticModel): Text[] {
  return [...(model.ast.instrument ? citingTexts(model.ast.instrument) : []), ...model.ast.declarations.flatMap(citingTexts)];
}

export const unknownProvisionReference = defineRule({
  code: 'unknown-provision-reference',
  family: 'reference',
  defaultSeverity: 'error',
  message: 'Name a provision of this instrument after §: a clause, a channel or a security agreement by its id, or a header statement by its keyword (§amendment, §disputes).',
  rationale:
    '`§Name` in a clause or a note cites the provision so named, and the export writes its number in its place ("paragraph 9", "Article 9"), which moves with the provision when clauses are added or removed. A name the instrument does not declare cites nothing: the export prints a blank ("[cross-reference]") where the number should be. The names are the clauses\', channels\' and security agreements\' ids and the keywords of the header statements the export turns into provisions (`amendment`, `disputes`, `duration`, `termination`, `registration`…).',
  source: 'Entente language reference (cross-references by name); export review 3, item 6',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'memorandum "M" {\n  status non-binding\n  amendment by written decision\n}\nclause Costs "Costs" about costs """\n  Each Participant will bear its own costs; see §amendmnt.\n"""\n',
    fix: 'memorandum "M" {\n  status non-binding\n  amendment by written decision\n}\nclause Costs "Costs" about costs """\n  Each Participant will bear its own costs; see §amendment.\n"""\n',
  },
  check({ model, report }) {
    for (const text of textsOf(model)) {
      for (const { name, range } of provisionReferences(model, text)) {
        if (provisionKey(model, name) !== undefined) continue;
        report({ range, message: `§${name} names no provision of this instrument (no clause, channel or security agreement ${name}, and no header statement \`${name.toLowerCase()}\`): the export prints a blank where its number should be. Correct the name.` });
      }
    }
  },
});

/** "paragraph 9", "paragraphs 2 and 3", "Article 4": a number the reader is sent to. */
const numberCitation = /\b(paragraphs?|Articles?)\s+(\d+)\b((?:\s*(?:,|and|or|to)\s*\d+)*)/giu;
/** What follows a citation of another text: "of the Charter", "of the 1964 Agreement" — not "of this Note", "of your Note". */
const ofAnotherText = /^\s*(?:\([a-z0-9]+\)\s*)*,?\s+of\s+(?!this\b|these\b|the\s+present\b|your\b|the\s+(?:Ministry|Embassy|Government)['’]s\b)/iu;

export const generatedNumberReference = defineRule({
  code: 'generated-number-reference',
  family: 'reference',
  defaultSeverity: 'warning',
  message: 'Cite the provision by its name (§Costs, §amendment): the export numbers the terms of the proposal, and a number written here points at another provision as soon as one is added before it.',
  rationale:
    'In an exchange whose proposal carries the terms (`note … with terms`), the provisions are numbered by the export, in the order of the construct table and the clauses: "1. Capacity building", "2. Costs" … "9. Settlement of disputes". A drafter who writes "as provided in paragraph 9" cites the number the export gives today; adding one clause before it moves every later term down by one, and "paragraph 9" then cites the amendment clause, without a word (export review 3, item 6: the EE–FI notes with one clause added). A reference by name (`§disputes`, `§Costs`) is written by the export as the provision\'s number in every format and follows it. Citations of another text ("Article 102 of the Charter", "paragraph 2 of Article 4 of the Agreement of 3 April 1964") are not this text\'s numbers and are left alone, as are texts whose drafter numbers the provisions (a transcribed exchange, a clause with its own numbered paragraphs).',
  source: 'Export review 3, item 6 (a drafted exchange whose terms the export numbers)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger:
      'treaty "Agreement" {\n  status binding\n  form exchange-of-notes\n  effect on reply\n  disputes by negotiation\n}\nparty EE "Estonia"\nparty FI "Finland"\nnote Proposal from EE to FI on 2027-04-12 with terms """\n  I have the honour to propose the following terms:\n"""\nnote Reply from FI to EE on 2027-05-03 answering Proposal """\n  I have the honour to accept.\n"""\nclause Costs "Costs" about costs """\n  Each Party shall bear its own costs; a dispute on them is settled under paragraph 3.\n"""\n',
    fix: 'treaty "Agreement" {\n  status binding\n  form exchange-of-notes\n  effect on reply\n  disputes by negotiation\n}\nparty EE "Estonia"\nparty FI "Finland"\nnote Proposal from EE to FI on 2027-04-12 with terms """\n  I have the honour to propose the following terms:\n"""\nnote Reply from FI to EE on 2027-05-03 answering Proposal """\n  I have the honour to accept.\n"""\nclause Costs "Costs" about costs """\n  Each Party shall bear its own costs; a dispute on them is settled under §disputes.\n"""\n',
  },
  check({ model, report }) {
    if (model.ast.instrument?.form === undefined || !model.ast.notes.some((n) => n.carries?.value === 'terms')) return;
    for (const text of textsOf(model)) {
      // A clause that numbers its own paragraphs ("1. … 2. …") may cite them: those numbers are the drafter's.
      if (/^\s*(?:\d+\.|\(\d+\))\s/mu.test(text.value)) continue;
      const from = model.lines.offsetAt(text.range.start);
      const source = model.lines.text.slice(from, model.lines.offsetAt(text.range.end));
      for (const match of source.matchAll(numberCitation)) {
        const end = match.index! + match[0].length;
        if (ofAnotherText.test(source.slice(end, end + 80))) continue;
        report({
          range: model.lines.range(from + match.index!, from + end),
          message: `"${match[0].replace(/\s+/g, ' ')}" cites a number the export gives: the terms of the proposal are numbered when it is rendered, and a provision added before the one meant moves it. Cite the provision by its name — §Id for a clause, channel or security agreement, §amendment, §disputes … for a provision generated from the header — and the export writes its number.`,
        });
      }
    }
  },
});

export const provisionReferenceRules = [unknownProvisionReference, generatedNumberReference];
