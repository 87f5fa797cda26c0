/**
 * MC20: the content of the GDPR Art. 46 safeguards a channel names for personal data between public
 * bodies (EDPB Guidelines 2/2020), and what the Law Enforcement Directive adds for a sender declared
 * under it too.
 */
import type { SemanticModel } from '../../model/semantic-model';
import { chapterVTransfers, sendersOf, type ChapterVTransfer } from '../support/chapter-v-transfers';
import { keptInForce } from '../support/kept-in-force';
import { bindingRegimes, transferNeed } from '../../model/applicability';
import { libraryFixes } from '../support/fixes';
import { arrangement, arrangementElements, coreElements, otherBasis, safeguardProse, statedByChannel } from '../support/transfer-safeguard-content';
import { keptInForceNote } from '../support/kept-in-force-note';
import { entryIntoForceWouldSettle, openConsentNote } from '../support/entry-into-force-would-settle';
import { incorporatedSafeguards } from '../support/transfer-safeguards-incorporated';
import { defineRule } from '../rule';
import { concludedText } from '../../model/conclusion';
import { maxMessageLength } from '../../util/bounded-text';

/** The longest message that takes the sentence on the record: the corpus keeps messages within 85% of the bound (diagnostics-differential.test.ts). */
const roomy = Math.floor(maxMessageLength * 0.85);

export const missingTransferSafeguards = defineRule({
  code: 'missing-transfer-safeguards',
  catalogueId: 'MC20',
  family: 'missing-clause',
  librarySatisfiable: true,
  defaultSeverity: 'warning',
  findingCeilings: [
    { severity: 'warning', where: 'where a Member State concluded the treaty before 24 May 2016, which GDPR Art. 96 keeps in force' },
    { severity: 'info', where: 'on a concluded bilateral treaty signed before 24 May 2016 whose only open question is the date of consent (no date of entry into force fixed or recorded): a note that asks for that date (hundred-and-fifteenth run, defect 2)' },
    { severity: 'error', where: 'where it was concluded on or after 24 May 2016: transfers under it lack their Art. 46(2)(a) basis (forty-first run)' },
    { severity: 'info', where: 'on a concluded treaty whose Member State senders are established to have consented to be bound before 24 May 2016 (consent on conclusion, or a dated entry into force before it): a pointer for the next instrument, not a warning (seventy-fifth run, defect 1)' },
  ],
  message: 'State the content of the Art. 46 safeguards named for personal data between public bodies: the principles, data-subject rights, redress and oversight EDPB Guidelines 2/2020 expect.',
  rationale:
    'A public body that sends personal data under the GDPR to a public body in a third country or an international organisation no adequacy decision covers may rely on a legally binding and enforceable instrument (Art. 46(2)(a)) or, with the competent supervisory authority’s authorisation, on provisions in an administrative arrangement that include enforceable and effective data-subject rights (Art. 46(3)(b)). Naming a kind of safeguard is not enough: the instrument must contain them. EDPB Guidelines 2/2020 expect the core data-protection principles and rights (¶61): purpose limitation, data minimisation and accuracy, storage limitation, security and confidentiality, restriction of onward transfers (¶38), sensitive data, automated decisions, transparency (¶¶27–30), rights of access, rectification and erasure, redress (¶¶45–47) and independent supervision (¶51); an administrative arrangement also needs the supervisory authority’s authorisation (¶66) and the receiving body’s assurance that the rights are provided by its domestic law (¶68). Write them in the channel’s safeguards text (`safeguards administrative-arrangement "…"`) or in the instrument’s clauses (a `purpose` and an onward-sharing rule of `none`, `within-organisation` or `with-consent` on the channel count too); the check lists those it cannot find. It reads the safeguards text, the clauses about data protection, transfer safeguards, confidentiality or purpose limitation, and the other clauses that speak of personal data or data subjects — not the preamble or the definitions, whose words ("the accurate assessment of customs duties", "public health", "under the supervision of the competent authority") state no safeguard. Oversight counts where the text says it is independent or a data-protection authority’s: "including the determination of any appeal or the oversight of the above" (OECD-model tax information exchange agreements, Art. 8(1)) is oversight of the tax administration, not the independent supervision of ¶51 (forty-first run). Where the text makes the receiving side liable to the person damaged ("The receiving authority shall bear liability in accordance with its domestic laws in relation to any person suffering unlawful damage", NL TIEAs, Protocol Art. 1(f)), the compensation of ¶47 is stated, and the finding names what redress still lacks: a way to complain to the receiving side and administrative redress before an independent body (¶46). A treaty a Member State concluded before 24 May 2016 "shall remain in force until amended, replaced or revoked" if it complied with Union law as applicable before that date (GDPR Art. 96): the message says so, and the list is then what an amendment or a new agreement would add. Where the sender is declared under the Law Enforcement Directive as well (`regimes GDPR, LED`), the message adds that what it sends for the prevention, investigation, detection or prosecution of criminal offences leaves under that Directive, on appropriate safeguards in a legally binding instrument (its Art. 37(1)(a)), and that Art. 61 keeps in force agreements concluded before 6 May 2016 (Directive articles not read in their text: as the EDPB’s Guidelines 01/2023 and Statement 04/2021 recall them); a sender not declared under it is not told so. It looks for the usual words of each element, so it is a warning. Where Art. 96 keeps the treaty in force (or may: the message says on what condition), no profile makes it more than a warning: `strict` raises warnings to errors for a final review before signature, and a treaty in force is not defective for lacking what an amendment would add (forty-first real-instrument run: an error on the NL–Anguilla TIEA of 2009); a text concluded on or after 24 May 2016, or a draft, is raised as before. Where it is established that every sender, a Member State on the day, consented to be bound before 24 May 2016 — a definitive signature or the reply of an exchange of notes dated before it, or an entry into force dated before it — and the text is concluded, the finding is a note under every profile and says why, as `possible-transfer-without-safeguards` does (sixtieth run, item 5; seventy-fifth run, defect 1: the NL–Montserrat TIEA of 2009); a text signed before the day whose consent is undated states Art. 96’s condition, since "concluded" is the consent to be bound, which may come after the day; where a recorded date of entry into force would settle it (a concluded bilateral treaty, every sender a Member State on the day of signature, no date of entry into force fixed or recorded), that date is all that is open, and the finding is a note under every profile that asks for it and says which way it decides (hundred-and-fifteenth run, defect 2: three reviewers, of the NL–Montserrat, NL–BVI and NL(Antilles)–Sweden TIEAs of 2009, judged the warning an overstatement); a date of entry into force on or after the day, recorded or fixed by the text, keeps the warning. Information to the person concerned on request ("Upon application the person concerned shall be informed of the supplied data relating to him and of the use to which such data are to be put", NL TIEAs, Protocol Art. 1(e)) is part of transparency: the finding then names what is left of it, the general information notice (¶28), individual information by the sending body (¶29) and making the instrument available (¶30). A per-rule setting (`"missing-transfer-safeguards": "error"`) still decides. It does not apply to a sender that is a company (standard contractual clauses), to a law-enforcement or Union sender (other regimes), to a named derogation, standard clauses, binding corporate rules or the Data Privacy Framework, or to a company recipient. ¶¶27–30, 38–40, 45–47, 51 and 60–68 were read in a verbatim reproduction; the element list beyond them follows the Guidelines’ section headings as reported, not read. On a concluded text the message does not tell the reader to write the elements into the signed text: it asks the transcription to declare words of the text that state them, and leaves the rest to an amendment (treaty lawyer lr17, wording point). Where the text applies another instrument\'s provisions to the data ("In case of exchange of information in respect of an identified or identifiable individual, the provisions of Chapter 6, in particular the Article 199, of the Economic Partnership Agreement between the Cariforum States and the European Community and its Member States shall be applied accordingly", NL–Antigua and Barbuda TIEA 2009, Art. 8(2)), or the header records it (`incorporates data-protection from "…"`), those provisions are terms of the treaty and may state what its own words do not: the message says that this text does not state the elements in its own words, quotes the words that apply the other instrument and asks the reader to check it, which Entente does not read; the severity stays, since what that instrument states is not known. "The provisions of this Agreement", "of the Agreement" (no name) and "in accordance with its domestic law" apply no other instrument (ninety-first run, defect 1). On a concluded bilateral treaty signed before 24 May 2016 whose consent the header does not date, the message names the fact that settles Art. 96\'s condition — the date of entry into force in the treaty series, recorded as `entered into force on <date> "<source>"` — where the message has room for it (one that also carries the Law Enforcement Directive\'s sentence may not: the message is never cut for it), since a bilateral treaty enters into force only once both Parties have consented to be bound (VCLT Arts. 11–16, 24(1)–(2)); it never takes the signature date for the consent (ninety-first run, defect 1: the NL–Antigua and Barbuda TIEA of 2009, signed on 2 September 2009, whose series file prints no date of entry into force).',
  source: 'GDPR Arts. 44–46, 96; EDPB Guidelines 2/2020 (v2.0) ¶¶27–30, 38, 61–68; Directive (EU) 2016/680 Arts. 1(1), 37(1)(a), 61 (not read in their text); VCLT Art. 24 (read: Dutch treaty series BWBV0003441); NL–Antigua and Barbuda TIEA 2009, Arts. 8(2), 12 (read: BWBV0003493)',
  sourceStatus: 'unconfirmed',
  example: {
    trigger:
      'participant EE "CERT-EE" { kind national-cert jurisdiction EE }\nparticipant US "CISA" { kind government-agency jurisdiction US }\nchannel Intel between EE, US {\n  carries personal-data\n  safeguards administrative-arrangement "data subjects may obtain access and seek redress"\n}\n',
    fix: 'participant EE "CERT-EE" { kind national-cert jurisdiction EE }\nparticipant US "CISA" { kind government-agency jurisdiction US }\nchannel Intel between EE, US {\n  carries personal-data\n  safeguards administrative-arrangement "the provisions of the clause on transfer safeguards"\n}\nclause TransferSafeguards about transfer-safeguards """\n  1. These provisions apply once the Estonian supervisory authority has authorised them. CISA will process the data only for the purposes for which they were transferred, limit them to what is necessary and keep them accurate, and retain them no longer than necessary.\n  2. CISA will protect the data by appropriate technical and organisational measures, will not process special categories of data or take decisions based solely on automated processing, and will not transfer the data onward without the prior written authorisation of CERT-EE.\n  3. The Participants will publish these provisions. CISA confirms that its domestic law gives data subjects the rights of access, rectification and erasure and effective redress, and that compliance is subject to independent oversight.\n"""\n',
  },
  check({ model, report }) {
    for (const channel of model.ast.channels) {
      const named = channel.safeguards[0];
      if (!named || otherBasis.test(named.text)) continue;
      // EDPB 2/2020 governs transfers between public bodies under the GDPR.
      const transfers = chapterVTransfers(model, channel).filter(
        (t) => t.exporter.regime.regime === 'GDPR' && t.exporter.party.effective.kind?.value !== 'company' && t.recipient.party.effective.kind?.value !== 'company',
      );
      if (transfers.length === 0) continue;
      const prose = safeguardProse(model, channel);
      const expected = [...coreElements, ...(model.legalNature === 'mou' || arrangement.test(named.text) ? arrangementElements : [])];
      const byChannel = statedByChannel(channel);
      const missing = expected.filter((e) => !byChannel.has(e.name) && !e.found(prose)).map((e) => e.partly?.(prose) ?? e.name);
      if (missing.length === 0) continue;
      const uncertain = transfers.find((t) => !t.exporter.regime.certain);
      const subject = channel.id ? `channel ${channel.id.text}` : 'this channel';
      const opening = uncertain ? `If ${sendersOf(uncertain)} ${uncertain.alongside.length > 0 ? 'process' : 'processes'} these data under the GDPR, ${subject}` : subject[0].toUpperCase() + subject.slice(1);
      const recipients = [...new Set(transfers.map((t) => t.recipient.name.text))];
      // A treaty kept in force by GDPR Art. 96 is not defective for lacking what the 2020 Guidelines
      // expect: the list is for an amendment, and no profile (`strict`) makes it an error (41st run).
      const kept = transfers.map((t) => keptInForce(model, t.exporter.party, t.exporter.regime.regime)).find((k) => k !== undefined);
      const led = lawEnforcementBeside(model, transfers);
      // Consent before that day established on a concluded text: a note for the next instrument (kept-in-force-note.ts).
      const senders = transfers.flatMap((t) => [t.exporter.party, ...t.alongside.map((s) => s.party)]);
      const note = kept ? keptInForceNote(model, senders, 'GDPR') : undefined;
      // Another instrument's provisions applied to the data may state them: not "does not state" (ninety-first run, defect 1).
      const incorporated = incorporatedSafeguards(model, channel);
      const stated = incorporated
        ? `this text does not state in its own words: ${missing.join('; ')}; it applies another instrument's provisions to these data (${incorporated}), which may state them: check that instrument.`
        : `the instrument does not state: ${missing.join('; ')}.`;
      const inForce = kept ? ` ${kept[0].toUpperCase()}${kept.slice(1)}: ${incorporated ? 'what neither states is' : 'the elements listed are'} what an amendment or a new agreement would add.` : '';
      const neither = incorporated ? 'neither states' : 'it does not state';
      // A signed text is not to be written into: where it states them in words not declared, the
      // transcription declares them; otherwise they are for an amendment (treaty lawyer lr17, wording point).
      const where = concludedText(model.ast)
        ? `${incorporated ? 'Declare any words of this text that state them' : 'If the text states them in words the transcription has not declared, declare those words'} (\`safeguards ${named.text} "…"\`, or tag the clause that states them \`about transfer-safeguards\`); what ${neither}, EDPB Guidelines 2/2020 expect of such an instrument.`
        : `Write ${incorporated ? 'what that instrument does not state' : 'them'} in the safeguards text (\`safeguards ${named.text} "…"\`) or a clause on transfer safeguards (EDPB Guidelines 2/2020).`;
      // Art. 96's condition open on a concluded bilateral treaty: the record that would settle it (ninety-first run,
      // defect 1), where the message has room for it (the rationale says it too): never at the cost of a cut message.
      // Only the date of consent open (a bilateral treaty signed before the day): a note that asks for
      // the record, never cut for room, the short form where the long one does not fit (r115 D2).
      const open = kept && !note && entryIntoForceWouldSettle(model, senders, 'GDPR');
      const head = `${opening} names ${named.text} for personal data sent to ${recipients.join(', ')}, but ${stated} ${where}${inForce}`;
      const tail = `${led}${note ? ` ${note}` : ''}`;
      const full = open ? openConsentNote(false) : '';
      const settle = !open ? '' : head.length + full.length + tail.length <= roomy ? full : openConsentNote(true);
      report({
        range: named.range,
        message: `${head}${settle}${tail}`,
        related: [
          ...transfers.map((t) => ({ uri: model.uri, range: t.recipient.name.range, message: `${t.recipient.need.why}` })),
        ],
        fixes: libraryFixes(model, 'transfer-safeguards'),
        // Not kept in force (concluded after 24 May 2016, or a draft): transfers under it lack their
        // Art. 46(2)(a) basis, which a profile may make an error on a concluded text too (41st run).
        profileCeiling: note || open ? 'info' : kept ? 'warning' : 'error',
      });
    }
  },
});

/**
 * A sender declared under the Law Enforcement Directive as well as the GDPR (`regimes GDPR, LED`):
 * what it sends to prevent, investigate, detect or prosecute offences leaves under the Directive,
 * whose basis here is the legally binding instrument of its Art. 37(1)(a), kept in force by its
 * Art. 61 if concluded before 6 May 2016 (twenty-seventh real-instrument run: NL–UAE customs 2015,
 * whose message spoke only of GDPR Art. 96). Only a declared LED: the Directive is never inferred,
 * and a recipient an LED adequacy decision covers needs no safeguards under it.
 */
function lawEnforcementBeside(model: SemanticModel, transfers: readonly ChapterVTransfer[]): string {
  const t = transfers.find((x) => bindingRegimes(x.exporter.party).includes('LED') && transferNeed(x.recipient.party, 'LED').need !== 'none');
  if (!t) return '';
  const kept = keptInForce(model, t.exporter.party, 'LED');
  return ` ${t.exporter.name.text} is declared under the Law Enforcement Directive too: what it sends for the prevention, investigation, detection or prosecution of criminal offences (Directive (EU) 2016/680, Art. 1(1)) leaves under that Directive, not under GDPR Art. 46(2)(a): its basis here is appropriate safeguards provided for in a legally binding instrument (its Art. 37(1)(a))${kept ? `; ${kept}` : ''}.`;
}
