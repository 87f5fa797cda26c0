/**
 * CF01 and CF04: an instrument written in the other kind's words. Wording is the main evidence
 * of whether the signatories meant to be bound, so mixed wording makes the status ambiguous
 * (USDOS Guidance on Non-Binding Documents; ANZ; FCDO). The vocabulary is `model/wording.ts`.
 *
 * Two sorts of wording are checked: words in prose (clause bodies, purposes, headings, the title)
 * and the keywords that have a treaty and an MoU form (`party`/`participant`, `done`/`signed`,
 * `authentic`/`equally-valid`). Every finding offers the other vocabulary's word as a fix.
 */
import type { Range } from '../../ast/positions';
import type { Wording } from '../../library/library-types';
import type { SemanticModel } from '../../model/semantic-model';
import { findWording, type WordingMatch } from '../../model/wording';
import { statementLine } from '../support/conflict-edits';
import { proseSpans, spanRange } from '../support/conflict-prose';
import { defineRule, type CodeFix, type Finding } from '../rule';

interface WordingFinding {
  readonly range: Range;
  readonly written: string;
  readonly replacement: string;
  readonly binding: boolean;
}

/** Every word of `belongsTo`'s vocabulary in the prose of the document. */
function proseWording(model: SemanticModel, belongsTo: Wording): WordingFinding[] {
  const result: WordingFinding[] = [];
  for (const span of proseSpans(model)) {
    for (const m of findWording(span.text, belongsTo, { title: span.title })) {
      result.push({ range: spanRange(model, span, m.start, m.end), written: writtenText(m), replacement: m.replacement, binding: m.entry.binding === true });
    }
  }
  return result;
}

function writtenText(m: WordingMatch): string {
  return m.written.replace(/\s+/g, ' ');
}

/** Keywords with a treaty form and an MoU form. */
function keywordWording(model: SemanticModel, belongsTo: Wording): WordingFinding[] {
  const result: WordingFinding[] = [];
  const add = (range: Range, written: string, replacement: string) => result.push({ range, written, replacement, binding: false });
  const treatyForm = belongsTo === 'treaty';
  for (const party of model.ast.parties) {
    if (party.keyword.value === (treatyForm ? 'party' : 'participant')) add(party.keyword.range, party.keyword.text, treatyForm ? 'participant' : 'party');
  }
  const header = model.ast.instrument;
  const signature = header?.signature?.keyword;
  if (signature?.value === (treatyForm ? 'done' : 'signed')) add(signature.range, signature.text, treatyForm ? 'signed' : 'done');
  const validity = header?.languages?.validity;
  if (validity?.value === (treatyForm ? 'authentic' : 'equally-valid')) add(validity.range, validity.text, treatyForm ? 'equally-valid' : 'authentic');
  return result;
}

function replaceFix(range: Range, written: string, replacement: string): CodeFix {
  return { title: `Replace '${written}' with '${replacement}'`, edits: [{ range, newText: replacement }], preferred: true };
}

function toFinding(f: WordingFinding, message: string): Finding {
  return { range: f.range, message, fixes: [replaceFix(f.range, f.written, f.replacement)] };
}

export const mouBindingWording = defineRule({
  code: 'mou-binding-wording',
  catalogueId: 'CF01',
  family: 'conflict',
  defaultSeverity: 'error',
  message: "Write 'will' / 'come into effect': 'shall' and 'enter into force' make a non-binding MoU read as a treaty.",
  rationale:
    "'Shall' and 'enter into force' are the clearest signs of an intention to create legal obligations. In a declared MoU they contradict the status clause and invite the argument that the instrument is a treaty after all; the title does not decide (Qatar v. Bahrain, ICJ 1994). The FCDO row of the table was recalled from its contents list and is still to be checked against the PDF.",
  source: 'ANZ (Lundy, Australian Outlook 2017); USDOS Guidance on Non-Binding Documents; FCDO Treaties and MoUs Guidance (2021)',
  sourceStatus: 'verified',
  example: {
    trigger: 'memorandum "MoU" { status non-binding }\nclause Sharing """The Participants shall share indicators."""\n',
    fix: 'memorandum "MoU" { status non-binding }\nclause Sharing """The Participants will share indicators."""\n',
  },
  check({ model, report }) {
    if (model.legalNature !== 'mou') return;
    for (const f of proseWording(model, 'treaty')) {
      if (f.binding) report(toFinding(f, `'${f.written}' is treaty wording that signals binding intent: in a non-binding MoU write '${f.replacement}'.`));
    }
  },
});

export const mouTreatyWording = defineRule({
  code: 'mou-treaty-wording',
  catalogueId: 'CF01',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'Use MoU wording (Participants, paragraph, decide, arrangement, signed at, equally valid) in a non-binding instrument.',
  rationale:
    'Treaty words (Parties, Article, agree, agreement, obligations, undertake, done at, authentic, depositary, reservations) in a declared MoU mix the vocabularies and make its status ambiguous. Ordinary uses are left alone: lower-case "third party", citations such as "Article 35 of the Budapest Convention", quoted passages, titles of other instruments ("General Security Agreement"), defined terms, and a sentence that denies the word ("does not create obligations").',
  source: 'USDOS Guidance on Non-Binding Documents; DFAT less-than-treaty practice; FCDO Treaties and MoUs Guidance (2021)',
  sourceStatus: 'verified',
  example: {
    trigger: 'memorandum "MoU" { status non-binding }\nparty EE "Estonia"\nclause Costs """Each Party will bear its own costs."""\n',
    fix: 'memorandum "MoU" { status non-binding }\nparticipant EE "Estonia"\nclause Costs """Each Participant will bear its own costs."""\n',
  },
  check({ model, report }) {
    if (model.legalNature !== 'mou') return;
    for (const f of proseWording(model, 'treaty')) {
      if (!f.binding) report(toFinding(f, `'${f.written}' is treaty wording: in a non-binding MoU write '${f.replacement}'.`));
    }
    for (const f of keywordWording(model, 'treaty')) report(toFinding(f, `'${f.written}' is treaty wording: in a non-binding MoU write '${f.replacement}'.`));
    const header = model.ast.instrument;
    for (const item of [header?.depositary, header?.reservations]) {
      if (!item) continue;
      const what = item.type === 'Depositary' ? 'A depositary' : 'A reservations clause';
      report({
        range: item.keyword,
        message: `${what} belongs to a treaty; a non-binding MoU has none. Remove it.`,
        fixes: [{ title: `Remove the ${item.type.toLowerCase()} statement`, edits: [{ range: statementLine(model, item.range), newText: '' }], preferred: true }],
      });
    }
  },
});

export const treatyMouWording = defineRule({
  code: 'treaty-mou-wording',
  catalogueId: 'CF04',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: "Use treaty wording (shall, Parties, enter into force, done at, authentic) in a binding instrument.",
  rationale:
    "MoU words ('will', 'Participants', 'come into effect', 'commitments', 'signed at', 'equally valid') in a treaty create the reverse ambiguity: a reader may take the text for a political commitment. The noun 'will' ('the will of the Parties') and citations of other instruments ('the Convention signed at Budapest') are left alone.",
  source: 'drafting-rules.md §A (FCDO Treaties and MoUs Guidance (2021); ANZ (Lundy 2017))',
  sourceStatus: 'verified',
  example: {
    trigger: 'treaty "Treaty" { status binding }\nparticipant EE "Estonia"\nclause Sharing """Each Party will share indicators."""\n',
    fix: 'treaty "Treaty" { status binding }\nparty EE "Estonia"\nclause Sharing """Each Party shall share indicators."""\n',
  },
  check({ model, report }) {
    if (model.legalNature !== 'treaty') return;
    for (const f of [...proseWording(model, 'mou'), ...keywordWording(model, 'mou')]) {
      report(toFinding(f, `'${f.written}' is MoU wording: in a treaty write '${f.replacement}'.`));
    }
  },
});

export const wordingRules = [mouBindingWording, mouTreatyWording, treatyMouWording];
