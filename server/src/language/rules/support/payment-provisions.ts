/**
 * Where the instrument's own words already allocate money between the signatories: who pays
 * compensation, who refunds it, how an amount is shared, what is granted free of charge or at
 * whose expense (NL–Somalia letters 2008: "the Republic of Somalia shall pay any compensation
 * due", "the Kingdom of the Netherlands shall refund the amount … without delay", "shall be shared
 * equally", "free of charge"; twenty-third run). Such a text has said something about costs, even
 * untagged: a general costs clause inserted beside it ("Each Party shall bear its own costs …")
 * would read against those rules, so no library clause on costs is offered there, and
 * missing-costs says what the text already settles.
 *
 * Only the instrument's own voice counts: what it cites or reports of another instrument is not
 * its allocation (prose-voice.ts).
 *
 * Nor is what a Party owes victims: "financial assistance and compensation for victims of
 * terrorism and their close family members" through "the appropriate national schemes" (CETS 196
 * Art. 13, twenty-eighth run, item 1), "access to compensation and restitution for victims"
 * (UNTOC Art. 25(2)), legal aid "provided free of charge where warranted" to victims (Lanzarote
 * Convention Art. 31(3)) are duties of each Party towards individuals, not payments between the
 * signatories, and a costs clause on the Parties' meetings cannot read against them. Only bare
 * "compensation" and "free of charge" are read so: a sentence in which one Party refunds or
 * reimburses the other what it paid victims still allocates money between them.
 *
 * Nor is access the public has to information: "each Party shall ensure that access to information
 * contained in its register is free of charge" (PRTR Protocol 2003, Art. 11(3), under "Each Party
 * shall ensure public access to information contained in its pollutant release and transfer
 * register", Art. 11(1); forty-ninth run, item 1) is a duty towards anyone who asks, not a payment
 * between the Parties. A sentence that names the other Party as the one who receives it free of
 * charge still allocates.
 *
 * Nor is compensation the sentence rules out paying to others: "to the extent to which … the
 * Government of the Kingdom of the Netherlands has the right so to do without the payment of
 * royalties or other compensation to others" (NL–US Weapons Production notes 1960, para. 7;
 * eightieth run, defect 1) limits the licence granted, and allocates nothing between the
 * Governments. The same sentence's "will furnish without cost" and "royalty-free license" do: what
 * one Party gives the other for nothing is a cost it bears.
 *
 * Nor is compensation a person is entitled to: "The person who has suffered undue damage resulting
 * from an intervention is entitled to fair compensation according to the conditions and procedures
 * prescribed by law" (Oviedo Convention 1997, Art. 24; eighty-eighth run, defect 1) is an
 * individual's right under domestic law, not a payment between the signatories. A sentence that
 * names a Party (or State, Government) as the one who pays or is paid, or a fund, or a refund or
 * share between them, still allocates. Nor is a clause's heading ("Compensation for undue damage"):
 * it names the article's subject, and the article's own words are what is read.
 *
 * Nor is compensation for taking property: "Neither Contracting Party shall take any measures
 * depriving, directly or indirectly, nationals of the other Contracting Party of their investments
 * unless … (c) the measures are accompanied by provisions for the payment of just compensation. Such
 * compensation shall be paid and made transferable … to the country of the nationals affected"
 * (NL–Singapore 1972, Art. IX, read: BWBV0003393; hundred-and-fifth run, defect 4) is what a State owes
 * the investors it deprives, not a cost of the cooperation between the Parties. Read where the
 * sentence, or the words before it in the same provision, speak of depriving, expropriating or
 * nationalising. A sentence that has the Parties refund or share it still allocates; so does
 * compensation for services ("The members shall serve without compensation", the Board's costs, NL–US
 * education exchange 1972), or between Governments ("without taxation or other compensation", NL–US
 * cemeteries 1970): no property is taken there.
 */
import { analyseVoice, foreignAt } from '../../model/prose-voice';
import type { SemanticModel } from '../../model/semantic-model';
import { proseSpans, type ProseSpan } from './conflict-prose';
import { oncePer } from '../../util/once-per';
import { matchesOf } from '../../util/all-matches';
import { singleSpaced } from '../../util/single-spaced';
import { disputeSentences, type DisputeSentence } from './costs-in-words';

/** Words that allocate a payment or a cost between the signatories. */
const allocation =
  /(?<![\p{L}\p{N}_-])(?:refunds?|refunded|reimburs(?:e|es|ed|ing|ement)|(?:pay|pays|paid|paying)\s+(?:any\s+|the\s+|all\s+)?(?:compensation|costs?|expenses?|amounts?|fees?|charges?)|compensation|shared\s+(?:equally|between|among|in\s+(?:equal\s+)?proportion)|free\s+of\s+(?:charge|cost)|without\s+(?:cost|charge)|at\s+no\s+(?:cost|charge)|royalty[-\s]free|at\s+(?:its|their|the)\s+(?:own\s+)?(?:expense|cost)|(?:bear|bears|borne)\s+(?:by\s+)?(?:its|their|the|each|all)?\s*(?:own\s+)?(?:costs?|expenses?))(?![\p{L}\p{N}_-])/giu;

/** Words that grant a payment or a benefit without saying between whom. */
const unaddressed = /^(?:compensation|free\s+of\s+(?:charge|cost)|without\s+(?:cost|charge)|at\s+no\s+(?:cost|charge)|royalty[-\s]free)$/iu;
/** A gratuity: what is given is given for nothing. */
const gratuity = /^(?:free|without|at\s+no|royalty)/iu;
/**
 * A payment the sentence rules out, to people who are not the signatories: "has the right so to do
 * without the payment of royalties or other compensation to others" (NL–US Weapons Production notes
 * 1960, para. 7; eightieth run, defect 1) is a condition of the licence a Party grants, not money
 * that passes between the Governments.
 */
const toOthers = /\bwithout\s+(?:the\s+|any\s+)?payment\s+of\s+(?:[\p{L}-]+\s+){0,4}$|^\s+to\s+(?:others|third\s+parties)\b/iu;
/** A refund or a share between the signatories in the same sentence: the payment to others is then theirs to allocate. */
const betweenThem = /\b(?:refund|reimburs|shared?\s+(?:equally|between|among))/iu;
/** Victims as the ones who receive it, in the same sentence. */
const victims = /\bvictims?\b/iu;
/** The public's access to information (Aarhus, PRTR), in the same sentence. */
const publicAccess = /\b(?:the\s+public|public\s+access|members\s+of\s+the\s+public)\b|\baccess\s+to\s+(?:the\s+)?(?:[\p{L}-]+\s+)?information\b/iu;
/** A person as the one entitled to it, or who receives it (Oviedo Art. 24). */
const personEntitled =
  /\b(?:person|persons|everyone|anyone|individuals?|natural\s+persons?|data\s+subjects?|the\s+injured)\b[^.;]*?\b(?:entitled|right\s+to|shall\s+(?:receive|obtain)|may\s+(?:claim|obtain|receive))\b/iu;
/** A signatory as payer or payee, or a fund: then it is money between them, or theirs to fund. */
const signatoryPays =
  /\b(?:by|from|to|against)\s+(?:the\s+|a\s+|any\s+|each\s+|either\s+|that\s+)?(?:other\s+|requesting\s+|requested\s+|sending\s+|receiving\s+|host\s+)?(?:Contracting\s+)?(?:Party|Parties|States?|Governments?|Participants?)\b|\bfunds?\b/iu;
/** Taking property from its owners (expropriation, nationalisation, deprivation of investments): the compensation is theirs. */
const takingOfProperty = /\b(?:depriv(?:e|es|ed|ing|ation)|expropriat(?:e|es|ed|ing|ion|ions)|nationali[sz](?:e|es|ed|ing|ation|ations))\b/iu;
/** How far back in the provision the taking may be said: Art. IX's chapeau before its item (c) (NL–Singapore 1972). */
const takingWithin = 600;
/** A signatory, or those it sends, as the ones who receive it. */
const signatory = /\b(?:other|requesting|sending|receiving|host|parent)\s+(?:Contracting\s+)?(?:Party|Parties|State|Government|Participant)\b|\beach\s+other\b/iu;

/**
 * Whether the allocation at `at` is a benefit to individuals or others, not money between the
 * signatories: bare compensation or gratuity in a sentence about victims, bare compensation a
 * person is entitled to that no signatory or fund pays or receives, bare compensation for property
 * taken (in the sentence or the provision's words before it), bare compensation the
 * sentence rules out paying to others, or a gratuity of the public's access to information that
 * names no signatory as its recipient.
 */
function toIndividuals(text: string, at: number, words: string): boolean {
  if (!unaddressed.test(words)) return false;
  const start = Math.max(text.lastIndexOf('.', at), text.lastIndexOf(';', at)) + 1;
  const stops = [text.indexOf('.', at + words.length), text.indexOf(';', at + words.length)].filter((i) => i >= 0);
  const end = stops.length > 0 ? Math.min(...stops) : text.length;
  const sentence = text.slice(start, end);
  if (victims.test(sentence)) return true;
  if (/^compensation$/iu.test(words) && !betweenThem.test(sentence) && personEntitled.test(sentence) && !signatoryPays.test(sentence)) return true;
  if (/^compensation$/iu.test(words) && !betweenThem.test(sentence) && takingOfProperty.test(text.slice(Math.max(0, start - takingWithin), end))) return true;
  if (/^compensation$/iu.test(words) && !betweenThem.test(sentence) && (toOthers.test(text.slice(start, at)) || toOthers.test(text.slice(at + words.length, end)))) return true;
  return gratuity.test(words) && publicAccess.test(sentence) && !signatory.test(sentence);
}

/**
 * A clause's heading names its subject and allocates nothing: "Article 24 – Compensation for undue
 * damage" (Oviedo 1997) is not a payment; the article's own sentence is read instead.
 */
function isHeading(model: SemanticModel, span: ProseSpan): boolean {
  const owner = span.owner;
  return owner?.type === 'Clause' && owner.heading !== undefined && model.lines.offsetAt(owner.heading.range.start) === span.offset;
}

/** The text's payment provisions: every one, and those of the settlement of a dispute apart. */
interface Provisions {
  readonly all: readonly string[];
  /** The sentences about the settlement of a dispute that hold one, quoted. */
  readonly ofDisputes: readonly string[];
  /** Those in any other sentence: what the text allocates for the cooperation itself. */
  readonly own: readonly string[];
}

const provisionsOf = oncePer(scan);

/** The words, as written and without repeats, by which the prose allocates money (empty: none). */
export function paymentProvisions(model: SemanticModel): readonly string[] {
  return provisionsOf(model).all;
}

/**
 * The payment provisions that are not a dispute's: an arbitration's costs ("Each Contracting Party
 * shall bear the cost of its own arbitrator and of its representatives in the arbitral proceedings",
 * NL–Singapore 1972 Art. XV(8), read: BWBV0003393) are the tribunal's, not a payment of the
 * cooperation, and are not quoted as one (closing note of issue 11, "Known and left").
 */
export function cooperationPaymentProvisions(model: SemanticModel): readonly string[] {
  return provisionsOf(model).own;
}

/** The sentences of the settlement of a dispute that allocate a payment, quoted ("Each Contracting Party shall bear the cost of its own arbitrator and …"). */
export function disputePaymentProvisions(model: SemanticModel): readonly string[] {
  return provisionsOf(model).ofDisputes;
}

/**
 * What a payment of a dispute pays for: the arbitrators, the tribunal, its chairman or umpire, counsel,
 * the proceedings' costs — as what is paid ("the cost of its own arbitrator", "the expenses of the
 * tribunal", "the chairman's fees", "pay its arbitrator"). A sentence that only names a court, a
 * tribunal or a dispute beside the payment is not one: "Compensation for damage caused to third
 * parties … shall be paid by the sending Party in accordance with the judgment of the competent
 * courts" allocates a liability, and "Each Party shall reimburse the other Party for the costs of the
 * exercise …, unless the dispute settlement body decides otherwise" the exercise's costs (treaty lawyer
 * lr28, D2); nor does a tribunal that only fixes the amount ("… shall be paid by the sending Party in
 * the amount fixed by the arbitral tribunal", lr29 D2): all stay payments the text allocates.
 */
const disputeBody = String.raw`(?:arbitra\w*|tribunals?|umpires?|chairman|chairperson|counsel|proceedings|litigation)`;
const paysForADispute = new RegExp(
  [
    // "the costs of the arbitration", "the cost of its own arbitrator", "the costs of its member of the tribunal"
    String.raw`\b(?:costs?|expenses?|fees?|remuneration|emoluments|honorari(?:a|um)|allowances?)\s+(?:of|for|incurred\s+by)\s+(?:(?:the|its|their|his|her|any|such|each|an?)\s+)?(?:own\s+)?(?:[\p{L}-]+\s+){0,3}?${disputeBody}\b`,
    // "the chairman's fees", "the arbitrators' expenses"
    String.raw`\b(?:arbitrators?|tribunal|umpire|chairman|chairperson)(?:'s|s'|’s|s’)\s+(?:fees|remuneration|costs?|expenses)\b`,
    // "Each Party shall pay its own arbitrator", "remunerate the umpire"
    String.raw`\b(?:pay|remunerate|bear|defray)\s+(?:for\s+)?(?:(?:the|its|their)\s+)?(?:own\s+)?(?:arbitrators?|umpire|chairman|chairperson|counsel|tribunal)\b`,
  ].join('|'),
  'iu',
);

/** A quotation of a dispute's payment: its sentence, at most about 120 characters, cut at a word. */
function quotedSentence({ sentence }: DisputeSentence): string {
  // The delimiters of the clause's text (three double quotes, or one) are not the sentence's: quoted
  // again they printed (""Compensation …"") (treaty lawyer lr28, D6). A closing mark is a delimiter
  // only where it is left unpaired: a sentence may end on a quotation of its own ("… called "X"").
  let words = singleSpaced(sentence).replace(/^\s*(?:"""|")?\s*/u, '').replace(/\s*(?:""")?\s*$/u, '');
  if ((words.match(/"/gu)?.length ?? 0) % 2 === 1) words = words.replace(/"\s*$/u, '');
  words = words.replace(/[.;]\s*$/u, '');
  return words.length <= 120 ? words : `${words.slice(0, words.lastIndexOf(' ', 118))} …`;
}

function scan(model: SemanticModel): Provisions {
  const all = new Set<string>();
  const own = new Set<string>();
  const ofDisputes = new Set<string>();
  for (const span of proseSpans(model)) {
    if (span.title || isHeading(model, span)) continue;
    let voice: ReturnType<typeof analyseVoice> | undefined;
    // Read in the source: the masked text hides a defined term ("victims", Lanzarote Art. 3(c)).
    let source: string | undefined;
    let sentences: readonly DisputeSentence[] | undefined;
    let sentence = 0;
    for (const m of matchesOf(span.text, allocation)) {
      voice ??= analyseVoice(span.text, span.context);
      source ??= model.text.slice(span.offset, span.offset + span.text.length);
      if (toIndividuals(source, m.index, m[0]) || foreignAt(voice, m.index, m.index + m[0].length)) continue;
      // The matches come in order: the sentence of each is found by walking on from the last one's.
      sentences ??= disputeSentences(source);
      while (sentences[sentence].end <= m.index) sentence++;
      const dispute = sentences[sentence].dispute && paysForADispute.test(sentences[sentence].sentence);
      const words = m[0].replace(/\s+/gu, ' ').toLowerCase();
      all.add(words);
      const disputesClause = span.owner?.type === 'Clause' && model.topicsOf(span.owner).has('disputes');
      if (dispute || disputesClause) ofDisputes.add(quotedSentence(sentences[sentence]));
      else own.add(words);
    }
  }
  // "compensation" inside "pay any compensation" is one provision, named once.
  const named = (words: ReadonlySet<string>) => [...words].filter((w) => ![...words].some((o) => o !== w && o.includes(w)));
  return { all: named(all), own: named(own), ofDisputes: named(ofDisputes) };
}
