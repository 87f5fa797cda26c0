/**
 * Values out of range: a closed-set word that is not in its set (a TLP label that does not
 * exist), a jurisdiction that is no ISO 3166-1 alpha-2 code, a language that is no language's
 * name, a deadline or term of zero.
 */
import { declarationsBesides } from '../support/rule-inputs';
import { iso3166Alpha2, supranationalJurisdictions } from '../../ast/iso3166';
import { formerCountry } from '../../ast/iso3166-3';
import { formerCodeAdvice } from '../support/former-code-advice';
import { concludedOn, concludedText } from '../../model/conclusion';
import { isLanguageName } from '../../ast/language-names';
import type { Instrument } from '../../ast/header-nodes';
import type { Declaration } from '../../ast/nodes';
import type { Quantity } from '../../ast/values';
import { declarationParts, sameWordsMoved } from '../../model/document-change';
import { closedWordsOf, deadlinesOf, quantitiesOf } from '../support/closed-words';
import { amountRange, closest, listOr, replacementFixes } from '../support/ordinary-helpers';
import { defineRule, type Finding } from '../rule';

/** Labels that existed before TLP 2.0 (August 2022), and what replaced them. */
const renamedLabels: Readonly<Record<string, string>> = { 'TLP:WHITE': 'TLP:CLEAR' };

export const valueOutOfRange = defineRule({
  code: 'value-out-of-range',
  family: 'value',
  defaultSeverity: 'error',
  message: 'Use one of the values the language knows here.',
  rationale:
    'Kinds, levels, labels, regimes and units come from closed sets, because the checks reason about them: a TLP label, classification level or onward-sharing rule outside its set cannot be compared with anything, so the channel escapes every check that depends on it.',
  source: 'FIRST Traffic Light Protocol 2.0, label definitions TLP:RED, TLP:AMBER+STRICT, TLP:AMBER, TLP:GREEN, TLP:CLEAR (read: verbatim copies, e.g. the MISP TLP taxonomy; first.org itself not read); Entente language reference (other sets)',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI {\n  marking TLP:WHITE\n}\n',
    fix: 'participant EE "Estonia"\nparticipant FI "Finland"\nchannel Intel between EE, FI {\n  marking TLP:CLEAR\n}\n',
  },
  check({ model, report }) {
    // What a node's words are and say depends on the node alone: kept per declaration.
    for (const instrument of model.ast.instruments) for (const finding of outOfRange(instrument)) report(finding);
    for (const findings of declarationParts('value-out-of-range', model, '', outOfRange, sameWordsMoved)) for (const finding of findings) report(finding);
  },
});

function outOfRange(node: Instrument | Declaration): Finding[] {
  const findings: Finding[] = [];
  for (const { word, values, what } of closedWordsOf(node)) {
    if (word.value !== undefined) continue;
    const renamed = renamedLabels[word.text.toUpperCase()];
    if (renamed) {
      findings.push({
        range: word.range,
        message: `${word.text} no longer exists: TLP 2.0 renamed it ${renamed}. Write ${renamed}.`,
        fixes: replacementFixes(word.range, [renamed]),
      });
      continue;
    }
    const suggestions = closest(word.text, values);
    const hint = suggestions.length > 0 ? ` Did you mean ${listOr(suggestions)}?` : '';
    findings.push({
      range: word.range,
      message: `'${word.text}' is not a ${what}: write ${listOr(values)}.${hint}`,
      fixes: replacementFixes(word.range, suggestions, undefined, word.text),
    });
  }
  return findings;
}

/** Codes drafters often write for a country that ISO 3166-1 spells differently. */
const commonMistakes: Readonly<Record<string, string>> = { UK: 'GB', EL: 'GR' };

export const unknownJurisdiction = defineRule({
  code: 'unknown-jurisdiction',
  family: 'value',
  defaultSeverity: 'error',
  message: 'Write the jurisdiction as an ISO 3166-1 alpha-2 country code (EU for the Union, INT for another organisation), or for a State or territory that no longer exists its ISO 3166-3 code.',
  rationale:
    'The jurisdiction says which State a party belongs to, and the checks that depend on the State read it: UN membership for registration under Art. 102 of the Charter, whether personal data sent to it leaves the EU and which adequacy decision may cover it, whether its State is a Party to the Convention on Cybercrime; an unknown code silently switches those checks off. A concluded text was entered into by the State that existed then: a State since dissolved or merged (the Czechoslovak Socialist Republic, the German Democratic Republic) has no current code, and a successor\'s code would name another State as the party; ISO 3166-3 gives each such former country a four-letter code of its own (CSHH, DDDE), where its withdrawn two-letter code may since have gone to another country (CS: Czechoslovakia until 1993, then Serbia and Montenegro). A State that only changed its name (Burma, now Myanmar) is the same State: its code under the name of the time (BUMM) or its code now (MM) names it alike. The jurisdiction records which State was the party, not a word of the treaty, so on a concluded text it is corrected without an amending instrument where the text\'s date settles the State.',
  source: 'ISO 3166-1 alpha-2 country codes (read: the ISO 3166-1 table as reproduced in a public dataset, see the team note un-member-states.md); ISO 3166-3 codes for formerly used names of countries (read: iso.org, "ISO 3166-3" and the notice of 23 July 2003 on Serbia and Montenegro; the list as reproduced in the iso-codes data of pycountry and in TCVN 7217-3:2013); the USSR\'s end: the Alma-Ata Declaration of 21 December 1991 (read: the German text printed by the taz, and the Bundesgesetzblatt\'s quotation in copies of the German Wikipedia\'s article) and the declaration of the Soviet of the Republics of 26 December 1991 (read: archontology.org, "Soviet Union: Polity Style")',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant GB "United Kingdom" {\n  kind state\n  jurisdiction UK\n}\n',
    fix: 'participant GB "United Kingdom" {\n  kind state\n  jurisdiction GB\n}\n',
  },
  // Decided by the parties' declarations alone (analysis/reused-findings.ts).
  inputs: (model) => [declarationsBesides(model, 'Clause')],
  check({ model, report }) {
    for (const party of model.ast.parties) {
      const code = party.jurisdiction;
      if (!code) continue;
      const upper = code.text.toUpperCase();
      if (iso3166Alpha2.has(upper) || supranationalJurisdictions.has(upper) || formerCountry(upper)) continue;
      const mistake = commonMistakes[upper];
      if (mistake) {
        report({ range: code.range, message: `'${code.text}' is not the ISO 3166-1 code of that country: write ${mistake}.`, fixes: replacementFixes(code.range, [mistake]) });
        continue;
      }
      // A withdrawn code (BU, CS, DD, SU, YU): what became of the country decides the words and
      // the fix (support/former-code-advice.ts; r108 D1, lr26 D3-D5).
      const former = formerCodeAdvice(code.text, code.range, concludedText(model.ast) ? concludedOn(model.ast) : undefined);
      if (former) {
        report({ range: code.range, message: former.message, fixes: former.fixes, ...(former.onConcludedText ? { onConcludedText: former.onConcludedText } : {}) });
        continue;
      }
      report({
        range: code.range,
        message: `'${code.text}' is not an ISO 3166-1 alpha-2 country code: write the two-letter code (e.g. EE, FI), or EU or INT; for a State or territory that no longer exists, its ISO 3166-3 code (e.g. CSHH for Czechoslovakia).`,
      });
    }
  },
});

export const languageNotNamed = defineRule({
  code: 'language-not-named',
  family: 'value',
  defaultSeverity: 'error',
  message: 'Name the language as the text names it, in English and capitalised (English, Estonian).',
  rationale:
    'The final formula prints the languages as the header writes them ("Done at Tallinn …, in the English and Estonian languages"), and the texts in those languages are the ones signed (in a treaty, the authentic texts, each "equally authoritative", VCLT Art. 33(1)). A word that is no language\'s name, such as `language1`, the word a template leaves where its question was skipped, would be signed as "in the English and language1 languages": it is a blank, and the export shows it as one.',
  source: 'VCLT Art. 33(1) (read: Dutch treaty series BWBV0003441); Entente templates (placeholders left unanswered)',
  sourceStatus: 'verified',
  example: {
    trigger: 'memorandum "MoU" {\n  languages English, language\n}\n',
    fix: 'memorandum "MoU" {\n  languages English, Estonian\n}\n',
  },
  check({ model, report }) {
    for (const instrument of model.ast.instruments) {
      const stated = instrument.languages;
      if (!stated) continue;
      for (const name of [...stated.languages, ...(stated.prevailing ? [stated.prevailing] : [])]) {
        if (isLanguageName(name.text)) continue;
        report({ range: name.range, message: `'${name.text}' is not the name of a language: write the language of the text as it is named in English, capitalised (English, Estonian); it is printed in the final formula as written.` });
      }
    }
  },
});

export const zeroQuantity = defineRule({
  code: 'zero-quantity',
  family: 'value',
  defaultSeverity: 'error',
  message: 'Give a period longer than zero.',
  rationale:
    'A deadline of zero hours cannot be met, a term or notice of zero ends the instrument as it starts, and a cadence of zero never advances; the number was almost certainly left unfinished.',
  source: 'Entente language reference (values)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'participant EE "Estonia"\nprotocol Breach {\n  notify EE within 0 hours\n}\n',
    fix: 'participant EE "Estonia"\nprotocol Breach {\n  notify EE within 24 hours\n}\n',
  },
  check({ model, report }) {
    // The header's read each time; each declaration's kept with its node (model/document-change.ts).
    const zeros = [...model.ast.instruments.map(zeroQuantities), ...declarationParts('zero-quantities', model, '', zeroQuantities)];
    // "within 0 hours" usually stands for a text that says "immediately" or "forthwith" (seventeenth
    // run, probe nlse-1984-mou-notify-immediately): a deadline can say so in the text's word. The
    // deadlines are read only when a zero period is found (rare), not on every keystroke.
    let deadlines: ReadonlySet<Quantity | undefined> | undefined;
    for (const found of zeros) {
      for (const quantity of found) {
        deadlines ??= new Set(model.ast.declarations.flatMap(deadlinesOf).map((d) => d.within));
        const standard = deadlines.has(quantity) ? ' If the text sets no period but says "immediately", "forthwith" or "without delay", write that word instead of `within …`: `immediately`, `forthwith`, `without-delay`.' : '';
        report({ range: amountRange(model, quantity), message: `A period of ${quantity.amount} ${quantity.unit.text} cannot be met: give a number above zero.${standard}` });
      }
    }
    for (const instrument of model.ast.instruments) {
      for (const item of instrument.items) {
        if (item.type === 'Effect' && item.count !== undefined && item.count <= 0 && item.countRange) {
          report({ range: item.countRange, message: 'Effect after consent by 0 parties is meaningless: give how many parties must consent.' });
        }
      }
    }
  },
});

/** The quantities of zero or less written in one header or declaration. */
function zeroQuantities(node: Instrument | Declaration): readonly Quantity[] {
  const found = quantitiesOf(node).filter((quantity) => !(quantity.amount > 0 || Number.isNaN(quantity.amount)));
  return found.length === 0 ? noQuantities : found;
}

const noQuantities: readonly Quantity[] = [];

export const valueRules = [valueOutOfRange, unknownJurisdiction, languageNotNamed, zeroQuantity];
