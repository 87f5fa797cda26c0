/**
 * lr17, D4 (tail): the quoted header summary of a tacit track was cut at "notified", so the reader
 * did not see what is notified. It is now quoted to the end of the condition ("… that they are
 * unable to accept it", as OSPAR 1992 Art. 19(3), read: BWBV0001119); the readings that start
 * after the match (another route named after the track) are unchanged.
 */
import assert from 'node:assert/strict';
import { diagnose } from '../helpers/fixture';
import { wholeText } from '../helpers/fix-review';

const finding = (text: string) => diagnose(text).filter((d) => d.code === 'treaty-amendment-by-decision');
const convention = (amendment: string) =>
  `treaty "Convention on cyber resilience" {\n  status binding\n  effect 30 days after ratification by 3 Parties\n  consent by ratification, acceptance, approval, accession\n  depositary "the Government of the Netherlands"\n  amendment ${amendment}\n}\nparty EE "Estonia" { kind state jurisdiction EE }\nparty FI "Finland" { kind state jurisdiction FI }\nparty LV "Latvia" { kind state jurisdiction LV }\n`;

describe('lr17, D4 tail: a tacit track is quoted to the end of its condition', () => {
  it('the opt-out: the summary quotes what is notified', () => {
    const [f] = finding(convention('by proposal of any Party, adoption by the Meeting of the Parties, entering into force ninety days after adoption for those Parties which have not within that period notified the Depositary in writing that they are unable to accept it'));
    assert.match(f.message, /in the header's summary: into force ninety days after adoption for those Parties which have not within that period notified the Depositary in writing that they are unable to accept it\)/u);
  });

  it('OSPAR 1992: "… that they are unable to accept that amendment"', () => {
    const [f] = finding(wholeText('test/real-instruments/ospar-convention-1992.entente'));
    assert.match(f.message, /have not within that period notified the Depositary Government in writing that they are unable to accept that amendment\)/u);
  });

  it('near misses: the quotation stops where the condition ends (", and"); the opt-in stays silent', () => {
    const [f] = finding(convention('by proposal of any Party, adoption by the Meeting of the Parties, entering into force ninety days after adoption for those Parties which have not within that period notified the Depositary in writing that they are unable to accept it, and the Depositary shall inform all Parties'));
    assert.match(f.message, /in the header's summary: into force ninety days after adoption for those Parties which have not within that period notified the Depositary in writing that they are unable to accept it\)/u);
    assert.deepEqual(finding(convention('by proposal of any Party, adoption by the Meeting of the Parties, entering into force ninety days after adoption, but not binding on those Parties which have not within that period notified the Depositary in writing that they accept it')), []);
  });
});
