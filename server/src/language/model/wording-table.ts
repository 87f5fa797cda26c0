/**
 * The wording table: treaty words and MoU words with the other vocabulary's equivalent, each row
 * with its source (drafting-rules.md §A). Data only; the matcher that reads it is wording.ts.
 */
import type { Wording } from '../library/library-types';
import type { SenseName } from './wording-senses';

export interface WordingEntry {
  /** Stable id of the row, e.g. `shall`. */
  readonly id: string;
  /** The vocabulary the written forms belong to: treaty words are flagged in an MoU, and vice versa. */
  readonly belongsTo: Wording;
  /** Written form (lower case, single spaces) → the other vocabulary's equivalent. */
  readonly forms: Readonly<Record<string, string>>;
  /** Words that by themselves signal intent to be bound (CF01 error level: shall, enter into force). */
  readonly binding?: boolean;
  /** Only match when the first letter is a capital (`Party`, `Article`). */
  readonly capitalisedOnly?: boolean;
  /** Skip the match when the sentence before it negates it ("not", "no", "nothing"…). */
  readonly negatable?: boolean;
  /** Skip the match when the text just before it matches (tested on up to 60 characters). */
  readonly notAfter?: RegExp;
  /** Match only when the text just before it matches (tested on up to 60 characters). */
  readonly onlyAfter?: RegExp;
  /** The sense in which the word is this vocabulary's word (wording-senses.ts); none: every use. */
  readonly sense?: SenseName;
  /** Only in the instrument's own title (USDOS: no "treaty" or "agreement" in an MoU's title). */
  readonly titleOnly?: boolean;
  /** The other vocabulary's formula is named in the message but not written by a fix: it does not replace the words one for one. */
  readonly noRewrite?: boolean;
  /** Why the words matter, for the finding's message where the drafting convention alone does not say it. */
  readonly why?: string;
  /** Where the row comes from (§A sources). */
  readonly source: string;
}

const fcdo = 'FCDO Treaties and MoUs Guidance (2021), Terminology';

export const wordingTable: readonly WordingEntry[] = [
  // ── Treaty words, flagged in an MoU ─────────────────────────────────────────────────────
  { id: 'shall', belongsTo: 'treaty', binding: true, sense: 'operative', forms: { shall: 'will' }, source: 'ANZ (Lundy 2017); FCDO; USDOS' },
  {
    id: 'enter-into-force',
    belongsTo: 'treaty',
    binding: true,
    sense: 'effect',
    forms: {
      'enter into force': 'come into effect',
      'enters into force': 'comes into effect',
      'entered into force': 'came into effect',
      'entering into force': 'coming into effect',
      'entry into force': 'coming into effect',
    },
    source: fcdo,
  },
  {
    id: 'continue-in-force',
    belongsTo: 'treaty',
    sense: 'effect',
    forms: {
      'continue in force': 'continue to have effect',
      'continues in force': 'continues to have effect',
      'remain in force': 'remain in effect',
      'remains in force': 'remains in effect',
    },
    source: fcdo,
  },
  {
    id: 'agree',
    belongsTo: 'treaty',
    forms: { agree: 'decide', agrees: 'decides', agreed: 'decided', agreeing: 'deciding' },
    // Only the signatories' own assent ("The Participants agree", "have agreed", "as agreed"):
    // a working group's mandate to "agree priorities" is not a statement of the instrument's status.
    onlyAfter: /\b(?:Part(?:y|ies)|Participants?|Signator(?:y|ies)|Sides?|States?|Governments?|both|each|they|we|have|has|had|hereby|mutually|jointly|as|duly)\s+(?:[\p{L}-]+\s+){0,2}$/iu,
    source: 'DFAT ("agree(d)" is treaty wording); FCDO',
  },
  // "Agreement" as the name of this instrument; not consent ("by mutual agreement") nor another instrument.
  { id: 'agreement', belongsTo: 'treaty', negatable: true, sense: 'instrument', forms: { agreement: 'arrangement', agreements: 'arrangements' }, source: 'DFAT; USDOS (no "agreement" in the title)' },
  { id: 'treaty-title', belongsTo: 'treaty', titleOnly: true, forms: { treaty: 'memorandum' }, source: 'USDOS Guidance on Non-Binding Documents (title)' },
  {
    id: 'parties',
    belongsTo: 'treaty',
    capitalisedOnly: true,
    sense: 'signatories',
    forms: { party: 'participant', parties: 'participants', 'contracting party': 'participant', 'contracting parties': 'participants' },
    notAfter: /\b(?:third|working|political|interested)[\s-]+$/i,
    source: `${fcdo}; UK–Canada MoU (2012)`,
  },
  { id: 'article', belongsTo: 'treaty', capitalisedOnly: true, sense: 'division', forms: { article: 'paragraph', articles: 'paragraphs' }, source: fcdo },
  { id: 'clause', belongsTo: 'treaty', sense: 'division', forms: { clause: 'paragraph', clauses: 'paragraphs' }, source: fcdo },
  // No "preamble" row: MoUs have preambles as treaties do, and the word shows nothing about binding
  // intent. The row came from the FCDO terminology table, which was never read here; neither
  // verified source (DFAT's agree/agreed/agreement rows, USDOS on the title) names it (twenty-third
  // run: a 'Preamble' heading drew an error under mou-review).
  {
    id: 'obligations',
    belongsTo: 'treaty',
    negatable: true,
    sense: 'duties',
    forms: {
      obligation: 'commitment',
      obligations: 'commitments',
      'rights and obligations': 'benefits and commitments',
      'rights or obligations': 'benefits or commitments',
    },
    source: `${fcdo}; ANZ (Lundy 2017)`,
  },
  { id: 'undertake-to', belongsTo: 'treaty', sense: 'operative', forms: { 'undertake to': 'will', 'undertakes to': 'will' }, source: fcdo },
  // Mandatory verbs other than "shall", as strong as it: "the competent authorities are obliged to
  // contact each other" (DE–NL tax-rulings MoU 2015, Art. 2(4); twenty-third run). DFAT (verified):
  // "non-mandatory language in less-than-treaty status instruments" — these are mandatory language
  // whatever the word. Negatable: "Neither Participant is obliged to …" is the MoU's own denial.
  {
    id: 'must',
    belongsTo: 'treaty',
    binding: true,
    negatable: true,
    sense: 'operative',
    forms: {
      must: 'will',
      'is obliged to': 'will',
      'are obliged to': 'will',
      'is obligated to': 'will',
      'are obligated to': 'will',
      'is required to': 'will',
      'are required to': 'will',
    },
    source: 'DFAT Guidance Note on less-than-treaty status instruments (non-mandatory language; verified)',
  },
  { id: 'undertake', belongsTo: 'treaty', forms: { undertake: 'carry out', undertakes: 'carries out', undertaken: 'carried out', undertook: 'carried out' }, source: fcdo },
  { id: 'undertakings', belongsTo: 'treaty', sense: 'enterprise-or-duties', forms: { undertakings: 'understandings' }, source: fcdo },
  { id: 'conditions', belongsTo: 'treaty', forms: { 'terms and conditions': 'provisions' }, source: fcdo },
  { id: 'done-at', belongsTo: 'treaty', forms: { 'done at': 'signed at' }, source: fcdo },
  { id: 'authentic', belongsTo: 'treaty', sense: 'text-status', forms: { authentic: 'valid' }, source: fcdo },

  // ── MoU words, flagged in a treaty ──────────────────────────────────────────────────────
  // Not here, because treaties use them too: "remain in effect" and "continue to have effect"
  // ("This Agreement shall remain in effect until terminated"; NATO SOFA Supplementary Agreement),
  // and "signed at" (treaties concluded by exchange of notes or opened for signature have no
  // "Done at" formula: "have signed this Agreement … opened for signature in Stockholm").
  {
    id: 'will',
    belongsTo: 'mou',
    sense: 'operative',
    forms: { will: 'shall' },
    // "the will of the Parties", "good will": the noun, not the auxiliary.
    notAfter: /\b(?:the|its|their|good|free|political|whose|of)\s+$/i,
    source: `${fcdo}; ANZ (Lundy 2017)`,
  },
  { id: 'participants', belongsTo: 'mou', capitalisedOnly: true, sense: 'signatories', forms: { participant: 'party', participants: 'parties' }, source: fcdo },
  {
    id: 'come-into-effect',
    belongsTo: 'mou',
    sense: 'effect',
    forms: {
      'come into effect': 'enter into force',
      'comes into effect': 'enters into force',
      'came into effect': 'entered into force',
      'coming into effect': 'entry into force',
      'come into operation': 'enter into force',
      'comes into operation': 'enters into force',
    },
    // "This Agreement shall come into effect …" is treaty English: 'shall' gives it the treaty's
    // voice (ACS Agreement on natural disasters 1999, Art. 18, a binding treaty; sixteenth run).
    notAfter: /\bshall\s+(?:not\s+)?$/i,
    source: fcdo,
  },
  // What an MoU calls itself: "this note and the Embassy's note in reply shall constitute an
  // understanding between the two Governments" (NL–US notes on sentenced persons 1991, a binding
  // exchange; eighteenth real-instrument run). Said of the instrument, so every use counts.
  {
    id: 'constitute-an-understanding',
    belongsTo: 'mou',
    forms: {
      'constitute an understanding': 'constitute an agreement',
      'constitutes an understanding': 'constitutes an agreement',
      'constituted an understanding': 'constituted an agreement',
      'constituting an understanding': 'constituting an agreement',
    },
    why: 'is how a memorandum of understanding describes itself ("understanding" is the word of non-binding instruments in United States and United Kingdom practice), so in an instrument declared binding it is the first thing a reader weighs on its status',
    source: 'USDOS Guidance on Non-Binding Documents; FCDO Treaties and MoUs Guidance (2021), Terminology (not read)',
  },
  // The formula by which an exchange not meant to bind records itself, where a binding one
  // "constitutes an agreement": "this letter together with your reply … will place on record the
  // understanding of the competent authorities in this matter" (NL–UK letters 1986, binding; twentieth
  // run). "Constitute an agreement" does not fit what follows ("of the competent authorities"): no fix.
  {
    id: 'place-on-record-the-understanding',
    belongsTo: 'mou',
    sense: 'recorded-understanding',
    noRewrite: true,
    forms: { 'place on record the understanding': 'constitute an agreement', 'places on record the understanding': 'constitutes an agreement', 'placed on record the understanding': 'constituted an agreement', 'placing on record the understanding': 'constituting an agreement' },
    why: 'is how, in United Kingdom practice, an exchange of notes or letters not meant to bind records what was settled (older binding exchanges used it too), so in an instrument declared binding it is a word a reader weighs on its status',
    source: 'A. Aust, Modern Treaty Law and Practice, on MOUs (from memory, not re-read); practice read: NL–UK letters 1986 (BWBV0002523), NL–UK notes on customs facilities for consular officers (BWBV0004853)',
  },
  { id: 'this-understanding', belongsTo: 'mou', sense: 'self-description', forms: { 'this understanding': 'this agreement', 'the present understanding': 'the present agreement' }, why: 'calls the instrument an understanding, the word of non-binding instruments in United States and United Kingdom practice, so in an instrument declared binding it is a word a reader weighs on its status', source: 'USDOS Guidance on Non-Binding Documents; A. Aust, Modern Treaty Law and Practice (from memory, not re-read)' },
  { id: 'commitments', belongsTo: 'mou', sense: 'duties', forms: { commitment: 'obligation', commitments: 'obligations' }, source: fcdo },
  { id: 'understandings', belongsTo: 'mou', sense: 'duties', forms: { understandings: 'undertakings' }, source: fcdo },
  { id: 'equally-valid', belongsTo: 'mou', sense: 'validity-alone', forms: { 'equally valid': 'equally authentic' }, source: fcdo },
  { id: 'jointly-decided', belongsTo: 'mou', forms: { 'jointly decided': 'agreed', 'jointly determined': 'agreed' }, source: 'DFAT' },
];
