/**
 * Where the text already rules on the use of the information it moves, in its own words, untagged,
 * or lets it pass through an international organisation (twenty-fourth real-instrument run, item
 * 3). The library's purpose-limitation clause reaches "information provided under this …" as a
 * whole: beside "The requesting Party shall not transmit or use information or evidence furnished
 * by the requested Party for investigations, prosecutions or proceedings other than those stated in
 * the request without the prior consent of the requested Party" (Financing of Terrorism Convention
 * 1999, Art. 12(3)) it would tighten that rule ("prior written consent", for any other use), and
 * beside "States Parties may also exchange information through the International Criminal Police
 * Organization (Interpol)" (Art. 18(4)) its ban on transfer to "any … international organisation"
 * would contradict the text. The finding stays (a channel the text's rule does not reach is still
 * unlimited); the clause is not offered.
 */
import type { Clause } from '../../ast/nodes';
import { declarationParts, sameWords } from '../../model/document-change';
import { topicScope } from '../../model/topic-scope';
import type { SemanticModel } from '../../model/semantic-model';
import { oncePer } from '../../util/once-per';
import { spacedClauseText } from './spaced-clause-text';
import { clauseTopics } from './applicability';

/**
 * A rule on use: a use forbidden without the sender's consent, use only for stated purposes, or a
 * sender's restrictions on use ("shall comply with any request … that places restrictions on its
 * use", Trafficking in Persons Protocol 2000, Art. 10(3)); "shall be used solely for the purposes
 * of this Agreement and solely by the Customs Administrations" (NL–US customs 1996, Art. 15(1));
 * "shall use such information only for such purposes" (NL–Samoa TIEA 2009, Art. 8); "shall be used
 * exclusively to meet the objectives of this Protocol" (FCTC illicit-trade Protocol 2012, Art. 21(2)); "may be used
 * for other purposes … with the permission of the competent authority" (Directive 2011/16/EU
 * Art. 16(2), applied by the CW–HR Convention 2013, Art. 4(3)). A decision for free use is a rule
 * on use too: "Information received pursuant to sub-paragraph (b) of article 2 may be used without
 * restriction, except when such information is provided in confidence by the notifying State
 * Party" (Early Notification Convention 1986, Art. 5(3); thirty-fifth run, item 7): a clause that
 * limited use would change it.
 */
const useRule = [
  /\b(?:not|never)\s+(?:\w+\s+(?:or|nor)\s+)?use\b[^.;]{0,200}?\b(?:consent|authori[sz]ation|approval|permission)\b/i,
  /\bused?\s+(?:[^.;]{0,80}?\s)?(?:only|solely|exclusively)\s+for\s+(?:the\s+)?purposes?\b/i,
  /\b(?:restrictions?|conditions?|limitations?)\s+(?:on|to|upon)\s+(?:its|their|the)\s+use\b/i,
  /\bbe\s+used\s+(?:solely|only|exclusively)\s+(?:for|by|in|to)\b/i,
  /\b(?:shall|may|will|must)\s+(?:only|solely)\s+be\s+used\s+(?:for|by|in)\b/i,
  /\buse\s+(?:such|the|this|that|any|all)\s+(?:information|data|documents?|material)\s+(?:solely|only|exclusively)\s+for\b/i,
  /\b(?:shall|may|will|must)\s+not\s+(?:use\b[^.;]{0,80}|be\s+used)\s+for\s+(?:any\s+)?(?:other\s+purposes?|purposes?\s+other\s+than)\b/i,
  /\bmay\s+(?:also\s+)?be\s+used\s+for\s+(?:other\s+purposes|purposes\s+other\s+than)\b/i,
  /\b(?:may|can)\s+be\s+(?:used\s+without\s+(?:any\s+)?restrictions?|freely\s+used)\b/i,
];

/** An international organisation through or to which the text lets information pass. */
const organisation = String.raw`(?:the\s+)?(?:International\s+Criminal\s+Police\s+Organi[sz]ation|Interpol|Europol|Eurojust|(?:an?\s+|other\s+)?international\s+organi[sz]ations?)`;
const throughOrganisation = new RegExp(
  String.raw`\b(?:exchange|transmit|communicate|share|forward|pass|send|provide|disclose)[a-z]*\b[^.;]{0,120}?\b(?:through|via|to|with)\s+${organisation}\b`,
  'i',
);

/**
 * The protection of the information put under another instrument's rules, by reference (third
 * quick-fix review, closing item 2): "The specific arrangements for implementing the relevant
 * provisions of the Convention and the OPCW Policy on Confidentiality in relation to the protection
 * of confidential information at the facility are contained in Attachment 3" (NL–OPCW facility
 * agreement 1998, Section 3); documents marked with "the level of protection according to the OPCW
 * policy on confidentiality" (Attachment 3, B). Those rules say what the receiver may do with the
 * information and to whom it goes (the Convention's reporting to its organs); a library clause that
 * makes every use and transfer depend on the sender's consent would be a second regime beside them.
 * Read narrowly: a sentence on the protection, confidentiality, use or disclosure of information
 * that names another instrument, annex or policy as the rule ("in accordance with", "according
 * to", "pursuant to", "governed by", "subject to", "implementing the … provisions of"); not this
 * instrument itself ("in accordance with this Agreement"), and not national law, which a use rule
 * completes rather than contradicts.
 */
const instrumentWord = String.raw`(?:Convention|Agreement|Treaty|Annex|Policy|Regulation|Directive|Protocol)`;
const otherInstrument = String.raw`(?:the\s+)?(?:relevant\s+)?(?:provisions?\s+of\s+)?(?:(?!this\b|these\b|present\b)[\w’'-]+\s+){0,5}?${instrumentWord}\b`;
const referral = String.raw`(?:in\s+accordance\s+with|according\s+to|pursuant\s+to|governed\s+by|subject\s+to|implementing)`;
const byReference = new RegExp(String.raw`\b${referral}\s+${otherInstrument}`, 'i');
const protectionOfInformation =
  /\b(?:confidential(?:ity)?|protection\s+of\s+(?:the\s+|such\s+)?(?:information|data|documents)|level\s+of\s+protection|disclos\w*|release\s+of|use\s+of\s+(?:the\s+|such\s+|any\s+)?(?:information|data|documents))\b/i;

/** Whether a sentence puts the protection of the information under another instrument's rules. */
function regimeByReference(sentence: string): boolean {
  return protectionOfInformation.test(sentence) && byReference.test(sentence);
}

/** `scope`: the channels the clause's `about purpose-limitation for …` ties it to, if it does. */
export type OwnUseProvision = { readonly kind: 'use-rule' | 'organisation' | 'by-reference'; readonly clause: string; readonly scope?: readonly string[] };

/**
 * What one clause says on the use of information: its first sentence that is a rule on use or lets
 * information pass through an international organisation (`first`), else whether a sentence puts
 * the protection under another instrument (`byReference`). Not a definitions article, nor a
 * definition anywhere, which says what a thing is rather than how information may be used:
 * "“Manufacturing equipment” means machinery which is designed, or adapted, to be used solely for
 * the manufacture of tobacco products" (FCTC illicit-trade Protocol 2012, Art. 1(8)) was named as
 * the Protocol's rule on the use of information (thirty-third run).
 */
interface ClauseUse {
  readonly first?: OwnUseProvision;
  readonly byReference?: OwnUseProvision;
}

function clauseUse(model: SemanticModel, clause: Clause): ClauseUse | undefined {
  const text = spacedClauseText(model, clause);
  // Most clauses hold none of the words any reading below needs: they are not split and scanned.
  if (!mayRuleOnUse(text)) return undefined;
  if (clauseTopics(model, clause).has('definitions')) return undefined;
  const name = clause.id ? `clause ${clause.id.text}` : 'a clause';
  let byReference = false;
  for (const sentence of useSentences(text)) {
    const kind = useSentenceKind(sentence);
    if (kind === 'use-rule') return { first: { kind: 'use-rule', clause: name, scope: topicScope(clause, 'purpose-limitation') } };
    if (kind === 'organisation') return { first: { kind: 'organisation', clause: name } };
    byReference ||= kind === 'by-reference';
  }
  return byReference ? { byReference: { kind: 'by-reference', clause: name } } : undefined;
}

/**
 * Whether a clause's text can hold a sentence `clauseUse` reads as a rule on use, a passage
 * through an organisation or a regime by reference (issue #11: the check split and scanned every
 * clause of a 10k-line text, about 10 ms of a full analysis). Each test is one a sentence's match
 * needs and the whole text then passes too: a sentence is a piece of the text between white space,
 * so a literal in it, or a match of a pattern whose edges are word boundaries, is in the text
 * (`mayStateUseRule` for `statesUseRule`; the organisations' names `throughOrganisation` needs;
 * `regimeByReference`'s two patterns themselves). Test/analysis/own-use-pretest.test.ts holds the
 * readings with and without it equal on generated prose.
 */
export function mayRuleOnUse(text: string): boolean {
  return mayStateUseRule(text) || organisationNamed.test(text) || (protectionOfInformation.test(text) && byReference.test(text));
}

/** Every text `throughOrganisation` matches holds one of these (same flags). */
const organisationNamed = /organi[sz]ation|interpol|europol|eurojust/i;

/** The sentences of a clause's text, as `clauseUse` reads them one by one. */
export function useSentences(text: string): string[] {
  return text.split(/(?<=[.;])\s+/);
}

/** What one sentence is to `clauseUse`: a definition (skipped), one of its three readings, or nothing. */
export function useSentenceKind(sentence: string): 'definition' | 'use-rule' | 'organisation' | 'by-reference' | undefined {
  if (definition.test(sentence)) return 'definition';
  if (statesUseRule(sentence)) return 'use-rule';
  if (throughOrganisation.test(sentence)) return 'organisation';
  return regimeByReference(sentence) ? 'by-reference' : undefined;
}

/** A quoted term and the words that define it: "“Licence” means", "``Child" shall mean". */
const definition = /["“”‘’'`][^"“”‘’`]{1,80}["”’']\s+(?:shall\s+)?means?\b/u;

/** The first provision of the text on the use of information, or on passing it to an international organisation. */
export function ownUseProvision(model: SemanticModel): OwnUseProvision | undefined {
  // Asked by the check and by the library fit of each of its findings: read once per model.
  return provisionOf(model);
}

/**
 * The text's first sentence, in the order of its clauses, that is a rule on use or lets information
 * pass through an organisation; else its first that puts the protection under another instrument.
 * A written clause's answer is a function of its node alone (its `about` words, id and body), kept
 * per declaration and patched from the last tree (model/document-change.ts), so a keystroke reads
 * again only the edited clause; a clause taken from the library is read each time (its topics and
 * text are the library's).
 */
const provisionOf = oncePer((model: SemanticModel): OwnUseProvision | undefined => {
  const parts = declarationParts('own-use-provision', model, '', (d) => (d.type === 'Clause' && d.libraryRef === undefined ? clauseUse(model, d) : undefined), sameWords);
  const declarations = model.ast.declarations;
  let byReference: OwnUseProvision | undefined;
  for (let i = 0; i < parts.length; i++) {
    const d = declarations[i];
    const use = d.type === 'Clause' && d.libraryRef !== undefined ? clauseUse(model, d) : parts[i];
    if (use === undefined) continue;
    if (use.first) return use.first;
    byReference ??= use.byReference;
  }
  return byReference;
});

/**
 * What the finding adds when the library clause is withheld for that reason. The rule found is the
 * text's first; whether its words reach this channel the checker cannot tell, so the note does not
 * say they do (twenty-eighth run, item 3: CETS 196's Art. 22, on spontaneous information, was named
 * as the rule of the Art. 20(7) outcome report, and UNTOC's Art. 18 as that of its Art. 27 police
 * exchange).
 */
export function ownUseNote(provision: OwnUseProvision, channel?: string): string {
  // The text ties its rule to other channels (`about purpose-limitation for …`): it is not this channel's.
  if (provision.kind === 'use-rule' && provision.scope !== undefined && channel !== undefined && !provision.scope.includes(channel))
    return ` The text's own rule on the use of information (${provision.clause}) reaches ${provision.scope.join(', ')} only (\`about purpose-limitation for …\`): limit this channel in the text's own terms. No general clause is offered, since it would change that rule.`;
  if (provision.kind === 'by-reference')
    return ` The text puts the protection of information under another instrument's rules, by reference (${provision.clause}), but this channel does not say it is under them: if it is, record that here in their terms; if not, limit this channel in the text's own terms. No general clause is offered, since it would state a second regime beside those rules.`;
  return provision.kind === 'use-rule'
    ? ` The text has its own rule on the use of information (${provision.clause}), but this channel does not say it is under that rule: if it is, record that here in the rule's terms; if not, limit this channel in the text's own terms. No general clause is offered, since it would change that rule.`
    : ` The text lets information pass through an international organisation (${provision.clause}); a general clause forbidding transfer to any international organisation would contradict it, so none is offered: limit this channel in the text's own terms.`;
}

/** A sender's restrictions or conditions on use (`useRule`'s third form), and the receiver bound to them. */
const senderConditions = /\b(?:restrictions?|conditions?|limitations?)\s+(?:on|to|upon)\s+(?:its|their|the)\s+use\b/i;
const receiverBound = /\b(?:shall|must|will)\s+(?:comply|be\s+bound|respect|observe|abide)\b/i;

/**
 * Whether a channel's own words let the sender set binding conditions on the use of what it sends:
 * "The Party providing the information may, pursuant to its national law, impose conditions on the
 * use of such information by the Party receiving the information. The Party receiving the
 * information shall be bound by those conditions" (CETS 196, Art. 22(2)–(3)); "The competent
 * authorities receiving the information shall comply with a request that said information remain
 * confidential, even temporarily, or with restrictions on its use" (UNTOC Art. 18(5)). That is what
 * `missing-purpose-limitation` asks for — the provider able to make its information conditional on
 * its use and release — set case by case rather than once for all (twenty-eighth run, item 4). A
 * rule in another clause, or conditions the receiver is not bound by, is not this.
 */
export function senderSetsUseConditions(words: string | undefined): boolean {
  return words !== undefined && senderConditions.test(words) && receiverBound.test(words);
}

/**
 * Whether the instrument states a rule on the use or disclosure of the information it exchanges,
 * read in every text of the instrument (its channels' purposes included) and whoever's voice it is
 * in, quotation marks not masked: a rule of another instrument the text quotes and applies (the
 * CW–HR Annex, Art. 16 of the Directive between quotation marks) regulates the exchange as much as
 * its own words. A library clause stating a use regime of its own (transfer safeguards: compatible
 * further use on notice, no sharing within the receiving State without authorisation) would sit
 * beside that rule and contradict it; VCLT Art. 31(1) gives no rule to choose between the two
 * (second quick-fix review, closing item 2).
 */
export function regulatesUseOfInformation(model: SemanticModel): boolean {
  return regulatesOnce(model);
}

const regulatesOnce = oncePer((model: SemanticModel) => model.prose().some(({ text }) => statesUseRule(text.value)));

/**
 * Whether a text states a rule on the use of information. A loop, not a callback made for each
 * sentence: V8 drops the optimised code of closures that die with each analysis at the next
 * collection, and compiles it again a few keystrokes later.
 */
function statesUseRule(text: string): boolean {
  return mayStateUseRule(text) && matchesUseRule(text);
}

/** `statesUseRule` without its pre-test (exported for the pre-test's test). */
export function matchesUseRule(text: string): boolean {
  // `thingUsed` tries its look-behind at every position: only where "used" is there to be found.
  const words = mayUse.test(text) ? text.replace(thingUsed, '$1employed') : text;
  for (const pattern of useRule) if (pattern.test(words)) return true;
  return false;
}

/**
 * What every text a `useRule` pattern matches holds (same flags): "use" at the start of a word
 * (each pattern has it after `\b` or white space), and a word that makes it a rule — consent,
 * authorisation, approval or permission (the first), only, solely or exclusively, restrictions,
 * conditions or limitations, purposes, freely. Rewriting a thing's "be used" as "be employed"
 * (`thingUsed`) takes words away and adds none of these. Most clauses fail it and are not
 * scanned by the nine patterns.
 */
export function mayStateUseRule(text: string): boolean {
  return useWord.test(text) && ruleWord.test(text);
}

const useWord = /\buse/i;
const ruleWord = /consent|authori[sz]ation|approval|permission|only|solely|exclusively|restriction|condition|limitation|purpose|freely/i;

/** What every text `thingUsed` matches holds, under the same flags (case-insensitive, not Unicode). */
const mayUse = /used/i;

/**
 * A thing, not information, that "shall be used exclusively for" something: "the necessary
 * equipment which shall be used exclusively for gathering information on the alleged compliance
 * issue" (Mine Ban Convention 1997, Art. 8(12), read: BWBV0001384) limits the mission's equipment,
 * not the use of information (forty-fourth run, point 3: it was named as the Convention's rule on
 * the use of information). Its "be used" is read as "be employed" before the patterns are tried.
 * Not where information is named with the thing ("information and equipment … shall be used only
 * for peaceful purposes"), which is a rule on both.
 */
const thingUsed =
  /(?<!\b(?:information|data|documents?|material|evidence|records?)\s*,?\s+(?:and|or)\s+(?:\w+\s+){0,2})\b((?:equipment|machinery|apparatus|devices?|installations?|facilities|vehicles?|aircraft|vessels?|ships?|premises|buildings?|funds)(?:\s+(?:which|that))?\s+(?:shall|will|may|must|is\s+to|are\s+to)(?:\s+(?:only|solely|exclusively))?\s+be\s+)used\b/gi;
