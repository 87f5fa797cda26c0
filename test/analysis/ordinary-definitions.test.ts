import assert from 'node:assert/strict';
import { checkDiagnostics, checkNoDiagnostics } from '../helpers/fixture';

describe('ordinary checks: defined terms', () => {
  it('reports a quoted capitalised term that nothing defines, on the words inside the quotes', () => {
    const [d] = checkDiagnostics(`clause Platform """
  The Participants will share through the "Sharing Platform" only.
//                                         ^^^^^^^^^^^^^^^^ undefined-term
"""
`);
    const fix = d.fixes[0];
    assert.equal(fix.snippet, true);
    assert.match(fix.edits[0].newText, /^define "Sharing Platform" means "\$\{1:…\}"\n$/);
  });

  it('finds escaped quotes in a one-line string and typographic quotes', () => {
    checkDiagnostics(`participant EE "Estonia"
participant FI "Finland"
channel Intel between EE, FI {
  purpose "defence of each \\"Critical Entity\\" of the Participants"
//                           ^^^^^^^^^^^^^^^ undefined-term
}
clause Authorities "Authorities" """Each “Competent Authority” of the Participants."""
//                                        ^^^^^^^^^^^^^^^^^^^ undefined-term
`);
  });

  // Red-team round 2: "Incidents" in quotation marks was reported though "Incident" is defined.
  it('accepts a quoted plural of a defined term, but not a quoted plural of an undefined one', () => {
    checkDiagnostics(`define "Incident" means "an event"
define "Business" means "an undertaking"
clause Scope """Covers "Incidents" in "Businesses" and "Sectors"."""
//                                                      ^^^^^^^ undefined-term
`);
  });

  it('puts the new definition after the last one', () => {
    const [d] = checkDiagnostics(`define "Incident" means "an event"
clause Notice """Each Incident goes to the "Contact Point"."""
//                                          ^^^^^^^^^^^^^ undefined-term
`);
    assert.deepEqual(d.fixes[0].edits[0].range.start, { line: 1, character: 0 });
  });

  it('does not report defined terms, declared names and titles, or lower-case and long quotations', () => {
    checkNoDiagnostics(`memorandum "Cyber MoU" {
  status non-binding
}
participant EE "Republic of Estonia"
security-agreement GSA "General Security Agreement" between EE, EE
body Board "Joint Steering Committee" members EE
define "Incident" means "an event"
clause Notice """
  Each "Incident" is reported under the "General Security Agreement" to the
  "Joint Steering Committee" of the "Republic of Estonia" and the "Cyber MoU".
  Words such as "best effort" or "As Soon As It Is Reasonably Possible To Do So" are not terms.
"""
`, ['undefined-term']);
  });

  it('reports a definition that no prose uses, tagged unnecessary, with a fix deleting it', () => {
    const [d] = checkDiagnostics(`define "Incident" means "an event"
//      ^^^^^^^^ unused-term
clause Notice """Each breach will be reported."""
`);
    assert.deepEqual(d.tags, ['unnecessary']);
    assert.deepEqual(d.fixes[0].edits[0].range, { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } });
  });

  it('counts a use in another definition or in a library clause taken without a body', () => {
    const library = {
      get: (id: string) => (id === 'notice/mou' ? clause : undefined),
      all: () => [clause],
      forTopic: () => [],
      problems: [],
    };
    const clause = { id: 'notice/mou', title: 'Notice', wording: 'mou' as const, kinds: [], topics: [], satisfies: [], text: 'Each Breach will be notified.', placeholders: [], rationale: '', source: '', status: 'approved' as const, version: '1', origin: 'built-in' };
    checkNoDiagnostics(`define "Incident" means "an event"
define "Breach" means "an Incident that exposes data"
clause Notice from library "notice/mou"
`, ['unused-term'], { library });
  });

  // Red-team case (test/independent): a term used only in the intellectual-property terms of a
  // capacity-building block was reported as unused.
  it('counts a use in intellectual-property prose, but not an intellectual-property word', () => {
    checkNoDiagnostics(`define "Training Material" means "curricula and case studies"
capacity-building Courses by EE for FI {
  intellectual property "Each Participant retains its rights in the Training Material it prepares."
}
`, ['unused-term']);
    checkDiagnostics(`define "Training-Material" means "curricula and case studies"
//      ^^^^^^^^^^^^^^^^^ unused-term
technology-transfer Tools from EE to FI {
  intellectual property Training-Material
}
`);
  });

  // Red-team round 2 (test/independent): "Major ICT-related Incidents" in a channel's purpose
  // did not count as a use of the defined "Major ICT-related Incident".
  it('counts a plural of the term as a use, but not a longer word that starts with it', () => {
    checkNoDiagnostics(`define "Significant Incident" means "an incident with cross-border impact"
define "Data Subject" means "an identified or identifiable natural person"
define "Breach" means "a loss of data"
channel Ops between EE, FI { purpose "response to Significant Incidents" }
clause Rights """The rights of Data Subjects and the handling of Breaches will be respected."""
`, ['unused-term']);
    checkDiagnostics(`define "Incident" means "an event"
//      ^^^^^^^^ unused-term
clause Costs """Incidental costs and Incidentals will be borne by each Participant."""
`);
  });

  it('does not count a definition that uses its own term as a use', () => {
    checkDiagnostics(`define "Incident" means "an Incident of any kind"
//      ^^^^^^^^ unused-term
`);
  });

  it('reports a term defined twice, on the second, with the first as related information', () => {
    const [d] = checkDiagnostics(`define "Incident" means "an event"
define "Incident" means "a breach"
//      ^^^^^^^^ duplicate-term
clause Notice """Each Incident will be reported."""
`, { codes: ['duplicate-term', 'unused-term'] });
    assert.equal(d.related[0].range.start.line, 0);
  });
});
