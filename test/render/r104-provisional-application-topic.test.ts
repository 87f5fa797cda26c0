/**
 * Hundred-and-fourth run, defect 2: a clause stating provisional application can be marked so
 * (`about provisional-application`), and the note after a concluded text then names it as stating
 * the header's `provisional application`, instead of "No provision of the text is marked as stating
 * … provisional application" (NL–Gambia 1993, BWBV0001095, Art. IX(1): "This Agreement will be
 * applied provisionally from the date of its signature"). In a draft, the drafter's clause is
 * printed and no article is generated from the statement beside it. `territorial-application`
 * marks Art. IX(4) ("shall apply to the European part of the Kingdom only"). Near misses: untagged,
 * the statement is named with those no provision is marked as stating; a clause on entry into
 * force only leaves the generated provisional-application article in place.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { renderText } from './render-fixtures';
import { diagnose } from '../helpers/fixture';

const gambia = readFileSync(new URL('../real-instruments/nl-gm-technical-cooperation-1993.entente', import.meta.url), 'utf8');
const note = (text: string) => renderText(text).split('\n').filter((line) => line.includes('Not part of the text')).join(' ');

const draft = (clause: string) => `treaty "Agreement on technical cooperation" {
  status binding
  languages English
  consent by approval
  effect after last notification
  provisional application on signature
}
party NL "The Government of the Kingdom of the Netherlands" { kind government }
party GM "The Government of the Republic of The Gambia" { kind government }
${clause}`;
const articleIX = (about: string, heading = 'Article IX') => `clause ArtIX "${heading}"${about} """
  1. This Agreement will be applied provisionally from the date of its signature and shall enter into force on the date on which, the two Governments have given each other written notification that the procedures constitutionally required therefore in their respective countries have been complied with.
"""
`;

describe('r104 D2: the provisional-application and territorial-application clause topics', () => {
  it('NL–Gambia 1993: Article IX is named as stating provisional application; the note no longer says no provision is marked so', () => {
    assert.match(gambia, /clause ArtIX "Article IX" about [^"]*provisional-application, territorial-application """/);
    const said = note(gambia);
    assert.match(said, /Nor are the header statements on entry into force, provisional application and duration: the text’s own provision stating them, Article IX, is printed instead\./);
    assert.match(said, /No provision of the text is marked as stating consent to be bound \(by its heading/);
    assert.doesNotMatch(said, /marked as stating [^.]*provisional application/);
  });

  it('near miss: Article IX without the tag, provisional application is named with the statements no provision is marked as stating', () => {
    const untagged = gambia.replace(', provisional-application, territorial-application """', ' """');
    assert.notEqual(untagged, gambia);
    assert.match(note(untagged), /No provision of the text is marked as stating consent to be bound and provisional application/);
  });

  it('the topics are words `about` accepts: no finding on them', () => {
    const codes = diagnose(draft(articleIX(' about provisional-application, territorial-application'))).map((d) => d.code);
    assert.deepEqual(codes.filter((c) => c === 'value-out-of-range' || c === 'unknown-topic'), []);
    assert.ok(diagnose(draft(articleIX(' about provisional-applications'))).some((d) => d.code === 'value-out-of-range'), 'a misspelt topic is still reported');
  });

  it('in a draft, the drafter’s clause on it is printed and no article is generated beside it (tagged or headed so)', () => {
    for (const clause of [articleIX(' about provisional-application'), articleIX('', 'Provisional application')]) {
      const md = renderText(draft(clause));
      assert.match(md, /This Agreement will be applied provisionally from the date of its signature/);
      assert.doesNotMatch(md, /This Agreement shall be applied provisionally from the date of its signature/, clause);
    }
  });

  it('near miss: a clause on entry into force only leaves the generated provisional-application article', () => {
    const md = renderText(draft(articleIX(' about entry-into-force')));
    assert.match(md, /This Agreement shall be applied provisionally from the date of its signature\./);
  });
});
