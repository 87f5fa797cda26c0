/**
 * The sentences after the undertaking of a channel whose information is only the text's own words
 * (`carries "Letters of Request"`, no `from`): lf38 made the undertaking "[who] shall [transmit,
 * provide or exchange, and to whom] the following information: …" (treaty lawyer lr23, D2), and
 * lf40 makes the purpose, classification, contacts, breach and time-limit sentences after it assert
 * no exchange and no sender either — "communicated", "under this Article", "[who]" — since a Letter
 * of Request goes one way, from a judicial authority to the Central Authority of the State of
 * execution (HCCH 1970 Arts. 1–2). Categories alone, and `from`, keep their readings.
 */
import assert from 'node:assert/strict';
import { createEntenteService } from '../../server/src/language';
import { passedWord, textWordsOnly } from '../../server/src/language/constructs/channel-voice';

function render(channel: string): string {
  const service = createEntenteService({ readFile: () => undefined });
  const uri = 'file:///t/own-words.entente';
  service.open(
    uri,
    `treaty "Convention on Letters of Request in Cyber Matters" {\n  status binding\n}\nparty A "the Kingdom of the Netherlands" { kind state contact Desk "Central Authority of the Netherlands" email "ca@example.nl" }\nparty B "the Republic of Estonia" { kind state contact Desk "Central Authority of Estonia" email "ca@example.ee" }\n${channel}`,
  );
  return service.render(uri, 'markdown')!;
}

const statements = `  purpose "the taking of evidence in civil or commercial matters"
  classification RESTRICTED
  contacts A.Desk, B.Desk
  deadline "provide the information requested" within 10 days
  deadline "acknowledge receipt of the Letter" within 10 days
  breach procedure "the receiving Party shall inform the originating Party without delay"
`;
const channel = (carries: string, extra = '') => render(`channel L between A, B {\n  carries ${carries}\n${extra}${statements}}\n`);

describe('a channel carrying only the text\'s own words: no sentence asserts an exchange or a sender (lf40)', () => {
  const md = channel('"Letters of Request", personal-data');

  it('the probe: purpose, classification and breach say "communicated", the contacts "under this Article"', () => {
    assert.match(md, /Information communicated under this Article shall be used only for the purpose of the taking of evidence in civil or commercial matters\./u);
    assert.match(md, /Classified information up to and including RESTRICTED shall be communicated only under/u);
    assert.match(md, /The points of contact under this Article are the Central Authority of the Netherlands and the Central Authority of Estonia\./u);
    assert.match(md, /In the event of a breach of security affecting information communicated under this Article, the receiving Party shall inform/u);
    assert.doesNotMatch(md, /exchanged|this exchange/u);
  });

  it('the probe: a time limit of whoever sends is owed by the undertaking\'s blank, not by "The Parties"; the receiving side\'s stays', () => {
    assert.match(md, /\n\d+\. \*\*\\\[who\\\]\*\* shall provide the information requested within ten days\.\n/u);
    assert.doesNotMatch(md, /The Parties shall provide the information requested/u);
    assert.match(md, /The receiving Party shall acknowledge receipt of the Letter within ten days\./u);
  });

  it('a permission keeps its conditional time limit, said of "a Party" that provides', () => {
    assert.match(channel('"Letters of Request"', '  modality may\n'), /Where a Party provides the information requested, it shall do so within ten days\./u);
  });

  it('near miss: categories alone are exchanged, by the Parties', () => {
    const plain = channel('indicators');
    assert.match(plain, /Information exchanged under this Article shall be used only/u);
    assert.match(plain, /The points of contact for this exchange are/u);
    assert.match(plain, /The Parties shall provide the information requested within ten days\./u);
  });

  it('near miss: `from` makes the words provided, by the senders', () => {
    const oneWay = render(`channel L between A, B {\n  from A\n  carries "Letters of Request"\n${statements}}\n`);
    assert.match(oneWay, /Information provided under this Article/u);
    assert.match(oneWay, /The Kingdom of the Netherlands shall provide the information requested within ten days\./u);
    assert.doesNotMatch(oneWay, /\[who\\\]/u);
  });

  it('textWordsOnly and passedWord agree with the heading\'s reading', () => {
    const service = createEntenteService({ readFile: () => undefined });
    const read = (body: string) => {
      service.open('file:///t/c.entente', `treaty "T" { status binding }\nparty A "A" { kind state }\nparty B "B" { kind state }\n${body}`);
      return service.model('file:///t/c.entente')!.ast.channels[0];
    };
    for (const [body, only, word] of [
      ['channel L between A, B { carries "Letters of Request" }', true, 'communicated'],
      ['channel L between A, B { modality as-written carries indicators }', true, 'communicated'],
      ['channel L between A, B { carries indicators }', false, 'exchanged'],
      ['channel L between A, B { from A carries "Letters of Request" }', false, 'provided'],
    ] as const) {
      const c = read(body);
      assert.equal(textWordsOnly(c), only, body);
      
      assert.equal(passedWord(c), word, body);
    }
  });
});
