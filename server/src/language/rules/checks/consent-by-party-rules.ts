/**
 * A consent statement given Party by Party that leaves a declared Party out. Once the means are
 * stated per Party (`consent by notification for NL, signature for US`, ast/consent-lists.ts), a
 * Party with no list has no stated means: the export's consent article names the others only, and
 * the checks that read each Party's means have nothing to read for it.
 */
import { consentByParty, consentLists } from '../../ast/consent-lists';
import { concludedText } from '../../model/conclusion';
import { defineRule } from '../rule';
import { viennaCitation } from '../support/vienna-convention';

export const consentMeansUnstated = defineRule({
  code: 'consent-means-unstated',
  family: 'declaration',
  defaultSeverity: 'warning',
  message: '`consent by` gives each Party its own means, but not this one: add its means in the text\'s words (`…, ratification for XX`).',
  rationale:
    '"The consent of a State to be bound by a treaty may be expressed by signature, exchange of instruments constituting a treaty, ratification, acceptance, approval or accession, or by any other means if so agreed" (VCLT Art. 11). Where one list of means is every Party\'s (`consent by ratification, accession`), each Party has it; where the header gives each Party its own (`consent by notification for NL, signature for US`, the NL–US American Military Cemeteries Agreement 1970, Art. VII), a declared Party named in no list has none stated, and the consent article the export prints speaks of the others only. The means of that Party are not thereby unlawful or unknown in law — Art. 11 admits "any other means if so agreed", and whether a signature or a ratification binds may be "otherwise established" (Arts. 12(1)(c), 14(1)(c)) — so this is no error; but a text that states how every other Party consents and is silent on one leaves its reader to guess, and a draft should say it: a warning. A class of States is a Party too (`accession for Acceding-States` says who may accede, in its description\'s words). No fix is offered: which means a Party uses is for the text to say, not for the checker to choose. On a concluded text, a note: the header is the transcription\'s reading, to be checked against the text.',
  source: 'VCLT Arts. 11, 12(1), 14(1) (read: Dutch treaty series BWBV0003441); NL–US American Military Cemeteries Agreement 1970, Art. VII (read: BWBV0004383)',
  sourceStatus: 'verified',
  findingCeilings: [{ severity: 'info', where: 'on a concluded text (the header is the transcription\'s reading, to be checked against the text)' }],
  example: {
    trigger: 'treaty "Agreement" {\n  status binding\n  consent by notification for NL\n}\nparty NL "The Kingdom of the Netherlands" { kind state }\nparty US "The United States of America" { kind state }\n',
    fix: 'treaty "Agreement" {\n  status binding\n  consent by notification for NL, signature for US\n}\nparty NL "The Kingdom of the Netherlands" { kind state }\nparty US "The United States of America" { kind state }\n',
  },
  check({ model, report }) {
    const consent = model.ast.instrument?.consent;
    if (!consent || !consentByParty(consent) || model.legalNature === 'mou') return;
    const named = new Set(consentLists(consent).flatMap((list) => (list.party ? [list.party.text] : [])));
    const concluded = concludedText(model.ast) !== undefined;
    for (const party of model.signatories) {
      if (named.has(party.id)) continue;
      const name = party.effective.name?.value.trim();
      const declared = party.local ?? party.record;
      report({
        range: consent.keyword,
        message: `\`consent by\` states each Party's means, but none for ${party.id}${name ? ` (${name})` : ''}: the text would not say how ${party.classOf ? 'the States it stands for consent' : 'it consents'} to be bound (${viennaCitation(model, 'Art. 11')}). ${concluded ? 'Check the header against the text and add its means as the text states them' : 'Add its means in the text\'s words'} (\`…, ratification for ${party.id}\`${party.classOf ? `, or \`accession for ${party.id}\` where it may only accede` : ''}).`,
        related: declared ? [{ uri: party.uri, range: declared.range, message: `${party.id} is declared here.` }] : [],
        profileCeiling: concluded ? 'info' : undefined,
      });
    }
  },
});

export const consentByPartyRules = [consentMeansUnstated];
