/**
 * A non-binding MoU named as the "legally binding instrument" of a transfer (CF17). The claim is
 * judged under the sender's own transfer rules, and only where there is a transfer that needs a
 * basis: a sender certainly under the GDPR, the Law Enforcement Directive or the rules for Union
 * bodies, and a recipient outside the EU/EEA that no adequacy decision covers — the pairing
 * `chapterVTransfers` computes for CF16, so the two rules draw the EEA line in one place.
 * Architecture invariant: no finding where no Union transfer rule binds the sender (a
 * third-country party, an international organisation, `outside-union-law`), where the data stay
 * in the EEA, or where the sender's regime is undetermined (sixteenth red-team run: the GDPR's
 * Art. 46(3)(b) authorisation was demanded of US, Swiss, NATO, Europol and defence senders).
 */
import type { Name } from '../../ast/nodes';
import { transferRules } from '../../model/applicability';
import { defineRule, type CodeFix, type Finding } from '../rule';
import { certainlyNotCompetentAuthority } from '../support/transfer-basis';
import { chapterVTransfers, implementedBindingTreaty, isPublicBody, type ChapterVTransfer } from '../support/chapter-v-transfers';

/** Safeguard names that claim a legally binding instrument (GDPR Art. 46(2)(a), LED Art. 37(1)(a)). */
const bindingInstrument = /legally[-_]?binding|binding[-_]?instrument|46[-_(]*2[-_)(]*a\b|37[-_(]*1[-_)(]*a\b|international[-_]agreement|treaty/i;

const gdprFix = (safeguard: Name): CodeFix => ({
  title: "Change the transfer basis to an administrative arrangement (Art. 46(3)(b), needs the supervisory authority's authorisation)",
  edits: [{ range: safeguard.range, newText: 'administrative-arrangement' }],
  effect: 'legal',
  preferred: true,
});

/** The finding in the sender's own law: the GDPR, the Directive, or the rules for Union bodies. */
function finding(safeguard: Name, transfer: ChapterVTransfer): Finding {
  const { exporter, recipient } = transfer;
  const flow = `personal data from ${exporter.name.text} (${exporter.regime.because}) to ${recipient.name.text} (${recipient.need.why})`;
  switch (exporter.regime.regime) {
    case 'GDPR': {
      // Arts. 46(2)(a) and 46(3)(b) are both for instruments "between public authorities or
      // bodies": where a company sends or receives, neither is open (citation audit).
      const company = [exporter, recipient].find((side) => !isPublicBody(side.party));
      if (company)
        return {
          range: safeguard.range,
          message: `'${safeguard.text}' relies on GDPR Art. 46(2)(a) for ${flow}, which needs a legally binding and enforceable instrument between public authorities or bodies; this MoU is non-binding, and ${company.name.text} is not a public body, so neither that basis nor an administrative arrangement (Art. 46(3)(b)) is open. Rely on standard data protection clauses or another safeguard of Art. 46(2)(b)–(f) or 46(3)(a).`,
        };
      return {
        range: safeguard.range,
        message: `'${safeguard.text}' relies on GDPR Art. 46(2)(a) for ${flow}, which needs a legally binding and enforceable instrument; this MoU is non-binding. Use an administrative arrangement under Art. 46(3)(b) with the supervisory authority's authorisation.`,
        fixes: [gdprFix(safeguard)],
      };
    }
    case 'LED': {
      const instead = certainlyNotCompetentAuthority(recipient.party)
        ? `Nor can safeguards make a standing channel to ${recipient.name.text} lawful: Art. 35(1)(b) of the Directive allows transfers only to an authority competent for criminal matters, and Art. 39 allows direct transfers to other recipients only in individual and specific cases and on its conditions`
        : `Rely instead on the controller's own assessment that appropriate safeguards exist (Art. 37(1)(b)), or on a binding agreement; and if ${recipient.name.text} is not an authority competent for criminal matters (Art. 35(1)(b)), only Art. 39 allows direct transfers, case by case`;
      return {
        range: safeguard.range,
        message: `'${safeguard.text}' claims the legally binding instrument of Art. 37(1)(a) of Directive (EU) 2016/680 for ${flow}; this MoU is non-binding and is not one. ${instead}.`,
      };
    }
    case 'EUDPR':
      return {
        range: safeguard.range,
        message: `'${safeguard.text}' claims a legally binding instrument for ${flow}; this MoU is non-binding and is not one. ${transferRules.EUDPR.basis[0].toUpperCase()}${transferRules.EUDPR.basis.slice(1)}.`,
      };
  }
}

export const mouAsBindingInstrument = defineRule({
  code: 'mou-as-binding-instrument',
  catalogueId: 'CF17',
  family: 'conflict',
  defaultSeverity: 'error',
  message: 'A non-binding MoU is not the legally binding instrument a transfer out of the EU/EEA may rest on: under the GDPR, between public bodies, use an administrative arrangement (Art. 46(3)(b), authorised by the supervisory authority), and where a company sends or receives, standard data protection clauses or another safeguard of Art. 46(2)(b)–(f) or 46(3)(a); under the Law Enforcement Directive the controller\'s assessment (Art. 37(1)(b)); for a Union body, its own transfer rules.',
  rationale:
    'The rule concerns a sender to which a Union transfer regime applies — the GDPR, Directive (EU) 2016/680 (LED), or the rules for Union bodies — sending personal data to a third country or an international organisation that no adequacy decision covers, the same pairing `transfer-without-safeguards` (CF16) computes: it says nothing where the data stay in the EU/EEA (Iceland, Liechtenstein and Norway apply the GDPR through the EEA Agreement), where the sender is a third-country party, an international organisation or declared `outside-union-law` (GDPR Art. 2(2)(a)), or where the sender\'s regime is undetermined. Under the GDPR, Art. 46(2)(a) requires "a legally binding and enforceable instrument between public authorities or bodies"; a non-binding MoU is not one, and non-binding administrative arrangements fit only Art. 46(3)(b), with the authorisation of the competent supervisory authority (EDPB Guidelines 2/2020 ¶60, 65–66). Both are for instruments "between public authorities or bodies": where a company sends or receives the data, the message points to standard data protection clauses and the other safeguards of Art. 46(2)(b)–(f) and 46(3)(a), and offers no quick fix. Under the LED an MoU is not the "legally binding instrument" of Art. 37(1)(a) either; the alternative is the controller\'s own assessment that appropriate safeguards exist (Art. 37(1)(b)), and a recipient that is not an authority competent for criminal matters can receive data only under Art. 39, in individual and specific cases (Art. 35(1)(b)). A Union body transfers under Regulation (EU) 2018/1725, Chapter V, which excludes operational personal data; those are governed by the body\'s founding regulation (Europol: Regulation (EU) 2016/794 as amended, Art. 25; Eurojust: Regulation (EU) 2018/1727; each with Chapter IX of Regulation (EU) 2018/1725 as far as its regulation applies it): the message names the alternatives rather than the GDPR\'s authorisation. The GDPR articles were read in the Official Journal text; Art. 37 of the Directive, Regulation (EU) 2018/1725 and the Europol and Eurojust Regulations only in secondary material or reproductions (see the source), so messages cite them no more precisely than that material supports.',
  source:
    'GDPR Arts. 2(2)–(3), 46(2)(a)–(f), 46(3)(a)–(b) (read: the Official Journal text, Publications Office Formex, OJ L 119/2016); EDPB Guidelines 2/2020 ¶60, 65–66 (read: a paragraph-by-paragraph reproduction of version 2.0); Directive (EU) 2016/680 Art. 35(1) (read: the text as adopted, legislation.gov.uk) and Art. 39(1) (read: the Romanian text, sintact.ro); its Art. 37(1) not read in the Directive\'s text (read: its German transposition, BDSG § 79(1), in an English reproduction on dsgvo-portal.de, and the EDPB\'s 2023 Guidelines on Art. 37 as summarised by eucrim.eu and efdpo.eu); Regulation (EU) 2018/1725 not read in its text (read: the EDPS page on authorisation decisions for transfers, and Springer ERA Forum 2021 on the scope of its Chapter V); Regulation (EU) 2016/794 Art. 25(1) (read: as reproduced on Europol\'s Data Protection Function page 4.2); Regulation (EU) 2018/1727 Art. 26(1) (read: a reproduction of the consolidated text, fantasticsearch.net)',
  sourceStatus: 'verified',
  example: {
    trigger: 'memorandum "MoU" { status non-binding }\nparticipant EE "CERT-EE" { kind national-cert jurisdiction EE }\nparticipant US "CISA" { kind government-agency jurisdiction US }\nchannel Cases between EE, US {\n  carries personal-data\n  safeguards legally-binding-instrument\n}\n',
    fix: 'memorandum "MoU" { status non-binding }\nparticipant EE "CERT-EE" { kind national-cert jurisdiction EE }\nparticipant US "CISA" { kind government-agency jurisdiction US }\nchannel Cases between EE, US {\n  carries personal-data\n  safeguards administrative-arrangement "the provisions of Annex A, authorised by the Estonian supervisory authority"\n}\n',
  },
  check({ model, report }) {
    // An arrangement under a binding treaty may name that treaty as the binding instrument.
    if (model.legalNature !== 'mou' || implementedBindingTreaty(model)) return;
    for (const channel of model.ast.channels) {
      const claims = channel.safeguards.filter((s) => bindingInstrument.test(s.text));
      if (claims.length === 0) continue;
      // Only where personal data are stated: subscriber information or evidence alone may concern no natural person (item 16 of the who-is-bound review keeps that conditional).
      const transfer = chapterVTransfers(model, channel).find((t) => t.exporter.regime.certain && t.recipient.need.need === 'needed' && t.possiblyPersonal === undefined);
      if (!transfer) continue;
      for (const safeguard of claims) report(finding(safeguard, transfer));
    }
  },
});

export const bindingInstrumentRules = [mouAsBindingInstrument];
