/**
 * CF21: a legal act or a firm financial commitment in the prose of a non-binding MoU. Such a
 * promise cannot be enforced under the MoU, and writing it is itself evidence of intent to be
 * bound. The prose is scanned as the wording checks scan it (conflict-prose.ts), and what the
 * MoU reports of another instrument ("under the NATO SOFA, each Participant waives …") is left
 * alone (prose-voice.ts). Judged only in an instrument that declares `status non-binding`.
 *
 * Found:
 * - liability and indemnities: "will be liable", "will indemnify", "hold harmless";
 * - claims waivers: "waives all claims against the other Participant", "will not bring any claim
 *   against" — giving up a right is a legal act, which only a binding instrument can perform;
 * - firm financial promises: paying, reimbursing, funding or contributing money ("will pay the
 *   travel costs", "will contribute EUR 50 000", "will establish a joint fund") and cost shares
 *   ("the costs will be shared equally"), unless made "subject to the availability of funds".
 *
 * Left alone: "pay particular attention" and other uses of "pay" with no money in sight; a
 * sentence that denies the commitment ("Neither Participant will be liable"); the usual MoU cost
 * clause ("each Participant will bear its own costs").
 */
import { analyseVoice, foreignAt, isFramed } from '../../model/prose-voice';
import { declaredWording, proseSpans, spanRange } from '../support/conflict-prose';
import { defineRule, type CodeFix } from '../rule';
import { matchesOf } from '../../util/all-matches';
import { singleSpaced } from '../../util/single-spaced';

type Kind = 'liability' | 'indemnity' | 'waiver' | 'financial' | 'cost-share';

/** Money in sight within a few words: an amount, a currency, a cost or payment noun. */
const money = String.raw`(?:(?:[\p{L}\p{N},.'’-]+\s+){0,5}?(?:costs?|expenses|fees?|contributions?|amounts?|sums?|salar(?:y|ies)|allowances?|compensation|damages|subsistence|per\s+diems?|travel|accommodation|funds?|funding|money|share|shares|EUR|USD|GBP|€|\$|£|\d[\d\s,.]*(?:euros?|dollars?|pounds?)?)(?![\p{L}])|for\s)`;

const patterns: readonly { kind: Kind; pattern: RegExp }[] = [
  { kind: 'liability', pattern: /\b(?:shall|will|is|are|be|remains?)\s+(?:be\s+)?(?:held\s+)?(?:jointly\s+|severally\s+|fully\s+|solely\s+)?liable\b/giu },
  { kind: 'indemnity', pattern: /\bindemnif(?:y|ies|ied|ication)\b/giu },
  { kind: 'indemnity', pattern: /\bhold\s+(?:\p{L}+\s+){0,3}?harmless\b/giu },
  { kind: 'liability', pattern: /\b(?:pay|paying|payment\s+of)\s+(?:compensation|damages)\b/giu },
  { kind: 'waiver', pattern: /\b(?:waiv(?:e|es|ed|ing)|renounc(?:e|es|ed|ing))\s+(?:(?:all|any|its|their|his|her|each|every|the)\s+){0,2}(?:rights?\s+(?:to|of)\s+)?(?:claims?|claim\s+compensation)\b/giu },
  { kind: 'waiver', pattern: /\bwaivers?\s+of\s+(?:(?:all|any|the)\s+)?(?:claims?|liability)\b/giu },
  { kind: 'waiver', pattern: /\b(?:(?:shall|will)\s+not|(?:neither|no)\s+(?:Participant|Party|Side)\s+(?:shall|will))\s+(?:bring|make|present|file|assert|pursue)\s+(?:a\s+|any\s+)?claims?\s+against\b/giu },
  {
    kind: 'financial',
    pattern: new RegExp(String.raw`\b(?:shall|will|undertakes?\s+to|commits?\s+to|agrees?\s+to)\s+(?:(?:pay|paying)(?=\s+${money})|reimburse|fund|finance)\b`, 'giu'),
  },
  // "contribute"/"transfer" are financial only with money in sight: "will contribute EUR 50 000".
  { kind: 'financial', pattern: new RegExp(String.raw`\b(?:shall|will|undertakes?\s+to|commits?\s+to|agrees?\s+to)\s+(?:contribute|transfer)(?=\s+${money})`, 'giu') },
  { kind: 'financial', pattern: /\b(?:shall|will)\s+(?:establish|set\s+up|create|maintain)\s+(?:a|an)\s+(?:joint\s+|common\s+|trust\s+)?fund\b/giu },
  {
    kind: 'cost-share',
    pattern: /\b(?:costs?|expenses)\s+(?:\p{L}+\s+){0,4}?(?:shall|will)\s+be\s+(?:shared|divided|apportioned|split|borne)\s+(?:equally|jointly|in\s+equal\s+(?:shares|parts)|in\s+proportion|pro[\s-]rata|on\s+a\s+pro[\s-]rata|\d+)/giu,
  },
  { kind: 'cost-share', pattern: /\b(?:shall|will)\s+(?:bear|cover|meet|pay)\s+(?:\d+\s*(?:per\s*cent|%)|half|one[\s-](?:half|third|quarter)|an?\s+equal\s+share|a\s+share)\b/giu },
];

const negation = /\b(?:not|no|nothing|neither|nor|never|without|none)\b|n't\b/i;
const fundsProviso = /subject\s+to\s+(?:the\s+)?(?:availability\s+of\s+(?:funds|appropriations)|available\s+funds|appropriations)/i;

const messages: Record<Kind, (written: string) => string> = {
  liability: (w) => `'${w}' creates a legal liability, which a non-binding MoU cannot carry: settle claims by consultation or state that each Participant bears its own losses.`,
  indemnity: (w) =>
    `'${w}' is an indemnity, a legal undertaking to make good another's loss, which a non-binding MoU cannot give and which signals binding intent: put it in a binding instrument (an implementing agreement or a contract), or settle claims by consultation.`,
  waiver: (w) =>
    `'${w}' is a claims waiver: giving up a right is a legal act that only a binding instrument can perform, and in an MoU it signals binding intent. Put the waiver in a binding instrument (an implementing agreement or a contract), or omit it and say that claims are settled by consultation and each Participant bears its own risks. No rewrite is offered: which of the two is the drafters' decision.`,
  financial: (w) => `'${w}' is a firm financial commitment, which signals binding intent in an MoU: make it subject to the availability of funds or remove it.`,
  'cost-share': (w) => `'${w}' is a cost share not made subject to the availability of funds, a firm financial commitment that signals binding intent in an MoU: make it subject to the availability of funds, or let each Participant bear its own costs.`,
};

/** How far the sentence around a phrase is looked for (a bound keeps prose without full stops linear). */
const sentenceWindow = 2000;

/** The sentence around an offset: [start, end) with end at the terminating punctuation. */
function sentenceAround(text: string, offset: number): { start: number; end: number; terminator: number | undefined } {
  const from = Math.max(0, offset - sentenceWindow);
  const head = text.slice(from, offset);
  const start = from + Math.max(head.lastIndexOf('.'), head.lastIndexOf(';'), head.lastIndexOf('!'), head.lastIndexOf('?')) + 1;
  const tail = /[.;!?]/.exec(text.slice(offset, offset + sentenceWindow));
  return tail ? { start, end: offset + tail.index, terminator: offset + tail.index } : { start, end: Math.min(text.length, offset + sentenceWindow), terminator: undefined };
}

export const mouBindingCommitment = defineRule({
  code: 'mou-binding-commitment',
  catalogueId: 'CF21',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'Remove liability, indemnities, claims waivers and firm payment promises from a non-binding MoU, or make payments "subject to the availability of funds".',
  rationale:
    'Liability, indemnities, waivers of claims and firm payment obligations cannot be given under a non-binding instrument and are read as indicators of binding intent: a waiver or an indemnity is a legal act, and a promise to pay without a funds proviso reads as a financial obligation. MoUs usually say that each Participant bears its own costs, subject to the availability of funds, and that claims are settled by consultation. "Pay particular attention" and other uses of "pay" with no money in sight are not payments. A claims waiver is the kind of act States make in a treaty (NATO SOFA Art. VIII(1), verified). (The DFAT and USDOS statements of the MoU practice come from secondary material and could not be confirmed against their texts: unconfirmed.)',
  source: 'DFAT less-than-treaty practice and USDOS Guidance on Non-Binding Documents (the passages on costs and claims not read); NATO SOFA (London, 1951), Art. VIII(1): "Each Contracting Party waives all its claims against any other Contracting Party …" (a claims waiver made in a treaty; read in statengeneraal/laws-markdown @91556a8)',
  sourceStatus: 'unconfirmed',
  example: {
    trigger: 'memorandum "MoU" { status non-binding }\nclause Costs """The host Participant will pay the travel costs of the visiting experts."""\n',
    fix: 'memorandum "MoU" { status non-binding }\nclause Costs """The host Participant will pay the travel costs of the visiting experts, subject to the availability of funds."""\n',
  },
  check({ model, report }) {
    if (declaredWording(model) !== 'mou') return;
    for (const span of proseSpans(model)) {
      const voice = analyseVoice(span.text, span.context);
      // The characters of the phrases reported so far (one finding per phrase).
      const reported = new Uint8Array(span.text.length);
      const overlapsReported = (start: number, end: number) => reported.subarray(start, end).includes(1);
      for (const { kind, pattern } of patterns) {
        pattern.lastIndex = 0;
        for (const match of matchesOf(span.text, pattern)) {
          const start = match.index;
          const end = start + match[0].length;
          // One finding per phrase, and none for what the MoU reports of another instrument ("under
          // the NATO SOFA, each Participant waives …" attributes the waiver to the SOFA).
          if (overlapsReported(start, end) || foreignAt(voice, start, end) || isFramed(voice, start)) continue;
          const sentence = sentenceAround(span.text, start);
          const text = span.text.slice(sentence.start, sentence.end);
          // "will not bring any claim against" is itself a waiver; other denials remove the commitment.
          if (kind !== 'waiver' && negation.test(span.text.slice(sentence.start, end))) continue;
          if ((kind === 'financial' || kind === 'cost-share') && fundsProviso.test(text)) continue;
          reported.fill(1, start, end);
          const written = singleSpaced(match[0]);
          const fixes: CodeFix[] =
            (kind === 'financial' || kind === 'cost-share') && sentence.terminator !== undefined
              ? [
                  {
                    title: "Add 'subject to the availability of funds'",
                    edits: [{ range: spanRange(model, span, sentence.terminator, sentence.terminator), newText: ', subject to the availability of funds' }],
                    effect: 'legal',
                    preferred: true,
                  },
                ]
              : [];
          report({ range: spanRange(model, span, start, end), message: messages[kind](written), fixes });
        }
      }
    }
  },
});

/** "will enjoy privileges and immunities", "shall be accorded immunity from jurisdiction", "grants immunity". */
const immunityPatterns: readonly RegExp[] = [
  /\b(?:shall|will|to)\s+(?:enjoy|be\s+(?:accorded|granted|given|entitled\s+to)|have|receive)\s+(?:the\s+|such\s+|full\s+)?(?:[\p{L}-]+\s+){0,4}?(?:privileges|immunit(?:y|ies))\b/giu,
  /\b(?:accords?|grants?|confers?|extends?)\s+(?:to\s+[\p{L}\s]{1,40}?\s+)?(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:privileges|immunit(?:y|ies))\b/giu,
];

export const mouConfersImmunities = defineRule({
  code: 'mou-confers-immunities',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: "A non-binding MoU cannot confer privileges or immunities: refer to the treaty that gives them (a SOFA), or state that the personnel are subject to the host State's law.",
  rationale:
    'Privileges and immunities set aside the host State\'s law and jurisdiction; only a treaty (or the host\'s own law) can do that. The NATO SOFA allocates criminal and disciplinary jurisdiction over visiting forces (Art. VII(1)) and otherwise keeps them bound "to respect the law of the receiving State" (Art. II); instruments of a lower level refer to it: "The status of Exchange Personnel while in the Host country shall be governed by the … NATO SOFA" (Netherlands–US defence MoU, Annex VIII, Section VI); the Global Water Partnership Organisation\'s privileges are those "stipulated in the Headquarters Agreement" (Statutes Art. 13). A non-binding MoU creates no legal obligations, so a sentence in it granting immunity grants nothing and signals binding intent. What the MoU reports of another instrument ("under the NATO SOFA, … enjoy …") is left alone, and so is a sentence that refers to a treaty or the law. Judged only where the instrument declares `status non-binding`.',
  source: 'NATO SOFA (London, 1951), Arts. II, VII(1) (read: Dutch treaty series BWBV0004785); Netherlands–US defence cooperation MoU (1978), Annex VIII Section VI (read: BWBV0003739); Global Water Partnership Organisation MoU (2002), Statutes Art. 13 (read: BWBV0001570)',
  sourceStatus: 'verified',
  example: {
    trigger: 'memorandum "MoU" { status non-binding }\nclause Status """Seconded experts will enjoy immunity from the jurisdiction of the host country."""\n',
    fix: 'memorandum "MoU" { status non-binding }\nclause Status """Seconded experts will respect the laws of the host country."""\n',
  },
  check({ model, report }) {
    if (declaredWording(model) !== 'mou') return;
    for (const span of proseSpans(model)) {
      const voice = analyseVoice(span.text, span.context);
      for (const pattern of immunityPatterns) {
        pattern.lastIndex = 0;
        for (const match of matchesOf(span.text, pattern)) {
          const start = match.index;
          const end = start + match[0].length;
          if (foreignAt(voice, start, end) || isFramed(voice, start)) continue;
          const sentence = sentenceAround(span.text, start);
          const text = span.text.slice(sentence.start, sentence.end);
          // "confers no privileges or immunities" denies it; "as stipulated in the Headquarters Agreement" refers to a treaty.
          if (negation.test(span.text.slice(sentence.start, end)) || /\b(?:Agreement|Convention|Treaty|SOFA|law)\b/u.test(text)) continue;
          report({
            range: spanRange(model, span, start, end),
            message: `'${singleSpaced(match[0])}': a non-binding MoU cannot confer privileges or immunities. Refer to the treaty that gives them (a SOFA), or say that the personnel are subject to the host's law.`,
          });
        }
      }
    }
  },
});

export const commitmentRules = [mouBindingCommitment, mouConfersImmunities];
