import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkDiagnostics, checkNoDiagnostics, diagnose } from '../helpers/fixture';

describe('ordinary checks: values', () => {
  it('reports TLP:WHITE with the TLP 2.0 replacement as the preferred fix', () => {
    const [d] = checkDiagnostics(`participant EE "Estonia"
channel Intel between EE {
  marking TLP:WHITE
//        ^^^^^^^^^ value-out-of-range
}
`);
    assert.match(d.message, /TLP:CLEAR/);
    assert.deepEqual(d.fixes.map((f) => [f.edits[0].newText, f.preferred]), [['TLP:CLEAR', true]]);
  });

  it('suggests the nearest value for a misspelt one and lists the allowed values', () => {
    const [d] = checkDiagnostics(`participant EE "Estonia"
channel Intel between EE {
  marking TLP:AMBERSTRICT
//        ^^^^^^^^^^^^^^^ value-out-of-range
}
`);
    assert.equal(d.fixes[0].edits[0].newText, 'TLP:AMBER+STRICT');
    assert.match(d.message, /TLP:RED, TLP:AMBER\+STRICT, TLP:AMBER, TLP:GREEN or TLP:CLEAR/);
  });

  it('reports every closed set: kind, regime, availability, level, category, onward sharing, unit, status, duration', () => {
    checkDiagnostics(`memorandum "MoU" {
  status semi-binding
//       ^^^^^^^^^^^^ value-out-of-range
  duration forever
//         ^^^^^^^ value-out-of-range
  discontinue with notice of 6 fortnights
//                             ^^^^^^^^^^ value-out-of-range
}
participant EE "Estonia" {
  kind republic
//     ^^^^^^^^ value-out-of-range
  regimes NIS3
//        ^^^^ value-out-of-range
  contact Duty "CERT-EE" available weekends
//                                 ^^^^^^^^ value-out-of-range
}
security-agreement GSA between EE up to ULTRA
//                                      ^^^^^ value-out-of-range
channel Intel between EE {
  carries gossip
//        ^^^^^^ value-out-of-range
  classification SECRET under GSA
  onward sharing everyone
//               ^^^^^^^^ value-out-of-range
}
`);
  });

  it('accepts every value of the closed sets and their aliases', () => {
    checkNoDiagnostics(`memorandum "MoU" {
  status non-binding
  duration indefinite
  discontinue with notice of 6 months
}
participant EE "Estonia" {
  kind international-organization
  regimes NIS2, GDPR, DORA, CIRCIA
  contact Duty "CERT-EE" available office-hours
}
security-agreement GSA between EE up to TOP-SECRET
channel Intel between EE {
  carries indicators, iocs, personal-data, classified
  marking TLP:AMBER+STRICT
  classification CONFIDENTIAL under GSA
  onward sharing within-organization
}
`, ['value-out-of-range']);
  });

  it('reports a jurisdiction that is no ISO 3166-1 code, with a fix for a known mistake', () => {
    const diagnostics = checkDiagnostics(`participant GB "United Kingdom" {
  jurisdiction UK
//             ^^ unknown-jurisdiction
}
participant XX "Nowhere" {
  jurisdiction XQ
//             ^^ unknown-jurisdiction
}
participant EU "European Union" {
  jurisdiction EU
}
participant NATO "NATO" {
  jurisdiction INT
}
participant EE "Estonia" {
  jurisdiction ee
}
`);
    assert.deepEqual(diagnostics.map((d) => d.fixes.map((f) => f.edits[0].newText)), [['GB'], []]);
  });

  it('reports a language that is no language\'s name, as a template leaves an unanswered one (eighteenth red team item 12)', () => {
    checkDiagnostics(`treaty "T" {
  languages language1, language2, English authentic prevailing english
//          ^^^^^^^^^ language-not-named
//                     ^^^^^^^^^ language-not-named
//                                                             ^^^^^^^ language-not-named
}
`);
    const probe = readFileSync('test/probes/eighteenth/template-bilateral-mou-language-unfilled.entente', 'utf8');
    assert.deepEqual(diagnose(probe).filter((d) => d.severity === 'error').map((d) => `${d.code} ${probe.split('\n')[d.range.start.line].slice(d.range.start.character, d.range.end.character)}`), ['language-not-named language']);
    checkNoDiagnostics('treaty "T" {\n  languages Estonian, Serbo-Croatian, Sámi, Español authentic prevailing Estonian\n}\n', ['language-not-named']);
  });

  it('reports zero deadlines, terms, notices, cadences and party counts on the number', () => {
    checkDiagnostics(`treaty "T" {
  duration 0 years
//         ^ zero-quantity
  effect 30 days after last ratification by 0 parties
//                                          ^ zero-quantity
}
participant EE "Estonia"
protocol P {
  notify EE within 0 hours
//                 ^ zero-quantity
}
exercise X every 0.0 months led by EE
//               ^^^ zero-quantity
`);
  });

  it('accepts positive quantities', () => {
    checkNoDiagnostics(`treaty "T" {
  duration 5 years
  effect 30 days after last ratification by 5 parties
}
participant EE "Estonia"
protocol P {
  notify EE within 0.5 hours
}
`, ['zero-quantity']);
  });
});
