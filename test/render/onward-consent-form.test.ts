/**
 * Independent lawyer's review lr1, point 2b: `onward sharing with-consent` rendered "only with the
 * prior written consent of the originating Party" where UNCAC Art. 46(19) says "without the prior
 * consent of the requested State Party": "written" was invented. The keyword says consent, and now
 * renders "prior consent"; `with-written-consent` renders "prior written consent" for texts that
 * say it (NL–Samoa 2009 Art. 8, "without the express written consent of the competent
 * authority"; NL–Australia 2014 para. 17, "without the written consent of the originating
 * Party"). The samples and the template that meant written consent say `with-written-consent`,
 * so no draft is weakened by the change; the hover says which words each value prints; the checks
 * read both as the source's permission.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixture, mainUri } from '../features/feature-fixture';
import { agreementUri, onwardSharingAgreement, openedAgreement, repoRoot } from './render-fixtures';
import { draftedVariant } from './drafted-variant';

const uri = agreementUri;
const opened = openedAgreement;
const agreement = onwardSharingAgreement;

describe('onward sharing with consent: "prior consent" unless the text says written (lr1, point 2b)', () => {
  it('`with-consent` prints "prior consent", never "written" (UNCAC Art. 46(19))', () => {
    const md = opened(agreement('with-consent')).render(uri, 'markdown')!;
    assert.match(md, /Information shall be shared onward only with the prior consent of its originator\./);
    assert.doesNotMatch(md, /written consent/);
  });

  it('`with-written-consent` prints "prior written consent", with `to` and `except` as before', () => {
    assert.match(opened(agreement('with-written-consent')).render(uri, 'markdown')!, /Information shall be shared onward only with the prior written consent of its originator\./);
    assert.match(opened(agreement('with-written-consent except "the Parties\' armed forces"')).render(uri, 'markdown')!, /only with the prior written consent of its originator, except with the Parties' armed forces\./);
  });

  it('no sample or template that meant written consent lost "written": they say `with-written-consent`', () => {
    for (const name of ['ee-fi-cyber-defence-agreement', 'ee-lv-classified-threat-agreement', 'ncirc-cert-eu-arrangement']) {
      const source = readFileSync(join(repoRoot, 'samples', `${name}.entente`), 'utf8');
      assert.doesNotMatch(source, /onward sharing with-consent\b/, name);
      assert.match(opened(source).render(uri, 'markdown')!, /prior written consent of its originator/, name);
    }
  });

  // lc30: each transcription whose onward-sharing article says written consent (or the supplier's
  // written approval) says `with-written-consent`; NL–US 2012 Art. 11(2)(e), "unless the other Party
  // consents", stays `with-consent` (its written consent, Art. 16, is about Project Foreground
  // Information, which no channel carries). The words are quoted in each file's engineers' note.
  it('transcriptions say written consent exactly where their texts do', () => {
    const render = (name: string) => {
      const source = readFileSync(join(repoRoot, 'test/real-instruments', `${name}.entente`), 'utf8');
      // A concluded text's export prints no generated provision (ex9): the onward sentence is read
      // on its drafted variant, where the declarations' provisions are proposed.
      return { source, md: opened(draftedVariant(source, name)).render(uri, 'markdown')! };
    };
    const written = [
      ['aw-cz-tax-information-exchange-2015', 'without the express written consent of the competent authority'],
      ['nl-ae-customs-mutual-assistance-2015', 'expressly approved in writing'],
      ['nl-li-tax-information-exchange-2009', 'without the express written consent of the competent authority'],
      ['nl-ws-tax-information-exchange-2009', 'without the express written consent of the competent authority'],
      ['nl-au-defence-security-arrangement-1977', 'unless written approval to do otherwise is first obtained'],
      ['nl-us-defense-cooperation-mou-1978', 'without the prior written consent of the originating'],
    ];
    for (const [name, words] of written) {
      const { source, md } = render(name);
      assert.ok(source.replace(/\s+/g, ' ').includes(words), `${name} quotes its text`);
      assert.doesNotMatch(source, /^\s*onward sharing with-consent\b/m, name);
      assert.match(md, /shared onward only with the prior written consent of its originator/, name);
    }
    const { source, md } = render('nl-us-homeland-security-2012');
    assert.match(source, /channel ClassifiedExchange between NL, US \{[^}]*onward sharing with-consent\n/);
    assert.match(md, /shared onward only with the prior consent of its originator\./);
  });

  it('the hover of each value says which words it prints', () => {
    const hover = (rule: string) => {
      const { service, position } = fixture(`channel C between EE { onward sharing ${rule} }`);
      return service.hover(mainUri, position)?.contents ?? '';
    };
    assert.match(hover('with-con$0sent'), /prior consent of the originator; the text says "prior consent", not "written"/);
    assert.match(hover('with-written-con$0sent'), /prior written consent of the originator/);
    // "approval" by the supplier is the same decision (lc30): the hover says so, so a transcriber
    // does not look for a value of its own.
    assert.match(hover('with-con$0sent'), /"approval" is the same decision, its own/);
    assert.match(hover('with-written-con$0sent'), /"written approval" is the same/);
  });

  it('the checks read written consent as the source\'s permission, as they read consent: TLP:RED allows both', () => {
    const codes = (rule: string) => opened(agreement(rule, '  marking TLP:RED\n')).diagnostics(uri).map((d) => d.code);
    assert.ok(!codes('with-written-consent').includes('onward-sharing-beyond-tlp'));
    assert.ok(!codes('with-consent').includes('onward-sharing-beyond-tlp'));
    assert.ok(codes('community').includes('onward-sharing-beyond-tlp'));
  });
});
