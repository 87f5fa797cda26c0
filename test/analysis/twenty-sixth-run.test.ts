/**
 * The twenty-sixth real-instrument run (test/real-instruments/TWENTY-SIXTH-RUN.md), closing list
 * item 1: where a preamble abbreviates an instrument as ‘the Convention’, neither the quoted short
 * name, nor the full title it abbreviates, nor the title of another convention is a use of the
 * term; the short name written alone, identified by its date or cited by article, is. Item 2: a
 * wording rewrite keeps the sentence English ("is entered into force" → "has come into effect"),
 * or is not offered. Built from the Czech Republic–Netherlands tax information arrangement 2015
 * (preamble, Art. 8), with the near misses that must stay as they were. Item 4: a treaty named by
 * its title is not looked for as a file, wherever the document lies (the command line's side is
 * test/cli/implements-title.test.ts).
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { applyCodeFix } from '../helpers/edits';
import { createEntenteService } from '../../server/src/language/service';

const arrangement = (body: string) =>
  `arrangement "Arrangement" {\n  status non-binding\n}\nparticipant CZ "The competent authority of the Czech Republic"\nparticipant NL "The competent authority of the Netherlands"\n` +
  `define "Convention" means "The Convention between the Kingdom of the Netherlands and the Czechoslovak Republic for the avoidance of double taxation of 4 March 1974"\n` +
  `clause Text "Text" """\n  ${body}\n"""\n`;

const unused = (body: string) => diagnose(arrangement(body)).filter((d) => d.code === 'unused-term');

/** The preamble of the Arrangement (BWBR0037183), as transcribed. */
const preamble =
  'The competent authorities of the Czech Republic and the Netherlands (hereinafter referred to as ‘the Participants’), Further to the provisions of Council Directive No 2011/16/EU of 15 February 2011 on administrative cooperation in the field of taxation, The Convention between the Kingdom of the Netherlands and the Czechoslovak Republic for the avoidance of double taxation and the prevention of fiscal evasion with respect to taxes on income and on capital of 4 March 1974 (hereinafter referred to as ‘the Convention’), including the Protocols of 26 June 1996 and 31 May 2013, The provisions with regard to the exchange of information of the Convention on mutual administrative assistance in tax matters, closed in Strasbourg on 25 January 1988, as amended by the Protocol done in Paris on 27 May 2010, Have agreed the following:';

describe('twenty-sixth real-instrument run, item 1: an instrument’s title is not a use of its short name', () => {
  it('reports the Convention the preamble defines and never uses', () => {
    const found = unused(preamble);
    assert.equal(found.length, 1);
    assert.match(found[0].message, /"Convention" is defined but never used/);
  });

  it('does not count the short name quoted with its article: (hereinafter referred to as ‘the Convention’)', () => {
    assert.equal(unused('The Convention between the Kingdom of the Netherlands and the Czechoslovak Republic (hereinafter referred to as ‘the Convention’) applies.').length, 1);
    assert.equal(unused('(hereinafter referred to as “the Convention”)').length, 1);
  });

  it('does not count the abbreviated title when no formula follows: its parties make it a title', () => {
    assert.equal(unused('Information is exchanged under the Convention between the Kingdom of the Netherlands and the Czechoslovak Republic.').length, 1);
  });

  it('does not count the title of another convention, in title case or identified by its making', () => {
    for (const other of [
      'The Participants recall the Convention on mutual administrative assistance in tax matters, closed in Strasbourg on 25 January 1988.',
      'The Participants recall the Convention on Cybercrime.',
      'The Participants recall the Convention for the Protection of Individuals with regard to Automatic Processing of Personal Data.',
      'The Participants recall the Convention of 21 March 1983 on the transfer of sentenced persons.',
      'The Participants recall the Convention on the transfer of sentenced persons of 21 March 1983.',
      'The Participants recall the Convention against Corruption.',
    ]) {
      assert.equal(unused(other).length, 1, other);
    }
  });

  it('counts the short name identified by its date, cited by article, or followed by the sentence’s own words', () => {
    for (const use of [
      'Information is exchanged under the Convention of 1974.',
      'Information is exchanged under the Convention of 4 March 1974.',
      'Article 26 of the Convention applies.',
      'Information is provided under the Convention on request.',
      'Information is provided under the Convention on the basis of Article 26.',
      'Information is provided under the Convention for the purposes of Article 5.',
      'The Convention for the Netherlands applies to the European part of the Kingdom.',
      'Information is provided under the Convention for the Protocol of 2013 signed at Prague.',
      'Information is exchanged under the Convention between the Participants.',
      'The Participants apply the Convention on the exchange of information.',
      // Without its particulars a lower-case phrase may be the sentence's own: read as a use.
      'The Participants recall the Convention on mutual administrative assistance in tax matters.',
      'Information is exchanged under the Convention on 1 January of each year.',
    ]) {
      assert.deepEqual(unused(use), [], use);
    }
  });
});

describe('twenty-sixth real-instrument run, item 2: a wording rewrite that keeps the sentence English', () => {
  const mou = (body: string) => `arrangement "Arrangement" {\n  status non-binding\n}\nparticipant CZ "Czech Republic"\nparticipant NL "Netherlands"\nclause Art8 "Application" """\n  ${body}\n"""\n`;
  const treaty = (body: string) => `treaty "Agreement" {\n  status binding\n}\nparty CZ "Czech Republic"\nparty NL "Netherlands"\nclause Art8 "Application" """\n  ${body}\n"""\n`;
  /** The findings of `code` on the text, each with the sentence its first fix leaves (undefined: no fix). */
  const rewritten = (text: string, code: string) =>
    diagnose(text)
      .filter((d) => d.code === code)
      .map((d) => ({ severity: d.severity, message: d.message, after: d.fixes?.[0] ? applyCodeFix(text, d.fixes[0]).split('\n')[6].trim() : undefined }));

  it('rewrites Art. 8(2) "is entered into force" with its auxiliary: "has come into effect"', () => {
    const [d, ...rest] = rewritten(mou('This Arrangement is entered into force for an indefinite period.'), 'mou-binding-wording');
    assert.equal(rest.length, 0);
    assert.equal(d.severity, 'error');
    assert.equal(d.after, 'This Arrangement has come into effect for an indefinite period.');
    assert.match(d.message, /write 'has come into effect' for 'is entered into force'/);
  });

  it('writes the participle after a perfect or a form of "be", keeping the adverbs', () => {
    for (const [before, after] of [
      ['This Arrangement has entered into force.', 'This Arrangement has come into effect.'],
      ['This Arrangement has been entered into force.', 'This Arrangement has come into effect.'],
      ['This Arrangement will be entered into force on signature.', 'This Arrangement will come into effect on signature.'],
      ['These Arrangements are entered into force.', 'These Arrangements have come into effect.'],
      ['This Arrangement is hereby entered into force.', 'This Arrangement has hereby come into effect.'],
    ]) {
      assert.deepEqual(rewritten(mou(before), 'mou-binding-wording').map((d) => d.after), [after], before);
    }
  });

  it('keeps the word-for-word rewrites that were English already (Art. 8(3) among them)', () => {
    for (const [before, after] of [
      ['From the date of entry into force of this Arrangement, the Memorandum of Understanding of 2006 will be repealed.', 'From the date of coming into effect of this Arrangement, the Memorandum of Understanding of 2006 will be repealed.'],
      ['This Arrangement entered into force on 14 October 2015.', 'This Arrangement came into effect on 14 October 2015.'],
      ['This Arrangement will enter into force on signature.', 'This Arrangement will come into effect on signature.'],
      ['The Participants shall exchange information.', 'The Participants will exchange information.'],
    ]) {
      assert.deepEqual(rewritten(mou(before), 'mou-binding-wording').map((d) => d.after), [after], before);
    }
  });

  it('keeps the error but offers no rewrite where none fits the sentence', () => {
    for (const text of ['This Arrangement was entered into force on 14 October 2015.', 'Once entered into force, this Arrangement will apply to information on 2015.']) {
      const found = rewritten(mou(text), 'mou-binding-wording');
      assert.equal(found.length, 1, text);
      assert.equal(found[0].severity, 'error');
      assert.equal(found[0].after, undefined, text);
      assert.match(found[0].message, /in a form that fits the sentence \(no rewrite is offered/);
    }
  });

  it('the same on the other rules: "undertake to" after a modal, the article before the words, the perfect in a treaty', () => {
    const undertake = rewritten(mou('The Participants shall undertake to share information.'), 'mou-treaty-wording');
    assert.deepEqual(undertake.map((d) => d.after), [undefined]);
    assert.deepEqual(rewritten(mou('The Participants undertake to share information.'), 'mou-treaty-wording').map((d) => d.after), ['The Participants will share information.']);
    assert.deepEqual(rewritten(mou('As set out in an Article of this Arrangement, the Participants will meet.'), 'mou-treaty-wording').map((d) => d.after), ['As set out in a Paragraph of this Arrangement, the Participants will meet.']);
    assert.deepEqual(rewritten(treaty('This Agreement has come into effect on signature.'), 'treaty-mou-wording').map((d) => d.after), ['This Agreement has entered into force on signature.']);
    assert.deepEqual(rewritten(treaty('This Agreement comes into effect on signature.'), 'treaty-mou-wording').map((d) => d.after), ['This Agreement enters into force on signature.']);
  });
});

describe('twenty-sixth real-instrument run, item 4: implements "<title>" in a document outside the workspace', () => {
  // The host's boundary, as the command line draws it when given a file from another working folder:
  // only the workspace is read, and anything else is refused as outside it.
  const check = (implementsWhat: string) => {
    const service = createEntenteService({ readFile: (uri) => (uri.startsWith('file:///workspace/') ? undefined : { ok: false, failure: 'outside-workspace' }) });
    const uri = 'file:///tmp/x/memorandum.entente';
    service.open(uri, `memorandum "Memorandum van overeenstemming" {\n  status undetermined\n  implements ${implementsWhat} article 29\n}\nparticipant NL "De bevoegde autoriteit van Nederland"\n`);
    return service.diagnostics(uri).filter((d) => d.code === 'file-not-read' || d.code === 'unresolved-file');
  };

  it('looks for no file: the title is not refused as outside the workspace', () => {
    assert.deepEqual(check('"Verdrag tussen het Koninkrijk der Nederlanden en de Republiek Argentinië tot het vermijden van dubbele belasting"'), []);
  });

  it('still refuses an .entente path there', () => {
    const found = check('"treaty.entente"');
    assert.deepEqual(found.map((d) => `${d.severity} ${d.code}`), ['error file-not-read']);
  });
});
