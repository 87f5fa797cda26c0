/**
 * Channel export defects of the treaty lawyer lr23 (probes c2, c3), each with its near misses.
 * - D1: a deadline is a sentence of its own only where a modal follows the subject of its main clause
 *   or the words open with a subordinate clause ("If …, it shall"); a modal in a relative clause of a
 *   verb phrase ("any incident that may affect it") leaves it a verb phrase, said after "The Parties
 *   shall" with its time limit.
 * - D2: a channel that carries the text's own words and has no `from` generates no "shall exchange":
 *   who acts, the verb and to whom are blanks; the modality, hedges and the words stay.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import { ownSentence } from '../../server/src/language/constructs/channel-voice';

function render(body: string): string {
  const service = createEntenteService({ readFile: () => undefined });
  const uri = 'file:///t/lr23.entente';
  service.open(uri, `treaty "Agreement on Cyber Cooperation" {\n  status binding\n}\nparty A "the Kingdom of the Netherlands" { kind state }\nparty B "the Republic of Estonia" { kind state }\nparty C "the Republic of Latvia" { kind state }\n${body}`);
  return service.render(uri, 'markdown')!;
}

const deadline = (words: string, when = 'within 72 hours') => render(`channel Incidents between A, B, C {\n  carries indicators\n  deadline "${words}" ${when}\n}\n`);

describe('channel export defects of the treaty lawyer lr23', () => {
  describe('D1: a modal in a relative clause does not make a verb phrase a sentence', () => {
    it('the probe: "Inform the other Party of any incident that may affect it" binds the Parties and keeps its time limit', () => {
      const md = deadline('Inform the other Party of any incident that may affect it');
      // The time limit after the modal, where it can only be the duty's, not after the relative clause (lf40).
      assert.match(md, /The Parties shall, within 72 hours, inform the other Party of any incident that may affect it\./u);
      assert.doesNotMatch(md, /may affect it within 72 hours/u);
      assert.doesNotMatch(md, /time limit “within 72 hours”, to be written/u);
      assert.doesNotMatch(md, /\n\d+\. Inform the other Party/u);
    });

    it('the probe: "Notify …, which may forward …" is a verb phrase too; lower case reads as before', () => {
      assert.match(deadline('Notify the national CSIRT of the other Party, which may forward the notification to other authorities', 'within 24 hours'), /The Parties shall, within 24 hours, notify the national CSIRT of the other Party, which may forward the notification to other authorities\./u);
      assert.match(deadline('notify the other Party of any incident that may affect it'), /The Parties shall, within 72 hours, notify the other Party of any incident that may affect it\./u);
    });

    it('ownSentence: a subject before the main modal, or a subordinate clause first, makes a sentence', () => {
      for (const words of [
        'The competent authority shall inform the other Party',
        'It shall inform the other Party',
        'Each Party shall notify the other Party of any incident that may affect it',
        'The competent authority of the Contracting Party in which the stocks are held shall notify forthwith the competent authority of the other Contracting Party',
        'Requests for verification of nationality shall be answered expeditiously',
        'If the Central Authority considers that the request does not comply with the provisions of the present Convention, it shall inform the authority of the State of origin',
        'Where an incident may affect the other Party, the Party concerned shall notify it',
        'In every instance where the Letter of Request is not executed, the requested authority shall inform the requesting authority',
      ]) assert.equal(ownSentence(words), true, words);
    });

    it('ownSentence near misses: a verb phrase whose modal is in a clause inside it, or joined by "and", or in lower case, is none', () => {
      for (const words of [
        'Inform the other Party of any incident that may affect it',
        'Notify the national CSIRT of the other Party, which may forward the notification to other authorities',
        'Report to the authority who may request further details',
        'Tell the other Party whether it may expect an answer',
        'Confirm receipt of a request in writing and shall notify the applicant Party of deficiencies',
        'notify the other Party of any incident that may affect it',
        'Inform the other Party of any incident',
      ]) assert.equal(ownSentence(words), false, words);
    });

    it('the own sentences of rf101 stay as written, the time limit a blank where the words lack it', () => {
      const words = 'If the Central Authority considers that the request does not comply with the provisions of the present Convention, it shall inform the authority of the State of origin';
      const md = deadline(words, 'promptly');
      assert.match(md, /it shall inform the authority of the State of origin\. \*\*\\\[time limit “promptly”, to be written into the sentence before\\\]\*\*/u);
      assert.doesNotMatch(md, /shall If|shall if/u);
      assert.match(deadline('The competent authority shall inform the other Party within 72 hours'), /\n\d+\. The competent authority shall inform the other Party within 72 hours\.\n/u);
    });
  });

  describe('lf40: a verb phrase ending in a relative clause takes its time limit after the modal', () => {
    it('a one-word limit needs no commas; a starting event goes with the limit', () => {
      assert.match(deadline('notify the other Party of any incident that may affect it', 'promptly'), /The Parties shall promptly notify the other Party of any incident that may affect it\./u);
      assert.match(deadline('notify the other Party of any incident which affects it', 'within 24 hours of awareness'), /The Parties shall, within 24 hours of becoming aware, notify the other Party of any incident which affects it\./u);
    });
    it('near misses: with no relative clause the time limit stays at the end, as before', () => {
      assert.match(deadline('notify the other Party of any incident affecting it'), /The Parties shall notify the other Party of any incident affecting it within 72 hours\./u);
      assert.match(deadline('inform each other of any change in their points of contact', 'promptly'), /The Parties shall inform each other of any change in their points of contact promptly\./u);
    });
  });

  describe('D2: the text\'s own carried words, no `from`: no generated "shall exchange"', () => {
    it('the probe: "Letters of Request" — who and the verb are blanks; the words and the heading stay', () => {
      const md = render('channel LettersOfRequest between A, B, C {\n  carries "Letters of Request", personal-data\n}\n');
      assert.doesNotMatch(md, /exchange the following information/u);
      assert.match(md, /\n(?:1\. )?\*\*\\\[who\\\]\*\* shall \*\*\\\[transmit, provide or exchange, and to whom\\\]\*\* the following: “Letters of Request”\.\n/u);
      assert.match(md, /\n#+ (?:Article \d+ [—–] )?Information\n/u);
    });

    it('the modality, the hedges and the contacts the channel declares stay in the sentence', () => {
      const md = render('contact PA "Central Authority of A" { party A }\ncontact PB "Central Authority of B" { party B }\nchannel L between A, B {\n  modality may\n  carries "Letters of Request"\n  exchange on-request\n  contacts PA, PB\n}\n');
      assert.match(md, /\*\*\\\[who\\\]\*\* may \*\*\\\[transmit, provide or exchange, and to whom\\\]\*\* through their points of contact, on request, the following: “Letters of Request”\./u);
    });

    it('near misses: categories alone are exchanged; `from` makes the senders provide; `as-written` prints only the words', () => {
      assert.match(render('channel I between A, B, C {\n  carries indicators\n}\n'), /The Parties shall exchange indicators of compromise\./u);
      assert.match(render('channel L between A, B {\n  from A\n  carries "Letters of Request"\n}\n'), /The Kingdom of the Netherlands shall provide to the Republic of Estonia the following: “Letters of Request”\./u);
      const asWritten = render('channel L between A, B {\n  modality as-written\n  carries "Letters of Request"\n  exchange "Letters shall be sent to the Central Authority of the State of execution"\n}\n');
      assert.doesNotMatch(asWritten, /\[who\\\]|shall exchange/u);
      assert.match(asWritten, /Letters shall be sent to the Central Authority of the State of execution\./u);
    });
  });
});
