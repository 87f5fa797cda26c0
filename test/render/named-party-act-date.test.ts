/**
 * lr26, D2: an entry into force on one named Party's act other than a notification (`after
 * ratification by NL`, `after consent-to-be-bound by NL`, the form the `signature-not-counted` fix
 * now leads to) printed as everybody's: "after the date of ratification" (NL gone), "after the date on
 * which the Parties have expressed their consent to be bound" (one Party's act made collective), and
 * the consent article's blank named a notification where the act declared is ratification. The export
 * now names the Party and the act. Near misses: without `by NL` the words are as before, and the
 * notification form keeps its own sentence (NL–US cemeteries 1970 Art. VII, BWBV0004383).
 */
import assert from 'node:assert/strict';
import { renderText } from './render-fixtures';

/** The lr26 probes sig2.entente and sig-consent-by-nl.entente, with the effect line given. */
const probe = (effect: string, more = '') =>
  `treaty "Agreement on cyber cooperation" {\n  status binding\n  consent by signature, ratification\n  effect ${effect}\n  duration indefinite\n  termination with notice of 6 months\n  amendment by written agreement\n  disputes by negotiation\n${more}}\nparty NL "The Kingdom of the Netherlands" { kind state jurisdiction NL }\nparty US "The United States of America" { kind state jurisdiction US }\n`;
const entryIntoForce = (md: string) => md.split('\n').find((line) => line.startsWith('This Agreement shall enter into force')) ?? '';
const consentBlank = (md: string) => md.split('\n').find((line) => line.includes('means of consent to be bound')) ?? '';

describe('entry into force on one named Party’s act: the Party and the act named (lr26 D2)', () => {
  it('`after ratification by NL`: the ratification of the Netherlands, in the sentence and the consent blank', () => {
    const md = renderText(probe('on first day of month following 1 months after ratification by NL'));
    assert.equal(entryIntoForce(md), 'This Agreement shall enter into force on the first day of the month following the expiration of a period of one month after the date of ratification by the Kingdom of the Netherlands.');
    assert.match(consentBlank(md), /the entry into force follows the ratification of the Kingdom of the Netherlands alone/u);
  });

  it('`after consent-to-be-bound by NL`: the Netherlands’ consent, not the Parties’', () => {
    const md = renderText(probe('on first day of month following 1 months after consent-to-be-bound by NL'));
    assert.equal(entryIntoForce(md), 'This Agreement shall enter into force on the first day of the month following the expiration of a period of one month after the date on which the Kingdom of the Netherlands has expressed its consent to be bound.');
    assert.match(consentBlank(md), /follows the expression of consent to be bound of the Kingdom of the Netherlands alone/u);
  });

  it('with a depositary: the deposit of that Party’s instrument', () => {
    const md = renderText(probe('after ratification by NL', '  depositary "the Secretary-General of the United Nations"\n'));
    assert.match(entryIntoForce(md), /on the date of deposit of the instrument of ratification of the Kingdom of the Netherlands\.$/u);
  });

  describe('near misses', () => {
    it('no named Party: the words of every Party’s act, as before', () => {
      assert.match(entryIntoForce(renderText(probe('after consent-to-be-bound'))), /on the date on which the Parties have expressed their consent to be bound\.$/u);
      assert.match(entryIntoForce(renderText(probe('after last ratification'))), /on the date of the last ratification\.$/u);
    });
    it('a named Party’s notification keeps its sentence and its blank', () => {
      const md = renderText(probe('after notification by NL'));
      assert.match(entryIntoForce(md), /the notification by which the Kingdom of the Netherlands informs the other Party that its internal procedures/u);
      assert.match(consentBlank(md), /follows the notification of the Kingdom of the Netherlands alone/u);
    });
  });
});
