/**
 * The kinds of safeguard a channel's `safeguards` statement suggests, each with the GDPR ground it
 * stands for: the one home of the values, which completion and hover (constructs/channel.ts), the
 * export's words (constructs/channel-text.ts) and grammar/README.md read. The statement is open:
 * another word is accepted, and the transfer checks read it (rules/support/transfer-safeguard-content.ts:
 * a word naming a derogation or Art. 49, standard contractual clauses, binding corporate rules, an
 * adequacy decision or the Data Privacy Framework is a basis whose content EDPB Guidelines 2/2020
 * do not govern; any other is read as an instrument between public bodies, and a word with
 * "administrative" or "arrangement" as an Art. 46(3)(b) arrangement).
 */
export interface SafeguardKind {
  /** The ground in the GDPR, for hover and the reference. */
  readonly ground: string;
  /** What it is, for hover and completion. */
  readonly doc: string;
  /** Its words in the export: "under <words>" (no statute named: channel-text.ts). */
  readonly words: string;
}

export const safeguardKinds: Readonly<Record<string, SafeguardKind>> = {
  'legally-binding-instrument': {
    ground: 'GDPR Art. 46(2)(a)',
    doc: 'a legally binding and enforceable instrument between public authorities or bodies (a treaty, an agreement between them).',
    words: 'a legally binding and enforceable instrument between public authorities',
  },
  'administrative-arrangement': {
    ground: 'GDPR Art. 46(3)(b)',
    doc: 'provisions inserted into administrative arrangements between public authorities or bodies that include enforceable and effective data-subject rights, with the competent supervisory authority\'s authorisation (Art. 46(3)), such as a memorandum of understanding between authorities.',
    words: 'an administrative arrangement between public authorities',
  },
  'standard-data-protection-clauses': {
    ground: 'GDPR Art. 46(2)(c)',
    doc: 'standard data protection clauses adopted by the Commission.',
    words: 'standard data protection clauses',
  },
};

/** The kinds as completion and hover show them: "GDPR Art. 46(2)(a): a legally binding …". */
export const safeguardKindDocs: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(safeguardKinds).map(([word, kind]) => [word, `${kind.ground}: ${kind.doc}`]));
