/**
 * Issue 12 item 5, the parts in the analysis glue: an inserted library clause or definition
 * lands at a top-level position even when the document ends inside an open block, prose or
 * comment (and is not offered where there is none), and "Suppress … on the next line" is never
 * offered for a finding no comment can hide. Every offered action is applied as an editor would
 * and must clear its finding without adding a syntax error.
 */
import assert from 'node:assert/strict';
import type { EntenteDiagnostic } from '../../server/src/language/rules/diagnostic';
import { libraryFixTitlePrefix } from '../../server/src/language/rules/support/fixes';
import { createEntenteService } from '../../server/src/language/service';
import { applyEdits } from '../helpers/edits';

const uri = 'file:///virtual/fix-positions.entente';

const header = `memorandum "MoU between EE and FI" {
  status non-binding
  signed at "Tallinn" on 2027-03-01
  effect on signature
  duration 5 years renewable
  discontinue with notice of 6 months
  disputes by consultation
  amendment by written decision
}
participant EE "Estonia"
participant FI "Finland"
body Group "Joint Group" members EE, FI meets annually
`;

function diagnose(text: string): EntenteDiagnostic[] {
  const service = createEntenteService();
  service.open(uri, text);
  return service.diagnostics(uri);
}

/** Every quick fix offered for the first finding with `code`, applied to the text. */
function quickFixes(text: string, code: string): { title: string; fixed: string }[] {
  const service = createEntenteService();
  service.open(uri, text);
  const finding = service.diagnostics(uri).find((d) => d.code === code);
  assert.ok(finding, `${code} is not reported on:\n${text}`);
  const whole = { start: { line: 0, character: 0 }, end: { line: 10_000, character: 0 } };
  return service.codeActions(uri, whole, [{ code, range: finding.range }], ['quickfix']).map((a) => ({ title: a.title, fixed: applyEdits(text, a.edit.changes?.[uri] ?? []) }));
}

const count = (text: string, code: string) => diagnose(text).filter((d) => d.code === code).length;

/** The fix clears one finding of `code` and parses no worse. */
function assertFixes(text: string, fixed: string, code: string): void {
  assert.equal(count(fixed, code), count(text, code) - 1, `${code} not cleared by:\n${fixed}`);
  assert.ok(count(fixed, 'syntax-error') <= count(text, 'syntax-error'), `the fix added a syntax error:\n${fixed}`);
}

function libraryFix(text: string, code: string): { title: string; fixed: string } | undefined {
  return quickFixes(text, code).find((f) => f.title.startsWith(libraryFixTitlePrefix));
}

describe('quick fixes insert declarations at top level', () => {
  it('appends a library clause at the end of a document that ends at top level (the near miss)', () => {
    const text = `${header}clause Notes """\n  The Participants will meet.\n"""\n`;
    const fix = libraryFix(text, 'missing-costs');
    assert.ok(fix);
    assert.ok(fix.fixed.startsWith(text), 'inserted at the end');
    assertFixes(text, fix.fixed, 'missing-costs');
  });

  const openEndings: [string, string, string][] = [
    ['an unclosed """ prose block', 'clause Notes """\n  The Participants will\n', 'clause Notes """'],
    ['an unclosed channel block', 'channel Intel between EE, FI {\n  marking TLP:AMBER\n', 'channel Intel'],
    ['an unclosed /* comment', 'channel Intel between EE, FI { marking TLP:AMBER }\n/* to be discussed\n', '/* to be discussed'],
    ['a prose block left open inside a block', 'channel Intel between EE, FI {\n  purpose """\n  network defence\n', 'channel Intel'],
  ];
  for (const [what, ending, opener] of openEndings) {
    it(`inserts the library clause before ${what}, not inside it`, () => {
      const text = header + ending;
      const fix = libraryFix(text, 'missing-costs');
      assert.ok(fix, 'a top-level position exists, so the fix is offered');
      const inserted = fix.fixed.indexOf('from library "costs/');
      assert.ok(inserted >= 0 && inserted < fix.fixed.indexOf(opener), `not inserted before ${opener}:\n${fix.fixed}`);
      assert.ok(fix.fixed.endsWith(ending), 'the open construct is left as it was');
      assertFixes(text, fix.fixed, 'missing-costs');
    });
  }

  it('offers no library clause when the header itself is left open (no declaration goes before it)', () => {
    const text = header.replace(/\}\nparticipant/, '\nparticipant');
    assert.ok(diagnose(text).some((d) => d.code === 'missing-costs'), 'the finding itself is still reported');
    assert.equal(libraryFix(text, 'missing-costs'), undefined);
  });

  it('puts a definition after the last definition when that line is between declarations', () => {
    const text = `${header}define "Incident" means "an event"\nclause Platform """\n  Through the "Sharing Platform".\n"""\n`;
    const [fix] = quickFixes(text, 'undefined-term').filter((f) => f.title.startsWith('Define'));
    assert.ok(fix);
    assert.match(fix.fixed, /define "Incident" means "an event"\ndefine "Sharing Platform" means "…"\nclause Platform/);
    assertFixes(text, fix.fixed, 'undefined-term');
  });

  it('does not put a definition after a `define` recovered from broken text (no quoted term; the long run found it)', () => {
    const text = `${header}define "Incident" means "an event"\nclause Platform """\n  Through the "Sharing Platform".\n"""\n  Council of Europe, define what authorities they will deem administrative\n  authorities for the purposes of Article 1.\n`;
    const [fix] = quickFixes(text, 'undefined-term').filter((f) => f.title.startsWith('Define'));
    assert.ok(fix);
    assert.ok(!/administrative\ndefine "Sharing Platform"/.test(fix.fixed), fix.fixed);
    assert.match(fix.fixed, /define "Incident" means "an event"\ndefine "Sharing Platform" means "…"\nclause Platform/);
  });

  it('does not put a definition on the line after the last one when a declaration continues there', () => {
    const text = `${header}define "Incident" means "an event" channel Intel between EE,\n  FI { marking TLP:AMBER }\nclause Platform """\n  Through the "Sharing Platform".\n"""\n`;
    const [fix] = quickFixes(text, 'undefined-term').filter((f) => f.title.startsWith('Define'));
    assert.ok(fix);
    assert.ok(fix.fixed.startsWith(text), `expected at the end:\n${fix.fixed}`);
    assertFixes(text, fix.fixed, 'undefined-term');
  });

  it('puts a definition before a block left open at the end', () => {
    const text = `${header}clause Platform """\n  Through the "Sharing Platform".\n"""\nchannel Intel between EE, FI {\n  marking TLP:AMBER\n`;
    const [fix] = quickFixes(text, 'undefined-term').filter((f) => f.title.startsWith('Define'));
    assert.ok(fix);
    assert.ok(fix.fixed.indexOf('define "Sharing Platform"') < fix.fixed.indexOf('channel Intel'), fix.fixed);
    assertFixes(text, fix.fixed, 'undefined-term');
  });
});

describe('suppression is offered only where a comment can hide the finding', () => {
  const suppressions = (text: string, code: string) => quickFixes(text, code).filter((f) => f.title.startsWith('Suppress'));

  it('is offered for an ordinary finding, and the suppression works', () => {
    const text = `${header}clause Notes """\n  The Participants will meet.\n"""\n`;
    const [offer] = suppressions(text, 'missing-costs');
    assert.ok(offer);
    assert.equal(count(offer.fixed, 'missing-costs'), 0, offer.fixed);
  });

  it('covers a finding that follows the closing quotes of a prose block on its own line (the long run found it)', () => {
    // A comment on the line above would land inside the prose, so the block is fenced instead.
    const text = `${header}clause Notes """\n  The Participants will meet.\n""" channel Intel between EE, FI { carries incident-reports }\n`;
    const [offer] = suppressions(text, 'missing-purpose-limitation');
    assert.ok(offer);
    assert.match(offer.fixed, /entente-disable missing-purpose-limitation -- reason\nclause Notes/);
    assert.equal(count(offer.fixed, 'missing-purpose-limitation'), 0, offer.fixed);
    assert.equal(count(offer.fixed, 'syntax-error'), 0, offer.fixed);
  });

  const unsuppressible: [string, string][] = [
    ['syntax-error', `${header}channel Intel between EE, FI { marking TLP:AMBER }}\n`],
    ['suppression-without-reason', `${header}// entente-disable-next-line missing-costs\nclause Notes """\n  The Participants will meet.\n"""\n`],
    ['unknown-suppression-code', `${header}// entente-disable-next-line no-such-rule -- reviewed\nclause Notes """\n  The Participants will meet.\n"""\n`],
    ['unused-suppression', `${header}// entente-disable-next-line unused-term -- reviewed\nclause Notes """\n  The Participants will meet.\n"""\n`],
  ];
  for (const [code, text] of unsuppressible) {
    it(`is not offered for ${code}`, () => {
      assert.deepEqual(suppressions(text, code).map((s) => s.title), []);
    });
  }
});
