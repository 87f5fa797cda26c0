/**
 * integral-part-final-clauses (treaty lawyer lr13, defect 4; probes /tmp/lr13/p1, p1b): the words
 * "This Protocol shall form an integral part of the Convention" alone do not make a protocol last,
 * end and be amended with the Convention. An optional protocol only some Parties ratify is a treaty
 * between them; a protocol of "additional articles to the Convention" may carry its own denunciation
 * clause (Transplantation Protocol 2002, Arts. 28, 33; read: BWBV0005628); a treaty silent on
 * denunciation admits it only as VCLT Art. 56(1) says (read: BWBV0003441). So a draft with only
 * those words keeps the generic final-clause findings, and the note says what is open. Where the
 * words tie it (ETS 109 Art. 3, read: BWBV0002618; the Convention's provisions applied "accordingly";
 * a bilateral protocol entering into force with its agreement, BWBV0003537), or the text is
 * concluded, the note alone stays.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';

const generic = ['missing-duration', 'missing-termination', 'missing-amendment', 'missing-dispute-settlement'];

function optionalProtocol(article5: string, header = ''): string {
  return `protocol "Optional Protocol to the Convention on Cyber Incident Cooperation" {
  status binding
  consent by ratification
  effect 30 days after last ratification by 3 States
  depositary "the Secretary General of the Council of Europe"${header}
}
clause Art1 "Article 1" """
  Each State Party to this Protocol shall notify significant cyber incidents to the other States Parties to this Protocol within 72 hours.
"""
clause Art5 "Article 5" """
  ${article5}
"""
clause Art6 "Article 6" """
  Only a State Party to the Convention may become a Party to this Protocol.
"""
`;
}

const integral = 'This Protocol shall form an integral part of the Convention.';
const codes = (text: string) => diagnose(text).map((d) => d.code);
const note = (text: string) => diagnose(text).filter((d) => d.code === 'integral-part-final-clauses');

describe('lr13 defect 4: "integral part" alone does not give a draft protocol the Convention\'s final clauses', () => {
  it('p1: a draft optional protocol with only the words keeps the termination error and the other findings; the note says what is open', () => {
    const found = diagnose(optionalProtocol(integral));
    for (const code of generic) assert.ok(found.some((d) => d.code === code), code);
    assert.equal(found.find((d) => d.code === 'missing-termination')!.severity, 'error');
    const notes = found.filter((d) => d.code === 'integral-part-final-clauses');
    assert.equal(notes.length, 1);
    assert.match(notes[0].message, /^This protocol says it forms an integral part of the Convention .* but nothing else in its words ties it to the Convention, and those words alone do not settle whether it lasts, ends and is amended with it/);
    assert.match(notes[0].message, /Say whether a Party may denounce this protocol without denouncing the Convention/);
    assert.doesNotMatch(notes[0].message, /: it lasts, ends and is amended with/);
  });

  it('p1b near miss: "supplements" keeps the findings and has no note', () => {
    const found = codes(optionalProtocol('This Protocol supplements the Convention.'));
    for (const code of generic) assert.ok(found.includes(code), code);
    assert.ok(!found.includes('integral-part-final-clauses'));
  });

  it('tied by participation (ETS 109 Art. 3): the note alone, saying it lasts and ends with the Convention', () => {
    const text = optionalProtocol(`${integral} No State may become a Party to the Convention without at the same time becoming a Party to this Protocol.`);
    const found = codes(text);
    for (const code of generic) assert.ok(!found.includes(code), code);
    assert.match(note(text)[0].message, /: it lasts, ends and is amended with the Convention, since no State may become a Party to the Convention without becoming a Party to it/);
  });

  it('tied by the Convention\'s provisions applied accordingly: the note alone, saying they apply', () => {
    const text = optionalProtocol(`${integral} All the provisions of the Convention shall apply accordingly.`);
    const found = codes(text);
    for (const code of generic) assert.ok(!found.includes(code), code);
    assert.match(note(text)[0].message, /: the Convention's provisions apply to it as the text says, its final clauses among them, so far as they fit\./);
  });

  it('a concluded text with only the words: nothing can be added, so the note alone, worded as open', () => {
    const text = optionalProtocol(integral, '\n  done at "Strasbourg" on 2010-05-04');
    const found = codes(text);
    for (const code of generic) assert.ok(!found.includes(code), code);
    const [n] = note(text);
    assert.match(n.message, /nothing else in its words ties it/);
    assert.match(n.message, /Check how its Parties read it/);
  });

  const bilateral = (words: string, parties = 'party EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\n') =>
    `protocol "Protocol to the Agreement between Estonia and Finland" {\n  status binding\n  consent by signature\n  effect on entry-into-force\n}\n${parties}clause Final "Final article" """\n  ${words}\n"""\n`;

  it('a bilateral protocol entering into force with its agreement (Aruba–BVI 2009): the note alone', () => {
    const found = codes(bilateral('This Protocol shall form an integral part of the Agreement and shall enter into force on the same date as the Agreement.'));
    for (const code of ['missing-duration', 'missing-termination']) assert.ok(!found.includes(code), code);
    assert.ok(found.includes('integral-part-final-clauses'));
  });

  it('near miss: the same words among three Parties are no bilateral package, the draft is still asked', () => {
    const three = 'party EE "Estonia" { kind state }\nparty FI "Finland" { kind state }\nparty LV "Latvia" { kind state }\n';
    const found = codes(bilateral('This Protocol shall form an integral part of the Agreement and shall enter into force on the same date as the Agreement.', three));
    assert.ok(found.includes('missing-termination'));
  });
});
