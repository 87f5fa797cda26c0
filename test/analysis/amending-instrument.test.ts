/**
 * `amends "…"` (eighty-fifth run, item 1): an instrument that amends another treaty has no term,
 * exit, amendment or dispute procedure apart from it — the articles it replaces or inserts become
 * part of that treaty's text for the parties bound by it (VCLT Arts. 39, 40(4), 41; read:
 * BWBV0003441; lr19, D4–D5) — but it is concluded and enters into force as a
 * treaty of its own (Art. 39: Part II applies). So under `amends` the generic final-clause findings
 * give way to one info, and consent and entry into force are still asked. The title's words alone
 * ("concerning revision of the Convention …") silence nothing: the findings stay and suggest `amends`.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const generic = ['missing-duration', 'missing-termination', 'missing-amendment', 'missing-dispute-settlement'];
const amended = 'Convention on social security between the Kingdom of the Netherlands and the State of Israel signed at Jerusalem on April 25, 1984';

function revision(header: string, title = `Convention concerning revision of the ${amended}`): string {
  return `treaty "${title}" {
  status binding${header}
}
party NL "The Kingdom of the Netherlands" { kind state jurisdiction NL }
party IL "The State of Israel" { kind state jurisdiction IL }
clause ArtI "Article I" """
  Article 5 of the Convention shall be replaced by the following text.
"""
`;
}

const withConsent = '\n  consent by notification\n  effect on first day of third month after last notification';

describe('eighty-fifth run, item 1: an instrument that amends another treaty (`amends "…"`)', () => {
  it('under `amends`, the four final-clause findings give way to one info that names the amended treaty and never reads the text as free-standing', () => {
    const found = diagnose(revision(`\n  amends "${amended}"${withConsent}`));
    for (const code of generic) assert.ok(!found.some((d) => d.code === code), code);
    const notes = found.filter((d) => d.code === 'amending-instrument-final-clauses');
    assert.equal(notes.length, 1);
    assert.equal(notes[0].severity, 'info');
    assert.match(notes[0].message, /^This treaty amends the Convention on social security .* April 25, 1984 and has no duration, termination, amendment procedure or dispute settlement of its own\. It is a treaty of its own for its conclusion and entry into force \(VCLT Art\. 39\); made between that treaty's own parties, it amends it \(Art\. 39\), and the articles of that treaty it replaces or inserts become part of that treaty's text, governed by its final clauses\./);
    assert.doesNotMatch(notes[0].message, /not subject to denunciation|Art\. 56/);
  });

  it('its own consent and entry into force are still asked (VCLT Art. 39)', () => {
    const codes = diagnose(revision(`\n  amends "${amended}"`)).map((d) => d.code);
    assert.ok(codes.includes('missing-entry-into-force'));
  });

  it('a clause of its own on termination is read, and the note names only what is left', () => {
    const text = revision(`\n  amends "${amended}"${withConsent}\n  termination with notice of 6 months`);
    const notes = diagnose(text).filter((d) => d.code === 'amending-instrument-final-clauses');
    assert.equal(notes.length, 1);
    assert.match(notes[0].message, /has no amendment procedure or dispute settlement of its own/);
  });

  it('near miss: the title alone ("concerning revision of the Convention") silences nothing; the findings suggest `amends`', () => {
    const found = diagnose(revision(withConsent));
    for (const code of generic) assert.ok(found.some((d) => d.code === code), code);
    assert.ok(!found.some((d) => d.code === 'amending-instrument-final-clauses'));
    const termination = found.find((d) => d.code === 'missing-termination')!;
    assert.match(termination.message, /The title reads as amending another treaty: .*declare it \(`amends "<the treaty's title or file>"`\)/);
  });

  it('near miss: a title that amends nothing has no such suggestion', () => {
    const found = diagnose(revision(withConsent, 'Convention on social security between the Kingdom of the Netherlands and the State of Israel'));
    const termination = found.find((d) => d.code === 'missing-termination')!;
    assert.doesNotMatch(termination.message, /amends/);
  });

  it('"Protocol amending the Agreement" reads as amending too', () => {
    const found = diagnose(revision(withConsent, 'Protocol amending the Agreement on Cyber Security Cooperation'));
    assert.match(found.find((d) => d.code === 'missing-duration')!.message, /The title reads as amending another treaty/);
  });
});

describe('eighty-fifth run, item 1: one note, not two, for an amending protocol that is also "an integral part"', () => {
  it('`amends` with "This Protocol shall form an integral part of the Agreement": only amending-instrument-final-clauses', () => {
    const text = `protocol "Protocol amending the Agreement on Cyber Security Cooperation" {
  status binding
  amends "Agreement on Cyber Security Cooperation"
  consent by ratification
  effect 30 days after last ratification
}
clause ArtII "Article II" """
  This Protocol shall form an integral part of the Agreement. No State may become a Party to the Agreement without at the same time becoming a Party to this Protocol.
"""
`;
    const codes = diagnose(text).map((d) => d.code);
    assert.ok(codes.includes('amending-instrument-final-clauses'));
    assert.ok(!codes.includes('integral-part-final-clauses'));
  });
});
