/**
 * A channel's declared hedges and modality against its own quoted words (treaty lawyer lr7, item
 * 3): `modality as-written` with `exchange where-appropriate "States Parties shall exchange
 * information …"` claims a condition the words it quotes do not state. The declaration is what the
 * checks read (a `may` or `shall-endeavour` channel with `subject-to-national-law` is asked no points
 * of contact; support/inter-state-remark.ts lowers findings on effort hedges); the words are the
 * text. Where the words are all the text prints — after `as-written`, and on a concluded text — the
 * header then claims more than the text says.
 *
 * Read only where the channel quotes the terms of its exchange (`exchange "…"`), in English (the
 * forms below are English; a Dutch text is not judged). Each hedge is recognised by its usual forms,
 * not its keyword alone: "where appropriate", "as appropriate", "if … deem it appropriate"; "without
 * prior request", "spontaneously", "on its own initiative"; for `subject-to-national-law`, any
 * qualifier that makes the duty conditional on the law of a Party or State ("in accordance with its
 * domestic law", "in so far as is permitted by the law of their State": support/national-law-hedge.ts);
 * so a paraphrase the text uses is not reported.
 */
import type { Channel, Name, Word } from '../../ast/nodes';
import type { ChannelModality, ExchangeHedge } from '../../ast/vocabulary';
import { concludedText } from '../../model/conclusion';
import type { SemanticModel } from '../../model/semantic-model';
import { defineRule } from '../rule';
import { oneWayConflict, type OneWayConflict } from '../../constructs/channel-voice';
import { conditionedOnNationalLaw } from '../support/national-law-hedge';
import { singleSpaced } from '../../util/single-spaced';

interface Said {
  /** The hedge or modality in words, for the message. */
  readonly words: string;
  /** Its usual forms, for the message. */
  readonly forms: string;
  /** Whether words state it: a pattern of its forms, or a reading of its own (support/national-law-hedge.ts). */
  readonly found: { test(words: string): boolean };
}

const appropriate: Omit<Said, 'words'> = {
  forms: '"where appropriate", "as appropriate", "if … deem it appropriate"',
  found: /\b(?:as|where|when|if|wherever|whenever)\s+(?:(?:it\s+is|they\s+are|that\s+is|deemed|considered)\s+)?appropriate\b|\b(?:deems?|considers?|judges?|finds?)\s+(?:it\s+|this\s+)?appropriate\b|\bappropriate\s+in\s+the\s+circumstances\b|\bto\s+the\s+extent\s+appropriate\b/i,
};

/** "upon request", "at the request of", "requested": the words of a request, not those of sending unasked. */
const requested = /\b(?:request|requests|requested|requesting|application)\b|\bask(?:s|ed|ing)?\s+(?:for|to)\b|\bseek(?:s|ing)?\s+(?:assistance|information)\b/i;
const unasked = /\bwithout\s+(?:(?:a|any|prior|previous|a\s+prior)\s+)?request\b/gi;

const hedgeSaid: Readonly<Record<ExchangeHedge, Said>> = {
  'when-practical': { words: 'when practical', forms: '"when practical", "where practicable", "as far as feasible"', found: /\b(?:practical|practicable|feasible)\b/i },
  'as-appropriate': { words: 'as appropriate', ...appropriate },
  'where-appropriate': { words: 'where appropriate', ...appropriate },
  'to-the-extent-possible': { words: 'to the extent possible', forms: '"to the extent possible", "as far as possible", "where possible"', found: /\b(?:possible|practicable|feasible)\b/i },
  // A qualifier that makes the duty conditional on the law of a Party or State, in any of its forms
  // (support/national-law-hedge.ts; fifty-fifth run, item 1).
  'subject-to-national-law': {
    words: 'subject to national law',
    forms: '"in accordance with its domestic law", "subject to national legislation", "in so far as is permitted by the law of their State", "so far as its law permits"',
    found: { test: conditionedOnNationalLaw },
  },
  'subject-to-available-funds': {
    words: 'subject to the availability of funds',
    forms: '"subject to the availability of funds", "within available resources"',
    found: /\bavailab(?:le|ility)\b[^.;]{0,40}\b(?:funds|resources|appropriations|means)\b|\b(?:funds|resources|means)\b[^.;]{0,25}\bavailable\b|\bappropriat(?:ion|ions|ed)\s+(?:of\s+)?funds\b|\bbudget(?:ary)?\b/i,
  },
  'consistent-with-existing-arrangements': {
    words: 'consistent with existing arrangements',
    forms: '"existing arrangements", "applicable bilateral agreements", "treaties … in force"',
    found: /\b(?:existing|applicable|relevant|other|future|bilateral|multilateral)\s+(?:[\w-]+\s+){0,4}(?:agreements?|arrangements?|treaties|instruments|memoranda)\b|\b(?:agreements?|arrangements?|treaties)\b[^.;]{0,40}\bin\s+force\b/i,
  },
  'on-request': { words: 'on request', forms: '"on request", "at the request of", "requested", "may ask for"', found: requested },
  'without-prior-request': {
    words: 'without prior request',
    forms: '"without prior request", "spontaneously", "on its own initiative"',
    found: /\bwithout\s+(?:(?:a|any|prior|previous|a\s+prior)\s+)?request\b|\bspontaneous(?:ly)?\b|\b(?:on|of|at)\s+(?:its|their|his)\s+own\s+(?:initiative|accord|motion)\b|\bunsolicited\b|\bautomatic(?:ally)?\b|\bproactive(?:ly)?\b/i,
  },
};

const modalitySaid: Readonly<Record<Exclude<ChannelModality, 'as-written'>, Said>> = {
  shall: { words: 'a duty to send', forms: '"shall", "will", "undertake", "agree to"', found: /\b(?:shall|will|must|undertakes?|agrees?|obliged|required|are\s+to|is\s+to)\b/i },
  'shall-endeavour': { words: 'an endeavour to send', forms: '"shall endeavour", "best efforts", "seek to", "are encouraged to"', found: /\bendeavou?rs?\b|\bbest\s+efforts?\b|\bstrives?\b|\bseeks?\s+to\b|\bevery\s+effort\b|\bencouraged?\b/i },
  may: { words: 'a permission to send', forms: '"may", "is entitled to", "is free to"', found: /\bmay\b|\b(?:is|are)\s+(?:permitted|entitled|free|authori[sz]ed)\s+to\b|\bcan\b/i },
};

/** English words, which the forms above can be looked for in; a Dutch text ("in individuele gevallen, ook zonder verzoek daartoe") is not judged. */
function english(words: string): boolean {
  return /\b(?:the|and|shall|may|with|their|its|information|request)\b/i.test(words) && !/\b(?:het|de|van|wordt|zullen|een|ook)\b/i.test(words);
}

/**
 * The channel's own quoted words, where it quotes the terms of the exchange (`exchange "…"`): those,
 * with what it carries in words (`carries "…, including, if the States Parties concerned deem it
 * appropriate, links with other criminal activities"`, UNCAC Art. 48(1)(a)), where a term may stand
 * too. Words of what is carried alone are no terms of the exchange and are not judged.
 */
function quotedWords(channel: Channel): string | undefined {
  if (!channel.hedgeText || channel.hedgeText.value.trim() === '') return undefined;
  return singleSpaced([channel.hedgeText.value, ...channel.carriesText.map((t) => t.value)].join(' '));
}

/** Any word of obligation, permission or effort: words that state how strongly they bind, which a declared modality can be compared with. */
const anyModal = /\b(?:shall|will|must|may|can|undertakes?|agrees?|endeavou?rs?|encouraged?|entitled|permitted|obliged|required)\b/i;

/**
 * What the channel declares that its words must state. Where the words are all the text prints —
 * `as-written`, whose hedges nothing prints, and any channel of a concluded text, whose export prints
 * the text and not a generated sentence — every hedge. A modality other than `as-written` only on a
 * concluded text, and only where the words say how strongly they bind at all: a draft's generated
 * sentence states the modality and the hedges ("The Parties may exchange …, where appropriate"), and a
 * condition quoted alone ("upon request (Article 8)") states no modality.
 */
function declared(model: SemanticModel, channel: Channel, words: string): { word: Word<string>; keyword: string; said: Said; found: (words: string) => boolean }[] {
  const asWritten = channel.modality?.value === 'as-written';
  const concluded = concludedText(model.ast) !== undefined;
  if (!asWritten && !concluded) return [];
  const out: { word: Word<string>; keyword: string; said: Said; found: (words: string) => boolean }[] = [];
  for (const hedge of channel.hedges) {
    const said = hedge.value ? hedgeSaid[hedge.value] : undefined;
    if (!said) continue;
    // "on request" is not found in "without prior request".
    const found = hedge.value === 'on-request' ? (w: string) => said.found.test(w.replace(unasked, '')) : (w: string) => said.found.test(w);
    out.push({ word: hedge, keyword: hedge.value!, said, found });
  }
  const modality = channel.modality?.value;
  if (modality && modality !== 'as-written' && channel.modality && concluded && anyModal.test(words)) {
    const said = modalitySaid[modality];
    out.push({ word: channel.modality, keyword: `modality ${modality}`, said, found: (w) => said.found.test(w) });
  }
  return out;
}

function message(model: SemanticModel, channel: Channel, keyword: string, said: Said): string {
  const name = channel.id ? `Channel ${channel.id.text}` : 'This channel';
  const claim = `${name} declares \`${keyword}\` (${said.words}), but its own quoted words do not say it: none of its usual forms (${said.forms}) is in them.`;
  if (concludedText(model.ast)) {
    // The signed text stands: the note is on the transcription, and advises no change to either
    // until a reader has looked, since the check may not know the words the text uses (fifty-fifth
    // run, item 1: "in so far as is permitted by the law of their State" was missed).
    return `${claim} The text is concluded and stands as signed; this note is on the transcription. If the text states it in words not quoted here, or in words the check does not know, quote them; if it states it nowhere, the declaration claims a term the signed text does not have, and the checks read the declaration.`;
  }
  return `${claim} Nothing prints it after \`as-written\` words: write it into the words, or remove \`${keyword}\` if the text does not mean it; the checks read the declaration, and the words are what the Parties sign.`;
}

export const hedgeNotInWords = defineRule({
  code: 'channel-hedge-not-in-words',
  family: 'declaration',
  defaultSeverity: 'warning',
  findingCeilings: [{ severity: 'info', where: 'on a concluded text, whose quoted words bind as signed whatever the header declares: the mismatch is the transcription\'s, a note for whoever keeps it' }],
  message: "Declare only the hedges and modality the channel's own quoted words state: write the term into the words, or remove it from the declaration.",
  rationale:
    'A channel may quote the text\'s own words (`exchange "…"`) beside the hedges and modality it declares. The declaration is what the checks read — a channel that only permits or endeavours to send, under national law, is asked no points of contact (missing-points-of-contact), and effort hedges lower other findings — while the words are the text. Where the words are all the text prints, a declared term the words do not state is a claim of the header alone: after `modality as-written` nothing is printed but the words (grammar/README.md, "channel": "a hedge or rule the words do not state is the drafter\'s to write into them"), and a concluded text\'s export prints the signed text, not a generated sentence. "To exchange, where appropriate, information" (UN Convention against Corruption 2003, Art. 48(1)(d)) states `where-appropriate`; "the competent authorities of a State Party may, without prior request, transmit information relating to criminal matters" (Art. 46(4)) states `without-prior-request`; "A Party may, within the limits of its domestic law and without prior request, forward to another Party information" (Budapest Convention Art. 26(1)) states `subject-to-national-law` and `modality may` too. Each hedge is looked for in its usual forms, so a paraphrase counts ("consistent with their respective domestic legal and administrative systems", UNCAC Art. 48(1); "in accordance with its legal and administrative provisions", NL–AE customs 2015, Art. 2(2); "it may ask for assistance", Industrial Accidents Convention 1992, Art. 12(1)); `subject-to-national-law` is found where a qualifier makes the duty conditional on the law of a Party or State, in whatever words ("reply, in so far as is permitted by the law of their State, to justified requests", Hague Intercountry Adoption Convention 1993, Art. 9(e); "if the law of the receiving State so permits", Art. 27(1)(a); "in accordance with the laws and regulations in force in their territory", NL–FI customs 1984, Art. 14, treaty lawyer lr13, defect 1; "These inquiries shall be conducted under the laws and regulations of the State which has been requested to make them", Art. 7(2): "under" right after the duty\'s own passive, where no noun stands for it to describe), not where the words only mention that law ("provide information as to the laws of their States concerning adoption", Art. 7(2)(a); "any reference to the law of that State shall be construed as …", Art. 36(b)), name another legal order ("in accordance with international laws and regulations", "with Union legislation"), or qualify a noun inside the duty\'s object rather than the duty ("information on persons convicted in accordance with their domestic law", "authorities designated pursuant to their national law", "offences under their domestic law", "obligations under national law"; where a bare participle closes the object, "provide the information requested in accordance with their domestic law", the words cannot tell and the hedge is read: lr13, defect 8); a ground for refusal states it ("save where its national law prohibits it"; treaty lawyer lr12, defect 7) — a list of phrases missed Art. 9(e) (fifty-fifth run, item 1); the words of what is carried (`carries "…"`) are read with them, where a term may stand too ("if the States Parties concerned deem it appropriate", UNCAC Art. 48(1)(a)). A declared modality is compared on a concluded text only, and only where the words say how strongly they bind at all ("shall endeavour", "are encouraged to"; "may", "is entitled to"; "shall", "undertake"): a condition quoted alone ("upon request (Article 8)") states none. A draft\'s channel with a modality of its own is not read: its generated sentence states the modality and the hedges ("The Parties may exchange …, where appropriate"). Nor are words in a language other than English, whose forms the check does not know. A warning in a draft: the drafter believes the exchange hedged, and the text the Parties sign is not; a note on a concluded text under every profile, whose words bind whatever the header declares, so that the mismatch is the transcription\'s, for whoever keeps it, and the note advises no change before a reader has looked: the text may state the term in words not quoted or not known to the check (the Arms Trade Treaty 2013 channel quoted Art. 15(2) alone for an `as-appropriate` that Art. 15(3) states, "to share information, as appropriate"; its words now include Art. 15(3)). Not an error: the text may state the term in words the check does not know, which is why the message lists the forms it looked for. No fix is offered: whether the declaration or the words quoted are wrong is the drafter\'s to say (treaty lawyer lr7, item 3).',
  source: 'UN Convention against Corruption (2003) Arts. 46(4), 48(1)(a), (d) (read: Dutch treaty series BWBV0001830); Budapest Convention Art. 26(1) (read: BWBV0001839); Arms Trade Treaty (2013) Art. 15(2)–(3) (read: BWBV0006233); Hague Intercountry Adoption Convention (1993) Arts. 7(2)(a), 9(e), 27(1)(a), 30(2), 36(b) (read: BWBV0001342); NL–FI customs mutual assistance agreement (1984) Arts. 7(2), 14 (read: BWBV0002208); Entente language reference (grammar/README.md, "channel": `modality`, `exchange`)',
  sourceStatus: 'verified',
  example: {
    trigger: 'treaty "Agreement" {\n  status binding\n}\nparty EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\nchannel Intel between EE, FI {\n  modality as-written\n  carries indicators\n  exchange where-appropriate "The Parties shall exchange indicators of compromise."\n}\n',
    fix: 'treaty "Agreement" {\n  status binding\n}\nparty EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\nchannel Intel between EE, FI {\n  modality as-written\n  carries indicators\n  exchange where-appropriate "The Parties shall, where appropriate, exchange indicators of compromise."\n}\n',
  },
  check({ model, report }) {
    for (const channel of model.ast.channels) {
      const words = quotedWords(channel);
      if (words === undefined || !english(words)) continue;
      for (const { word, keyword, said, found } of declared(model, channel, words)) {
        if (found(words)) continue;
        // On a signed text the words bind whatever the header declares, and the export prints the
        // text, not a generated sentence: the mismatch is the transcription's, a note for whoever
        // keeps it. In a draft the generated sentence would print the term beside words without it.
        report({ range: word.range, message: message(model, channel, keyword, said), profileCeiling: concludedText(model.ast) ? 'info' : undefined });
      }
    }
  },
});

/**
 * A reciprocal time limit on a one-way channel (treaty lawyer lr10, defect 9): `from EE` says only
 * EE sends, and `deadline "inform one another of incidents affecting them"` binds every member to
 * inform the others. The export does not choose: it leaves who owes the duty blank
 * (constructs/channel-voice.ts); this finding says why. A change of contacts is every member's own
 * ("inform each other of any change in their points of contact"), and a duty of the receiving side
 * ("inform the originating Party") is the receivers': neither is reported.
 */
export const oneWayMutualDuty = defineRule({
  code: 'channel-one-way-mutual-duty',
  family: 'declaration',
  defaultSeverity: 'warning',
  findingCeilings: [{ severity: 'info', where: 'on a concluded text, whose words stand as signed' }],
  message: 'Say who owes a time limit of a one-way channel: word it for the senders, or remove `from` if every member sends.',
  rationale:
    '`from EE` makes a channel one-way: the members it names send what the channel carries, the others receive it (grammar/README.md, "channel"). A time limit worded "inform one another of incidents affecting them" or "exchange with each other" binds every member, the receivers too, and so contradicts the direction the channel declares: printed as "The Parties shall inform one another …", the receivers would owe what `from` says they do not send; printed for the senders alone, "one another" would be rewritten into a duty the words do not state. Which is meant is the drafter\'s decision, not the export\'s: the export prints a blank for who owes the duty and this finding asks the drafter to say it: word the duty for the senders ("inform the other Parties of incidents", with `from` as it is), remove `from` if every member sends, or state the mutual duty in a clause of its own. Two other wordings contradict `from` the same way (treaty lawyer lr11, defect 5): "exchange information on incidents" takes two sides, and one State cannot exchange alone; and a duty that runs to a sender ("inform EE of incidents" with `from EE`) would have the senders owe it to themselves, so the text puts it on the other members. A duty runs to a sender only where the sender is the addressee of its verb, by any of its names, its short one too: "inform EE", "notify Estonia" (declared "the Republic of Estonia"), "report incidents to EE", "reply to requests from EE", and "to" the sender right after any verb that opens the duty or the sender given something ("explain to EE the action taken", "give EE notice of the measures taken"; treaty lawyer lr13, defect 2); not where the sender is only what the duty is about: "inform the other Parties of cyber threats to the Republic of Estonia", "of any request addressed to EE", "of any attack attributed to EE" are the sender\'s own duty, printed as such; where the words between the verb and "to" cannot tell ("report threats to EE"), nothing is reported (treaty lawyer lr12, defects 1–2). The export\'s blank quotes the text\'s own words ("each other", not "one another"). A change of points of contact is every member\'s own ("inform each other of any change in their points of contact"), whatever the direction of the channel, and a duty of the receiving side ("inform the originating Party of any unauthorised disclosure", "confirm to EE the receipt of each report") is the receivers\', so neither is reported (treaty lawyer lr10, defect 9). A warning, not an error: "consult one another" on a one-way channel may be meant as a duty of every member, and only the drafter can say so. On a concluded text the words stand as signed and the mismatch is the transcription\'s: a note there, which says where the text puts the duty and advises only a change of the transcription (record the channel\'s direction as the text gives it, or transcribe the duty as a clause), never of the words (lr11, defect 4). No fix is offered: which of the two declarations is meant is the drafter\'s to say.',
  source: 'Entente language reference (grammar/README.md, "channel": `from`, `deadline`)',
  sourceStatus: 'own-consistency-check',
  example: {
    trigger: 'treaty "Agreement" {\n  status binding\n}\nparty EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\nparty LV "Latvia" { kind state }\nchannel Reports between EE, FI, LV {\n  from EE\n  carries incident-reports\n  deadline "inform one another of incidents affecting them" promptly\n}\n',
    fix: 'treaty "Agreement" {\n  status binding\n}\nparty EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\nparty LV "Latvia" { kind state }\nchannel Reports between EE, FI, LV {\n  from EE\n  carries incident-reports\n  deadline "inform the other Parties of incidents affecting them" promptly\n}\n',
  },
  check({ model, report }) {
    const concluded = concludedText(model.ast) !== undefined;
    const namesOf = (id: Name): string[] => {
      const party = model.ast.parties.find((p) => p.id?.text === id.text);
      return party?.name?.value ? [id.text, party.name.value] : [id.text];
    };
    for (const channel of model.ast.channels) {
      for (const d of channel.deadlines) {
        const conflict = d.duty ? oneWayConflict(channel, d.duty.value, namesOf) : undefined;
        if (!d.duty || !conflict) continue;
        report({ range: d.duty.range, message: oneWayMessage(channel, d.duty.value, conflict, concluded), profileCeiling: concluded ? 'info' : undefined });
      }
    }
  },
});

/**
 * Why the time limit contradicts `from`, in the text's own words, and what to do: in a draft, word it
 * for who owes it or correct `from`; on a concluded text the words stand as signed (lr9 defect 8's
 * pattern, lr11 defect 4), so only the transcription is to change: record the direction the text
 * gives, or transcribe the duty as a clause.
 */
function oneWayMessage(channel: Channel, duty: string, conflict: OneWayConflict, concluded: boolean): string {
  const name = channel.id ? `Channel ${channel.id.text}` : 'This channel';
  const senders = channel.senders.map((s) => s.text).join(', ');
  const send = channel.senders.length > 1 ? 'send' : 'sends';
  const why =
    conflict.kind === 'reciprocal'
      ? `its time limit "${duty}" binds every member, the receivers too`
      : conflict.kind === 'exchange'
        ? `its time limit "${duty}" says "${conflict.words}", which takes two sides: one member cannot ${conflict.words.toLowerCase()} alone, so it binds the receivers too`
        : `its time limit "${duty}" runs to ${conflict.words}, a sender: the senders would owe it to themselves, so it is the other members' duty`;
  const head = `${name} is one-way (\`from ${senders}\`): only ${senders} ${send} what it carries, but ${why}.`;
  if (concluded) {
    const puts = conflict.kind === 'self' ? `the text puts the duty on the members other than ${conflict.words}` : 'the text puts the duty on every member';
    return `${head} The text is concluded and stands as signed; this note is on the transcription: ${puts}. Record the channel's direction as the text gives it (${conflict.kind === 'self' ? '`from` the members that owe the duty' : 'two-way: no `from`'}), or transcribe the duty in a clause of its own; until then the export leaves blank who owes it.`;
  }
  const reword = conflict.kind === 'self' ? `Word it for who owes it, or correct \`from\` to name the members that send to ${conflict.words}` : `Word it for the senders ("inform the other Parties of …"), remove \`from\` if every member sends, or state the mutual duty in a clause of its own`;
  return `${head} ${reword}; until then the export leaves blank who owes it. Only a change of points of contact binds every member of a one-way channel.`;
}

export const channelWordsRules = [hedgeNotInWords, oneWayMutualDuty];
