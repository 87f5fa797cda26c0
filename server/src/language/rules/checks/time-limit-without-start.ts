/**
 * A deadline in an incident protocol says from when it runs (review §3 item 8; NIS2 Art. 23(4) as the
 * model): one of the protocol-integrity rules (protocol-integrity.ts), in a file of its own.
 */
import { saysInProse } from '../support/instrument-prose';
import { defineDeclarationRule } from '../rule';

/** Prose that anchors deadlines: "of becoming aware", "of detection", "from the time …". */
const clockInProse = /\b(?:of|after|from)\s+(?:(?:the\s+)?(?:time|moment)\s+(?:of|when|at\s+which)\s+|its\s+|their\s+)?(?:becoming\s+aware|having\s+become\s+aware|detection|detecting|discovery|discovering|classification|being\s+classified|receipt|the\s+request)\b/iu;
/** A word the last group of `clockInProse` needs (same flags). */
const clockWords = /aware|detect|discover|classif|receipt|request/iu;

export const timeLimitWithoutStart = defineDeclarationRule({
  code: 'time-limit-without-start',
  family: 'date',
  defaultSeverity: 'info',
  // On a signed text its findings are no request to redraft it (r113 D2); where its words fix the start
  // ("notice … that such data … has been accessed", EU–US PNR 2007, DHS letter III), the reading is the
  // transcription's to record (treaty lawyer lr31, D6).
  onConcludedText: 'where its words say from when the time runs (the event the duty names: an access, a receipt, a request), record that reading after the time limit (`of receipt`, `of awareness` …); otherwise the point is for an amending instrument or the next draft.',
  message: 'Say from when the deadline runs: add `of awareness` (or `of detection`, `of classification`, `of request`) after the time limit.',
  rationale:
    'A time limit with no starting point is read differently by each side: 24 hours from the incident, from its detection, from the decision that it is significant? Statutory schemes fix the start: "within 24 hours of becoming aware of the significant incident" (NIS2 Art. 23(4)(a)), a final report "not later than one month after the submission of the incident notification" (Art. 23(4)(d)); DORA counts the initial notification from the classification of an incident as major (Delegated Regulation (EU) 2025/301 Art. 5(1)(a), read in a reproduction). They bind entities towards their own authorities and are cited as models of drafting, not as law for the parties\' notifications to each other. The check looks at `notify … within …`; a clause that says when the time starts ("of becoming aware") satisfies it. A standard (`notify forthwith`, `without-delay`) has no period to count and is not reported: "forthwith notify" runs from the event the duty names ("In the event of an accident …", Early Notification 1986, Art. 2).',
  source: 'NIS2 Art. 23(4)(a), (d) (read: EUR-Lex consolidated text of 27.12.2022), as a model; Delegated Regulation (EU) 2025/301 Art. 5(1) (read: reproduction), as a model',
  sourceStatus: 'verified',
  example: {
    trigger: 'participant EE "Estonia"\nparticipant FI "Finland"\nprotocol Major {\n  notify FI within 24 hours\n}\n',
    fix: 'participant EE "Estonia"\nparticipant FI "Finland"\nprotocol Major {\n  notify FI within 24 hours of awareness\n}\n',
  },
  perDeclaration: {
    // Whether the prose says from when time limits run (one answer per declaration, kept: instrument-prose.ts).
    facts: (model) => String(saysInProse(model, clockInProse, clockWords)),
    check({ model, report }, protocol) {
      if (protocol.type !== 'IncidentProtocol' || saysInProse(model, clockInProse, clockWords)) return;
      for (const notification of protocol.notifications) {
        const limit = notification.deadline?.within;
        // An unknown start (`of bogus`) says nothing: value-out-of-range reports the word, and this the gap.
        if (!limit || notification.deadline?.start?.value !== undefined) continue;
        // No quick fix: which event starts the time is the drafters' decision, and each changes the obligation.
        report({
          range: limit.range,
          message: `From when do the ${limit.amount} ${limit.unit.text} run? Say it after the time limit: \`within ${limit.amount} ${limit.unit.text} of awareness\` (or \`of detection\`, \`of classification\`, \`of receipt\`)${protocol.id ? ` in ${protocol.id.text}` : ''}.`,
        });
      }
    },
  },
});
