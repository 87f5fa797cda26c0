/**
 * The rendered text reads as a treaty lawyer would write it: the drafter's own final formula is
 * the final formula, rendered once; a body's name takes the article and verb its number and kind
 * call for ("establish a Joint Board", "designate Agreement Managers", "hold staff talks"); a
 * party's name takes "the" where it is a description ("the Constitution Protection Bureau of
 * Latvia") and none where it is a proper name or already has one ("Estonia", "the Kingdom of the
 * Netherlands", "CERT-EE (Information System Authority)").
 */
import assert from 'node:assert/strict';
import { createEntenteService, type RenderedInstrument } from '../../server/src/language';
import { withIndefiniteArticle } from '../../server/src/language/constructs/body-names';
import { withArticle } from '../../server/src/language/render/words';
import { openSample } from './render-fixtures';

function render(text: string): { md: string; doc: RenderedInstrument } {
  const service = createEntenteService({ readFile: () => undefined });
  service.open('file:///t/main.entente', text);
  return { md: service.render('file:///t/main.entente', 'markdown')!, doc: service.renderModel('file:///t/main.entente')! };
}

const count = (text: string, pattern: RegExp) => [...text.matchAll(new RegExp(pattern.source, `${pattern.flags}g`))].length;
const bodyText = (doc: RenderedInstrument, heading: string) =>
  (doc.articles.find((a) => a.heading === heading)?.paragraphs ?? []).map((p) => (typeof p === 'string' ? p : [p.label, p.text].filter((t) => t).join(' '))).join(' ');

const treaty = (extra: string) => `treaty "Agreement on Cyber Defence" {
  status binding
  languages English
  done at "Tallinn" on 2027-06-14 in duplicate
}
party EE "Republic of Estonia"
party FI "Republic of Finland"
${extra}`;

describe('rendering: grammar of the rendered text', () => {
  describe('the drafter\'s own final formula', () => {
    it('is the final formula, once, in the drafter\'s words, and not an article (the Baltic protocol)', () => {
      const { service, uri } = openSample('baltic-preservation-protocol.entente');
      const doc = service.renderModel(uri)!;
      const md = service.render(uri, 'markdown')!;
      assert.deepEqual(doc.testimonium, [
        'IN WITNESS WHEREOF the undersigned, being duly authorised thereto, have signed this Protocol.',
        'DONE at Riga, this 5th day of June 2028, in English, in a single copy which shall be deposited in the archives of the Permanent International Secretariat of the Council of the Baltic Sea States.',
      ]);
      assert.ok(!doc.articles.some((a) => a.heading === 'Final formula'), doc.articles.map((a) => a.heading).join(' | '));
      assert.equal(count(md, /IN WITNESS WHEREOF/), 1);
      assert.equal(count(md, /\bdone at\b/i), 1);
    });

    it('an MoU\'s own "Signed at …" clause replaces the generated one', () => {
      const { md, doc } = render(`memorandum "M" { status non-binding signed at "Tallinn" on 2027-03-01 languages English }
participant A "Agency A"
participant B "Agency B"
clause Formula "Signature" """
  Signed at Tallinn on the first day of March 2027 in two originals in the English language.
"""
`);
      assert.deepEqual(doc.testimonium, ['Signed at Tallinn on the first day of March 2027 in two originals in the English language.']);
      assert.equal(count(md, /Signed at/), 1);
      assert.equal(doc.signatures.length, 2);
    });

    it('near miss: a clause that only mentions work "done at" a centre is an article, and the formula is generated', () => {
      const { doc } = render(treaty(`clause Research "Research" """
  Research done at the Centre shall be shared between the Parties.
"""
`));
      assert.equal(bodyText(doc, 'Research'), 'Research done at the Centre shall be shared between the Parties.');
      assert.deepEqual(doc.testimonium, ['IN WITNESS WHEREOF the undersigned, being duly authorised thereto, have signed this Agreement.', 'Done at Tallinn on 14 June 2027, in duplicate in the English language.']);
    });
  });

  describe('a governance body by its name', () => {
    it('people named in the plural are designated, not established as "an Agreement Managers" (the NL–US agreement)', () => {
      const { service, uri } = openSample('nl-us-cyber-research-agreement.entente');
      const said = bodyText(service.renderModel(uri)!, 'Agreement Managers');
      assert.match(said, /^The Parties shall designate Agreement Managers, who shall be representatives of the Parties\./);
      assert.match(said, /The Agreement Managers shall meet at least once a year, and otherwise as agreed or at the request of either Party\./);
      assert.doesNotMatch(said, /an Agreement Managers|at least every year/);
    });

    it('a body in the singular is established with "a" or "an"; talks are held', () => {
      const board = render(treaty('body Board "Joint Board" members EE, FI meets annually\n')).doc;
      assert.match(bodyText(board, 'Joint Board'), /^The Parties hereby establish a Joint Board, composed of representatives of the Parties\. The Joint Board shall meet every year\.$/);
      const group = render(treaty('body Experts "Expert Group" members EE, FI\n')).doc;
      assert.match(bodyText(group, 'Expert Group'), /^The Parties hereby establish an Expert Group,/);
      const talks = render(treaty('body Talks "NCIRC–CERT-EU staff talks" members EE, FI meets every 6 months\n')).doc;
      assert.equal(bodyText(talks, 'NCIRC–CERT-EU staff talks'), 'The Parties shall hold NCIRC–CERT-EU staff talks between representatives of the Parties. The NCIRC–CERT-EU staff talks shall be held every six months.');
    });

    it('the indefinite article follows the sound: an NCIRC group, a NATO group, a CERT group, a European board', () => {
      assert.equal(withIndefiniteArticle('NCIRC Liaison Group'), 'an NCIRC Liaison Group');
      assert.equal(withIndefiniteArticle('NATO Liaison Group'), 'a NATO Liaison Group');
      assert.equal(withIndefiniteArticle('CERT Liaison Group'), 'a CERT Liaison Group');
      assert.equal(withIndefiniteArticle('ENISA Liaison Group'), 'an ENISA Liaison Group');
      assert.equal(withIndefiniteArticle('European Board'), 'a European Board');
      assert.equal(withIndefiniteArticle('Points of Contact'), 'Points of Contact');
      assert.equal(withIndefiniteArticle('Board of Governors'), 'a Board of Governors');
    });
  });

  describe('"the" before a party\'s name', () => {
    it('a description takes it, wherever its institution noun stands', () => {
      assert.equal(withArticle('Constitution Protection Bureau of Latvia'), 'the Constitution Protection Bureau of Latvia');
      assert.equal(withArticle('Government of Australia'), 'the Government of Australia');
      assert.equal(withArticle('Czech Republic'), 'the Czech Republic');
      assert.equal(withArticle('Netherlands'), 'the Netherlands');
      assert.equal(withArticle('NASK National Research Institute (CERT Polska)'), 'the NASK National Research Institute (CERT Polska)');
    });

    it('a proper name, a company, a class of States and a name that has its article stay as written', () => {
      assert.equal(withArticle('Estonia'), 'Estonia');
      assert.equal(withArticle('Bosnia and Herzegovina'), 'Bosnia and Herzegovina');
      assert.equal(withArticle('The Kingdom of the Netherlands'), 'the Kingdom of the Netherlands');
      assert.equal(withArticle('the Kingdom of the Netherlands'), 'the Kingdom of the Netherlands');
      assert.equal(withArticle('CERT-EE (Information System Authority)'), 'CERT-EE (Information System Authority)');
      assert.equal(withArticle('Acme Threat Intelligence Ltd'), 'Acme Threat Intelligence Ltd');
      assert.equal(withArticle('Any State which has acceded to the Convention'), 'Any State which has acceded to the Convention');
    });

    it('in the preamble, the signature blocks and where a single original is deposited', () => {
      const { md, doc } = render(`treaty "Agreement" {
  status binding
  languages English
  done at "Riga" on 2027-06-14 in single copy deposited with "Government of Latvia"
}
party EE "Estonia"
party LV "Constitution Protection Bureau of Latvia"
`);
      assert.match(md, /^Estonia and the Constitution Protection Bureau of Latvia, hereinafter referred to as “the Parties”,$/m);
      assert.deepEqual(doc.signatures.map((s) => s.for), ['For Estonia', 'For the Constitution Protection Bureau of Latvia']);
      assert.match(doc.testimonium.join(' '), /in a single copy, which shall be deposited with the Government of Latvia\./);
      assert.doesNotMatch(md, /the the|The the/);
    });
  });

  describe('sentences a treaty lawyer would otherwise correct', () => {
    it('an exercise "is" the kind of exercise its scope names, and "covers" anything else', () => {
      const named = render(treaty('exercise X annually led by EE with FI { scope "table-top and technical incident-response exercise" }\n')).doc;
      assert.match(bodyText(named, 'Joint exercise'), /The exercise shall be a table-top and technical incident-response exercise\./);
      const covered = render(treaty('exercise X annually led by EE with FI { scope "escalation, attribution and strategic communication" }\n')).doc;
      assert.match(bodyText(covered, 'Joint exercise'), /The exercise shall cover escalation, attribution and strategic communication\./);
    });

    it('a cooperation: activities are how it is given; a description without a verb is what it covers; mutual help is "to each other"', () => {
      const doc = render(treaty(`technology-transfer T by EE, FI for EE, FI {
  activities research
  description "joint research on the security of industrial control systems"
  intellectual property "as provided in an Annex to be agreed by the Parties"
}
`)).doc;
      assert.equal(
        bodyText(doc, 'Transfer of technology'),
        'The Parties shall make tools and technology available to each other through joint research. This cooperation shall cover joint research on the security of industrial control systems. Intellectual property shall be dealt with as provided in an Annex to be agreed by the Parties.',
      );
      const sentence = render(treaty('capacity-building C by EE for FI { description "Estonia shall offer places on its courses" intellectual property "course material remains the property of Estonia" }\n')).doc;
      // Export review 3, item 5: a description with its own modal is the provision; no generated "shall provide" beside it.
      assert.equal(bodyText(sentence, 'Capacity building'), 'Estonia shall offer places on its courses. As regards intellectual property, course material remains the property of Estonia.');
    });

    it('a legend described is "a legend stating …", with typographic quotes; a legend given is quoted as it stands', () => {
      const described = render(treaty('channel C between EE, FI { carries indicators handling legend "the country of origin and the words `Releasable to EST, FIN\'" }\n')).md;
      assert.match(described, /Information shall bear a legend stating the country of origin and the words ‘Releasable to EST, FIN’\./);
      assert.doesNotMatch(described, /`/);
      const given = render(treaty('channel C between EE, FI { carries indicators handling legend "RELEASABLE TO EST, FIN" }\n')).md;
      assert.match(given, /Information shall bear the legend “RELEASABLE TO EST, FIN”\./);
    });
  });
});
