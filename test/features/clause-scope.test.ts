/**
 * The editor features on a clause's scope (`about points-of-contact for GeneralInformation,
 * EnforcementInformation`): the channels after `for` are references, so definition, references
 * and rename come from the clause's construct row; completion offers the channels there; hover
 * says what the scope means; the formatter keeps the clause's line whole; the export prints the
 * clause's text and not its scope (FCTC illicit-trade Protocol 2012, Arts. 21–22).
 */
import assert from 'node:assert/strict';
import { formatText } from '../../server/src/language/features/format';
import { applyEdits, fixture, mainUri, slice } from './feature-fixture';

const options = { tabSize: 2, insertSpaces: true };
const formatted = (text: string) => applyEdits(text, formatText(text, options));

const doc = `treaty "Protocol to Eliminate Illicit Trade in Tobacco Products" {
  status binding
}

party States "States Parties" {
  kind state
  class open
}

channel GeneralInformation between States {
  carries "information from records"
}

channel EnforcementInformation between States {
  carries personal-data
}

clause Art22 "Article 22 — Information sharing" about confidentiality about points-of-contact for GeneralInformation, EnforcementInformation """
  1. Parties shall designate the competent national authorities to which data referred to in Articles 20, 21 and 24 are supplied.
"""
`;

describe('clause scope (`about … for <channels>`) in the editor', () => {
  it('renames a channel named in a scope, with its declaration', () => {
    const { service, position, text } = fixture(doc.replace('channel EnforcementInformation', 'channel Enforcement$0Information'));
    const edit = service.rename(mainUri, position, 'Enforcement');
    assert.ok(!('error' in edit), JSON.stringify(edit));
    assert.equal(applyEdits(text, edit.changes[mainUri]), doc.replace(/\bEnforcementInformation\b/g, 'Enforcement'));
  });

  it('renames from the scope itself', () => {
    const { service, position, text } = fixture(doc.replace('for GeneralInformation', 'for General$0Information'));
    const edit = service.rename(mainUri, position, 'General');
    assert.ok(!('error' in edit), JSON.stringify(edit));
    assert.equal(applyEdits(text, edit.changes[mainUri]), doc.replace(/\bGeneralInformation\b/g, 'General'));
  });

  it('goes from a scoped channel to its declaration, and lists the scope among its references', () => {
    const { service, position, text } = fixture(doc.replace('for GeneralInformation', 'for General$0Information'));
    const [target] = service.definition(mainUri, position);
    assert.equal(target.range.start.line, 9);
    assert.equal(slice(text, target.range), 'GeneralInformation');
    const refs = service.references(mainUri, { line: 9, character: 10 }, false);
    assert.ok(refs.some((r) => r.range.start.line === 17 && slice(text, r.range) === 'GeneralInformation'), JSON.stringify(refs));
  });

  it('reports an unknown channel in a scope as an error on the name', () => {
    const { service, text } = fixture(doc.replace('for GeneralInformation', 'for GeneralInfo'));
    const found = service.diagnostics(mainUri).filter((d) => d.code === 'unknown-reference');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].severity, 'error');
    assert.equal(slice(text, found[0].range), 'GeneralInfo');
    assert.match(found[0].message, /Unknown channel 'GeneralInfo': declare it or correct the name\. Known: GeneralInformation, EnforcementInformation/);
  });

  it('completes channel ids after `for` in a clause', () => {
    const { service, position } = fixture(doc.replace('for GeneralInformation, EnforcementInformation', 'for $0'));
    const labels = service.complete(mainUri, position).map((c) => c.label);
    assert.ok(labels.includes('GeneralInformation') && labels.includes('EnforcementInformation'), JSON.stringify(labels));
  });

  it('explains `for` in a clause on hover', () => {
    const { service, position } = fixture(doc.replace('points-of-contact for', 'points-of-contact f$0or'));
    assert.match(service.hover(mainUri, position)?.contents ?? '', /the channels a clause's topics reach \(`about points-of-contact for Exchange`/);
  });

  it('formats the clause line whole and round-trips', () => {
    const messy = doc.replace('about points-of-contact for GeneralInformation, EnforcementInformation', 'about  points-of-contact   for GeneralInformation ,EnforcementInformation');
    assert.equal(formatted(messy), doc);
    assert.equal(formatted(doc), doc);
  });

  it('prints the clause text and not its scope in the export', () => {
    const rendered = fixture(doc).service.render(mainUri, 'markdown')!;
    assert.match(rendered, /Parties shall designate the competent national authorities to which data referred to in Articles 20, 21 and 24/);
    assert.doesNotMatch(rendered, /GeneralInformation|EnforcementInformation|points-of-contact/);
  });
});
