/**
 * CF21: binding liability or a firm financial commitment in the prose of a non-binding MoU.
 * Such a promise cannot be enforced under the MoU, and writing it is itself evidence of intent
 * to be bound. The prose is scanned as the wording checks scan it (conflict-prose.ts).
 *
 * Left alone: a sentence that denies the commitment ("Neither Participant will be liable"), the
 * usual MoU cost clause ("each Participant will bear its own costs"), and a payment made
 * "subject to the availability of funds" (US practice).
 */
import { proseSpans, spanRange } from '../support/conflict-prose';
import { defineRule, type CodeFix } from '../rule';

const liability = [
  /\b(?:shall|will|is|are|be|remains?)\s+(?:be\s+)?(?:held\s+)?(?:jointly\s+|severally\s+|fully\s+|solely\s+)?liable\b/gi,
  /\bindemnif(?:y|ies|ied)\b/gi,
  /\bhold\s+(?:\p{L}+\s+)?harmless\b/giu,
  /\b(?:pay|paying|payment\s+of)\s+(?:compensation|damages)\b/gi,
];

const financial = [
  /\b(?:shall|will|undertakes?\s+to|commits?\s+to|agrees?\s+to)\s+(?:pay|fund|finance|reimburse)\b/gi,
  // "contribute"/"transfer" are financial only with money in sight: "will contribute EUR 50 000".
  /\b(?:shall|will|undertakes?\s+to|commits?\s+to|agrees?\s+to)\s+(?:contribute|transfer)(?=(?:\s+[\p{L}\p{N},.]+){0,3}?\s+(?:funds?|funding|money|EUR|USD|GBP|€|\$|£|\d|financial))/giu,
];

const negation = /\b(?:not|no|nothing|neither|nor|never|without|none)\b|n't\b/i;
const fundsProviso = /subject\s+to\s+(?:the\s+)?(?:availability\s+of\s+(?:funds|appropriations)|available\s+funds|appropriations)/i;

/** The sentence around an offset: [start, end) with end at the terminating punctuation. */
function sentenceAround(text: string, offset: number): { start: number; end: number; terminator: number | undefined } {
  const head = text.slice(0, offset);
  const start = Math.max(head.lastIndexOf('.'), head.lastIndexOf(';'), head.lastIndexOf('!'), head.lastIndexOf('?')) + 1;
  const tail = /[.;!?]/.exec(text.slice(offset));
  return tail ? { start, end: offset + tail.index, terminator: offset + tail.index } : { start, end: text.length, terminator: undefined };
}

export const mouBindingCommitment = defineRule({
  code: 'mou-binding-commitment',
  catalogueId: 'CF21',
  family: 'conflict',
  defaultSeverity: 'warning',
  message: 'Remove binding liability or payment promises from a non-binding MoU, or make payments "subject to the availability of funds".',
  rationale:
    'Liability, indemnities and firm payment obligations cannot be enforced under a non-binding instrument and are read as indicators of binding intent. MoUs usually say that each Participant bears its own costs, subject to the availability of funds, and settle claims by consultation. (The DFAT and USDOS statements of this point come from secondary material and could not be confirmed against their texts.)',
  source: 'DFAT less-than-treaty practice; USDOS Guidance on Non-Binding Documents',
  sourceStatus: 'unconfirmed',
  example: {
    trigger: 'memorandum "MoU" { status non-binding }\nclause Costs """The host Participant will pay the travel costs of the visiting experts."""\n',
    fix: 'memorandum "MoU" { status non-binding }\nclause Costs """The host Participant will pay the travel costs of the visiting experts, subject to the availability of funds."""\n',
  },
  check({ model, report }) {
    if (model.legalNature !== 'mou') return;
    for (const span of proseSpans(model)) {
      const scan = (patterns: readonly RegExp[], kind: 'liability' | 'financial') => {
        for (const pattern of patterns) {
          pattern.lastIndex = 0;
          for (const match of span.text.matchAll(pattern)) {
            const sentence = sentenceAround(span.text, match.index);
            const text = span.text.slice(sentence.start, sentence.end);
            if (negation.test(span.text.slice(sentence.start, match.index + match[0].length))) continue;
            if (kind === 'financial' && fundsProviso.test(text)) continue;
            const range = spanRange(model, span, match.index, match.index + match[0].length);
            const written = match[0].replace(/\s+/g, ' ');
            const fixes: CodeFix[] =
              kind === 'financial' && sentence.terminator !== undefined
                ? [
                    {
                      title: "Add 'subject to the availability of funds'",
                      edits: [{ range: spanRange(model, span, sentence.terminator, sentence.terminator), newText: ', subject to the availability of funds' }],
                      preferred: true,
                    },
                  ]
                : [];
            report({
              range,
              message:
                kind === 'liability'
                  ? `'${written}' creates a legal liability, which a non-binding MoU cannot carry: settle claims by consultation or state that each Participant bears its own losses.`
                  : `'${written}' is a firm financial commitment, which signals binding intent in an MoU: make it subject to the availability of funds or remove it.`,
              fixes,
            });
          }
        }
      };
      scan(liability, 'liability');
      scan(financial, 'financial');
    }
  },
});

export const commitmentRules = [mouBindingCommitment];
