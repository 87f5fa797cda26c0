/**
 * What `signature-not-counted` may advise and do about signature in `consent by`, from what the edit
 * would leave (treaty lawyer lr23, D3). Dropping signature is a remedy only where every act left
 * that follows signature (ratification, acceptance, approval: VCLT Art. 14(1)-(2), "acceptance or
 * approval under conditions similar to those which apply to ratification"; read: BWBV0003441) is
 * the one the entry into force counts: `consent by signature, acceptance` beside `effect after last
 * ratification` would leave `consent by acceptance`, still a consent that never counts. Accession is
 * its own track (Art. 15) and is kept as it stands. Signature alone cannot be dropped (it would leave
 * `consent by` empty): it is replaced by the counted act, and so is signature beside acts of which
 * none is the counted one (`signature, accession` beside `effect after last ratification` becomes
 * `ratification, accession`: dropping it would leave signatories no means of consent, Arts. 11,
 * 14(1), 15; lr24, D3). A fix title says the clause the edit produces, nothing else.
 */
import type { Name } from '../../ast/nodes';
import type { CodeFix } from '../rule';
import type { ConsentList } from '../../ast/consent-lists';
import { removeListItem } from './conflict-edits';

/** The acts that follow signature (VCLT Art. 14): the ones an entry into force counting only one of them leaves out. */
const followsSignature = /^(?:ratif|accept|approv)/iu;

export interface SignatureRemedy {
  /** The advice for a draft, after "If signature is subject to <act>, …" is settled by the caller. */
  readonly draft: string;
  /** The advice for a concluded text, to check the header against. */
  readonly concluded: string;
  /** The drop or replace fix, where one leaves only what the entry into force counts. */
  readonly fix?: CodeFix;
}

/** The remedy for signature at `index` of `means` beside an entry into force counting only `counted` ("ratification"). */
export function signatureRemedy(means: readonly Name[], index: number, counted: string, notifier?: Name): SignatureRemedy {
  const left = means.filter((_, i) => i !== index).map((m) => m.text);
  const uncounted = left.filter((text) => followsSignature.test(text) && text.toLowerCase() !== counted.toLowerCase());
  const kept = left.filter((text) => !followsSignature.test(text));
  // Where the entry into force names the Party whose act counts, the other remedy keeps it named (lr26, D1).
  const everyConsent = notifier ? namedPartyConsent(notifier) : 'count every consent (`consent-to-be-bound`)';
  const aState = notifier ? notifier.text : 'a State';
  const onEvery = notifier ? `\`consent-to-be-bound by ${notifier.text}\`` : '`consent-to-be-bound`';
  if (left.length === 0) {
    return {
      draft: `If signature is subject to ${counted}, declare \`consent by ${counted}\`; if ${aState} may be bound by signature alone, ${everyConsent}.`,
      concluded: `if the text makes signature subject to ${counted} ("shall be subject to ${counted}"), declare \`consent by ${counted}\`; if ${aState} may be bound by signature alone, declare an entry into force on ${onEvery}.`,
      fix: { title: `Replace signature by ${counted}: consent by ${counted} (signature subject to it)`, edits: [{ range: means[index].range, newText: counted }], effect: 'legal' },
    };
  }
  if (uncounted.length === 0 && !left.some((text) => text.toLowerCase() === counted.toLowerCase())) {
    // The counted act is not in the list: dropping signature would leave a signatory no means of
    // consent and the entry into force an act the list does not provide (`signature, accession`
    // beside `effect after last ratification`; Arts. 11, 14(1)(a), (c), 15; lr24, D3). Signature
    // is replaced by the counted act, in its place.
    const replaced = means.map((m, i) => (i === index ? counted : m.text)).join(', ');
    return {
      draft: `If signature is subject to ${counted}, declare \`consent by ${replaced}\`; if ${aState} may be bound by signature alone, ${everyConsent}.`,
      concluded: `if the text makes signature subject to ${counted} ("shall be subject to ${counted}"), declare \`consent by ${replaced}\`; if ${aState} may be bound by signature alone, declare an entry into force on ${onEvery}.`,
      fix: { title: `Replace signature by ${counted}: consent by ${replaced} (signature subject to ${counted})`, edits: [{ range: means[index].range, newText: counted }], effect: 'legal' },
    };
  }
  if (uncounted.length === 0) {
    const remove = removeListItem(means, index);
    return {
      draft: `If signature is subject to ${counted}, drop signature; if ${aState} may be bound by signature alone, ${everyConsent}.`,
      concluded: `if the text makes signature subject to ${counted} ("shall be subject to ${counted}"), declare \`consent by\` without signature; if ${aState} may be bound by signature alone, declare an entry into force on ${onEvery}.`,
      fix: remove && { title: `Drop signature: consent by ${left.join(', ')} (signature subject to ${counted})`, edits: [remove], effect: 'legal' },
    };
  }
  const others = uncounted.join(', ');
  const alone = [counted, ...kept].join(', ');
  return {
    draft: `The list also has ${others}, which the entry into force does not count either: ${everyConsent}, or, if the treaty is subject to ${counted} alone, declare \`consent by ${alone}\`.`,
    concluded: `the list also has ${others}, which the entry into force does not count either: if the text makes signature subject to ${counted} alone, declare \`consent by ${alone}\`; otherwise declare an entry into force on ${onEvery}.`,
  };
}

const isSignature = (m: Name) => /^signature$/iu.test(m.text);

/**
 * The list of alternatives whose signature the entry into force does not count: signature beside
 * another means, for every Party or for one. One Party's sole signature (`signature for US`) is its
 * definitive signature, which an entry into force on the other's act does not contradict (lg46).
 * Where the entry into force turns on one named Party's act (`effect after ratification by NL`, the
 * NL–US cemeteries form, BWBV0004383 Art. VII), only that Party's list, or the list for every Party,
 * is read: another Party's signature beside its ratification is no consent this entry into force
 * leaves out, since it counts none of that Party's acts, and dropping it would take a means of
 * consent from a Party the entry into force does not speak of (VCLT Arts. 11, 12(1), 14(1); read:
 * BWBV0003441).
 */
export function signatureAmongAlternatives(lists: readonly ConsentList[], notifier: Name | undefined): ConsentList | undefined {
  return lists.find(
    (list) =>
      (list.party === undefined || list.means.length > 1) &&
      (notifier === undefined || list.party === undefined || list.party.text === notifier.text) &&
      list.means.some(isSignature),
  );
}

/**
 * The remedy where one list serves every Party and the entry into force counts one named Party's act:
 * dropping signature from that list would take it from every Party, the others too, whose acts the
 * entry into force does not count (the cemeteries form gives the United States its signature alone).
 * The advice is a list per Party, the named Party's without signature; no edit is offered.
 */
export function namedPartyRemedy(means: readonly Name[], index: number, counted: string, notifier: Name, others: readonly string[]): SignatureRemedy {
  const left = means.filter((_, i) => i !== index).map((m) => m.text);
  const own = left.some((text) => text.toLowerCase() === counted.toLowerCase()) ? left : [counted, ...left.filter((text) => !followsSignature.test(text))];
  const all = means.map((m) => m.text).join(', ');
  const perParty = [`${own.join(', ')} for ${notifier.text}`, ...others.map((id) => `${all} for ${id}`)].join(', ');
  return {
    draft: `If ${notifier.text}'s signature is subject to ${counted}, give each Party its own means, ${notifier.text}'s without signature (\`consent by ${perParty}\`); if ${notifier.text} may be bound by signature alone, ${namedPartyConsent(notifier)}.`,
    concluded: `if the text makes ${notifier.text}'s signature subject to ${counted}, declare each Party's means (\`consent by ${perParty}\`); if ${notifier.text} may be bound by signature alone, declare an entry into force on \`consent-to-be-bound by ${notifier.text}\`.`,
  };
}

/**
 * The other remedy where the entry into force turns on one named Party's act: that Party's consent by
 * any means, still that Party's alone. Counting every Party's consent instead would make the treaty
 * wait for the others too and move its date, rewriting the provision on entry into force (VCLT
 * Art. 24(1): "in such manner and upon such date as it may provide"; lr26, D1).
 */
export function namedPartyConsent(notifier: Name): string {
  return `count ${notifier.text}'s consent by any means (\`consent-to-be-bound by ${notifier.text}\`)`;
}
